/** Each consolidation finding and the aggregation policy, on hand-built grids. */
import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import {
  Consolidator,
  TemplateError,
  consolidate,
  type ConsolidationFinding,
  type SchoolInput,
} from '../../../src/core/consolidate';
import { grid, schoolSheet, type Raw } from './helpers';

const school = (path: string, values: Raw[][], opts?: Parameters<typeof schoolSheet>[2], sheet = 'Показатели'): SchoolInput => ({
  path,
  sheets: [schoolSheet(sheet, values, opts)],
});
const clean = (path: string, a = 10): SchoolInput => school(path, [[a, a + 1], [50, 60], [1, 1]]);
const only = (findings: ConsolidationFinding[], rule: string) => findings.filter((f) => f.rule === rule);
const rules = (findings: ConsolidationFinding[]) => findings.map((f) => `${f.file} ${f.cell} ${f.rule}`);

test('clean schools: sums, means, the count of schools, no findings', () => {
  const r = consolidate([clean('a.xlsx', 10), clean('b.xlsx', 20), school('c.xlsx', [[null, 5], [71, null], [1, null]])]);
  expect(r.findings).toEqual([]);
  expect(r.columns).toEqual(['2023 план', '2023 факт']);
  expect(r.indicators.map((i) => [i.aggregate, i.values])).toEqual([
    ['sum', { '2023 план': { value: 30, n: 2 }, '2023 факт': { value: 37, n: 3 } }],
    ['mean', { '2023 план': { value: 57, n: 3 }, '2023 факт': { value: 60, n: 2 } }],
    ['sum', { '2023 план': { value: 3, n: 3 }, '2023 факт': { value: 2, n: 2 } }],
  ]);
  expect(r.indicators[0].bySchool).toEqual({
    'a.xlsx': { '2023 план': 10, '2023 факт': 11 },
    'b.xlsx': { '2023 план': 20, '2023 факт': 21 },
    'c.xlsx': { '2023 план': null, '2023 факт': 5 },
  });
});

test('a missing value is never a zero: nobody gave one → null, n 0', () => {
  const r = consolidate([school('a.xlsx', [[null, 1], [null, 2], [null, 3]]), school('b.xlsx', [['-', 1], ['—', 2], ['', 3]])]);
  expect(r.indicators.map((i) => i.values['2023 план'])).toEqual([
    { value: null, n: 0 },
    { value: null, n: 0 },
    { value: null, n: 0 },
  ]);
  expect(r.findings).toEqual([]);
});

test('indicator-table-not-found: an error, the school left out, the others consolidated', () => {
  const r = consolidate([clean('a.xlsx'), { path: 'b.xlsx', sheets: [grid('План', [['№', 'Мероприятие', 'Срок'], ['1', 'x', '2023']])] }]);
  expect(r.schools.map((s) => s.status)).toEqual(['ok', 'no-table']);
  expect(r.findings).toEqual([
    expect.objectContaining({ file: 'b.xlsx', sheet: '', cell: '', row: null, rule: 'indicator-table-not-found', severity: 'error', data: { sheets: 'План' } }),
  ]);
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 10, n: 1 });
  expect(r.indicators[0].bySchool).not.toHaveProperty('b.xlsx');
});

test('the first school without a table does not become the template', () => {
  const r = consolidate([{ path: 'x.xlsx', sheets: [grid('Л', [['пусто']])] }, clean('a.xlsx')]);
  expect(r.template).toEqual({ file: 'a.xlsx', sheet: 'Показатели', source: 'school' });
  expect(r.indicators).toHaveLength(3);
});

test('an unreadable school is reported in its place', () => {
  const r = consolidate([clean('a.xlsx'), { path: 'bad.xlsx', error: { code: 'file-corrupt', message: 'Файл повреждён' } }, clean('c.xlsx')]);
  expect(r.schools.map((s) => [s.file, s.status, s.error])).toEqual([
    ['a.xlsx', 'ok', null],
    ['bad.xlsx', 'unreadable', { code: 'file-corrupt', message: 'Файл повреждён' }],
    ['c.xlsx', 'ok', null],
  ]);
  expect(r.indicators[0].values['2023 план'].n).toBe(2);
});

