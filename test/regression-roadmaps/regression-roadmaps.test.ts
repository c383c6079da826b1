/**
 * The regression set: roadmaps that are not in the corpus (other header words, deadline phrases and
 * layouts), generated as real .xlsx files into a temp dir and read back through readWorkbook.
 * Every roadmap sheet: kind, header row, columns, plan period years (and, apart, the counts);
 * over the whole set: precision and recall of responsible-missing, deadline-missing and
 * deadline-vague, printed with every miss, and at least 0.95. Orders, a directive, a passport,
 * an explanatory note, an approval sheet and an indicator table: not roadmaps, no findings.
 *
 * Labels come from docs/spec.md's policy (./phrases, ./builder), never from the engine.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeSheet, type SheetCheck } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { periodYears } from '../../src/core/roadmap/period';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { formatScore, score, type Score } from '../support/scoring';
import { roadmapsOf, toXlsx, type RegressionEvent, type RegressionRoadmapTruth, type RegressionWorkbook } from './builder';
import { HELDOUT_BUILDERS } from './set';

const SCORED_RULES = ['responsible-missing', 'deadline-missing', 'deadline-vague'] as const;
type ScoredRule = (typeof SCORED_RULES)[number];
const THRESHOLD = 0.95;

const books: RegressionWorkbook[] = HELDOUT_BUILDERS.map((build) => build());
const roadmaps: Array<{ file: string; truth: RegressionRoadmapTruth }> = books.flatMap((b) => roadmapsOf(b).map((s) => ({ file: b.file, truth: s.truth() })));
const others: Array<{ file: string; sheet: string }> = books.flatMap((b) => b.nonRoadmapSheets.map((sheet) => ({ file: b.file, sheet })));

let dir = '';
const read = new Map<string, Grid[]>();
const checks = new Map<string, SheetCheck>();

function gridOf(file: string, sheet: string): Grid {
  const grid = read.get(file)?.find((g) => g.name === sheet);
  if (!grid) throw new Error(`${file}: sheet «${sheet}» not read back`);
  return grid;
}

function check(file: string, sheet: string): SheetCheck {
  const key = `${file}|${sheet}`;
  let c = checks.get(key);
  if (!c) {
    c = analyzeSheet(gridOf(file, sheet));
    checks.set(key, c);
  }
  return c;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-regression-'));
  for (const book of books) {
    const file = path.join(dir, book.file);
    fs.writeFileSync(file, toXlsx(book));
    read.set(book.file, readWorkbook(new Uint8Array(fs.readFileSync(file)), book.file).sheets);
  }
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the set is what the issue asks for: at least 12 roadmaps, every kind of non-roadmap sheet', () => {
  expect(roadmaps.length).toBeGreaterThanOrEqual(12);
  expect(new Set(roadmaps.map((r) => r.file)).size).toBeGreaterThanOrEqual(12);
  const names = others.map((o) => o.sheet);
  for (const kind of ['Приказ', 'Распоряжение', 'Паспорт программы', 'Пояснительная записка', 'Показатели']) expect(names).toContain(kind);
});

test('the files are real workbooks: merges and date cells survive the round trip', () => {
  let merges = 0;
  let dates = 0;
  for (const book of books) {
    for (const sheet of book.sheets) {
      const grid = gridOf(book.file, sheet.name);
      expect(grid.merges.length).toBe(sheet.merges.length);
      merges += grid.merges.length;
      for (const r of grid.rowIndices()) for (const [, cell] of grid.rowCells(r)) if (cell.format === 'dd.mm.yyyy' && typeof cell.value === 'number') dates += 1;
    }
  }
  expect(merges).toBeGreaterThan(50);
  expect(dates).toBeGreaterThanOrEqual(10);
});

describe.each(roadmaps.map((r) => [`${r.file} «${r.truth.sheet}»`, r] as const))('roadmap %s', (_label, { file, truth }) => {
  test(`kind, header row, columns, plan period (${truth.about})`, () => {
    const { report } = check(file, truth.sheet);
    expect({
      kind: report.kind,
      headerRow: report.headerRow,
      columns: report.columns,
      planPeriod: (() => {
        const y = periodYears(report.planPeriod);
        return [y?.from ?? null, y?.to ?? null];
      })(),
    }).toEqual({ kind: 'roadmap', headerRow: truth.headerRow, columns: truth.columns, planPeriod: truth.planPeriod });
  });

  test('counts of sections and events (sub-rows included, fragments and signatures not)', () => {
    const { report } = check(file, truth.sheet);
    expect(report.counts).toEqual({ sections: truth.sections, events: truth.events.length });
  });
});

describe.each(others.map((o) => [`${o.file} «${o.sheet}»`, o] as const))('not a roadmap: %s', (_label, { file, sheet }) => {
  test('is not taken for a roadmap and raises nothing', () => {
    const { report } = check(file, sheet);
    expect(report.kind).not.toBe('roadmap');
    expect(report.findings).toEqual([]);
  });
});

function expectedFor(rule: ScoredRule, ev: RegressionEvent): boolean | null {
  if (rule === 'responsible-missing') return ev.responsibleMissing;
  if (rule === 'deadline-missing') return ev.deadlineClass === 'missing';
  return ev.deadlineClass === 'unlabelled' ? null : ev.deadlineClass === 'vague';
}

test(`precision and recall of the reviewer rules over the regression set are at least ${THRESHOLD}`, () => {
  const expected = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  const predicted = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  const describeRow = new Map<string, string>();
  let events = 0;
  let scoredEvents = 0;
  for (const { file, truth } of roadmaps) {
    const { report } = check(file, truth.sheet);
    // A sub-row sharing the event above's cells may carry its findings on either row: left out (as in the corpus test).
    const skipped = new Set(truth.events.filter((e) => e.mergedWithAbove).map((e) => e.row));
    const unlabelled = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<number>()])) as Record<ScoredRule, Set<number>>;
    for (const ev of truth.events) {
      events += 1;
      if (skipped.has(ev.row)) continue;
      scoredEvents += 1;
      for (const rule of SCORED_RULES) {
        const key = `${file}|${truth.sheet}|${ev.row}`;
        describeRow.set(key, `number «${ev.number}», deadline «${ev.deadlineText}» (${ev.deadlineClass}), responsible «${ev.responsibleText}»`);
        const want = expectedFor(rule, ev);
        if (want === null) unlabelled[rule].add(ev.row);
        else if (want) expected[rule].add(key);
      }
    }
    for (const f of report.findings) {
      const rule = f.rule as ScoredRule;
      if (!(SCORED_RULES as readonly string[]).includes(rule) || skipped.has(f.row) || unlabelled[rule].has(f.row)) continue;
      const key = `${file}|${truth.sheet}|${f.row}`;
      predicted[rule].add(key);
      if (!describeRow.has(key)) {
        const cells = gridOf(file, truth.sheet)
          .rowCells(f.row - 1)
          .map(([c, cell]) => `${String.fromCharCode(65 + c)}«${String(cell.value ?? '').replace(/\s+/g, ' ').slice(0, 40)}»`)
          .join(' ');
        describeRow.set(key, `not an event row (${cells || 'no own cells'}); finding on ${f.cell} «${String(f.value ?? '')}»`);
      }
    }
  }
  const scores = Object.fromEntries(SCORED_RULES.map((r) => [r, score(expected[r], predicted[r])])) as Record<ScoredRule, Score>;
  const misses: string[] = [];
  for (const rule of SCORED_RULES) {
    for (const key of predicted[rule]) if (!expected[rule].has(key)) misses.push(`  FP ${rule.padEnd(20)} ${key}: ${describeRow.get(key)}`);
    for (const key of expected[rule]) if (!predicted[rule].has(key)) misses.push(`  FN ${rule.padEnd(20)} ${key}: ${describeRow.get(key)}`);
  }
  console.log(
    [
      `regression set: ${roadmaps.length} roadmap sheets in ${new Set(roadmaps.map((r) => r.file)).size} files, ${events} event rows (${scoredEvents} scored), ${others.length} non-roadmap sheets`,
      ...SCORED_RULES.map((r) => formatScore(r, scores[r])),
      ...(misses.length ? ['misses:', ...misses] : []),
    ].join('\n'),
  );
  const below = SCORED_RULES.flatMap((r) =>
    (['precision', 'recall'] as const).filter((k) => scores[r][k] < THRESHOLD).map((k) => `${r} ${k} ${scores[r][k].toFixed(3)}`),
  );
  expect(below).toEqual([]);
});
