/**
 * The consolidation summary as tables of cells, for every writer: «Свод» (totals per indicator
 * and column, then one column block per school), «Источники» (every source value with its school,
 * file, sheet and cell) and «Замечания» (every finding, and every file that could not be read).
 *
 * «Свод» is laid out to be read and printed: it opens on the totals — the indicator, its unit, its
 * aggregate, then per value column the total and how many schools gave one — with each goal as a
 * heading row above its indicators; the blocks per school follow to the right, outside the printed
 * area (they would shrink a page to nothing). Sums show thousands separators, means one decimal.
 * Files are named relative to the folder the schools came from, never by the user's absolute path.
 *
 * Pure data: the command line turns the tables into an .xlsx with SheetJS
 * (`src/workbook/write-summary.ts`), the pane writes them into the open workbook through the
 * WorkbookPort. A cell is a number (with an optional number format) or a string; a string is
 * always text — writers must never let Excel take it for a formula, a number or a date.
 */
import { SEVERITY_WORDS } from '../catalog';
import type { CellRange } from '../grid';
import type { Language, Severity } from '../findings';
import type { ConsolidationResult } from './types';

export const SUMMARY_SHEETS = { summary: 'Свод', sources: 'Источники', findings: 'Замечания' } as const;

export interface TableCell {
  value: string | number;
  /** Number format of a number cell ('0.0##'); absent means General. Never set on text. */
  format?: string;
}

export interface SheetTable {
  /** The sheet's name as the spec gives it (Russian in both languages). */
  name: string;
  /** Row-major cells; a missing or null entry is an empty cell. */
  rows: Array<Array<TableCell | null>>;
  /** Rows and columns the table spans (0,0 to rowCount-1, colCount-1), merged areas included. */
  rowCount: number;
  colCount: number;
  merges: CellRange[];
  /** Column widths in characters (SheetJS's wch). */
  widths: number[];
  /** An autofilter over the whole table. */
  filter: boolean;
  /** Rows at the top that are the header (bold, wrapped, frozen, repeated on every printed page). */
  headerRows: number;
  /** Columns at the left kept in view (frozen) beside the values. */
  freezeColumns: number;
  /** Columns whose text wraps (long names and messages). */
  wrapColumns: number[];
  /** Heading rows inside the table (a goal above its indicators): bold, across the label columns. */
  groupRows: number[];
  /** Columns printed from the left (the rest stays on screen only); null prints them all. */
  printColumns: number | null;
}

export interface SummaryTables {
  summary: SheetTable;
  sources: SheetTable;
  findings: SheetTable;
}

type Value = string | number | null | undefined;

export const SUMMARY_WORDS = {
  ru: {
    number: '№ п/п',
    goal: 'Цель',
    indicator: 'Наименование показателя',
    unit: 'Единицы измерения',
    aggregate: 'Свод',
    sum: 'сумма',
    mean: 'среднее',
    total: 'Итого по всем школам',
    n: 'школ',
    school: 'Школа',
    file: 'Файл',
    sheet: 'Лист',
    cell: 'Ячейка',
    column: 'Столбец',
    value: 'Значение',
    text: 'Текст в ячейке',
    counted: 'В своде',
    yes: 'да',
    no: 'нет',
    rule: 'Правило',
    severity: 'Важность',
    message: 'Сообщение',
    unreadable: 'file-unreadable',
    noFindings: 'Замечаний нет.',
    chart: 'Диаграмма',
    severityWord: (severity: Severity) => SEVERITY_WORDS.ru[severity].label.toLowerCase(),
  },
  en: {
    number: 'No.',
    goal: 'Goal',
    indicator: 'Indicator',
    unit: 'Unit',
    aggregate: 'Aggregate',
    sum: 'sum',
    mean: 'mean',
    total: 'Total over all schools',
    n: 'schools',
    school: 'School',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    column: 'Column',
    value: 'Value',
    text: 'Cell text',
    counted: 'Counted',
    yes: 'yes',
    no: 'no',
    rule: 'Rule',
    severity: 'Severity',
    message: 'Message',
    unreadable: 'file-unreadable',
    noFindings: 'No findings.',
    chart: 'Chart',
    severityWord: (severity: Severity) => SEVERITY_WORDS.en[severity].label.toLowerCase(),
  },
};

