/**
 * The report sheet («Замечания»): one row per finding — sheet, cell (an internal hyperlink to
 * it), rule, message, severity, value. Every text is an inline string, never a formula, so a
 * value that begins with «=» or holds markup is shown as typed.
 */
import { columnLetters } from './a1';
import { NS } from './opc';
import type { ReportStyles, Severity } from './styles';
import { escapeAttribute, textElement } from './xml';

export type ReportLanguage = 'ru' | 'en';

export interface ReportRow {
  sheet: string;
  cell: string;
  rule: string;
  message: string;
  severity: Severity;
  value: string;
  /** Whether the cell exists in the workbook (the link is written only then). */
  linkable: boolean;
}

export const REPORT_WORDS = {
  ru: {
    headers: ['Лист', 'Ячейка', 'Правило', 'Сообщение', 'Серьёзность', 'Значение'],
    severity: { error: 'ошибка', warning: 'предупреждение', info: 'сведение' } as Record<Severity, string>,
    none: 'Замечаний к ячейкам нет.',
  },
  en: {
    headers: ['Sheet', 'Cell', 'Rule', 'Message', 'Severity', 'Value'],
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    none: 'No findings at any cell.',
  },
};

const WIDTHS = [24, 10, 24, 70, 16, 50];

/** A sheet name as a reference: always quoted, its quotes doubled (`'План ''2025'''!E20`). */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * The report sheet's XML. `freezeHeader` keeps the header row in view; it is given only when the
 * workbook has book views, which a sheet view must refer to (`workbookViewId`).
 */
export function reportSheetXml(rows: readonly ReportRow[], language: ReportLanguage, styles: ReportStyles, freezeHeader: boolean): string {
  const words = REPORT_WORDS[language];
  const cell = (col: number, row: number, text: string, style: number) =>
    `<c r="${columnLetters(col)}${row}" s="${style}" t="inlineStr"><is>${textElement('t', text)}</is></c>`;
  const lines: string[] = [];
  const links: string[] = [];
  lines.push(`<row r="1">${words.headers.map((h, i) => cell(i, 1, h, styles.header)).join('')}</row>`);
  rows.forEach((f, i) => {
    const r = i + 2;
    const values = [f.sheet, f.cell, f.rule, f.message, words.severity[f.severity], f.value];
    const cells = values.map((v, col) => cell(col, r, v, col === 1 && f.linkable ? styles.link : col === 4 ? styles.severity[f.severity] : styles.text));
    lines.push(`<row r="${r}">${cells.join('')}</row>`);
    // The sheet name comes from workbook.xml and the cell is an A1 address: both are valid XML text.
    if (f.linkable) links.push(`<hyperlink ref="B${r}" location="${escapeAttribute(sheetReference(f.sheet, f.cell))}" display="${escapeAttribute(f.cell)}"/>`);
  });
  if (!rows.length) lines.push(`<row r="2">${cell(0, 2, words.none, styles.text)}</row>`);
  const lastRow = Math.max(2, rows.length + 1);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.relationships}">` +
    `<dimension ref="A1:F${lastRow}"/>` +
    (freezeHeader
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
      : '') +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${lines.join('')}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}
