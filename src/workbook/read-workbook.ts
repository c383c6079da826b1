/**
 * Reads a workbook file (.xlsx, .xls, .csv — what SheetJS CE reads) into the engine's grids.
 * Takes bytes, not a path, so the CLI (Node) and the pane (a picked File) share it.
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
  const book = readBook(bytes, fileName, options);
  return { sheets: parse(() => gridsOfBook(book)) };
}

/**
 * The SheetJS workbook behind `readWorkbook`, read with the same guards and options: for a caller
 * that needs SheetJS's own cells (the annotated copy of an .xls, .ods or .csv is written from it).
 */
export function readBook(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): XLSX.WorkBook {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  if (bytes.length === 0) throw new WorkbookReadError('file-empty');
  if (bytes.length > limits.maxFileBytes) throw new WorkbookReadError('file-too-large', `${bytes.length} bytes`);
  const lower = fileName.toLowerCase();
  const isText = lower.endsWith('.csv') || lower.endsWith('.txt');
  let book: XLSX.WorkBook;
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Unpacked within the limits first (this throws its own codes), then parsed by SheetJS.
    const container = cfbUtils.cfb_new();
    for (const part of unpackWorkbookZip(bytes, limits, options.inflate)) cfbUtils.cfb_add(container, part.name, asNodeBuffer(part.content), { unsafe: true });
    book = parse(() => sheetjs.parse_zip(container, { ...PARSE_OPTIONS }));
  } else if (startsWith(bytes, OLE_MAGIC)) {
    book = parse(() => XLSX.read(guardOle(bytes), { ...PARSE_OPTIONS }));
  } else if (isText) {
    book = parse(() => XLSX.read(bytes, { ...PARSE_OPTIONS, raw: false }));
  } else {
    throw new WorkbookReadError('file-not-workbook');
  }
  if (!book.SheetNames.length) throw new WorkbookReadError('file-not-workbook');
  return book;
}

/** A SheetJS workbook (read with `dense: true`) as the engine's grids. */
export function gridsOfBook(book: XLSX.WorkBook): Grid[] {
  return book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name]));
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

/** Runs a SheetJS call; its errors become a WorkbookReadError with a code (its text kept as detail). */
function parse<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw WorkbookReadError.fromLibrary(error);
  }
}

function sheetToGrid(name: string, sheet: XLSX.WorkSheet | undefined): Grid {
  const grid = new Grid(name);
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
