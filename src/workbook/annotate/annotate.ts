/**
 * The annotated copy of a checked workbook: the original package with a fill and a note on every
 * flagged cell and a report sheet listing the findings with links to their cells. Everything
 * else in the package — values, formulas, styles, merges, other sheets, charts, pictures,
 * macros, defined names — is copied byte for byte. See README.md for how and why.
 *
 * Pure TypeScript over bytes (no Node, no DOM): the command line and the web app share it.
 */
import * as XLSX from '@e965/xlsx';
import type { Finding } from '../../core/findings';
import { WorkbookReadError } from '../read-errors';
import { DEFAULT_READ_LIMITS, readBook, sourceFormat, type ReadLimits } from '../read-workbook';
import { literalText } from '../write-summary';
import { readCentralDirectory } from '../zip-guard';
import { parseA1 } from './a1';
import { ShapeIds, writeNotes, type Note } from './notes';
import { addRelationships, CONTENT_TYPE, ContentTypes, freePartName, NS, readRelationships, REL } from './opc';
import { WorkbookPackage } from './package';
import { REPORT_WORDS, reportSheetXml, type ReportLanguage, type ReportRow } from './report-sheet';
import { MINIMAL_STYLESHEET, Stylesheet, type Severity } from './styles';
import { cellKey, WorksheetEditor, type CellRef } from './worksheet';
import { attributes, ensureNamespacePrefix, escapeAttribute, getAttribute, localName, qualify, rootElement, startTagPattern, topLevelChildren } from './xml';

/** What the annotated copy needs of a finding; a fuller Finding (from the engine) fits. */
export type AnnotatedFinding = Pick<Finding, 'sheet' | 'cell' | 'rule' | 'severity' | 'message' | 'value'>;

export interface AnnotateOptions {
  /** Language of the report sheet's headings, the severity words and the notes' heading. Default 'ru'. */
  language?: ReportLanguage;
  /** Read limits (the reader's defaults): a file the reader would refuse is not annotated either. */
  limits?: Partial<ReadLimits>;
}

/**
 * Formats a copy is made from by conversion (SheetJS) rather than by editing the package; 'xlsx'
 * is a package SheetJS reads but whose workbook part cannot be found to edit (a damaged one).
 */
export type ConvertedFormat = 'xls' | 'ods' | 'fods' | 'xlsb' | 'numbers' | 'csv' | 'xlsx';

export interface AnnotatedWorkbook {
  /** The .xlsx (or .xlsm) package. */
  bytes: Uint8Array;
  /** The copy's file name: the original's, with .xlsx when it was converted or its extension did not say what it is. */
  fileName: string;
  /** The report sheet's name: «Замечания», or «Замечания (2)»… when that name is taken. */
  reportSheet: string;
  /** Cells given a fill and a note. */
  markedCells: number;
  /** Findings listed on the report sheet but not marked, because their sheet or cell is not in the workbook. */
  unmarkedFindings: number;
  /** Set when the copy is a conversion: the original was not an Excel package, so its formatting is not kept. */
  converted: { from: ConvertedFormat; message: { ru: string; en: string } } | null;
}

export const REPORT_SHEET_NAME = 'Замечания';

const NOTE_HEADING = { ru: 'Проверка дорожных карт:', en: 'Roadmap Checker:' };
const NOTE_AUTHOR = { ru: 'Проверка дорожных карт', en: 'Roadmap Checker' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const SHEET_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  CONTENT_TYPE.macroWorkbook,
  CONTENT_TYPE.macroTemplate,
]);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Annotates a workbook with its findings. `fileName` is the original's name (its extension
 * names a .csv and names the copy). Throws WorkbookReadError, with the reader's codes, for a
 * file the reader refuses (too large, a zip bomb, encrypted, damaged, not a workbook).
 */
