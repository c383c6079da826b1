/**
 * Every event of the corpus truth files (seeds and variants): the deadline's class as labelled,
 * once from the label's text and once from the real cell of the workbook (date cells included).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDeadline, analyzeDeadlineText, type DeadlineClass } from '../../../src/core/deadline';
import type { Grid } from '../../../src/core/grid';
import { readWorkbook } from '../../../src/workbook/read-workbook';
import { CORPUS_DIR } from '../../support/corpus';

interface TruthEvent {
  row: number;
  deadlineText: string;
  deadlineClass: DeadlineClass;
}
interface TruthSheet {
  sheet: string;
  columns: Record<string, string>;
  planPeriod?: [number | null, number | null];
  events: TruthEvent[];
}
interface Truth {
  file: string;
  sheets: TruthSheet[];
}

/**
 * Labels that contradict the spec's policy: the code follows the policy and these are skipped.
 * Empty: every label in the corpus agrees with the policy as implemented.
 */
const KNOWN_LABEL_DISAGREEMENTS: ReadonlyArray<{ file: string; sheet: string; row: number; text: string; reason: string }> = [];

interface Case {
  dir: string;
  truth: Truth;
  sheet: TruthSheet;
  event: TruthEvent;
}

function loadCases(): Case[] {
  const root = CORPUS_DIR;
  const cases: Case[] = [];
  for (const dir of ['seeds', 'variants']) {
    const files = fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.truth.json')).sort();
    for (const f of files) {
      const truth = JSON.parse(fs.readFileSync(path.join(root, dir, f), 'utf8')) as Truth;
      for (const sheet of truth.sheets) for (const event of sheet.events) cases.push({ dir: path.join(root, dir), truth, sheet, event });
    }
  }
  return cases;
}

const cases = loadCases();

function disagreement(c: Case) {
  return KNOWN_LABEL_DISAGREEMENTS.find((d) => d.file === c.truth.file && d.sheet === c.sheet.sheet && d.row === c.event.row);
}

function planYears(sheet: TruthSheet) {
  return { from: sheet.planPeriod?.[0] ?? null, to: sheet.planPeriod?.[1] ?? null };
}

/** The cell of a sheet, or the top-left cell of the merge covering it (a merged value belongs to every row). */
function cellAt(grid: Grid, row: number, col: number) {
  const m = grid.merges.find((r) => r.r1 <= row && row <= r.r2 && r.c1 <= col && col <= r.c2);
  return m ? grid.get(m.r1, m.c1) : grid.get(row, col);
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function report(label: string, results: Array<{ c: Case; got: DeadlineClass }>): void {
  const right = results.filter((r) => r.got === r.c.event.deadlineClass).length;
  const wrong = results
    .filter((r) => r.got !== r.c.event.deadlineClass)
    .map((r) => `  ${r.c.truth.file} «${r.c.sheet.sheet}» row ${r.c.event.row}: «${r.c.event.deadlineText}» labelled ${r.c.event.deadlineClass}, got ${r.got}`);
  console.log(`deadline corpus (${label}): ${right}/${results.length} = ${((100 * right) / results.length).toFixed(1)}%${wrong.length ? '\n' + wrong.join('\n') : ''}`);
}

test('the corpus has events', () => {
  expect(cases.length).toBeGreaterThan(500);
});

test('every labelled deadline text is classed as labelled', () => {
  const results = cases.map((c) => ({ c, got: analyzeDeadlineText(c.event.deadlineText, { planYears: planYears(c.sheet) }).class }));
  report('text', results);
  const wrong = results.filter((r) => r.got !== r.c.event.deadlineClass && !disagreement(r.c));
  expect(wrong.map((r) => `${r.c.truth.file} ${r.c.sheet.sheet} ${r.c.event.row} «${r.c.event.deadlineText}» → ${r.got}`)).toEqual([]);
});

test('every deadline cell of the workbooks is classed as labelled (date cells included)', () => {
  const books = new Map<string, Grid[]>();
  const results: Array<{ c: Case; got: DeadlineClass }> = [];
  let dateCells = 0;
  for (const c of cases) {
    const file = path.join(c.dir, c.truth.file);
    if (!books.has(file)) books.set(file, readWorkbook(new Uint8Array(fs.readFileSync(file)), c.truth.file).sheets);
    const grid = books.get(file)!.find((g) => g.name === c.sheet.sheet);
    expect(grid).toBeDefined();
    const cell = cellAt(grid!, c.event.row - 1, columnIndex(c.sheet.columns.deadline));
    const a = analyzeDeadline(cell, { planYears: planYears(c.sheet) });
    results.push({ c, got: a.class });
    // A real date cell: its day is the label's ISO text.
    if (cell && typeof cell.value === 'number' && /^\d{4}-\d\d-\d\d$/.test(c.event.deadlineText)) {
      dateCells++;
      expect(a.intervals).toEqual([{ from: c.event.deadlineText, to: c.event.deadlineText }]);
      expect(a.text).toBe(c.event.deadlineText.split('-').reverse().join('.'));
    }
  }
  report('cells', results);
  expect(dateCells).toBeGreaterThan(0);
  const wrong = results.filter((r) => r.got !== r.c.event.deadlineClass && !disagreement(r.c));
  expect(wrong.map((r) => `${r.c.truth.file} ${r.c.sheet.sheet} ${r.c.event.row} «${r.c.event.deadlineText}» → ${r.got}`)).toEqual([]);
});
