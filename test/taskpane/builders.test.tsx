/**
 * The pure pieces behind the new tabs: the summary sheets the pane writes (the same tables as the
 * command line's .xlsx, plus the chart), the new plan's sheet and validation formula, the list of
 * expected schools, the schools' badges, and the shell rendered in both languages.
 */
import { renderToString } from 'react-dom/server';
import { SSRProvider } from '@fluentui/react-components';
import { consolidate } from '../../src/core/consolidate';
import { parseSchoolList } from '../../src/core/consolidate/school-list';
import { summaryTables } from '../../src/core/consolidate/summary-tables';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { App } from '../../src/taskpane/App';
import { deadlineRuleFormula, headerWord, newPlanSheet } from '../../src/taskpane/state/new-plan';
import { badgeCounts, schoolRows } from '../../src/taskpane/state/schools-view';
import { numberFormatOf, summarySheets, widthInPoints } from '../../src/taskpane/state/summary-sheets';
import { columnLetter } from '../../src/core/address';
import { schoolSheet } from '../core/consolidate/helpers';
import { FakePort, report } from './helpers';

const result = consolidate(
  [
    { path: 'a/sch-1.xlsx', sheets: [schoolSheet('Показатели', [[10, 12], [50, 60], [1, 1]])] },
    { path: 'a/sch-2.xlsx', sheets: [schoolSheet('Показатели', [['15 чел.', 9], [40, 'нет данных'], [1, 1]])] },
    { path: 'a/sch-3.xlsx', error: { code: 'file-corrupt', message: 'повреждён' } },
    { path: 'a/sch-4.xlsx', sheets: [schoolSheet('Показатели', [[-1, 2], [30, 20], [1, 1]])] },
  ],
  { expectedSchools: ['sch-1', 'sch-2', 'sch-3', 'sch-4', 'sch-9'] },
);

describe('summarySheets', () => {
  it('writes the command line’s tables: same values, merges and widths in points, bold wrapped frozen headers', () => {
    const tables = summaryTables(result, 'ru');
    const [summary, sources, findings] = summarySheets(result, { language: 'ru', chartIndicator: null });
    expect([summary.name, sources.name, findings.name]).toEqual(['Свод', 'Источники', 'Замечания']);
    const values = (rows: ReadonlyArray<ReadonlyArray<{ value: string | number } | null>>) => rows.map((r) => r.map((c) => c?.value ?? null));
    expect(values(summary.rows)).toEqual(values(tables.summary.rows));
    expect(values(sources.rows)).toEqual(values(tables.sources.rows));
    expect(findings.rows).toEqual(tables.findings.rows);
    expect(summary.merges).toEqual(tables.summary.merges);
    expect(summary.columnWidths).toEqual(tables.summary.widths.map(widthInPoints));
    expect(summary.styles).toEqual([{ range: `A1:${columnLetter(tables.summary.colCount - 1)}2`, bold: true, wrap: true }]);
    expect(summary.freezeRows).toBe(2);
    expect(sources.filter).toBe(true);
    expect(summary.charts).toBeUndefined();
  });

  it('each sheet keeps the columns its table freezes in view: «Свод» its indicator (in either language)', () => {
    for (const language of ['ru', 'en'] as const) {
      const tables = summaryTables(result, language);
      const [summary, sources] = summarySheets(result, { language, chartIndicator: null });
      expect(summary.freezeColumns).toBe(tables.summary.freezeColumns);
      expect(summary.rows[0][summary.freezeColumns! - 1]?.value).toBe(language === 'ru' ? 'Наименование показателя' : 'Indicator');
      expect(sources.freezeColumns).toBe(tables.sources.freezeColumns);
    }
  });

  it('numbers get thousands separators: the tables\' own formats (means one decimal), else whole ones none after the point, other fractions up to two', () => {
    expect(numberFormatOf({ value: 12_345 })).toBe('#,##0');
    expect(numberFormatOf({ value: 47.5, format: '#,##0.0' })).toBe('#,##0.0');
    expect(numberFormatOf({ value: 12.25 })).toBe('#,##0.0#');
    expect(numberFormatOf({ value: 'текст' })).toBeUndefined();
    const [summary, sources] = summarySheets(result, { language: 'ru', chartIndicator: 0 });
    const numbers = [...summary.rows, ...sources.rows].flat().filter((c) => typeof c?.value === 'number');
    expect(numbers.length).toBeGreaterThan(10);
    for (const c of numbers) expect(c!.format).toMatch(/^#,##0(\.0#{0,2})?$/);
    // The means of the summary (a share in percent) show one decimal.
    const tables = summaryTables(result, 'ru');
    const means = tables.summary.rows.flatMap((row, r) => row.flatMap((c, k) => (c?.format === '#,##0.0' ? [[r, k]] : [])));
    expect(means.length).toBeGreaterThan(0);
    for (const [r, k] of means) expect(summary.rows[r][k]?.format).toBe('#,##0.0');
  });

  it('adds the chart’s data below the totals and a clustered column chart below it', () => {
    const [summary] = summarySheets(result, { language: 'en', chartIndicator: 0 });
    const top = summaryTables(result, 'en').summary.rowCount + 1;
    expect(summary.rows[top]).toEqual([{ value: 'Chart: Количество обучающихся, человек' }]);
    expect(summary.rows[top + 1]).toEqual([{ value: 'School' }, { value: '2023 план' }, { value: '2023 факт' }]);
    expect(summary.rows.slice(top + 2).map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ['sch-1', 10, 12],
      ['sch-2', 15, 9],
      ['sch-4', -1, 2],
    ]);
    expect(summary.charts).toEqual([
      expect.objectContaining({ type: 'ColumnClustered', seriesBy: 'Columns', source: `A${top + 2}:C${top + 5}`, title: 'Количество обучающихся, человек', from: `B${top + 7}` }),
    ]);
  });
});

