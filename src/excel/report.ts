/**
 * The report sheet: a header and one row per finding (number, sheet, cell with a link to it, rule,
 * severity, value, message) in the pane's language, every text written as text.
 *
 * The report goes to the sheet the add-in created for it — known by its id, kept in the
 * workbook's settings — and to no other: a sheet of the user's that happens to be called
 * «Замечания» (in any case) is never cleared; the report then gets «Замечания (2)».
 *
 * Round trips: one write sync to rewrite the report sheet; the first report also notes the new
 * sheet's id in one small sync after it. A report past one request's limit takes more syncs.
 */
import { quoteSheet } from '../core/address';
import type { Finding, Language, Severity } from '../core/findings';
import { clip, normalizeCell } from './cells';
import { REQUEST_BYTES, errorCode, jsonBytes, writeInChunks } from './payload';
import { REPORT_SHEET_SETTING, type ExcelSession } from './session';
import { uniqueSheetName } from './sheet-names';

export const REPORT_SHEET = 'Замечания';

const REPORT_HEADERS: Record<Language, string[]> = {
  ru: ['№', 'Лист', 'Ячейка', 'Правило', 'Важность', 'Значение', 'Сообщение'],
  en: ['No.', 'Sheet', 'Cell', 'Rule', 'Severity', 'Value', 'Message'],
};
const SEVERITY_LABELS: Record<Language, Record<Severity, string>> = {
  ru: { error: 'ошибка', warning: 'предупреждение', info: 'информация' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const NO_FINDINGS: Record<Language, string> = { ru: 'Замечаний нет', en: 'No findings' };
/** Column widths of the report, in points. */
const REPORT_WIDTHS = [32, 120, 56, 150, 100, 240, 420];
const TEXT_ROW_FORMATS = ['@', '@', '@', '@', '@', '@', '@'];
const DATA_ROW_FORMATS = ['General', '@', '@', '@', '@', '@', '@'];

export interface ReportRow {
  cells: Array<string | number>;
  formats: string[];
  link?: Excel.RangeHyperlink;
}

/** The report as rows: a header, then one row per finding (or one «no findings» row). */
export function reportRows(findings: readonly Finding[], language: Language): ReportRow[] {
  const rows: ReportRow[] = [{ cells: REPORT_HEADERS[language], formats: TEXT_ROW_FORMATS }];
  if (findings.length === 0) {
    rows.push({ cells: ['', '', '', '', '', '', NO_FINDINGS[language]], formats: TEXT_ROW_FORMATS });
    return rows;
  }
  findings.forEach((f, i) => {
    const cell = normalizeCell(f.cell);
    rows.push({
      cells: [i + 1, clip(f.sheet), clip(f.cell), clip(f.rule), SEVERITY_LABELS[language][f.severity], clip(f.value), clip(f.message)],
      formats: DATA_ROW_FORMATS,
      link: cell ? { documentReference: `${quoteSheet(f.sheet)}!${cell}`, textToDisplay: cell } : undefined,
    });
  });
  return rows;
}

/** What a row adds to a request, as Microsoft's runtime writes it (see payload.ts). */
function rowBytes(row: ReportRow): number {
  return jsonBytes(row.cells) + jsonBytes(row.formats) + (row.link ? REQUEST_BYTES.hyperlink + jsonBytes(row.link.documentReference) + jsonBytes(row.link.textToDisplay) : 0);
}

export class ReportWriter {
  constructor(private readonly session: ExcelSession) {}

  /** Writes the report; returns the name of its sheet. */
  async writeReport(findings: readonly Finding[], language: Language): Promise<string> {
    const rows = reportRows(findings, language);
    if (!this.session.sheets) await this.session.refreshSheets();
    try {
      return await this.writeRows(rows);
    } catch (error) {
      // The list was stale (the user deleted the report sheet, or took its new name): the sheet
      // operation comes first in the request, so nothing was written. Look again and write once more.
      const code = errorCode(error);
      if (code !== 'ItemNotFound' && code !== 'ItemAlreadyExists') throw error;
      await this.session.refreshSheets();
      return this.writeRows(rows);
    }
  }

  private async writeRows(rows: ReportRow[]): Promise<string> {
    const existing = this.session.reportSheetName;
    const name = existing ?? uniqueSheetName(REPORT_SHEET, (this.session.sheets ?? []).map((s) => s.name));
    const reportId = this.session.reportSheetId;
    let createdId: string | null = null;
    let firstRow = 0;
    await writeInChunks(rows, rowBytes, this.session.budget - REQUEST_BYTES.base, (chunk, first, last) =>
      this.session.run(async (context) => {
        const start = first ? 0 : firstRow;
        let sheet: Excel.Worksheet;
        let added: Excel.Worksheet | null = null;
        if (!first) sheet = context.workbook.worksheets.getItem(createdId ?? reportId!);
        else if (existing) {
          // First in the request, so a stale list fails before anything is written.
          sheet = context.workbook.worksheets.getItem(reportId!);
          const all = sheet.getRange();
          all.unmerge();
          all.clear();
        } else {
          sheet = added = context.workbook.worksheets.add(name);
          added.load('id');
        }
        const range = sheet.getRangeByIndexes(start, 0, chunk.length, 7);
        // Text first: numberFormat "@" in the same request, before the values, so that text
        // from a roadmap («=…», «+7», «-//-», «1.10», «10.09.2021») stays exactly that text.
        range.numberFormat = chunk.map((row) => row.formats);
        range.values = chunk.map((row) => row.cells);
        chunk.forEach((row, i) => {
          if (row.link) sheet.getRangeByIndexes(start + i, 2, 1, 1).hyperlink = row.link;
        });
        if (first) {
          sheet.getRange('A1:G1').format.font.bold = true;
          sheet.freezePanes.freezeRows(1);
          REPORT_WIDTHS.forEach((width, c) => {
            sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = width;
          });
        }
        if (last) sheet.activate();
        await this.session.syncWithSheets(context);
        if (added) createdId = added.id;
        firstRow = start + chunk.length;
      }),
    );
    if (createdId) {
      // The new sheet is the add-in's from now on: its id is noted in the workbook.
      const id = createdId;
      await this.session.run(async (context) => {
        context.workbook.settings.add(REPORT_SHEET_SETTING, id);
        await this.session.syncWithSheets(context);
      });
    }
    return name;
  }
}
