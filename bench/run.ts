/**
 * `npm run bench` — every benchmark, each scenario in a node process of its own (so timings and
 * memory do not mix), on generated inputs, without network. Prints the figures against their
 * goals; BENCHMARKS.md says how they are taken and what they mean.
 *
 *   npm run bench                        all scenarios
 *   npm run bench -- --only check,live   some: check, consolidate, memory, region, round-trips, live, startup, pane, hostile
 *   npm run bench -- --runs 5            measured runs per timing scenario (default 7)
 *   npm run bench -- --quick             smaller inputs and fewer runs, to try the harness
 *   npm run bench -- --json out.json     also write every figure as JSON
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXCEL_PAYLOAD_LIMIT } from '../src/excel/payload';
import { RESULT_PREFIX } from './lib';

/** A scenario's JSON result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each scenario prints its own JSON shape
type Result = any;

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = option('--only')?.split(',').map((s) => s.trim());
const quick = argv.includes('--quick');
const runs = option('--runs') ?? (quick ? '3' : '7');
const jsonOut = option('--json');

const here = __dirname;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-bench-'));
const env = { ...process.env, BENCH_RUNS: runs, BENCH_QUICK: quick ? '1' : '0', BENCH_DIR: scratch };

function run(script: string, args: string[] = []): Result {
  const started = Date.now();
  const child = spawnSync(process.execPath, ['--expose-gc', '-r', require.resolve('ts-node/register/transpile-only'), path.join(here, 'scenarios', script), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) throw new Error(`${script} ${args.join(' ')} failed (exit ${child.status})\n${child.stdout}`);
  const result = JSON.parse(line.slice(RESULT_PREFIX.length));
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  return result;
}

const wanted = (name: string) => !only || only.includes(name);

function machine() {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const results: Record<string, Result> = { machine: machine(), startedAt: new Date().toISOString(), runs: Number(runs), quick };
console.error(`Roadmap Checker benchmarks — ${results.machine.cpus} CPUs, ${results.machine.memoryGb} GB, node ${process.version}, load ${results.machine.loadAverage.join(' ')}`);

try {
  if (wanted('check')) results.check = run('check.ts');
  if (wanted('consolidate')) results.consolidate = run('consolidate.ts', ['time']);
  if (wanted('consolidate') || wanted('memory')) {
    results.memory = Object.fromEntries(['floor', 'e2e', 'e2e-out'].map((mode) => [mode, run('consolidate.ts', ['memory', mode])]));
  }
  if (wanted('region')) {
    // The region scenario runs the command line as users do: from lib/, compiled now.
    const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(here, '..', 'tsconfig.cli.json')], { encoding: 'utf8', stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:cli failed');
    results.region = run('region.ts');
  }
  if (wanted('round-trips')) results.roundTrips = run('round-trips.ts');
  if (wanted('live')) results.live = run('live-recheck.ts');
  if (wanted('startup')) results.startup = run('startup.ts');
  if (wanted('pane')) results.paneRead = run('pane-read.ts');
  if (wanted('hostile')) results.hostile = run('hostile.ts');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
results.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---------------------------------------------------------------------------------------------
// The figures against their goals

const rows: string[][] = [];
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const x = (n: number) => `${n.toFixed(2)}×`;

if (results.check) {
  const c = results.check;
  const whole = c.ratios.wholeOverFloor.wall.pairedMedian;
  rows.push([
    `Check, ${c.rows.toLocaleString('en')} rows`,
    `whole check ${x(whole)} the read (engine alone ${x(c.ratios.engineOverFloor.wall.pairedMedian)}, reader ${x(c.ratios.readerOverFloor.wall.pairedMedian)}); SheetJS ${c.floor.wall.median} ms, readWorkbook ${c.reader.wall.median} ms, engine ${c.engine.wall.median} ms`,
    '≤ 1.30×',
    verdict(whole <= 1.3),
  ]);
}
if (results.consolidate) {
  const c = results.consolidate;
  const e2e = c.ratios.endToEnd.wall.pairedMedian;
  const mem = results.memory;
  rows.push([
    `Consolidate, ${c.schools} schools`,
    `end to end ${x(e2e)} the bare read (${c.endToEnd.wall.median} vs ${c.floor.wall.median} ms); with --out summary.xlsx ${x(c.ratios.endToEndWithSummary.wall.pairedMedian)}` +
      (mem ? `; peak RSS ${mem.e2e.peak.rssMb} MB (bare read ${mem.floor.peak.rssMb} MB, with --out ${mem['e2e-out'].peak.rssMb} MB), peak heap ${mem.e2e.peak.heapUsedMb} MB` : ''),
    '≤ 1.30×, memory reported',
    verdict(e2e <= 1.3),
  ]);
}
if (results.region) {
  const r = results.region;
  const serial = r.ratios.serial.wall.pairedMedian;
  const parallel = r.ratios.parallel.wall.pairedMedian;
  const mb = (side: Result) => `${side.maxRssMb} MB`;
  rows.push([
    `Region, ${r.schools.toLocaleString('en')} schools, whole processes`,
    `--jobs 1 ${x(serial)} the bare read (${r.serial.wall.median} vs ${r.floor.wall.median} ms; CPU ${x(r.ratios.serial.cpu.pairedMedian)})`,
    '≤ 1.30×',
    verdict(serial <= 1.3),
  ]);
  rows.push([
    `Region, ${r.schools.toLocaleString('en')} schools, all ${r.cores} cores`,
    `--jobs ${r.jobs} ${x(parallel)} the bare serial read (${r.parallel.wall.median} ms; CPU ${x(r.ratios.parallel.cpu.pairedMedian)}); peak RSS: bare read ${mb(r.floor)}, --jobs 1 ${mb(r.serial)}, --jobs ${r.jobs} ${mb(r.parallel)}; load ${r.loadAverage.min}–${r.loadAverage.max}`,
    '< 1.00×, memory reported',
    verdict(parallel < 1),
  ]);
}
if (results.roundTrips) {
  const sizes = results.roundTrips.sizes as Result[];
  const same = (key: string) => new Set(sizes.map((s) => s[key].syncs)).size === 1;
  const list = (key: string) => sizes.map((s) => s[key].syncs).join(' / ');
  // A report's cells past Excel on the web's 5 MB per request must go in more requests: each size
  // may take the smallest's syncs plus one per further request the adapter's budget needs — its
  // estimates stay above the real size, with a margin, so a request counts as full at 80 %.
  const budget = 0.8 * EXCEL_PAYLOAD_LIMIT;
  const extraWrites = (s: Result) => Math.max(0, Math.ceil(s.writeReport.totalRequestBytes / budget) - 1);
  const reportScales = sizes.every((s) => s.writeReport.syncs - extraWrites(s) === sizes[0].writeReport.syncs - extraWrites(sizes[0]));
  const megabytes = sizes.map((s) => (s.writeReport.totalRequestBytes / 1e6).toFixed(1)).join(' / ');
  rows.push([
    `Round trips, ${sizes.map((s) => s.rows.toLocaleString('en')).join(' / ')} rows`,
    `syncs per check ${list('check')}, re-check ${list('recheck')}, highlight ${list('highlight')}, clear ${list('clearHighlight')}, report ${list('writeReport')} (writing ${megabytes} MB)`,
    'the same for all three (a report: one more per request the 5 MB limit splits off)',
    verdict(['check', 'recheck', 'highlight', 'rehighlight', 'clearHighlight'].every(same) && reportScales),
  ]);
}
if (results.live) {
  const l = results.live;
  rows.push([`Live re-check, ${l.rows.toLocaleString('en')} rows`, `median ${l.ms.median} ms (p95 ${l.ms.p95} ms, ${l.edits} one-cell edits)`, '< 20 ms', verdict(l.ms.median < 20)]);
}
if (results.startup) {
  const s = results.startup;
  const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const lazy = (s.chunks as Result[]).filter((c) => !c.loadedAtStart);
  rows.push([
    'Start-up',
    `initial JS ${s.initialScripts.join(' + ')}: ${kb(s.initial.gzip9)} gzipped (${kb(s.initial.bytes)} raw); SheetJS ${s.xlsxInInitial ? 'IN the initial bundle' : 'lazy'}, zod ${s.zodInInitial ? 'in the initial bundle' : 'lazy'}; on demand: ${lazy.map((c) => `${c.file} ${kb(c.gzip9)}`).join(', ')}`,
    '< 250 kB gzipped, xlsx lazy',
    verdict(s.initial.gzip9 < 250_000 && !s.xlsxInInitial),
  ]);
}

if (results.hostile) {
  const h = results.hostile;
  const merges = Math.max(h.merges.roadmap.hostileMs, h.merges.indicators.hostileMs);
  rows.push([
    'Merges to XFD1048576',
    `roadmap read + check ${h.merges.roadmap.hostileMs} ms (without them ${h.merges.roadmap.plainMs} ms); indicator table read + consolidation ${h.merges.indicators.hostileMs} ms (${h.merges.indicators.plainMs} ms)`,
    '< 1,500 ms',
    verdict(merges < 1500),
  ]);
  rows.push([
    'Zip bombs and lying sizes',
    `4 GB declared: refused in ${h.bombs.declares4GbMs} ms; 50 MB declared as 2 KB: ${h.bombs.lyingSizeMs} ms (reading the workbook unharmed: ${h.bombs.plainMs} ms)`,
    '< 1,000 ms / < 200 ms',
    verdict(h.bombs.declares4GbMs < 1000 && h.bombs.lyingSizeMs < 200),
  ]);
  rows.push([
    'Used range to XFD1048576 in the open workbook',
    `refused by the adapter in ${h.hugeUsedRangeMs} ms`,
    '< 3,000 ms',
    verdict(h.hugeUsedRangeMs < 3000),
  ]);
  rows.push([
    `${h.longTexts.texts} texts of 32,767 characters`,
    `every reader on one text: slowest ${h.longTexts.max} ms, median ${h.longTexts.median} ms (a short text ${h.longTexts.shortMs} ms)`,
    '< 1,000 ms each',
    verdict(h.longTexts.max < 1000),
  ]);
}

if (results.paneRead) {
  const p = results.paneRead;
  rows.push([
    `Pane, ${p.schools} school files read`,
    `longest main-thread task while reading: ${p.worker.reading.longest} ms with the worker (${p.worker.reading.over100} over 100 ms; ${p.worker.readingMs} ms in all), ${p.page.reading.longest} ms reading on the page (${p.page.reading.over100} over 100 ms); showing the result: ${p.worker.showing.longest} ms`,
    'no task > 100 ms while reading',
    verdict(p.worker.reading.over100 === 0 && p.worker.workers.includes('/school-reader.js')),
  ]);
}

const table = ['| figure | measured | goal | |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
console.log(`\n${table}\n\n(wall-clock medians; ratios are medians of back-to-back pairs; load average ${results.machine.loadAverage.join(' ')} → ${results.loadAverageAtEnd.join(' ')})`);
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