describe('new plan', () => {
  it('takes the fuller header word of each field', () => {
    expect(['number', 'name', 'deadline', 'responsible', 'result'].map((f) => headerWord(DEFAULT_PROFILE, f as 'name'))).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Срок реализации',
      'Ответственный исполнитель',
      'Ожидаемый результат',
    ]);
  });

  it('warns about vague deadlines within Excel’s 255 characters, the profile’s phrases included while they fit', () => {
    const formula = deadlineRuleFormula(DEFAULT_PROFILE, 'C4');
    expect(formula.length - 1).toBeLessThanOrEqual(255);
    expect(formula).toMatch(/^=AND\(ISERROR\(SEARCH\("постоянно",C4\)\),ISERROR\(SEARCH\("в течение года",C4\)\)/);
    const withOwn = deadlineRuleFormula({ ...DEFAULT_PROFILE, vagueDeadlines: ['По "плану"', 'ПО ТРЕБОВАНИЮ', 'x'.repeat(300)] }, 'D10');
    expect(withOwn.length - 1).toBeLessThanOrEqual(255);
    expect(withOwn).not.toContain('"плану"');
    expect(withOwn).not.toContain('x'.repeat(300));
  });

  it('puts the validation on 200 rows under the header of the deadline and responsible columns', () => {
    const profile = { ...DEFAULT_PROFILE, order: ['number', 'name', 'responsible', 'deadline', 'result'] as typeof DEFAULT_PROFILE.order };
    const sheet = newPlanSheet(profile, { language: 'ru', year: 2030 });
    expect(sheet.rows[0]).toEqual([{ value: 'План мероприятий («дорожная карта») на 2030-2031 годы' }]);
    expect(sheet.validations!.map((v) => v.range)).toEqual(['D4:D203', 'C4:C203']);
    expect(sheet.validations![0].prompt!.title.length).toBeLessThanOrEqual(32);
    expect(sheet.validations![0].prompt!.message.length).toBeLessThanOrEqual(255);
    expect(sheet.validations![0].errorAlert!.message.length).toBeLessThanOrEqual(225);
    expect(sheet.select).toBe('B4');
  });
});

describe('expected schools', () => {
  it('reads lines, a CSV’s first column, or a JSON array; skips a header, comments and repeats', () => {
    expect(parseSchoolList('Школа\nМАОУ СОШ № 8\n\n# нет\nмаоу сош № 8\nСОШ 11\r\n')).toEqual(['МАОУ СОШ № 8', 'СОШ 11']);
    expect(parseSchoolList('Наименование ОО;Район\n"МАОУ «Лицей», г. Калининград";Центр\nСОШ 2,Север', 'csv')).toEqual(['МАОУ «Лицей», г. Калининград', 'СОШ 2']);
    expect(parseSchoolList('["СОШ 1", " СОШ 2 ", 3]')).toEqual(['СОШ 1', 'СОШ 2']);
    expect(parseSchoolList('\uFEFF[не json\nСОШ 5')).toEqual(['[не json', 'СОШ 5']);
  });
});

describe('schoolRows', () => {
  it('gives each school its badge and findings, and each missing school a row', () => {
    const rows = schoolRows(result);
    expect(rows.map((r) => [r.name, r.badge, r.findings.map((f) => f.rule)])).toEqual([
      ['sch-1', 'ready', []],
      ['sch-2', 'warnings', ['value-number-as-text', 'value-not-number']],
      ['sch-3', 'unreadable', []],
      ['sch-4', 'errors', ['value-negative']],
      ['sch-9', 'missing', ['school-missing']],
    ]);
    expect(rows[2].error).toEqual({ code: 'file-corrupt', message: 'повреждён' });
    expect(badgeCounts(rows)).toEqual({ ready: 1, warnings: 1, errors: 1, unreadable: 1, missing: 1 });
  });
});

describe('the shell', () => {
  const render = (language: 'ru' | 'en') =>
    renderToString(
      <SSRProvider>
        <App port={new FakePort()} language={language} check={() => report('План', [])} />
      </SSRProvider>,
    ).replace(/<[^>]+>/g, ' ');

  it('shows the tabs, the profile in force and the two actions, in Russian and English', () => {
    const ru = render('ru');
    for (const text of ['Проверка', 'Свод', 'Перед отправкой', 'Стандартная структура дорожной карты', 'Профиль: встроенный', 'Профиль…', 'Новый план', 'Проверить лист']) {
      expect(ru).toContain(text);
    }
    const en = render('en');
    for (const text of ['Check', 'Summary', 'Before submission', 'Profile: built-in', 'Profile…', 'New plan', 'Check sheet']) expect(en).toContain(text);
  });
});
