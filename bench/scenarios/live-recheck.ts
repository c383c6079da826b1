/**
 * Live re-check: the engine's time (checkSheet) after a one-cell edit in a 2,000-row roadmap.
 * The pane re-reads the edited sheet into a new grid (Grid.fromDense, as OfficeWorkbook does) and
 * checks it from scratch, keeping only the deadlines judged by earlier checks (its DeadlineMemo,
 * passed here as the pane passes it); that new grid is built outside the timing, the check is timed. Edits
 * alternate between deadlines, responsibles, names and numbers of random event rows.
 */
import { checkSheet } from '../../src/core/check';
import { DeadlineMemo } from '../../src/core/deadline/memo';
import { Grid } from '../../src/core/grid';
import { roadmapGrid, rng } from '../generate';
import { gc, log, measure, percentile, quick, report, round, stat } from '../lib';

const ROWS = 2_000;
const EDITS = quick() ? 60 : 300;
const WARMUP = 20;

const source = roadmapGrid(ROWS, 11, 'План');
const width = source.colCount;
const values: unknown[][] = [];
const formats: unknown[][] = [];
for (let r = 0; r < source.rowCount; r++) {
  values.push(Array.from({ length: width }, (_, c) => source.get(r, c)?.value ?? ''));
  formats.push(Array.from({ length: width }, (_, c) => source.get(r, c)?.format ?? 'General'));
}

/** The sheet as the pane reads it after the edit: a new grid from the dense arrays, merges added. */
function reread(): Grid {
  const grid = Grid.fromDense('План', values, formats);
  for (const m of source.merges) grid.addMerge(m);
  return grid;
}

const EDITS_BY_COLUMN: Array<[number, string[]]> = [
  [2, ['Постоянно', 'до 15.03.2024', 'I квартал 2024 года', '', 'В течение года', 'Сентябрь 2024']],
  [3, ['Руководители ОО', '', 'Все участники', 'Петров П.П.']],
  [1, ['Совещание с руководителями (изменено)', '', 'и продолжение']],
  [0, ['7.7.', '', '1.']],
];

const r = rng(99);
const deadlines = new DeadlineMemo();
const samples: number[] = [];
let findings = 0;
for (let i = 0; i < WARMUP + EDITS; i++) {
  const [col, choices] = EDITS_BY_COLUMN[i % EDITS_BY_COLUMN.length];
  const row = 6 + Math.floor(r() * (source.rowCount - 8));
  values[row][col] = choices[Math.floor(r() * choices.length)];
  const grid = reread();
  if (i % 50 === 0) gc();
  const m = measure(() => checkSheet(grid, { deadlines }));
  findings = m.value.findings.length;
  if (i >= WARMUP) samples.push(m.sample.wall);
}
const s = stat(samples);
log(`live re-check: ${ROWS} rows, ${EDITS} edits: median ${s.median} ms, p95 ${round(percentile(samples, 95))} ms, max ${s.max} ms`);
report({ scenario: 'live-recheck', rows: ROWS, cells: source.cellCount, findings, edits: EDITS, ms: { ...s, p95: round(percentile(samples, 95)) } });

