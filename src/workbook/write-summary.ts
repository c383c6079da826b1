/**
 * The consolidation summary as a workbook: «Свод» (totals per indicator and column, then one
 * column block per school), «Источники» (every source value with its school, file, sheet and cell)
 * and «Замечания» (every finding, and every file that could not be read). Returns the .xlsx bytes,
 * for the command line and the pane alike.
 *
 * Every text is written as a string cell (type 's', no formula), whatever it starts with: a
 * school's «=SUM(…)», «+7…», «-» or «@…» is its text, never a formula run on the reader's machine.
 */
import * as XLSX from '@e965/xlsx';
import type { Language, Severity } from '../core/findings';
import type { ConsolidationResult } from '../core/consolidate/types';

export const SUMMARY_SHEETS = { summary: 'Свод', sources: 'Источники', findings: 'Замечания' } as const;

export interface SummaryOptions {
  /** Language of the headers and words inside the sheets (sheet names stay Russian). Default 'ru'. */
  language?: Language;
}

type Value = string | number | null | undefined;

const WORDS = {
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
    severities: { error: 'ошибка', warning: 'предупреждение', info: 'замечание' } as Record<Severity, string>,
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
    severities: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
  },
};

/** A worksheet built cell by cell, so no text is ever taken for a formula or a number. */
class SheetBuilder {
  readonly ws: XLSX.WorkSheet = {};
  private maxRow = 0;
  private maxCol = 0;
  private readonly merges: XLSX.Range[] = [];

  set(r: number, c: number, value: Value, format?: string): void {
    if (value === null || value === undefined) return;
    const address = XLSX.utils.encode_cell({ r, c });
    const cell: XLSX.CellObject =
      typeof value === 'number' ? (Number.isFinite(value) ? { t: 'n', v: value } : { t: 's', v: String(value) }) : { t: 's', v: value };
    if (format && cell.t === 'n') cell.z = format;
    this.ws[address] = cell;
    this.maxRow = Math.max(this.maxRow, r);
    this.maxCol = Math.max(this.maxCol, c);
  }

  row(r: number, values: Value[], from = 0): void {
    values.forEach((v, i) => this.set(r, from + i, v));
  }

  merge(r1: number, c1: number, r2: number, c2: number): void {
    if (r1 === r2 && c1 === c2) return;
    this.merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
    this.maxRow = Math.max(this.maxRow, r2);
    this.maxCol = Math.max(this.maxCol, c2);
  }

  finish(widths: number[], filter = false): XLSX.WorkSheet {
    const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: this.maxRow, c: this.maxCol } });
    this.ws['!ref'] = ref;
    if (this.merges.length) this.ws['!merges'] = this.merges;
    this.ws['!cols'] = widths.map((wch) => ({ wch }));
    if (filter && this.maxRow > 0) this.ws['!autofilter'] = { ref };
    return this.ws;
  }
}

export function writeSummary(result: ConsolidationResult, options: SummaryOptions = {}): Uint8Array {
  const w = WORDS[options.language ?? 'ru'];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, summarySheet(result, w), SUMMARY_SHEETS.summary);
  XLSX.utils.book_append_sheet(book, sourcesSheet(result, w), SUMMARY_SHEETS.sources);
  XLSX.utils.book_append_sheet(book, findingsSheet(result, w), SUMMARY_SHEETS.findings);
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

type Words = (typeof WORDS)['ru'];

function summarySheet(result: ConsolidationResult, w: Words): XLSX.WorkSheet {
  const s = new SheetBuilder();
  const columns = result.columns;
  const schools = result.schools.filter((x) => x.status === 'ok');
  const fixed = [w.number, w.goal, w.indicator, w.unit, w.aggregate];
  fixed.forEach((h, c) => {
    s.set(0, c, h);
    s.merge(0, c, 1, c);
  });

  // Totals: per column, the value and how many schools gave one.
  const totalsFrom = fixed.length;
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
    s.set(0, from, school.name === school.file ? school.file : `${school.name} (${school.file})`);
    if (columns.length) s.merge(0, from, 0, from + columns.length - 1);
    columns.forEach((col, j) => s.set(1, from + j, col));
  });

  result.indicators.forEach((ind, k) => {
    const r = 2 + k;
    s.row(r, [ind.number, ind.goal, ind.name, ind.unit, ind.aggregate === 'mean' ? w.mean : w.sum]);
    columns.forEach((col, j) => {
      const total = ind.values[col];
      s.set(r, totalsFrom + 2 * j, total?.value ?? null, ind.aggregate === 'mean' ? '0.0##' : undefined);
      s.set(r, totalsFrom + 2 * j + 1, total?.n ?? 0);
    });
    schools.forEach((school, i) => {
      const values = ind.bySchool[school.file] ?? {};
      columns.forEach((col, j) => s.set(r, blockFrom(i) + j, values[col] ?? null));
    });
  });

  const widths = [8, 30, 60, 12, 10, ...columns.flatMap(() => [12, 8]), ...schools.flatMap(() => columns.map(() => 12))];
  return s.finish(widths);
}

function sourcesSheet(result: ConsolidationResult, w: Words): XLSX.WorkSheet {
  const s = new SheetBuilder();
  s.row(0, [w.school, w.file, w.sheet, w.cell, w.number, w.indicator, w.column, w.value, w.text, w.counted]);
  result.sources.forEach((src, i) => {
    const ind = result.indicators[src.indicator];
    s.row(1 + i, [src.school, src.path, src.sheet, src.cell, ind?.number ?? '', ind?.name ?? '', src.column, src.value, src.text, src.counted ? w.yes : w.no]);
  });
  return s.finish([24, 30, 16, 8, 8, 60, 14, 12, 20, 8], true);
}

function findingsSheet(result: ConsolidationResult, w: Words): XLSX.WorkSheet {
  const s = new SheetBuilder();
  s.row(0, [w.file, w.sheet, w.cell, w.rule, w.severity, w.indicator, w.column, w.value, w.message]);
  let r = 1;
  for (const school of result.schools) {
    if (school.status !== 'unreadable') continue;
    s.row(r++, [school.path, '', '', school.error?.code ?? w.unreadable, w.severities.error, '', '', '', school.error?.message ?? '']);
  }
  const pathOf = new Map(result.schools.map((x) => [x.file, x.path]));
  for (const f of result.findings) {
    const ind = f.indicator !== null ? result.indicators[f.indicator] : undefined;
    s.row(r++, [pathOf.get(f.file) ?? f.file, f.sheet, f.cell, f.rule, w.severities[f.severity], ind?.name ?? '', f.column ?? '', f.value, f.message]);
  }
  if (r === 1) s.set(1, 0, w.noFindings);
  return s.finish([30, 16, 8, 26, 14, 50, 14, 20, 80], r > 1);
}