test('indicator-missing and indicator-unknown: rows matched by name, in any order', () => {
  const names = ['Количество школ', 'Доля обучающихся, принявших участие', 'Новый показатель'];
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[1, 1], [40, 50], [7, 8]], { names, units: ['единиц', '%', 'чел.'] })]);
  expect(rules(r.findings)).toEqual(['b.xlsx C6 indicator-unknown', 'b.xlsx C3 indicator-missing']);
  const [unknown, missing] = r.findings;
  expect(unknown).toMatchObject({ severity: 'warning', row: 6, value: 'Новый показатель', indicator: null });
  expect(missing).toMatchObject({ severity: 'error', indicator: 0, data: { indicator: 'Количество обучающихся' } });
  expect(r.indicators[2].values['2023 план']).toEqual({ value: 2, n: 2 });
  expect(r.indicators[1].values['2023 план']).toEqual({ value: 45, n: 2 });
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 10, n: 1 });
});

test('indicator-duplicate: the first row counts, the repeat is reported', () => {
  const names = ['Количество обучающихся', 'Доля обучающихся, принявших участие', 'КОЛИЧЕСТВО  обучающихся'];
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[5, 6], [40, 50], [900, 900]], { names, units: ['человек', '%', 'человек'] })]);
  expect(only(r.findings, 'indicator-duplicate')).toEqual([
    expect.objectContaining({ file: 'b.xlsx', cell: 'C6', row: 6, severity: 'warning', indicator: 0, data: { indicator: 'КОЛИЧЕСТВО обучающихся', firstRow: 4 } }),
  ]);
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 15, n: 2 });
});

test('one name under two goals is two indicators, matched by goal in any order', () => {
  const sheet = (rows: Raw[][]) => grid('Л', [['№', 'Цель', 'Показатель', 'Ед. изм.', '2023'], ...rows]);
  const a = sheet([
    ['1.', 'Профориентация', 'Количество участников', 'чел.', 10],
    ['2.', 'Олимпиады', 'Количество участников', 'чел.', 20],
  ]);
  const b = sheet([
    ['1.', 'Олимпиады', 'Количество участников', 'чел.', 2],
    ['2.', 'Профориентация', 'Количество участников', 'чел.', 1],
    ['3.', 'Профориентация', 'Количество участников', 'чел.', 99],
  ]);
  const r = consolidate([{ path: 'a.xlsx', sheets: [a] }, { path: 'b.xlsx', sheets: [b] }]);
  expect(r.indicators.map((i) => [i.goal, i.values['2023'].value])).toEqual([
    ['Профориентация', 11],
    ['Олимпиады', 22],
  ]);
  expect(rules(r.findings)).toEqual(['b.xlsx C4 indicator-duplicate']);
  expect(r.findings[0]).toMatchObject({ indicator: 0, data: { firstRow: 3 } });
});

test('value-not-number: left out of the totals, a warning', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [['нет данных', 1], [50, 60], [1, 1]])]);
  expect(r.findings).toEqual([
    expect.objectContaining({ file: 'b.xlsx', sheet: 'Показатели', cell: 'E4', row: 4, rule: 'value-not-number', severity: 'warning', value: 'нет данных', indicator: 0, column: '2023 план' }),
  ]);
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 10, n: 1 });
  expect(r.indicators[0].bySchool['b.xlsx']['2023 план']).toBeNull();
});

