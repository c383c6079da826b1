/**
 * New sheets through OfficeWorkbook on the memory host: the consolidation summary («Свод»,
 * «Источники», «Замечания» with a native chart) in a fixed number of syncs whatever the school
 * count, unique names (nothing overwritten), text kept as text, the report never taking over a
 * summary's «Замечания», a new roadmap sheet with data validation, and the profile setting.
 */
import * as path from 'node:path';
import { checkSheet } from '../../src/core/check';
import { consolidate } from '../../src/core/consolidate';
import { summaryTables } from '../../src/core/consolidate/summary-tables';
import type { ConsolidationResult, SchoolInput } from '../../src/core/consolidate/types';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { OfficeWorkbook, PROFILE_SETTING, REPORT_SHEET } from '../../src/excel/office-workbook';
import { COLUMNS_SETTING } from '../../src/excel/settings';
import { uniqueSheetName, uniqueSheetNames, sanitizeSheetName } from '../../src/excel/sheet-names';
import { newPlanSheet } from '../../src/taskpane/state/new-plan';
import { summarySheets } from '../../src/taskpane/state/summary-sheets';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';
import { schoolSheet } from '../core/consolidate/helpers';
import { finding, roadmapGrid, setup, syncsOf } from './helpers';

const corpus = Array.from({ length: 10 }, (_, i) => loadWorkbook(path.join(CORPUS_DIR, 'schools', `school-${String(i + 1).padStart(2, '0')}.xlsx`)).sheets);

/** n schools: the corpus's ten again and again under new file names. */
function schools(n: number): SchoolInput[] {
  return Array.from({ length: n }, (_, i) => ({ path: `school-${String(i + 1).padStart(3, '0')}.xlsx`, sheets: corpus[i % corpus.length] }));
}

function summaryOf(n: number): ConsolidationResult {
  return consolidate(schools(n));
}

