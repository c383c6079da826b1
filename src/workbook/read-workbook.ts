/**
 * Reads a workbook file (.xlsx, .xls, .csv — what SheetJS CE reads) into the engine's grids.
 * Takes bytes, not a path, so the CLI (Node) and the pane (a picked File) share it.
 */
import * as XLSX from '@e965/xlsx';
import { Grid } from '../core/grid';
import { WorkbookReadError } from './read-errors';

export interface WorkbookGrids {
  sheets: Grid[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function readWorkbook(bytes: Uint8Array, fileName = ''): WorkbookGrids {
  if (bytes.length === 0) throw new WorkbookReadError('file-empty');
  const lower = fileName.toLowerCase();
  const isText = lower.endsWith('.csv') || lower.endsWith('.txt');
  if (!isText && !startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError('file-not-workbook');
  }
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      raw: isText ? false : undefined,
      codepage: 65001,
    });
  } catch (error) {
    throw WorkbookReadError.fromLibrary(error);
  }
  if (!book.SheetNames.length) throw new WorkbookReadError('file-not-workbook');
  return { sheets: book.SheetNames.map((name) => sheetToGrid(name, book.Sheets[name])) };
}

function sheetToGrid(name: string, sheet: XLSX.WorkSheet): Grid {
  const grid = new Grid(name);
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
