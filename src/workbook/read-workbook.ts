/**
 * Reads a workbook file into the engine's grids: .xlsx / .xlsm, .xls, .ods and .fods through SheetJS
 * CE, a .csv (or Excel's «Unicode text» .txt) through csv.ts — its encoding and separator detected,
 * every cell kept as the text written. Takes bytes, not a path, so the CLI (Node) and the pane (a
 * picked File) share it. SheetJS's console messages («ODS number format may be incorrect») are
 * kept off the user's terminal: a read is quiet, and what is wrong is said as a code.
 *
 * Hostile and broken files end in a WorkbookReadError with a code, never in a crash, a hang
 * or gigabytes of memory: an .xlsx is unpacked by the zip guard (zip-guard.ts: declared sizes
 * checked before inflating, actual sizes bounded while inflating) and only then handed to
 * SheetJS; an OLE container holding an `EncryptionInfo` stream (a password-protected .xlsx) is
 * refused before SheetJS parses it; a file larger than `maxFileBytes` is not parsed at all.
 */
import * as XLSX from '@e965/xlsx';
import { Grid } from '../core/grid';
import { WorkbookReadError } from './read-errors';
import { decodeText, parseDelimited } from './csv';
import { neutralizeBiffFormulas } from './biff-guard';
import type { BoundedInflate } from './bounded-inflate';
import { DEFAULT_ZIP_LIMITS, unpackWorkbookZip, type ZipLimits } from './zip-guard';

export interface WorkbookGrids {
  sheets: Grid[];
}

export interface ReadLimits extends ZipLimits {
  /** The file itself, before anything is unpacked (an .xls or a .csv is parsed as it is). */
  maxFileBytes: number;
}

/** The zip guard's limits, and 100 MB for the file itself. */
export const DEFAULT_READ_LIMITS: ReadLimits = { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 100 * 1024 * 1024 };

export interface ReadOptions {
  /** Tighter (or looser) limits than the defaults, e.g. for tests. */
  limits?: Partial<ReadLimits>;
  /** The zip entries' inflater; default: the platform's (zlib under Node, fflate in the browser). */
  inflate?: BoundedInflate;
}

/** The SheetJS container object that its zip reader builds and `parse_zip` reads. */
type Container = object;
const sheetjs = XLSX as unknown as { parse_zip(zip: Container, options: XLSX.ParsingOptions): XLSX.WorkBook };
const cfbUtils = XLSX.CFB.utils as unknown as {
  cfb_new(): Container;
  cfb_add(container: Container, name: string, content: Uint8Array, options: { unsafe: true }): void;
};

export const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellNF: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  codepage: 65001,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function readWorkbook(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): WorkbookGrids {
  const { book, format } = openBook(bytes, fileName, options);
  // A CSV has no types: its grids say so, and the engine reads numbers from their text.
  return { sheets: parse(() => gridsOfBook(book, { untyped: format === 'csv' })) };
}

/**
 * The SheetJS workbook behind `readWorkbook`, read with the same guards and options: for a caller
 * that needs SheetJS's own cells (the annotated copy of an .xls, .ods or .csv is written from it).
 */
export function readBook(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): XLSX.WorkBook {
  return openBook(bytes, fileName, options).book;
}

/** What a file is, by its bytes (never by its name, but for text): the reader's formats. */
export type SourceFormat = 'zip' | 'ole' | 'fods' | 'csv';

export function sourceFormat(bytes: Uint8Array, fileName = ''): SourceFormat | null {
  if (startsWith(bytes, ZIP_MAGIC)) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (isFlatOds(bytes)) return 'fods';
  const lower = fileName.toLowerCase();
  return lower.endsWith('.csv') || lower.endsWith('.txt') ? 'csv' : null;
}

function openBook(bytes: Uint8Array, fileName: string, options: ReadOptions): { book: XLSX.WorkBook; format: SourceFormat } {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (bytes.length === 0) throw new WorkbookReadError('file-empty');
  if (bytes.length > limits.maxFileBytes) throw new WorkbookReadError('file-too-large', `${bytes.length} bytes`);
  const format = sourceFormat(bytes, fileName);
  try {
    let book: XLSX.WorkBook;
    switch (format) {
      case 'zip': {
        // Unpacked within the limits first (this throws its own codes), then parsed by SheetJS.
        const container = cfbUtils.cfb_new();
        for (const part of unpackWorkbookZip(bytes, limits, options.inflate)) cfbUtils.cfb_add(container, part.name, asNodeBuffer(part.content), { unsafe: true });
        book = parse(() => sheetjs.parse_zip(container, { ...PARSE_OPTIONS }));
        break;
      }
      case 'ole':
        book = parse(() => XLSX.read(guardOle(bytes), { ...PARSE_OPTIONS }));
        break;
      case 'fods':
        book = parse(() => XLSX.read(bytes, { ...PARSE_OPTIONS }));
        break;
      case 'csv':
        book = textBook(bytes, fileName);
        break;
      default:
        throw new WorkbookReadError('file-not-workbook');
    }
    if (!book.SheetNames.length) throw new WorkbookReadError('file-not-workbook');
    return { book, format: format! };
  } catch (error) {
    // The message names what the user has: «a file with the extension .fods», not «.xlsx».
    if (error instanceof WorkbookReadError && error.code === 'file-not-workbook') throw error.withData({ extension: extensionOf(fileName) });
    throw error;
  }
}