export function annotateWorkbook(original: Uint8Array, fileName: string, findings: readonly AnnotatedFinding[], options: AnnotateOptions = {}): AnnotatedWorkbook {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const language = options.language ?? 'ru';
  if (original.length === 0) throw new WorkbookReadError('file-empty');
  if (original.length > limits.maxFileBytes) throw new WorkbookReadError('file-too-large', `${original.length} bytes`);
  const baseName = fileName.split(/[\\/]/).pop() || 'workbook';

  if (startsWith(original, ZIP_MAGIC)) {
    const names = readCentralDirectory(original, limits).map((e) => e.name.toLowerCase());
    if (names.includes('[content_types].xml')) {
      const pkg = new WorkbookPackage(original, limits);
      const main = mainPart(pkg);
      if (main) {
        const result = annotatePackage(pkg, main.part, findings, language);
        return { ...result, fileName: packageFileName(baseName, main.macroEnabled, main.template), converted: null };
      }
    }
    const from: ConvertedFormat = names.includes('index/document.iwa')
      ? 'numbers'
      : names.includes('content.xml')
        ? 'ods'
        : names.some((n) => n.endsWith('workbook.bin'))
          ? 'xlsb'
          : 'xlsx';
    return convertAndAnnotate(original, baseName, from, findings, language, limits);
  }
  const format = sourceFormat(original, baseName);
  return convertAndAnnotate(original, baseName, format === 'ole' ? 'xls' : format === 'fods' ? 'fods' : 'csv', findings, language, limits);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The workbook part of an OOXML spreadsheet package (via the package's officeDocument relationship), or null. */
function mainPart(pkg: WorkbookPackage): { part: string; macroEnabled: boolean; template: boolean } | null {
  const rel = readRelationships(pkg, '').find((r) => r.type.endsWith('/officeDocument') && r.part);
  if (!rel?.part || !pkg.has(rel.part)) return null;
  const type = new ContentTypes(pkg).typeOf(rel.part) ?? '';
  if (!SHEET_MAIN_TYPES.has(type)) return null;
  return { part: rel.part, macroEnabled: type.includes('macroEnabled'), template: type.includes('template') };
}

/** The original's name when its extension says what the package is; otherwise the right extension. */
function packageFileName(name: string, macroEnabled: boolean, template: boolean): string {
  const extension = `.xl${template ? 't' : 's'}${macroEnabled ? 'm' : 'x'}`;
  return name.toLowerCase().endsWith(extension) ? name : `${stripExtension(name)}${extension}`;
}

function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const FORMAT_LABEL: Record<Exclude<ConvertedFormat, 'xlsx'>, string> = { xls: '.xls', ods: '.ods', fods: '.fods', xlsb: '.xlsb', numbers: 'Numbers', csv: 'CSV' };

function conversionMessage(from: ConvertedFormat): { ru: string; en: string } {
  const kept = {
    ru: 'В копии сохранены листы, значения и объединения ячеек, но не оформление и не формулы исходного файла (вместо формул — их значения).',
    en: "The copy keeps the sheets, values and merged cells, but not the original's formatting or formulas (their values stand in their place).",
  };
  if (from === 'xlsx') {
    return {
      ru: `Книгу не удалось дополнить на месте (её структура повреждена): замечания записаны в копию, собранную заново в формате .xlsx. ${kept.ru}`,
      en: `The workbook could not be annotated in place (its structure is damaged): the findings are written into a copy rebuilt in .xlsx format. ${kept.en}`,
    };
  }
  const label = FORMAT_LABEL[from];
  return {
    ru: `Исходный файл — ${label}, а не книга .xlsx: замечания записаны в копию в формате .xlsx. ${kept.ru}`,
    en: `The original is ${label}, not an .xlsx workbook: the findings are written into a copy in .xlsx format. ${kept.en}`,
  };
}

/**
 * A workbook that is not an OOXML package: read by SheetJS as the checker reads it (so the
 * findings' cells are the same), written as an .xlsx, then annotated like any package.
 */
function convertAndAnnotate(
  original: Uint8Array,
  baseName: string,
  from: ConvertedFormat,
  findings: readonly AnnotatedFinding[],
  language: ReportLanguage,
  limits: ReadLimits,
): AnnotatedWorkbook {
  const book = readBook(original, baseName, { limits });
  for (const name of book.SheetNames) {
    const data = (book.Sheets[name] as XLSX.DenseWorkSheet | undefined)?.['!data'];
    if (!data) continue;
    for (let r = 0; r < data.length; r++) {
      // SheetJS's writer stops at an empty row of a dense sheet (it reads data[r][c] of a hole).
      if (!data[r]) data[r] = [];
      for (const cell of data[r]) {
        // A text is written as typed: SheetJS would read a literal «_x0041_» back as «A».
        if (cell?.t === 's' && typeof cell.v === 'string') cell.v = literalText(cell.v);
      }
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true }) as ArrayBuffer);
  } catch (error) {
    throw WorkbookReadError.fromLibrary(error);
  }
  const pkg = new WorkbookPackage(bytes);
  const main = mainPart(pkg);
  if (!main) throw new WorkbookReadError('file-corrupt', 'SheetJS wrote no workbook part');
  const result = annotatePackage(pkg, main.part, findings, language);
  return { ...result, fileName: `${stripExtension(baseName)}.xlsx`, converted: { from, message: conversionMessage(from) } };
}

