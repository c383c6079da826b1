/** The ten corpus schools: every total of expected.json, every expected flag and no other finding. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { consolidate, type ConsolidationResult } from '../../../src/core/consolidate';
import { readWorkbook } from '../../../src/workbook/read-workbook';
import { CORPUS_DIR } from '../../support/corpus';

const DIR = path.join(CORPUS_DIR, 'schools');

interface Expected {
  schools: Array<{ file: string; name: string; defect: string }>;
  indicators: Array<{ index: number; name: string; unit: string }>;
  valueColumns: string[];
  totals: Array<Array<{ sum?: number; mean?: number; n: number } | null>>;
  expectedFlags: Array<{ file: string; kind: string; indicator: number; column?: string }>;
}

const expected: Expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.xlsx')).sort();

let result: ConsolidationResult;
beforeAll(() => {
  result = consolidate(
    files.map((f) => ({ path: path.join(DIR, f), sheets: readWorkbook(new Uint8Array(readFileSync(path.join(DIR, f))), f).sheets })),
  );
});

const base = (f: string) => path.basename(f);

test('the template is the first school and its columns are the six of expected.json', () => {
  expect(result.template).toEqual({ file: 'school-01.xlsx', sheet: 'Показатели', source: 'school' });
  expect(result.columns).toEqual(expected.valueColumns);
  expect(result.indicators.map((i) => i.name)).toEqual(expected.indicators.map((i) => i.name));
  expect(result.indicators.map((i) => i.unit)).toEqual(expected.indicators.map((i) => i.unit));
});

test('every school is read, on its sheet, with its header row', () => {
  expect(result.schools.map((s) => [s.file, s.status, s.sheet])).toEqual(files.map((f) => [f, 'ok', 'Показатели']));
  expect(result.schools.find((s) => s.file === 'school-06.xlsx')?.headerRow).toBe(6);
  expect(result.schools.find((s) => s.file === 'school-01.xlsx')?.headerRow).toBe(3);
});

test('a percentage is averaged and every other indicator summed', () => {
  expect(result.indicators.map((i) => i.aggregate)).toEqual(expected.indicators.map((i) => (i.unit === '%' ? 'mean' : 'sum')));
});

describe('every total of expected.json', () => {
  const cases = expected.totals.flatMap((row, i) => row.map((t, j) => ({ i, column: expected.valueColumns[j], t })));
  test.each(cases)('indicator $i, $column', ({ i, column, t }) => {
    const got = result.indicators[i].values[column];
    if (t === null) {
      expect(got).toEqual({ value: null, n: 0 });
    } else if (t.sum !== undefined) {
      expect(got).toEqual({ value: t.sum, n: t.n });
    } else {
      expect(got.n).toBe(t.n);
      expect(Math.abs((got.value as number) - t.mean!)).toBeLessThan(1e-9);
    }
  });
});

test('the findings are exactly the expected flags, each at its cell', () => {
  const got = result.findings.map((f) => ({ file: base(f.file), kind: f.rule, indicator: f.indicator, column: f.column ?? undefined }));
  expect(got).toEqual(expected.expectedFlags.map((f) => ({ file: f.file, kind: f.kind, indicator: f.indicator, column: f.column })));
  const at = (file: string, rule: string) => result.findings.find((f) => f.file === file && f.rule === rule);
  expect(at('school-03.xlsx', 'value-number-as-text')).toMatchObject({ sheet: 'Показатели', cell: 'E5', row: 5, value: '176 чел.', severity: 'warning' });
  expect(at('school-04.xlsx', 'value-not-number')).toMatchObject({ sheet: 'Показатели', cell: 'F7', row: 7, value: 'нет данных', severity: 'warning' });
  expect(at('school-05.xlsx', 'indicator-missing')).toMatchObject({ sheet: 'Показатели', severity: 'error', indicator: 8 });
});

test('each defect is read as its school wrote it', () => {
  const by = (file: string, i: number) => result.indicators[i].bySchool[file];
  // reorderYears: 2025 columns first, matched by their words.
  expect(by('school-02.xlsx', 1)).toEqual({ '2023 план': 98, '2023 факт': 76, '2024 план': 7, '2024 факт': 12, '2025 план': 288, '2025 факт': null });
  // numberWithUnit counts 176; nonNumeric leaves the cell out (not a zero).
  expect(by('school-03.xlsx', 1)['2023 план']).toBe(176);
  expect(by('school-04.xlsx', 3)['2023 факт']).toBeNull();
  // dropIndicator: no value at all for the dropped row.
  expect(Object.values(by('school-05.xlsx', 8))).toEqual([null, null, null, null, null, null]);
  // renamedIndicator: matched despite case and spacing.
  expect(by('school-07.xlsx', 4)['2023 план']).toBe(256);
  // formulas: the cached result.
  expect(by('school-08.xlsx', 2)['2023 план']).toBe(83);
  // percentFraction: 0.47 in a % cell is 47; 0.17 is 17 exactly.
  expect(by('school-09.xlsx', 6)).toEqual({ '2023 план': 47, '2023 факт': 39, '2024 план': 17, '2024 факт': 92, '2025 план': 30, '2025 факт': 77 });
  // noMerge: the goal carried down blank cells.
  expect(result.indicators[2].goal).toBe('Сопровождение профессионального самоопределения обучающихся');
  expect(result.indicators[2].number).toBe('1.');
});

test('every value has its source cell', () => {
  const src = result.sources.find((s) => s.file === 'school-03.xlsx' && s.indicator === 1 && s.column === '2023 план');
  expect(src).toMatchObject({ sheet: 'Показатели', cell: 'E5', value: 176, text: '176 чел.', counted: true });
  const text = result.sources.find((s) => s.file === 'school-04.xlsx' && s.cell === 'F7');
  expect(text).toMatchObject({ value: null, text: 'нет данных', counted: false });
  // 16 indicators × 5 filled columns + the two rows filled for 2025 факт, less school-05's dropped row (five values).
  expect(result.sources.length).toBe(10 * (16 * 5 + 2) - 5);
});
