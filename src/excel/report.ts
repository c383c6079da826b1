/**
 * The report sheet: a header and one row per finding in the pane's language — number, sheet, the
 * cell with a link to it, the event's name beside it, the rule's title (from the catalog), the
 * severity's word, the cell's value, the message, and the rule's id last (for docs/rules.md) —
 * with widths that read at a glance and long texts wrapped; every text written as text.
 *
 * The report goes to the sheet the add-in created for it — known by its id, kept in the
 * workbook's settings — and to no other: a sheet of the user's that happens to be called
 * «Замечания» (in any case) is never cleared; the report then gets «Замечания (2)».
 *
 * Round trips: one write sync to rewrite the report sheet; the first report also notes the new
 * sheet's id in one small sync after it. A report past one request's limit takes more syncs.
 */
import { quoteSheet } from '../core/address';
import { findingTitle, SEVERITY_WORDS } from '../core/catalog';
import type { Language } from '../core/findings';
import { clip, normalizeCell } from './cells';
import { REQUEST_BYTES, errorCode, jsonBytes, writeInChunks } from './payload';
import { REPORT_SHEET_SETTING, type ExcelSession } from './session';
import { uniqueSheetName } from './sheet-names';
import type { ReportEntry } from './workbook-port';

export const REPORT_SHEET = 'Замечания';

/** The report's columns, in order: what each holds is in `reportRows`. */
export const REPORT_HEADERS: Record<Language, readonly string[]> = {
  ru: ['№', 'Лист', 'Ячейка', 'Мероприятие', 'Замечание', 'Важность', 'Значение', 'Сообщение', 'Код правила'],
  en: ['No.', 'Sheet', 'Cell', 'Event', 'Finding', 'Severity', 'Value', 'Message', 'Rule id'],
};
const COLUMNS = REPORT_HEADERS.ru.length;
/** The column of the link to the finding's cell (0-based). */
const LINK_COLUMN = 2;
const NO_FINDINGS: Record<Language, string> = { ru: 'Замечаний нет', en: 'No findings' };
/**
 * Column widths in points: the number and the cell narrow, the event and the message wide enough
 * for a line of a few words each (they wrap), the rest sized to their usual texts.
 */
const REPORT_WIDTHS = [30, 90, 48, 230, 150, 92, 150, 320, 120];
/** Columns whose text wraps, as [first, count]: the event and the finding's title; the value and the message. */
const WRAPPED_SPANS: ReadonlyArray<readonly [number, number]> = [
  [3, 2],
  [6, 2],
];
/** What the formats of one block of rows add to its request: the alignment and the wrapped spans. */
export const REPORT_FORMAT_BYTES = REQUEST_BYTES.rangeWrite * (1 + WRAPPED_SPANS.length);
const TEXT_ROW_FORMATS = Array.from({ length: COLUMNS }, () => '@');
const DATA_ROW_FORMATS = ['General', ...TEXT_ROW_FORMATS.slice(1)];

export interface ReportRow {
  cells: Array<string | number>;
  formats: string[];
  link?: Excel.RangeHyperlink;
}

/** The report as rows: a header, then one row per finding (or one «no findings» row). */
export function reportRows(findings: readonly ReportEntry[], language: Language): ReportRow[] {
  const rows: ReportRow[] = [{ cells: [...REPORT_HEADERS[language]], formats: TEXT_ROW_FORMATS }];
  if (findings.length === 0) {
    const cells: string[] = TEXT_ROW_FORMATS.map(() => '');
    cells[7] = NO_FINDINGS[language];
    rows.push({ cells, formats: TEXT_ROW_FORMATS });
    return rows;
  }
  findings.forEach((f, i) => {
    const cell = normalizeCell(f.cell);
    rows.push({
      cells: [
        i + 1,
        clip(f.sheet),
        clip(f.cell),
        clip(f.event ?? ''),
        clip(findingTitle(f.rule, language)),
        SEVERITY_WORDS[language][f.severity].label,
        clip(f.value),
        clip(f.message),
        clip(f.rule),
      ],
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
  async writeReport(findings: readonly ReportEntry[], language: Language): Promise<string> {
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
    await writeInChunks(rows, rowBytes, this.session.budget - REQUEST_BYTES.base - REPORT_FORMAT_BYTES, (chunk, first, last) =>
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
        const range = sheet.getRangeByIndexes(start, 0, chunk.length, COLUMNS);
        // Text first: numberFormat "@" in the same request, before the values, so that text
        // from a roadmap («=…», «+7», «-//-», «1.10», «10.09.2021») stays exactly that text.
        range.numberFormat = chunk.map((row) => row.formats);
        range.values = chunk.map((row) => row.cells);
        chunk.forEach((row, i) => {
          if (row.link) sheet.getRangeByIndexes(start + i, LINK_COLUMN, 1, 1).hyperlink = row.link;
        });
        if (first) {
          const header = sheet.getRangeByIndexes(0, 0, 1, COLUMNS);
          header.format.font.bold = true;
          header.format.wrapText = true;
          sheet.freezePanes.freezeRows(1);
          REPORT_WIDTHS.forEach((width, c) => {
            sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = width;
          });
        }
        // Wrapped rows grow taller: every cell of them reads from the top.
        range.format.verticalAlignment = 'Top';
        for (const [from, count] of WRAPPED_SPANS) sheet.getRangeByIndexes(start, from, chunk.length, count).format.wrapText = true;
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