describe('addSheets: the consolidation summary', () => {
  test.each([3, 10, 50])('%i schools: one read sync and one write sync', async (n) => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    const result = summaryOf(n);
    const sheets = summarySheets(result, { language: 'ru', chartIndicator: 1 });
    let names: string[] = [];
    const syncs = await syncsOf(host, async () => {
      names = await workbook.addSheets(sheets, { activate: 0 });
    });
    expect(syncs).toBe(2);
    expect(host.syncLog.slice(-2).map((s) => [s.writes > 0, !!s.error])).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(names).toEqual(['Свод', 'Источники', 'Замечания']);
    expect(host.sheetNames).toEqual(['План', 'Свод', 'Источники', 'Замечания']);
    expect(host.activeSheetName).toBe('Свод');
    // Totals and the breakdown as the tables say: the indicator in A (below its goal's heading), its first total in D, its schools in E.
    const first = result.indicators[0];
    const row = summaryTables(result, 'ru').summary.rows.findIndex((r) => r[0]?.value === first.name) + 1;
    expect(host.cell('Свод', `A${row}`)?.value).toBe(first.name);
    expect(host.cell('Свод', `D${row}`)?.value).toBe(first.values[result.columns[0]].value);
    expect(host.cell('Свод', `E${row}`)?.value).toBe(n);
    // Every source value is a row of «Источники».
    expect(host.cell('Источники', `A${result.sources.length + 1}`)?.value).toBe(result.sources[result.sources.length - 1].school);
    expect(host.cell('Источники', `A${result.sources.length + 2}`)).toBeUndefined();
  });

  test('the same sheets as the command line writes: values, merges, widths, frozen header and indicator, filter, thousands separators', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    const result = summaryOf(10);
    await workbook.addSheets(summarySheets(result, { language: 'ru', chartIndicator: null }));
    const row = (sheet: string, r: number, cols: string[]) => cols.map((c) => host.cell(sheet, `${c}${r}`)?.value ?? null);
    expect(row('Свод', 1, ['A', 'B', 'C', 'D'])).toEqual(['Наименование показателя', 'Единицы измерения', 'Свод', 'Итого по всем школам']);
    expect(row('Свод', 2, ['D', 'E'])).toEqual(['2023 план', '2023 план: школ']);
    const snapshot = host.snapshot();
    expect(snapshot['Свод'].merges).toEqual(expect.arrayContaining(['A1:A2', 'D1:O1']));
    // The header and the indicator's column stay in view (the tables' own freeze: freezeAt, both at once).
    expect(host.frozen('Свод')).toEqual({ rows: 2, columns: 1 });
    expect(host.frozen('Источники')).toEqual({ rows: 1, columns: 1 });
    expect(host.cell('Свод', 'A1')?.bold).toBe(true);
    expect(host.cell('Свод', 'D2')?.wrapText).toBe(true);
    expect(host.columnWidth('Свод', 0)).toBe(Math.round(50 * 5.7 + 5));
    expect(host.autoFilter('Источники')).toBe(`A1:J${result.sources.length + 1}`);
    expect(host.autoFilter('Свод')).toBeNull();
    // A percentage mean shows one decimal; a sum, thousands separators.
    const rowOf = (name: string) => summaryTables(result, 'ru').summary.rows.findIndex((r) => r[0]?.value === name) + 1;
    const mean = result.indicators.find((i) => i.aggregate === 'mean')!;
    expect(host.cell('Свод', `D${rowOf(mean.name)}`)?.format).toBe('#,##0.0');
    expect(host.cell('Свод', `D${rowOf(result.indicators[0].name)}`)?.format).toBe('#,##0');
    // Findings of the corpus: the number written as text, the non-number, the missing indicator.
    const rules = Object.values(snapshot['Замечания'].cells)
      .map((c) => c.value)
      .filter((v) => typeof v === 'string' && /^(value|indicator)-/.test(v));
    expect(rules).toEqual(expect.arrayContaining(['value-number-as-text', 'value-not-number', 'indicator-missing']));
  });

  test('a native chart of the chosen indicator across the schools', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    const result = summaryOf(10);
    await workbook.addSheets(summarySheets(result, { language: 'ru', chartIndicator: 1 }), { activate: 0 });
    const [chart] = host.charts('Свод');
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.seriesBy).toBe('Columns');
    expect(chart.title).toBe(`${result.indicators[1].name}, человек`);
    // The series are the indicator's columns with values; the categories are the schools.
    const withValues = result.columns.filter((c) => result.indicators[1].values[c].n > 0);
    expect(chart.series.map((s) => s.name)).toEqual(withValues);
    expect(chart.series[0].categories).toEqual(result.schools.map((s) => s.name));
    expect(chart.series[0].values).toEqual(result.schools.map((s) => result.indicators[1].bySchool[s.file][withValues[0]]));
    expect(chart.series[0].values.reduce((a, b) => a! + b!, 0)).toBe(result.indicators[1].values[withValues[0]].value);
    expect(chart.position.width).toBeGreaterThan(0);
  });

  test('taken names get « (2)»: nothing is overwritten, the report keeps its own sheet', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5), roadmapGrid('Свод', 2)]);
    await workbook.writeReport([finding('План', 'D4')], 'ru');
    const before = host.snapshot();
    const names = await workbook.addSheets(summarySheets(summaryOf(3), { language: 'ru', chartIndicator: null }));
    expect(names).toEqual(['Свод (2)', 'Источники', 'Замечания (2)']);
    expect(host.snapshot()['Свод']).toEqual(before['Свод']);
    expect(host.snapshot()[REPORT_SHEET]).toEqual(before[REPORT_SHEET]);
    const again = await workbook.addSheets(summarySheets(summaryOf(3), { language: 'ru', chartIndicator: null }));
    expect(again).toEqual(['Свод (3)', 'Источники (2)', 'Замечания (3)']);
  });

  test('the report never takes over a summary’s «Замечания», even after the pane reloads', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    await workbook.addSheets(summarySheets(summaryOf(3), { language: 'ru', chartIndicator: null }));
    const summaryFindings = host.snapshot()['Замечания'];
    expect(await workbook.writeReport([finding('План', 'D4')], 'ru')).toBe('Замечания (2)');
    expect(host.cell('Замечания (2)', 'C2')?.value).toBe('D4');
    expect(host.snapshot()['Замечания']).toEqual(summaryFindings);
    // A new instance (the pane reopened) reads the report sheet's id with the sheet list and rewrites its own report.
    const reopened = new OfficeWorkbook({ excel: host.Excel });
    expect(await reopened.writeReport([finding('План', 'D9')], 'ru')).toBe('Замечания (2)');
    expect(host.cell('Замечания (2)', 'C2')?.value).toBe('D9');
    expect(host.sheetNames).toEqual(['План', 'Свод', 'Источники', 'Замечания', 'Замечания (2)']);
    expect(host.snapshot()['Замечания']).toEqual(summaryFindings);
  });

  test('text from a school’s file stays text: formulas, signs, dates, percents', async () => {
    const tricky = ['=HYPERLINK("http://example.invalid","x")', '+7 999', '-//-', '@admin', '10.09.2021', '45%', 'TRUE', '=1+1'];
    const sheets = tricky.map((text, i) => schoolSheet(`=школа ${i}`, [[10, text], [50, 40], [1, 1]]));
    const result = consolidate(sheets.map((g, i) => ({ path: `=cmd|${i}.xlsx`, sheets: [g] })));
    const { host, workbook } = setup([roadmapGrid('План', 2)]);
    await workbook.addSheets(summarySheets(result, { language: 'ru', chartIndicator: 0 }));
    let texts = 0;
    for (const name of ['Свод', 'Источники', 'Замечания']) {
      for (const cell of Object.values(host.snapshot()[name].cells)) {
        expect(cell.formula).toBeUndefined();
        expect(cell.error).toBeUndefined();
        if (typeof cell.value === 'string') {
          expect(cell.format).toBe('@');
          texts++;
        }
      }
    }
    expect(texts).toBeGreaterThan(50);
    const sourceTexts = Object.values(host.snapshot()['Источники'].cells).map((c) => c.value);
    for (const text of tricky) expect(sourceTexts).toContain(text);
    expect(sourceTexts).toContain('=cmd|0.xlsx');
  });

  test('a summary past one request is written in blocks, each under the limit, and still whole', async () => {
    const limit = 120_000;
    const { host, workbook } = setup([roadmapGrid('План', 2)], { payloadLimit: limit }, { payloadLimit: limit });
    const result = summaryOf(30);
    const syncs = await syncsOf(host, () => workbook.addSheets(summarySheets(result, { language: 'ru', chartIndicator: 0 })));
    const log = host.syncLog.slice(-syncs);
    expect(log.every((s) => !s.error && s.requestBytes <= limit)).toBe(true);
    expect(syncs).toBeGreaterThan(2);
    expect(host.cell('Источники', `I${result.sources.length + 1}`)?.value).toBe(result.sources[result.sources.length - 1].text);
    expect(host.charts('Свод')).toHaveLength(1);
  });

  test('a name the user takes between the read and the write: fresh names, once', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 2)]);
    const original = host.Excel.run;
    let first = true;
    (host.Excel as { run: unknown }).run = (async (...args: unknown[]) => {
      if (first && host.syncCount === 1) {
        first = false;
        host.userAddSheet('Свод');
      }
      return (original as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as typeof original;
    const names = await workbook.addSheets(summarySheets(summaryOf(3), { language: 'ru', chartIndicator: null }));
    expect(names[0]).toBe('Свод (2)');
    expect(host.cell('Свод (2)', 'A1')?.value).toBe('Наименование показателя');
  });
});