/** The file name's extension as the user sees it («.xlsx»), or '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** A flat OpenDocument spreadsheet (.fods): one XML document whose root is office:document. */
function isFlatOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return /^(\uFEFF)?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<office:document[\s>]/.test(head) && head.includes('urn:oasis:names:tc:opendocument:xmlns:office:1.0');
}

/** A CSV as a one-sheet SheetJS workbook of text cells, the sheet named after the file as Excel does. */
function textBook(bytes: Uint8Array, fileName: string): XLSX.WorkBook {
  const { rows } = parseDelimited(decodeText(bytes).text);
  const data: XLSX.CellObject[][] = rows.map((row) => {
    const cells: XLSX.CellObject[] = [];
    row.forEach((text, c) => {
      if (text !== '') cells[c] = { t: 's', v: text };
    });
    return cells;
  });
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const sheet: XLSX.WorkSheet = { '!data': data } as XLSX.WorkSheet;
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: Math.max(0, width - 1) } });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetNameOf(fileName));
  return book;
}

/** Excel's name for a CSV's sheet: the file's name without its extension, as a legal sheet name. */
function sheetNameOf(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  const name = base.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return name || 'Лист1';
}

/** A SheetJS workbook (read with `dense: true`) as the engine's grids. */
export function gridsOfBook(book: XLSX.WorkBook, options: { untyped?: boolean } = {}): Grid[] {
  return book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name], options.untyped ?? false));
}

/**
 * An OLE container: an .xls, or an encrypted .xlsx — Office wraps a password-protected package
 * in an OLE container with EncryptionInfo and EncryptedPackage streams. An .xls has its formulas
 * blanked out (biff-guard.ts) and is handed on re-packed; a password is refused here.
 */
function guardOle(bytes: Uint8Array): Uint8Array {
  const container = parse(() => XLSX.CFB.read(bytes, { type: 'array' }));
  if (XLSX.CFB.find(container, 'EncryptionInfo') || XLSX.CFB.find(container, 'EncryptedPackage')) {
    throw new WorkbookReadError('file-encrypted', 'EncryptionInfo stream');
  }
  const stream = XLSX.CFB.find(container, 'Workbook') ?? XLSX.CFB.find(container, 'Book');
  if (!stream?.content) return bytes;
  // A copy: the container's content may be a view of the caller's bytes.
  const content = new Uint8Array(stream.content as ArrayLike<number>);
  const scan = neutralizeBiffFormulas(content);
  if (scan.encrypted) throw new WorkbookReadError('file-encrypted', 'FILEPASS record');
  if (!scan.formulas) return bytes;
  stream.content = content as unknown as typeof stream.content;
  stream.size = content.length;
  return parse(() => new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayBuffer));
}

/**
 * Under Node, a part is handed to SheetJS as a Buffer over the same memory (no copy): SheetJS
 * decodes Buffers with Node's native UTF-8 decoder and plain Uint8Arrays in JavaScript, about
 * 20 % slower on a large sheet. In the browser the bytes go as they are.
 */
function asNodeBuffer(bytes: Uint8Array): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): Uint8Array } }).Buffer;
  return NodeBuffer ? NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

/**
 * Runs a SheetJS call quietly — SheetJS writes what it doubts to the console («ODS number format
 * may be incorrect», a dozen lines per .ods), which on the command line is noise on stderr and
 * in the pane noise in the console — and turns its errors into a WorkbookReadError with a code
 * (its text kept as detail). The call is synchronous, so the console is back before anything else runs.
 */
function parse<T>(run: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const silent = () => undefined;
  console.error = silent;
  console.warn = silent;
  console.log = silent;
  try {
    return run();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw WorkbookReadError.fromLibrary(error);
  } finally {
    console.error = saved.error;
    console.warn = saved.warn;
    console.log = saved.log;
  }
}

function sheetToGrid(name: string, sheet: XLSX.WorkSheet | undefined, untyped: boolean): Grid {
  const grid = new Grid(name, { untyped });
  // A sheet the workbook lists but whose part is missing (a damaged package) reads as empty.
  if (!sheet) return grid;
  const data = (sheet as XLSX.DenseWorkSheet)['!data'];
  // forEach skips the holes of sparse rows: a used range reaching XFD1048576 costs only its real cells.
  data?.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const converted = convertCell(cell);
      if (converted) grid.set(r, c, converted);
    });
  });
  for (const m of sheet['!merges'] ?? []) grid.addMerge({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c });
  return grid;
}

function convertCell(cell: XLSX.CellObject): ReturnType<Grid['get']> {
  const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
  switch (cell.t) {
    case 'n':
      return format ? { value: cell.v as number, format } : { value: cell.v as number };
    case 's': {
      const text = String(cell.v ?? '');
      return text === '' ? undefined : { value: text };
    }
    case 'b':
      return { value: Boolean(cell.v) };
    case 'e':
      return { value: null, error: cell.w ?? XLSX.utils.format_cell(cell) ?? '#ERROR' };
    case 'd':
      return { value: String(cell.v), format };
    default:
      return undefined;
  }
}