type Words = (typeof SUMMARY_WORDS)['ru'];

/** Excel's limit on a cell's text: a longer one (a .csv school can hold any) makes the file unopenable. */
export const MAX_CELL_TEXT = 32_767;

function clip(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** A table built cell by cell, so no text is ever taken for a number and no number is lost. */
class TableBuilder {
  private readonly rows: Array<Array<TableCell | null>> = [];
  private maxRow = 0;
  private maxCol = 0;
  private readonly merges: CellRange[] = [];

  set(r: number, c: number, value: Value, format?: string): void {
    if (value === null || value === undefined) return;
    const cell: TableCell =
      typeof value === 'number' ? (Number.isFinite(value) ? (format ? { value, format } : { value }) : { value: String(value) }) : { value: clip(value) };
    const row = (this.rows[r] ??= []);
    row[c] = cell;
    this.maxRow = Math.max(this.maxRow, r);
    this.maxCol = Math.max(this.maxCol, c);
  }

  row(r: number, values: Value[], from = 0): void {
    values.forEach((v, i) => this.set(r, from + i, v));
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ r1, c1, r2, c2 });
    this.maxRow = Math.max(this.maxRow, r2);
    this.maxCol = Math.max(this.maxCol, c2);
  }

  finish(name: string, widths: number[], headerRows: number, layout: Partial<Pick<SheetTable, 'filter' | 'freezeColumns' | 'wrapColumns' | 'groupRows' | 'printColumns'>> = {}): SheetTable {
    const rowCount = this.maxRow + 1;
    const rows: Array<Array<TableCell | null>> = [];
    for (let r = 0; r < rowCount; r++) {
      const source = this.rows[r] ?? [];
      const row: Array<TableCell | null> = [];
      for (let c = 0; c < source.length; c++) row.push(source[c] ?? null);
      rows.push(row);
    }
    return {
      name,
      rows,
      rowCount,
      colCount: this.maxCol + 1,
      merges: this.merges,
      widths,
      filter: (layout.filter ?? false) && this.maxRow > 0,
      headerRows,
      freezeColumns: layout.freezeColumns ?? 0,
      wrapColumns: layout.wrapColumns ?? [],
      groupRows: layout.groupRows ?? [],
      printColumns: layout.printColumns ?? null,
    };
  }
}

export function summaryTables(result: ConsolidationResult, language: Language = 'ru'): SummaryTables {
  const w = SUMMARY_WORDS[language];
  return { summary: summaryTable(result, w), sources: sourcesTable(result, w), findings: findingsTable(result, w) };
}

/** How a school is named in a heading: its expected name with its file, or its file. */
export function schoolLabel(school: { name: string; file: string }): string {
  return school.name === school.file ? school.file : `${school.name} (${school.file})`;
}

/** A number as the summary shows it: thousands separated; a mean with one decimal; a fraction with up to three. */
export function summaryNumberFormat(value: number, mean: boolean): string {
  if (mean) return '#,##0.0';
  return Number.isInteger(value) ? '#,##0' : '#,##0.0##';
}

/**
 * Each school's path relative to the folder they all came from: «school-01.xlsx», or
 * «2024/school-01.xlsx» when they came from several folders under one — never the user's absolute
 * path. Schools with no common folder but the root (or from different drives) are named by their
 * own folder and file: «rayon-3/school-01.xlsx».
 */