describe('sheet names', () => {
  test('unique without regard to case, valid, within 31 characters', () => {
    expect(uniqueSheetName('Свод', ['План'])).toBe('Свод');
    expect(uniqueSheetName('Свод', ['свод', 'Свод (2)'])).toBe('Свод (3)');
    expect(uniqueSheetNames(['Свод', 'Свод'], [])).toEqual(['Свод', 'Свод (2)']);
    expect(sanitizeSheetName("'a[b]:c*d?e/f\\g'")).toBe('a_b__c_d_e_f_g');
    expect(sanitizeSheetName('')).toBe('Лист');
    const long = 'Очень длинное название листа свода';
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toHaveLength(31);
    expect(uniqueSheetName(long, [long.slice(0, 31)]).endsWith(' (2)')).toBe(true);
  });
});

describe('addSheets: a new roadmap sheet', () => {
  const plan = newPlanSheet(DEFAULT_PROFILE, { language: 'ru', year: 2025 });

  test('title, header, widths, frozen header, validation with an input hint — and it checks clean', async () => {
    const { host, workbook } = setup([roadmapGrid('Дорожная карта', 3)]);
    const syncs = await syncsOf(host, () => workbook.addSheets([plan], { activate: 0 }));
    expect(syncs).toBe(2);
    const name = 'Дорожная карта (2)';
    expect(host.activeSheetName).toBe(name);
    expect(host.selection).toEqual({ sheet: name, address: 'B4' });
    expect(host.cell(name, 'A1')).toMatchObject({ value: 'План мероприятий («дорожная карта») на 2025-2026 годы', bold: true, format: '@' });
    expect(['A3', 'B3', 'C3', 'D3', 'E3'].map((a) => host.cell(name, a)?.value)).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Срок реализации',
      'Ответственный исполнитель',
      'Ожидаемый результат',
    ]);
    expect(host.snapshot()[name].merges).toEqual(['A1:E1']);
    expect([0, 1, 2, 3, 4].map((c) => host.columnWidth(name, c))).toEqual([42, 300, 130, 190, 190]);
    expect(host.frozen(name)).toEqual({ rows: 3, columns: 0 });
    const deadline = host.validation(name, 'C4')!;
    expect(host.validations(name).map((v) => v.address)).toEqual(['C4:C203', 'D4:D203']);
    expect(deadline.rule!.custom.formula).toMatch(/^=AND\(ISERROR\(SEARCH\("постоянно",C4\)\)/);
    expect(String(deadline.rule!.custom.formula).length).toBeLessThanOrEqual(256);
    expect(deadline.prompt).toMatchObject({ showPrompt: true, title: 'Срок' });
    expect(deadline.prompt!.message).toContain('I квартал');
    expect(deadline.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
    expect(host.validation(name, 'D200')?.prompt?.title).toBe('Ответственный');
    expect(host.validation(name, 'C204')).toBeUndefined();
    // Checked as the pane checks it: a roadmap, no findings.
    const report = checkSheet(await workbook.readActiveSheet());
    expect(report).toMatchObject({ kind: 'roadmap', headerRow: 3, findings: [] });
    expect(report.columns).toEqual({ number: 'A', name: 'B', deadline: 'C', responsible: 'D', result: 'E' });
  });

  test('in a region profile’s order and words', async () => {
    const profile = { ...DEFAULT_PROFILE, order: ['name', 'responsible', 'deadline', 'result', 'number'] as typeof DEFAULT_PROFILE.order };
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    await workbook.addSheets([newPlanSheet(profile, { language: 'en', year: 2026 })], { activate: 0 });
    expect(host.cell('Дорожная карта', 'A3')?.value).toBe('Наименование мероприятия');
    expect(host.validation('Дорожная карта', 'C10')?.prompt?.title).toBe('Deadline');
    expect(checkSheet(await workbook.readActiveSheet(), { profile }).findings).toEqual([]);
  });
});

