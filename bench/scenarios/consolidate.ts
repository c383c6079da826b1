/**
 * Consolidate: 200 school workbooks, end to end — `roadmap-checker consolidate --format json
 * --jobs 1 FILE…` run in-process (files read from disk, parsed, consolidated, JSON printed into a buffer)
 * — against reading the same files bare (fs read + SheetJS with readWorkbook's options).
 *
 *   consolidate.ts time            paired timings, medians
 *   consolidate.ts memory MODE     one run of MODE in this (fresh) process, its peak memory
 *                                  MODE: floor | e2e | e2e-out (with --out SUMMARY.xlsx)
 *
 * The files come from BENCH_DIR (written by the runner) or are generated here.
 */
import { promises as fsp } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { runConsolidate } from '../../src/cli/consolidate-command';
import { processIo, type CliIo } from '../../src/cli/io';
import { schoolBook } from '../generate';
import { log, mb, measureAsync, peakRssMb, quick, ratio, report, round, runs, stats, type Sample } from '../lib';

const SHEETJS_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  codepage: 65001,
};

export const SCHOOLS = quick() ? 40 : 200;

export function writeSchools(dir: string, count = SCHOOLS): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `school-${String(i + 1).padStart(3, '0')}.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, schoolBook(i));
    files.push(file);
  }
  return files;
}

function schoolFiles(): { dir: string; files: string[] } {
  if (process.env.BENCH_DIR) {
    const dir = path.join(process.env.BENCH_DIR, 'schools');
    return { dir, files: writeSchools(dir) };
  }
  // Run on its own: a folder of its own, removed at exit.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-schools-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, files: writeSchools(dir) };
}

/** Reads every file and parses it with SheetJS, nothing else. */
async function floor(files: readonly string[]): Promise<number> {
  let sheets = 0;
  for (const file of files) {
    const bytes = new Uint8Array(await fsp.readFile(file));
    sheets += XLSX.read(bytes, { ...SHEETJS_OPTIONS }).SheetNames.length;
  }
  return sheets;
}

/** The consolidate command, in-process; its output goes to a buffer. */
async function endToEnd(files: readonly string[], out?: string): Promise<{ code: number; output: number }> {
  let output = 0;
  const io: CliIo = { ...processIo, stdout: (text) => void (output += text.length), stderr: () => undefined, stderrIsTTY: false };
  // One at a time, in this process: the per-file cost. Whole processes and workers: region.ts.
  const code = await runConsolidate(['--format', 'json', '--jobs', '1', ...(out ? ['--out', out] : []), ...files], io);
  return { code, output };
}

async function time(): Promise<void> {
  const { dir, files } = schoolFiles();
  // No forced collections here: a full collection between runs of this many small reads sends V8
  // into a cycle of incremental markings (the runs after it take 3-4 times as long); a real
  // command never forces one. Runs alternate their order instead.
  const RUNS = runs(7);
  const summary = path.join(dir, 'summary.xlsx');
  log(`consolidate: ${files.length} schools; 1 warm-up + ${RUNS} measured runs`);
  const F: Sample[] = [];
  const E: Sample[] = [];
  const O: Sample[] = [];
  let lastCode = 0;
  for (let i = 0; i <= RUNS; i++) {
    const measured = i > 0;
    const sides = [
      async () => {
        const f = await measureAsync(() => floor(files));
        if (measured) F.push(f.sample);
      },
      async () => {
        const e = await measureAsync(() => endToEnd(files));
        lastCode = e.value.code;
        if (measured) E.push(e.sample);
      },
      async () => {
        const o = await measureAsync(() => endToEnd(files, summary));
        if (measured) O.push(o.sample);
      },
    ];
    for (const side of i % 2 ? [...sides].reverse() : sides) await side();
    if (measured) log(`  run ${i}: bare read ${F.at(-1)!.wall.toFixed(0)} ms, consolidate ${E.at(-1)!.wall.toFixed(0)} ms, with --out ${O.at(-1)!.wall.toFixed(0)} ms`);
  }
  const walls = (s: Sample[]) => s.map((x) => x.wall);
  const cpus = (s: Sample[]) => s.map((x) => x.cpu);
  report({
    scenario: 'consolidate-time',
    schools: files.length,
    exitCode: lastCode,
    floor: stats(F),
    endToEnd: stats(E),
    endToEndWithSummary: stats(O),
    ratios: {
      endToEnd: { wall: ratio(walls(E), walls(F)), cpu: ratio(cpus(E), cpus(F)) },
      endToEndWithSummary: { wall: ratio(walls(O), walls(F)), cpu: ratio(cpus(O), cpus(F)) },
    },
  });
}

/** One run of `mode` in this process; peak RSS from the kernel, peak heap sampled every millisecond the loop is free. */
async function memory(mode: string): Promise<void> {
  const { dir, files } = schoolFiles();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakExternal = base.external + base.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
  };
  const timer = setInterval(sample, 1);
  const t0 = performance.now();
  if (mode === 'floor') await floor(files);
  else if (mode === 'e2e') await endToEnd(files);
  else if (mode === 'e2e-out') await endToEnd(files, path.join(dir, `summary-${process.pid}.xlsx`));
  else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  sample();
  clearInterval(timer);
  report({
    scenario: 'consolidate-memory',
    mode,
    schools: files.length,
    ms: round(ms, 0),
    baseline: { rssMb: mb(base.rss), heapUsedMb: mb(base.heapUsed) },
    peak: { rssMb: peakRssMb(), heapUsedMb: mb(peakHeap), externalMb: mb(peakExternal) },
  });
}

if (require.main === module) {
  const [command, mode] = process.argv.slice(2);
  (command === 'memory' ? memory(mode) : time()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
