/**
 * Region: 2,000 generated school workbooks consolidated by the command line as a user runs it —
 * `node bin/roadmap-checker.js consolidate --format json --jobs N FILE…`, a whole process (start-up,
 * reading, consolidation, 8 MB of JSON written to /dev/null) — serially (`--jobs 1`) and with a
 * worker per core (`--jobs <cores>`), against the floor: a whole process that reads the same files
 * and parses each with SheetJS (bench/bare-read.js). The three sides take turns, run after run;
 * each figure is the median of the per-run ratios to the floor of the same run. Peak RSS and CPU
 * time of each process come from bench/process-usage.js.
 *
 * The CLI runs from lib/ (compiled by `npm run build:cli`; the runner builds it first).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { schoolBook } from '../generate';
import { log, median, quick, ratio, report, round, runs, stat } from '../lib';

const root = path.resolve(__dirname, '../..');
const SCHOOLS = quick() ? 400 : 2000;
const cores = os.availableParallelism();

function schoolFiles(): string[] {
  const base = process.env.BENCH_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-region-'));
  if (!process.env.BENCH_DIR) process.on('exit', () => fs.rmSync(base, { recursive: true, force: true }));
  const dir = path.join(base, 'region');
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: SCHOOLS }, (_, i) => {
    const file = path.join(dir, `school-${String(i + 1).padStart(4, '0')}.xlsx`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, schoolBook(i));
    return file;
  });
}

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** One whole process; its wall time here, its peak memory and CPU time from its own report. */
function run(args: string[]): Run {
  const usageFile = path.join(os.tmpdir(), `rc-bench-usage-${process.pid}.json`);
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['-r', path.join(root, 'bench/process-usage.js'), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  // The consolidation exits 1 on these files (some schools have error findings), 2 if one is unreadable.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.slice(0, 4).join(' ')} … exited ${child.status}\n${child.stderr.slice(-2000)}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  fs.rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.cpuMs, maxRssMb: round(usage.maxRssKb / 1024, 1) };
}

const files = schoolFiles();
const RUNS = runs(5);
const sides: Record<string, string[]> = {
  floor: [path.join(root, 'bench/bare-read.js'), ...files],
  serial: [path.join(root, 'bin/roadmap-checker.js'), 'consolidate', '--format', 'json', '--jobs', '1', ...files],
  parallel: [path.join(root, 'bin/roadmap-checker.js'), 'consolidate', '--format', 'json', '--jobs', String(cores), ...files],
};
const names = Object.keys(sides);
const results: Record<string, Run[]> = { floor: [], serial: [], parallel: [] };
const loads: number[] = [];
log(`region: ${files.length} schools, whole processes; floor, --jobs 1, --jobs ${cores}; 1 warm-up + ${RUNS} measured rounds`);
for (let i = 0; i <= RUNS; i++) {
  // Each round starts with another side, so none always runs on the warmest (or busiest) moment.
  const order = names.map((_, k) => names[(k + i) % names.length]);
  const lap: Record<string, Run> = {};
  for (const name of order) lap[name] = run(sides[name]);
  if (i === 0) continue;
  for (const name of names) results[name].push(lap[name]);
  loads.push(os.loadavg()[0]);
  log(`  round ${i}: floor ${lap.floor.wallMs.toFixed(0)} ms, --jobs 1 ${lap.serial.wallMs.toFixed(0)} ms, --jobs ${cores} ${lap.parallel.wallMs.toFixed(0)} ms (load ${os.loadavg()[0].toFixed(1)})`);
}

const walls = (name: string) => results[name].map((r) => r.wallMs);
const cpus = (name: string) => results[name].map((r) => r.cpuMs);
const summary = (name: string) => ({ wall: stat(walls(name)), cpu: stat(cpus(name)), maxRssMb: median(results[name].map((r) => r.maxRssMb)) });
report({
  scenario: 'region',
  schools: files.length,
  cores,
  jobs: cores,
  floor: summary('floor'),
  serial: summary('serial'),
  parallel: summary('parallel'),
  ratios: {
    serial: { wall: ratio(walls('serial'), walls('floor')), cpu: ratio(cpus('serial'), cpus('floor')) },
    parallel: { wall: ratio(walls('parallel'), walls('floor')), cpu: ratio(cpus('parallel'), cpus('floor')) },
  },
  loadAverage: { min: round(Math.min(...loads)), max: round(Math.max(...loads)) },
});
