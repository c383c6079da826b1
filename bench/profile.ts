/**
 * A profiling aid, not a benchmark: the 50,000-row roadmap (or N rows) read once and checked
 * RUNS times, for `node --cpu-prof`; then the hottest functions by self time, from the profile.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r ts-node/register/transpile-only bench/profile.ts [ROWS] [RUNS]
 *   node -r ts-node/register/transpile-only bench/profile.ts --top /tmp/prof/<file>.cpuprofile
 */
import * as fs from 'node:fs';
import { checkWorkbook } from '../src/core/check';
import { readWorkbook } from '../src/workbook/read-workbook';
import { roadmapBook } from './generate';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function top(file: string, count = 30): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`total ${(total / 1000).toFixed(0)} ms`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms  ${key}`);
}

if (process.argv[2] === '--top') top(process.argv[3], Number(process.argv[4] ?? 30));
else {
  const rows = Number(process.argv[2] ?? 50_000);
  const runs = Number(process.argv[3] ?? 10);
  const sheets = readWorkbook(roadmapBook(rows, 1), 'roadmap.xlsx').sheets;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkWorkbook(sheets);
    console.log(`check ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