describe('the profile kept in the workbook', () => {
  test('saved and loaded in one sync each; null removes it', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    expect(await syncsOf(host, () => workbook.loadProfile())).toBe(1);
    expect(await workbook.loadProfile()).toBeNull();
    const stored = { json: { name: 'Калининградская область', order: ['number'] }, fileName: 'kaliningrad.json' };
    expect(await syncsOf(host, () => workbook.saveProfile(stored))).toBe(1);
    expect(host.book.settings.get(PROFILE_SETTING)).toEqual(stored);
    expect(await new OfficeWorkbook({ excel: host.Excel }).loadProfile()).toEqual(stored);
    await workbook.saveProfile(null);
    expect(await workbook.loadProfile()).toBeNull();
  });

  test('a setting that is not ours reads as no profile', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    host.book.settings.set(PROFILE_SETTING, 'garbage');
    expect(await workbook.loadProfile()).toBeNull();
    host.book.settings.set(PROFILE_SETTING, JSON.stringify({ json: { name: 'x' }, fileName: 'a.json' }));
    expect(await workbook.loadProfile()).toEqual({ json: { name: 'x' }, fileName: 'a.json' });
  });
});

describe('the user\'s own columns kept in the workbook («Столбцы»)', () => {
  test('saved and loaded in one sync each, per sheet; what is not ours is left out', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    expect(await syncsOf(host, () => workbook.loadColumns())).toBe(1);
    expect(await workbook.loadColumns()).toEqual({});
    const columns = { План: { responsible: 'F', deadline: ['C', 'D'] } };
    expect(await syncsOf(host, () => workbook.saveColumns(columns))).toBe(1);
    expect(host.book.settings.get(COLUMNS_SETTING)).toEqual(columns);
    expect(await new OfficeWorkbook({ excel: host.Excel }).loadColumns()).toEqual(columns);
    host.book.settings.set(COLUMNS_SETTING, { План: { responsible: 7, owner: 'A', name: 'B' }, 'Лист 2': 'garbage' });
    expect(await workbook.loadColumns()).toEqual({ План: { name: 'B' } });
  });
});