export function relativePaths(paths: readonly string[]): Map<string, string> {
  const parts = paths.map((p) => p.split(/[\\/]+/));
  const folders = parts.map((segments) => segments.slice(0, -1));
  let common = folders.length ? folders[0].length : 0;
  for (const folder of folders) {
    let k = 0;
    while (k < common && k < folder.length && folder[k] === folders[0][k]) k++;
    common = k;
  }
  const absolute = (p: string) => /^([a-z]:|[\\/])/i.test(p);
  // An absolute path's first segment is the root ('' or «C:»): sharing only that is sharing nothing.
  const sharesAFolder = common > (paths.some(absolute) ? 1 : 0);
  const out = new Map<string, string>();
  paths.forEach((p, i) => {
    const segments = parts[i];
    out.set(p, sharesAFolder ? segments.slice(common).join('/') : absolute(p) ? segments.slice(-2).join('/') : segments.join('/'));
  });
  return out;
}

function summaryTable(result: ConsolidationResult, w: Words): SheetTable {
  const s = new TableBuilder();
  const columns = result.columns;
  const schools = result.schools.filter((x) => x.status === 'ok');
  const labels = [w.indicator, w.unit, w.aggregate];
  labels.forEach((h, c) => {
    s.set(0, c, h);
    s.merge(0, c, 1, c);
  });

  // Totals: per column, the value and how many schools gave one.
  const totalsFrom = labels.length;
  s.set(0, totalsFrom, w.total);
  s.merge(0, totalsFrom, 0, totalsFrom + columns.length * 2 - 1);
  columns.forEach((col, j) => {
    s.set(1, totalsFrom + 2 * j, col);
    s.set(1, totalsFrom + 2 * j + 1, `${col}: ${w.n}`);
  });

  // One block per school.
  const blockFrom = (i: number) => totalsFrom + columns.length * 2 + i * columns.length;
  schools.forEach((school, i) => {
    const from = blockFrom(i);
    s.set(0, from, schoolLabel(school));
    if (columns.length) s.merge(0, from, 0, from + columns.length - 1);
    columns.forEach((col, j) => s.set(1, from + j, col));
  });

  const groupRows: number[] = [];
  let r = 2;
  let goal = '';
  for (const ind of result.indicators) {
    // A goal heads its indicators, numbered as the template numbers it.
    const heading = ind.goal ? [ind.number, ind.goal].filter(Boolean).join(' ') : '';
    if (heading && heading !== goal) {
      s.set(r, 0, heading);
      s.merge(r, 0, r, labels.length - 1);
      groupRows.push(r++);
    }
    goal = heading;
    const mean = ind.aggregate === 'mean';
    s.row(r, [ind.name, ind.unit, mean ? w.mean : w.sum]);
    columns.forEach((col, j) => {
      const total = ind.values[col];
      const value = total?.value ?? null;
      s.set(r, totalsFrom + 2 * j, value, value === null ? undefined : summaryNumberFormat(value, mean));
      s.set(r, totalsFrom + 2 * j + 1, total?.n ?? 0);
    });
    schools.forEach((school, i) => {
      const values = ind.bySchool[school.file] ?? {};
      columns.forEach((col, j) => {
        const value = values[col] ?? null;
        s.set(r, blockFrom(i) + j, value, value === null ? undefined : summaryNumberFormat(value, false));
      });
    });
    r++;
  }

  const widths = [50, 10, 9, ...columns.flatMap(() => [11, 7]), ...schools.flatMap(() => columns.map(() => 11))];
  return s.finish(SUMMARY_SHEETS.summary, widths, 2, { freezeColumns: 1, wrapColumns: [0], groupRows, printColumns: totalsFrom + columns.length * 2 });
}