test('value-number-as-text: counted, a warning', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [['15 чел.', '7'], [50, 60], [1, 1]])]);
  expect(rules(r.findings)).toEqual(['b.xlsx E4 value-number-as-text', 'b.xlsx F4 value-number-as-text']);
  expect(r.findings[0]).toMatchObject({ severity: 'warning', data: { value: '15 чел.', number: 15, column: '2023 план' } });
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 25, n: 2 });
  expect(r.indicators[0].values['2023 факт']).toEqual({ value: 18, n: 2 });
});

test('value-negative: counted as written, an error', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[-5, 1], [50, 60], [1, 1]])]);
  expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', rule: 'value-negative', severity: 'error', data: { number: -5, column: '2023 план' } })]);
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 5, n: 2 });
});

test('value-percent-out-of-range: 140, or 1.4 in a % cell, counted, an error', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[1, 1], [140, { value: 1.4, format: '0%' }], [1, 1]])]);
  expect(rules(r.findings)).toEqual(['b.xlsx E5 value-percent-out-of-range', 'b.xlsx F5 value-percent-out-of-range']);
  expect(r.findings.every((f) => f.severity === 'error' && f.indicator === 1)).toBe(true);
  expect(r.indicators[1].values['2023 план']).toEqual({ value: 95, n: 2 });
  expect(r.indicators[1].values['2023 факт']).toEqual({ value: 100, n: 2 });
});

test('unit-mismatch: «чел.» where the template says «%» — the row is left out, an error', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[5, 5], [30, 30], [1, 1]], { units: ['чел.', 'чел.', 'ед.'] })]);
  expect(r.findings).toEqual([
    expect.objectContaining({ file: 'b.xlsx', cell: 'D5', rule: 'unit-mismatch', severity: 'error', value: 'чел.', indicator: 1, data: expect.objectContaining({ unit: 'чел.', expected: '%' }) }),
  ]);
  // «чел.» = «человек», «ед.» = «единиц»: no mismatch there.
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 15, n: 2 });
  expect(r.indicators[1].values['2023 план']).toEqual({ value: 50, n: 1 });
  const src = r.sources.find((s) => s.file === 'b.xlsx' && s.cell === 'E5');
  expect(src).toMatchObject({ value: 30, counted: false });
});

test('unit-mismatch on a value: «15 %» among people, a % cell in a count row', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [['15 %', { value: 0.5, format: '0%' }], [50, '60 %'], [1, 1]])]);
  expect(rules(r.findings)).toEqual(['b.xlsx E4 unit-mismatch', 'b.xlsx F4 unit-mismatch', 'b.xlsx F5 value-number-as-text']);
  expect(r.indicators[0].values['2023 план']).toEqual({ value: 10, n: 1 });
  expect(r.indicators[1].values['2023 факт']).toEqual({ value: 60, n: 2 });
});

test('value-column-missing, -unknown and -duplicate', () => {
  const header = ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', 'План 2023', 'Прогноз 2026', '2023 план'];
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [[3, 4, 5], [50, 60, 70], [1, 1, 1]], { header })]);
  expect(rules(r.findings)).toEqual(['b.xlsx F3 value-column-unknown', 'b.xlsx G3 value-column-duplicate', 'b.xlsx C3 value-column-missing']);
  expect(r.findings.map((f) => [f.severity, f.column])).toEqual([
    ['warning', '2026 план'],
    ['warning', '2023 план'],
    ['error', '2023 факт'],
  ]);
  expect(r.indicators[0].values).toEqual({ '2023 план': { value: 13, n: 2 }, '2023 факт': { value: 11, n: 1 } });
});

