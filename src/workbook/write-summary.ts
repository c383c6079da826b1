/**
 * The consolidation summary as an .xlsx a methodologist opens, prints and sends: «Свод»,
 * «Источники» and «Замечания» from `summaryTables` (src/core/consolidate/summary-tables.ts, which
 * the pane also writes into the open workbook), written here part by part — SheetJS CE writes no
 * styles, frozen panes or page setup, so the package is the project's own:
 *
 * - header rows bold, wrapped, shaded and bordered; a goal's heading row bold; long names and
 *   messages wrapped; every column its width;
 * - the header (and the label column) frozen; an AutoFilter where the table has one;
 * - numbers with thousands separators, means with one decimal (the tables' number formats);
 * - each sheet landscape A4, fitted to the page width, the header rows repeated on every page,
 *   «Свод» printing the totals (its blocks per school stay on screen), page numbers in the footer.
 *
 * Every text is a shared string (t="s"), never a formula or an inline string, whatever it starts
 * with: a school's «=SUM(…)», «+7…», «-» or «@…» is its text, never a formula run on the reader's
 * machine. Texts are written as Excel stores them (annotate/xml.ts): clipped at 32 767 characters,
 * characters XML cannot carry escaped, a literal «_x0041_» kept as typed.
 */
import { zipSync } from 'fflate';
import { columnLetter } from '../core/address';
import type { Language } from '../core/findings';
import type { ConsolidationResult } from '../core/consolidate/types';
import { SUMMARY_SHEETS, summaryTables, type SheetTable } from '../core/consolidate/summary-tables';
import { escapeAttribute, textElement } from './annotate/xml';

export { SUMMARY_SHEETS };

export interface SummaryOptions {
  /** Language of the headers and words inside the sheets (sheet names stay Russian). Default 'ru'. */
  language?: Language;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed date for every zip entry: the same summary gives the same bytes. */
const ENTRY_DATE = new Date(2000, 0, 1);

export function writeSummary(result: ConsolidationResult, options: SummaryOptions = {}): Uint8Array {
  const tables = summaryTables(result, options.language ?? 'ru');
  const sheets = [tables.summary, tables.sources, tables.findings];
  const strings = new SharedStrings();
  const styles = new Styles();
  const files: Record<string, Uint8Array> = {};
  const text = (xml: string) => new TextEncoder().encode(xml);
  sheets.forEach((table, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = text(worksheetXml(table, i === 0, strings, styles))));
  files['xl/sharedStrings.xml'] = text(strings.xml());
  files['xl/styles.xml'] = text(styles.xml());
  files['xl/workbook.xml'] = text(workbookXml(sheets));
  files['xl/_rels/workbook.xml.rels'] = text(workbookRelsXml(sheets.length));
  files['_rels/.rels'] = text(
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = text(contentTypesXml(sheets.length));
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: ENTRY_DATE }] as const]));
  return zipSync(entries as never, { level: 6 });
}

/**
 * Text for SheetJS's writer (the annotated copy of an .xls, .ods or .csv is written by SheetJS): a
 * literal «_x0041_» with its underscore escaped, so it reads back as typed. This file's own writer
 * escapes through annotate/xml.ts.
 */