function sourcesTable(result: ConsolidationResult, w: Words): SheetTable {
  const s = new TableBuilder();
  const relative = relativePaths(result.schools.map((x) => x.path));
  s.row(0, [w.school, w.file, w.sheet, w.cell, w.number, w.indicator, w.column, w.value, w.text, w.counted]);
  result.sources.forEach((src, i) => {
    const ind = result.indicators[src.indicator];
    s.row(1 + i, [src.school, relative.get(src.path) ?? src.file, src.sheet, src.cell, ind?.number ?? '', ind?.name ?? '', src.column, src.value, src.text, src.counted ? w.yes : w.no]);
  });
  return s.finish(SUMMARY_SHEETS.sources, [24, 30, 16, 8, 6, 50, 14, 12, 20, 8], 1, { filter: true, freezeColumns: 1, wrapColumns: [5] });
}

function findingsTable(result: ConsolidationResult, w: Words): SheetTable {
  const s = new TableBuilder();
  const relative = relativePaths(result.schools.map((x) => x.path));
  s.row(0, [w.file, w.sheet, w.cell, w.rule, w.severity, w.indicator, w.column, w.value, w.message]);
  let r = 1;
  for (const school of result.schools) {
    if (school.status !== 'unreadable') continue;
    s.row(r++, [relative.get(school.path) ?? school.file, '', '', school.error?.code ?? w.unreadable, w.severityWord('error'), '', '', '', school.error?.message ?? '']);
  }
  const pathOf = new Map(result.schools.map((x) => [x.file, relative.get(x.path) ?? x.file]));
  for (const f of result.findings) {
    const ind = f.indicator !== null ? result.indicators[f.indicator] : undefined;
    s.row(r++, [pathOf.get(f.file) ?? f.file, f.sheet, f.cell, f.rule, w.severityWord(f.severity), ind?.name ?? '', f.column ?? '', f.value, f.message]);
  }
  if (r === 1) s.set(1, 0, w.noFindings);
  return s.finish(SUMMARY_SHEETS.findings, [26, 14, 8, 24, 14, 40, 12, 16, 70], 1, { filter: r > 1, freezeColumns: 1, wrapColumns: [5, 8] });
}

/** One indicator across the schools, for a chart: a row per school, a column per value column with any value. */
export interface IndicatorChartData {
  /** The chart's title: the indicator's name (and unit). */
  title: string;
  /** Header row: «Школа», then the value columns. */
  header: string[];
  /** A row per consolidated school: its name, then its values (null where it gave none). */
  rows: Array<[string, ...Array<number | null>]>;
}

export function indicatorChartData(result: ConsolidationResult, indicator: number, language: Language = 'ru'): IndicatorChartData | null {
  const ind = result.indicators[indicator];
  if (!ind) return null;
  const w = SUMMARY_WORDS[language];
  const schools = result.schools.filter((s) => s.status === 'ok');
  const columns = result.columns.filter((col) => (ind.values[col]?.n ?? 0) > 0);
  if (!schools.length || !columns.length) return null;
  return {
    title: ind.unit ? `${ind.name}, ${ind.unit}` : ind.name,
    header: [w.school, ...columns],
    rows: schools.map((school) => {
      const values = ind.bySchool[school.file] ?? {};
      return [school.name, ...columns.map((col) => values[col] ?? null)] as [string, ...Array<number | null>];
    }),
  };
}

/**
 * The indicator charted by default: the first whose schools' values differ (a chart of equal bars
 * says little), else the first with values from more than one school, else the first with any.
 */
export function defaultChartIndicator(result: ConsolidationResult): number | null {
  const given = (k: number) => Math.max(0, ...Object.values(result.indicators[k].values).map((t) => t.n));
  const varies = (k: number) =>
    result.columns.some((col) => new Set(Object.values(result.indicators[k].bySchool).map((v) => v[col]).filter((v) => v !== null)).size > 1);
  for (const test of [(k: number) => given(k) > 1 && varies(k), (k: number) => given(k) > 1, (k: number) => given(k) > 0]) {
    const k = result.indicators.findIndex((_, i) => test(i));
    if (k >= 0) return k;
  }
  return null;
}