interface SheetEntry {
  name: string;
  sheetId: number;
  part: string | null;
  isWorksheet: boolean;
}

function annotatePackage(pkg: WorkbookPackage, workbookPart: string, findings: readonly AnnotatedFinding[], language: ReportLanguage) {
  const contentTypes = new ContentTypes(pkg);
  const workbookXml = pkg.readText(workbookPart)!;
  const workbookRels = readRelationships(pkg, workbookPart);
  const sheets = listSheets(workbookXml, workbookRels);
  const reportSheet = freeSheetName(sheets.map((s) => s.name));
  const workbookDir = workbookPart.split('/').slice(0, -1).join('/');
  const inDir = (name: string) => (workbookDir ? `${workbookDir}/${name}` : name);

  // Styles: the workbook's stylesheet, or a minimal one when it has none.
  let stylesPart = workbookRels.find((r) => r.type.endsWith('/styles') && r.part && pkg.has(r.part))?.part ?? null;
  if (!stylesPart) {
    stylesPart = pkg.has(inDir('styles.xml')) ? freePartName(pkg, inDir('styles'), '.xml') : inDir('styles.xml');
    pkg.write(stylesPart, MINIMAL_STYLESHEET);
    contentTypes.add(stylesPart, CONTENT_TYPE.styles);
    addRelationships(pkg, workbookPart, [{ type: REL.styles, targetPart: stylesPart }]);
  }
  const stylesheet = new Stylesheet(pkg.readText(stylesPart)!);

  // Findings by sheet and cell; the most severe finding at a cell gives it its colour.
  const bySheet = new Map<string, SheetEntry>(sheets.map((s) => [s.name, s]));
  const marks = new Map<SheetEntry, Map<string, { cell: CellRef; severity: Severity; lines: string[] }>>();
  const rows: ReportRow[] = [];
  let unmarked = 0;
  const severityWord = REPORT_WORDS[language].severity;
  for (const f of findings) {
    const sheet = bySheet.get(f.sheet);
    const cell = parseA1(f.cell);
    const markable = Boolean(sheet?.isWorksheet && sheet.part && cell);
    rows.push({ sheet: f.sheet, cell: f.cell, rule: f.rule, message: f.message, severity: f.severity, value: f.value, linkable: Boolean(sheet && cell) });
    if (!markable) {
      unmarked++;
      continue;
    }
    let cells = marks.get(sheet!);
    if (!cells) marks.set(sheet!, (cells = new Map()));
    const k = cellKey(cell!.row, cell!.col);
    const mark = cells.get(k) ?? { cell: cell!, severity: f.severity, lines: [] };
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[mark.severity]) mark.severity = f.severity;
    mark.lines.push(`${capitalize(severityWord[f.severity])}: ${f.message} [${f.rule}]`);
    cells.set(k, mark);
  }

  const shapeIds = new ShapeIds(pkg);
  let markedCells = 0;
  for (const [sheet, cells] of marks) {
    const part = sheet.part!;
    const xml = pkg.readText(part);
    if (xml === undefined) throw new WorkbookReadError('file-corrupt', `${part} is missing`);
    const editor = new WorksheetEditor(xml);
    const targets = [...cells.values()].map((m) => m.cell);
    const bases = editor.locate(targets);
    const formats = new Map<string, number>();
    for (const [k, mark] of cells) formats.set(k, stylesheet.flaggedFormat(bases.get(k)!, mark.severity));
    const notes: Note[] = [...cells.values()].map((m) => ({ row: m.cell.row, col: m.cell.col, heading: NOTE_HEADING[language], lines: m.lines }));
    const legacyId = writeNotes(pkg, contentTypes, part, editor.legacyDrawingRelId(), notes, NOTE_AUTHOR[language], shapeIds);
    pkg.write(part, editor.toXml(formats, legacyId));
    markedCells += cells.size;
  }

  // The report sheet, after the workbook's own sheets (no sheet index, defined name or active tab moves).
  const reportPart = freePartName(pkg, inDir('worksheets/sheet'), '.xml');
  const hasBookViews = topLevelChildren(workbookXml).some((c) => localName(c.name) === 'bookViews');
  pkg.write(reportPart, reportSheetXml(rows, language, stylesheet.reportStyles(), hasBookViews));
  contentTypes.add(reportPart, CONTENT_TYPE.worksheet);
  const [relId] = addRelationships(pkg, workbookPart, [{ type: REL.worksheet, targetPart: reportPart }]);
  pkg.write(workbookPart, addSheetEntry(workbookXml, reportSheet, Math.max(0, ...sheets.map((s) => s.sheetId)) + 1, relId));
  pkg.write(stylesPart, stylesheet.toXml());
  contentTypes.save();
  return { bytes: pkg.toBytes(), reportSheet, markedCells, unmarkedFindings: unmarked };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function listSheets(workbookXml: string, rels: ReturnType<typeof readRelationships>): SheetEntry[] {
  const prefix = rootElement(workbookXml).prefix;
  const sheetsSpan = topLevelChildren(workbookXml).find((c) => c.name === qualify(prefix, 'sheets'));
  if (!sheetsSpan) throw new WorkbookReadError('file-corrupt', 'workbook.xml lists no sheets');
  const out: SheetEntry[] = [];
  for (const m of workbookXml.slice(sheetsSpan.contentStart, sheetsSpan.contentEnd).matchAll(startTagPattern(qualify(prefix, 'sheet')))) {
    const name = getAttribute(m[0], 'name') ?? '';
    let relId: string | undefined;
    for (const [attr, value] of attributes(m[0])) if (attr.includes(':') && localName(attr) === 'id') relId = value;
    const rel = rels.find((r) => r.id === relId);
    out.push({ name, sheetId: Number(getAttribute(m[0], 'sheetId') ?? 0) || 0, part: rel?.part ?? null, isWorksheet: Boolean(rel?.type.endsWith('/worksheet')) });
  }
  return out;
}

/** «Замечания», or «Замечания (2)», «(3)»… — sheet names compared case-insensitively, as Excel does. */
export function freeSheetName(taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(REPORT_SHEET_NAME.toLowerCase())) return REPORT_SHEET_NAME;
  for (let n = 2; ; n++) {
    const candidate = `${REPORT_SHEET_NAME} (${n})`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

function addSheetEntry(workbookXml: string, name: string, sheetId: number, relId: string): string {
  const ns = ensureNamespacePrefix(workbookXml, NS.relationships, 'r');
  const xml = ns.xml;
  const prefix = rootElement(xml).prefix;
  const span = topLevelChildren(xml).find((c) => c.name === qualify(prefix, 'sheets'))!;
  const entry = `<${qualify(prefix, 'sheet')} name="${escapeAttribute(name)}" sheetId="${sheetId}" ${ns.prefix}:id="${relId}"/>`;
  return xml.slice(0, span.contentEnd) + entry + xml.slice(span.contentEnd);
}
