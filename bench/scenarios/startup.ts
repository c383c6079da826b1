/**
 * Start-up: the production pane bundle built into a temporary folder (dist/ is left alone), the
 * JavaScript taskpane.html loads at start (its <script> tags; office.js comes from Microsoft's
 * CDN and is not ours) gzipped, and where SheetJS and zod ended up: they must be in chunks
 * loaded on demand, not in the initial ones.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { log, report, round } from '../lib';

const root = path.resolve(__dirname, '../..');
// Under the runner, in its scratch folder, where the pane-read scenario uses the same bundle.
const out = process.env.BENCH_DIR ? path.join(process.env.BENCH_DIR, 'pane-dist') : fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-pane-'));
const statsFile = path.join(out, 'stats.json');

log(`start-up: building the pane (webpack --mode production) into ${out} …`);
const t0 = performance.now();
const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out, `--json=${statsFile}`], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const buildSeconds = round((performance.now() - t0) / 1000, 1);

interface StatsModule {
  name: string;
  size: number;
  chunks: Array<string | number>;
  modules?: StatsModule[];
}
interface StatsChunk {
  id: string | number;
  names: string[];
  files: string[];
  initial: boolean;
  entry: boolean;
}
const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')) as { chunks: StatsChunk[]; modules: StatsModule[] };

const gz = (file: string, level: number) => zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level }).length;
const bytes = (file: string) => fs.statSync(path.join(out, file)).size;

// What taskpane.html loads at start: its own <script src> (not the CDN's office.js).
const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));

/** Packages (or src/ folders) in a chunk, by their size before minification. */
function contents(chunkId: string | number): Array<{ name: string; size: number }> {
  const by = new Map<string, number>();
  for (const m of stats.modules) {
    if (!m.chunks.includes(chunkId)) continue;
    for (const inner of m.modules ?? [m]) {
      const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(inner.name)?.[1] ?? inner.name.replace(/^\.\/(src\/[^/]+(\/[^/]+)?).*/, '$1');
      by.set(pkg, (by.get(pkg) ?? 0) + inner.size);
    }
  }
  return [...by].map(([name, size]) => ({ name, size })).sort((a, b) => b.size - a.size);
}

const chunks = stats.chunks
  .filter((c) => c.files.some((f) => f.endsWith('.js')) && !c.names.includes('preview'))
  .map((c) => {
    const file = c.files.find((f) => f.endsWith('.js'))!;
    const inside = contents(c.id);
    return {
      id: c.id,
      file,
      loadedAtStart: initial.includes(file),
      bytes: bytes(file),
      gzip9: gz(file, 9),
      gzip6: gz(file, 6),
      /** Before minification and before tree-shaking drops unused exports (react-icons' chunk files list thousands of icons; only the used ones stay). */
      topBySourceSize: inside.slice(0, 6).map((p) => `${p.name} ${Math.round(p.size / 1024)} KiB`),
      fluentIcons: new Set(fs.readFileSync(path.join(out, file), 'utf8').match(/"[A-Z][A-Za-z0-9]+(?:12|16|20|24|28|32|48)(?:Regular|Filled)"/g) ?? []).size,
      hasXlsx: inside.some((p) => p.name === '@e965/xlsx'),
      hasZod: inside.some((p) => p.name === 'zod'),
    };
  });

const start = chunks.filter((c) => c.loadedAtStart);
const result = {
  scenario: 'startup',
  buildSeconds,
  initialScripts: initial,
  initial: {
    bytes: start.reduce((a, c) => a + c.bytes, 0),
    gzip9: start.reduce((a, c) => a + c.gzip9, 0),
    gzip6: start.reduce((a, c) => a + c.gzip6, 0),
  },
  xlsxInInitial: start.some((c) => c.hasXlsx),
  zodInInitial: start.some((c) => c.hasZod),
  chunks,
};
for (const c of chunks) log(`  ${c.loadedAtStart ? 'start ' : 'lazy  '} ${c.file.padEnd(14)} ${String(c.bytes).padStart(8)} B, gzip -9 ${String(c.gzip9).padStart(7)} B  ${c.fluentIcons ? `${c.fluentIcons} icons; ` : ''}${c.topBySourceSize.slice(0, 3).join(', ')}`);
// The runner's scratch folder is removed by the runner, after the pane-read scenario.
if (!process.env.BENCH_DIR) fs.rmSync(out, { recursive: true, force: true });
report(result);
