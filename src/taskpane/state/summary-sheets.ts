/**
 * The consolidation summary as the sheets the pane adds to the open workbook: the same tables as
 * the command line's .xlsx (`summaryTables`), with widths in points, bold wrapped and frozen
 * headers, the columns the tables freeze (the indicator's on «Свод»), numbers with thousands
 * separators (means with one decimal), an AutoFilter where the .xlsx has one — and, on «Свод», a
 * native chart of one indicator across the schools, drawn from a small table below the totals.
 */
import { columnLetter, a1 } from '../../core/address';
import type { Language } from '../../core/findings';
import { indicatorChartData, SUMMARY_WORDS, summaryTables, type SheetTable, type TableCell } from '../../core/consolidate/summary-tables';
import type { ConsolidationResult } from '../../core/consolidate/types';
import type { NewCell, NewSheet } from '../../excel/workbook-port';

/** Points per character of a column width (Calibri 11: 8.43 characters are 48 points), plus padding. */
export function widthInPoints(characters: number): number {
  return Math.round(characters * 5.7 + 5);
}

export interface SummarySheetsOptions {
  language: Language;
  /** The indicator (index into result.indicators) charted across the schools; null for no chart. */
  chartIndicator: number | null;
}

export function summarySheets(result: ConsolidationResult, options: SummarySheetsOptions): NewSheet[] {
  const tables = summaryTables(result, options.language);
  const summary = fromTable(tables.summary);
  if (options.chartIndicator !== null) addChart(summary, tables.summary, result, options.chartIndicator, options.language);
  return [summary, fromTable(tables.sources), fromTable(tables.findings)];
}

/**
 * Number formats with thousands separators, which Excel shows in the reader's own way («1 234,5»
 * in Russian, «1,234.5» in English): the tables' own where they give one (a mean with one decimal),
 * else a whole number without decimals, any other number with up to two.
 */
export function numberFormatOf(cell: TableCell): string | undefined {
  if (typeof cell.value !== 'number') return undefined;
  if (cell.format) return cell.format;
  return Number.isInteger(cell.value) ? '#,##0' : '#,##0.0#';
}

function fromTable(table: SheetTable): NewSheet {
  const last = columnLetter(Math.max(0, table.colCount - 1));
  return {
    name: table.name,
    rows: table.rows.map((row) => row.map((cell) => (cell ? withFormat(cell) : null))),
    merges: table.merges,
    columnWidths: table.widths.map(widthInPoints),
    styles: table.headerRows > 0 ? [{ range: `A1:${last}${table.headerRows}`, bold: true, wrap: true }] : [],
    freezeRows: table.headerRows,
    ...(table.freezeColumns > 0 ? { freezeColumns: table.freezeColumns } : {}),
    filter: table.filter,
    select: 'A1',
  };
}

function withFormat(cell: TableCell): NewCell {
  const format = numberFormatOf(cell);
  return format ? { value: cell.value, format } : { value: cell.value };
}

/**
 * The chart's data below the summary (a blank row, a caption, then «Школа» and the indicator's
 * columns with values, one row per school) and a clustered column chart of it below that.
 */
function addChart(sheet: NewSheet, table: SheetTable, result: ConsolidationResult, indicator: number, language: Language): void {
  const data = indicatorChartData(result, indicator, language);
  if (!data) return;
  const rows = sheet.rows as Array<Array<NewCell | null>>;
  const top = table.rowCount + 1;
  while (rows.length < top) rows.push([]);
  rows.push([{ value: `${SUMMARY_WORDS[language].chart}: ${data.title}` }]);
  const headerRow = rows.length;
  rows.push(data.header.map((h) => ({ value: h })));
  for (const [school, ...values] of data.rows) rows.push([{ value: school }, ...values.map((v) => (v === null ? null : withFormat({ value: v })))]);
  const lastRow = rows.length - 1;
  const lastCol = data.header.length - 1;
  sheet.styles = [...(sheet.styles ?? []), { range: `${a1(top, 0)}:${a1(headerRow, lastCol)}`, bold: true }];
  // Below its data, over the wide name columns (B–D): beside it, past the wide «Наименование
  // показателя» column, it would stand off the screen.
  sheet.charts = [
    {
      type: 'ColumnClustered',
      source: `${a1(headerRow, 0)}:${a1(lastRow, lastCol)}`,
      seriesBy: 'Columns',
      title: data.title,
      from: a1(lastRow + 2, 1),
      to: a1(lastRow + 21, 3),
      name: language === 'ru' ? 'Свод по показателю' : 'Indicator by school',
    },
  ];
}