test('school-missing: expected schools recognised by file name or title', () => {
  const titled: SchoolInput = { path: 'in/report.xlsx', sheets: [grid('Л', [['Отчёт МАОУ СОШ № 8'], ['Показатель', 'Ед. изм.', '2023 план'], ['Количество обучающихся', 'чел.', 1]])] };
  const r = consolidate([clean('in/school-01.xlsx'), titled], { expectedSchools: ['school-01', 'МАОУ СОШ №8', 'МАОУ СОШ № 80'] });
  expect(r.findings.filter((f) => f.rule === 'school-missing')).toEqual([
    expect.objectContaining({ file: 'МАОУ СОШ № 80', sheet: '', cell: '', row: null, severity: 'error', value: 'МАОУ СОШ № 80' }),
  ]);
  expect(r.schools.map((s) => s.name)).toEqual(['school-01', 'МАОУ СОШ №8']);
  // The profile's list serves when none is given.
  const profile = parseProfile({ ...DEFAULT_PROFILE, consolidation: { expectedSchools: ['school-02'] } });
  expect(only(consolidate([clean('school-01.xlsx')], { profile }).findings, 'school-missing').map((f) => f.file)).toEqual(['school-02']);
});

test('a template workbook defines the summary; what it lacks is reported, not dropped', () => {
  const template = { path: 'form.xlsx', sheets: [schoolSheet('Форма', [[], [], []], { names: ['Количество обучающихся', 'Количество школ', 'Количество педагогов'], units: ['человек', 'единиц', 'человек'] })] };
  const r = consolidate([clean('a.xlsx')], { template });
  expect(r.template).toEqual({ file: 'form.xlsx', sheet: 'Форма', source: 'template' });
  expect(r.indicators.map((i) => i.name)).toEqual(['Количество обучающихся', 'Количество школ', 'Количество педагогов']);
  expect(rules(r.findings)).toEqual(['a.xlsx C5 indicator-unknown', 'a.xlsx C3 indicator-missing']);
  expect(r.indicators[1].values['2023 план']).toEqual({ value: 1, n: 1 });
  expect(() => new Consolidator({ template: { path: 't.xlsx', sheets: [grid('Л', [['x']])] } })).toThrow(TemplateError);
});

test('a template’s own repeated indicator is reported against the template', () => {
  const template = { path: 'form.xlsx', sheets: [schoolSheet('Форма', [], { names: ['Количество школ', 'Количество школ', 'Количество педагогов'], units: ['ед.', 'ед.', 'чел.'] })] };
  const r = consolidate([], { template });
  expect(rules(r.findings)).toEqual(['form.xlsx C5 indicator-duplicate']);
  expect(r.indicators).toHaveLength(2);
});

test('the school whose table matches the template best is read, on any sheet', () => {
  const other = grid('Другое', [['Показатель', 'Ед. изм.', '2023'], ['Что-то', 'шт', 1]]);
  const r = consolidate([clean('a.xlsx'), { path: 'b.xlsx', sheets: [other, schoolSheet('Лист 2', [[1, 1], [50, 50], [1, 1]])] }]);
  expect(r.schools[1].sheet).toBe('Лист 2');
  expect(r.findings).toEqual([]);
});

test('profile rules: a severity changed, a rule turned off', () => {
  const profile = parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-not-number': 'error', 'value-number-as-text': 'off' } });
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [['нет', '5 чел.'], [50, 60], [1, 1]])], { profile });
  expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['value-not-number', 'error']]);
  expect(r.indicators[0].values['2023 факт']).toEqual({ value: 16, n: 2 });
});

test('meanUnits from the profile decide what is averaged', () => {
  const profile = parseProfile({ ...DEFAULT_PROFILE, consolidation: { meanUnits: ['единиц'] } });
  const r = consolidate([clean('a.xlsx', 10), clean('b.xlsx', 20)], { profile });
  expect(r.indicators.map((i) => i.aggregate)).toEqual(['sum', 'mean', 'mean']); // «Доля…» by its name
});

test('messages in English on request', () => {
  const r = consolidate([clean('a.xlsx'), school('b.xlsx', [['нет', 1], [50, 60], [1, 1]])], { language: 'en' });
  expect(r.findings[0].message).toBe('The value «нет» (2023 план) is not a number and is left out of the summary. Enter a number or leave the cell empty.');
  for (const f of r.findings) expect(f.message).not.toMatch(/\{\w+\}/);
});