export function literalText(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** The shared string table: each distinct text once. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si>${textElement('t', t)}</si>`).join('');
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

interface CellStyle {
  header?: boolean;
  bold?: boolean;
  wrap?: boolean;
  format?: string;
}

/** Built-in number formats Excel knows by id; any other gets an id from 164 on. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };

/** The cell formats (cellXfs) the sheets use, each registered once. */
class Styles {
  private readonly keys = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly formats = new Map<string, number>();

  id(style: CellStyle): number {
    const key = JSON.stringify([style.header ?? false, style.bold ?? false, style.wrap ?? false, style.format ?? '']);
    let id = this.keys.get(key);
    if (id !== undefined) return id;
    const numFmtId = this.formatId(style.format);
    const bold = style.header || style.bold;
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${bold ? 1 : 0}"`,
      `fillId="${style.header ? 2 : 0}"`,
      'borderId="1"',
      'xfId="0"',
      ...(numFmtId ? ['applyNumberFormat="1"'] : []),
      ...(bold ? ['applyFont="1"'] : []),
      ...(style.header ? ['applyFill="1"'] : []),
      'applyBorder="1"',
      'applyAlignment="1"',
    ];
    const alignment = style.header
      ? '<alignment horizontal="center" vertical="center" wrapText="1"/>'
      : `<alignment vertical="top"${style.wrap ? ' wrapText="1"' : ''}/>`;
    id = this.xfs.length;
    this.xfs.push(`<xf ${attrs.join(' ')}>${alignment}</xf>`);
    this.keys.set(key, id);
    return id;
  }

  private formatId(format: string | undefined): number {
    if (!format) return 0;
    if (format in BUILTIN_FORMATS) return BUILTIN_FORMATS[format];
    let id = this.formats.get(format);
    if (id === undefined) this.formats.set(format, (id = 164 + this.formats.size));
    return id;
  }

  xml(): string {
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join('');
    const font = (bold: boolean) => `<font>${bold ? '<b/>' : ''}<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><charset val="204"/><scheme val="minor"/></font>`;
    const edge = (side: string) => `<${side} style="thin"><color rgb="FFBFBFBF"/></${side}>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

/** A sheet's name quoted for a reference: 'Свод'!$A$1 (a quote inside doubled). */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The column of a written `<c r="…">`, for ordering a row's cells. */
function columnOf(cellXml: string): number {
  const letters = /r="([A-Z]+)/.exec(cellXml)![1];
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function worksheetXml(table: SheetTable, selected: boolean, strings: SharedStrings, styles: Styles): string {
  const lastCol = columnLetter(Math.max(0, table.colCount - 1));
  const wrap = new Set(table.wrapColumns);
  const groups = new Set(table.groupRows);
  const rows: string[] = [];
  table.rows.forEach((row, r) => {
    const cells: string[] = [];
    const header = r < table.headerRows;
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${columnLetter(c)}${r + 1}`;
      if (typeof cell.value === 'number') {
        const s = styles.id({ header, format: cell.format });
        cells.push(`<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`);
      } else {
        const s = styles.id({ header, bold: groups.has(r), wrap: wrap.has(c) || groups.has(r) });
        cells.push(`<c r="${ref}" s="${s}" t="s"><v>${strings.id(cell.value)}</v></c>`);
      }
    });
    // Header cells inside a merged area are written empty but styled, so its fill and borders cover it.
    if (header) {
      const written = new Set(row.flatMap((cell, c) => (cell ? [c] : [])));
      const blank = styles.id({ header: true });
      for (let c = 0; c < table.colCount; c++) if (!written.has(c)) cells.push(`<c r="${columnLetter(c)}${r + 1}" s="${blank}"/>`);
      cells.sort((a, b) => columnOf(a) - columnOf(b));
    }
    if (cells.length) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });

  const freezeRows = table.headerRows;
  const freezeCols = table.freezeColumns;
  const topLeft = `${columnLetter(freezeCols)}${freezeRows + 1}`;
  const pane =
    freezeRows || freezeCols
      ? `<pane${freezeCols ? ` xSplit="${freezeCols}"` : ''}${freezeRows ? ` ySplit="${freezeRows}"` : ''} topLeftCell="${topLeft}" activePane="${freezeCols && freezeRows ? 'bottomRight' : freezeRows ? 'bottomLeft' : 'topRight'}" state="frozen"/>` +
        `<selection pane="${freezeCols && freezeRows ? 'bottomRight' : freezeRows ? 'bottomLeft' : 'topRight'}" activeCell="${topLeft}" sqref="${topLeft}"/>`
      : '';
  const cols = table.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${(w + 0.71).toFixed(2)}" customWidth="1"/>`).join('');
  const merges = table.merges.map((m) => `<mergeCell ref="${columnLetter(m.c1)}${m.r1 + 1}:${columnLetter(m.c2)}${m.r2 + 1}"/>`).join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastCol}${table.rowCount}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (table.filter ? `<autoFilter ref="A1:${lastCol}${table.rowCount}"/>` : '') +
    (merges ? `<mergeCells count="${table.merges.length}">${merges}</mergeCells>` : '') +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;L&amp;A&amp;RСтраница &amp;P из &amp;N</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

function workbookXml(sheets: readonly SheetTable[]): string {
  const names: string[] = [];
  sheets.forEach((table, i) => {
    const ref = sheetRef(table.name);
    const lastCol = columnLetter(Math.max(0, table.colCount - 1));
    if (table.filter) names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref}!$A$1:$${lastCol}$${table.rowCount}</definedName>`);
    if (table.printColumns !== null && table.printColumns < table.colCount) {
      names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${ref}!$A$1:$${columnLetter(table.printColumns - 1)}$${table.rowCount}</definedName>`);
    }
    if (table.headerRows) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ref}!$1:$${table.headerRows}</definedName>`);
  });
  const list = sheets.map((t, i) => `<sheet name="${escapeAttribute(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

function workbookRelsXml(count: number): string {
  const rels = Array.from({ length: count }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${count + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${count + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`;
}

function contentTypesXml(count: number): string {
  const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const sheets = Array.from({ length: count }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ml}.worksheet+xml"/>`).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ml}.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${ml}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ml}.sharedStrings+xml"/>` +
    '</Types>'
  );
}
