/**
 * Check: a 50,000-row roadmap, the whole check (readWorkbook + checkWorkbook, what
 * `roadmap-checker check FILE` does once it has the bytes) against the floor: SheetJS reading the
 * same bytes with the same options and nothing else. Both sides include a full garbage
 * collection at their end; the engine's share is its own time in the product run (including the
 * collections that happen while it runs).
 */
import * as XLSX from '@e965/xlsx';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { roadmapBook } from '../generate';
import { gc, log, measure, quick, ratio, report, runs, stats, type Sample } from '../lib';

/** The options readWorkbook passes to SheetJS (src/workbook/read-workbook.ts). */
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

const ROWS = quick() ? 10_000 : 50_000;
const RUNS = runs(7);
const WARMUP = 2;

const bytes = roadmapBook(ROWS, 1);
log(`check: ${ROWS} rows, ${(bytes.length / 1048576).toFixed(1)} MB xlsx; ${WARMUP} warm-up + ${RUNS} measured runs`);

const floor: Sample[] = [];
const reader: Sample[] = [];
const engine: Sample[] = [];
const whole: Sample[] = [];
let findings = 0;
let events = 0;

/** The sum of samples. */
const plus = (...samples: Sample[]): Sample => ({ wall: samples.reduce((a, s) => a + s.wall, 0), cpu: samples.reduce((a, s) => a + s.cpu, 0) });

for (let i = 0; i < WARMUP + RUNS; i++) {
  const measured = i >= WARMUP;
  // Each side ends with a full collection inside its time, so each pays for the garbage it made
  // (SheetJS's workbook object and XML strings on both sides; the engine's model on ours).
  const runFloor = () => {
    gc();
    const f = measure(() => {
      XLSX.read(bytes, { ...SHEETJS_OPTIONS });
    });
    const collect = measure(gc);
    if (measured) floor.push(plus(f.sample, collect.sample));
  };
  const runProduct = () => {
    gc();
    const r = measure(() => readWorkbook(bytes, 'roadmap.xlsx'));
    const c = measure(() => checkWorkbook(r.value.sheets));
    const sheet = c.value.sheets.find((s) => s.kind === 'roadmap');
    findings = sheet?.findings.length ?? 0;
    events = sheet?.counts.events ?? 0;
    const collect = measure(gc);
    if (measured) {
      reader.push(r.sample);
      engine.push(c.sample);
      whole.push(plus(r.sample, c.sample, collect.sample));
    }
  };
  // Alternate the order so neither side always runs on the warmer (or busier) moment.
  if (i % 2) {
    runProduct();
    runFloor();
  } else {
    runFloor();
    runProduct();
  }
  if (measured) {
    log(`  run ${i - WARMUP + 1}: floor ${floor.at(-1)!.wall.toFixed(0)} ms; ours ${whole.at(-1)!.wall.toFixed(0)} ms = read ${reader.at(-1)!.wall.toFixed(0)} + engine ${engine.at(-1)!.wall.toFixed(0)} + collection`);
  }
}

report({
  scenario: 'check',
  rows: ROWS,
  fileBytes: bytes.length,
  events,
  findings,
  floor: stats(floor),
  reader: stats(reader),
  engine: stats(engine),
  whole: stats(whole),
  ratios: {
    wholeOverFloor: { wall: ratio(whole.map((s) => s.wall), floor.map((s) => s.wall)), cpu: ratio(whole.map((s) => s.cpu), floor.map((s) => s.cpu)) },
    engineOverFloor: { wall: ratio(engine.map((s) => s.wall), floor.map((s) => s.wall)), cpu: ratio(engine.map((s) => s.cpu), floor.map((s) => s.cpu)) },
    readerOverFloor: { wall: ratio(reader.map((s) => s.wall), floor.map((s) => s.wall)), cpu: ratio(reader.map((s) => s.cpu), floor.map((s) => s.cpu)) },
  },
});
