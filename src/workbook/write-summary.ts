/**
 * The consolidation summary as a workbook: «Свод» (totals per indicator and column, then one
 * column block per school), «Источники» (every source value with its school, file, sheet and cell)
 * and «Замечания» (every finding, and every file that could not be read). Returns the .xlsx bytes,
 * for the command line.
 *
 * The sheets' contents come from `summaryTables` (src/core/consolidate/summary-tables.ts), which
 * the pane also writes into the open workbook; this file only turns them into SheetJS sheets.
 * Every text is written as a string cell (type 's', no formula), whatever it starts with: a
 * school's «=SUM(…)», «+7…», «-» or «@…» is its text, never a formula run on the reader's machine.
 */
import * as XLSX from '@e965/xlsx';
import type { Language } from '../core/findings';
import type { ConsolidationResult } from '../core/consolidate/types';
import { SUMMARY_SHEETS, summaryTables, type SheetTable } from '../core/consolidate/summary-tables';

export { SUMMARY_SHEETS };

export interface SummaryOptions {
  /** Language of the headers and words inside the sheets (sheet names stay Russian). Default 'ru'. */
  language?: Language;
}

export function writeSummary(result: ConsolidationResult, options: SummaryOptions = {}): Uint8Array {
  const tables = summaryTables(result, options.language ?? 'ru');
  const book = XLSX.utils.book_new();
  // The number formats the summary declares are its own: without a table SheetJS takes its global
  // one, which holds the custom formats of the last workbook it read — so the same result written
  // after reading other files (or none, in a process whose workers did the reading) differed.
  (book as XLSX.WorkBook & { SSF: Record<number, string> }).SSF = { 0: 'General' };
  for (const table of [tables.summary, tables.sources, tables.findings]) XLSX.utils.book_append_sheet(book, toWorksheet(table), table.name);
  // Shared strings (t="s"), as Excel writes text: an inline t="str" cell is a formula's result to
  // Excel, and SheetJS reads entities in it back twice («&amp;» comes back as «&»).
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

/**
 * Text as Excel will show it: in a package «_x0041_» is the escape of «A», so a literal one is
 * written with its underscore escaped («_x005F_x0041_»), which Excel (and SheetJS) read back as
 * typed. SheetJS escapes everything else (&, <, control characters) itself.
 */
export function literalText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** A table as a SheetJS worksheet, cell by cell: numbers as 'n' (with their format), text as 's'. */
export function toWorksheet(table: SheetTable): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const out: XLSX.CellObject = typeof cell.value === 'number' ? { t: 'n', v: cell.value } : { t: 's', v: literalText(cell.value) };
      if (cell.format && out.t === 'n') out.z = cell.format;
      ws[XLSX.utils.encode_cell({ r, c })] = out;
    }),
  );
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: table.rowCount - 1, c: table.colCount - 1 } });
  ws['!ref'] = ref;
  if (table.merges.length) ws['!merges'] = table.merges.map((m) => ({ s: { r: m.r1, c: m.c1 }, e: { r: m.r2, c: m.c2 } }));
  ws['!cols'] = table.widths.map((wch) => ({ wch }));
  if (table.filter) ws['!autofilter'] = { ref };
  return ws;
}
