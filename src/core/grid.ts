/**
 * The engine's only input: a sheet as a sparse grid of cells. Readers (SheetJS for files,
 * Office.js for the open workbook) build it; the engine never sees where it came from.
 * Rows and columns are 0-based here; findings speak 1-based rows and A1 addresses.
 */

/** Error values such as #REF! or #N/A keep their code; a formula contributes its cached result. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  /** The number format code ("General", "dd.mm.yyyy", "0%"…); absent means General. */
  format?: string;
  /** Set for an error cell (#REF!, #N/A…); value is then null. */
  error?: string;
}

/** An inclusive 0-based rectangle. */
export interface CellRange {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One row's cells, ascending by column: `cells[i]` stands in column `cols[i]`. */
export interface RowView {
  readonly cols: readonly number[];
  readonly cells: readonly Cell[];
}

interface Row {
  cols: number[];
  cells: Cell[];
}

/** Rows up to this many cells are searched left to right; longer ones by bisection. */
const LINEAR_SEARCH_CELLS = 8;

export class Grid {
  /**
   * Rows that hold at least one cell, by row index. A row keeps its columns (a packed array of
   * small integers) and its cells side by side, ascending by column: cells nearly always
   * arrive left to right, so adding one is a push, and reading a row touches little memory.
   */
  private readonly rows = new Map<number, Row>();
  private sortedRowIndices: number[] | null = null;
  /** The last row index added, and whether rows have so far been added in ascending order. */
  private lastRowAdded = -1;
  private rowsAscending = true;
  /** One past the last used row / column. */
  rowCount = 0;
  colCount = 0;
  readonly merges: CellRange[] = [];

  /**
   * The cells are text as written, with no number types: a CSV. A number in such a grid is
   * whatever text reads as one, so the engine does not take «176» for a number typed as text.
   */
  readonly untyped: boolean;

  constructor(
    readonly name: string,
    options: { untyped?: boolean } = {},
  ) {
    this.untyped = options.untyped ?? false;
  }

  set(r: number, c: number, cell: Cell): void {
    let row = this.rows.get(r);
    if (!row) {
      row = { cols: [], cells: [] };
      this.rows.set(r, row);
      this.sortedRowIndices = null;
      if (r < this.lastRowAdded) this.rowsAscending = false;
      this.lastRowAdded = r;
    }
    const { cols, cells } = row;
    const n = cols.length;
    if (n === 0 || cols[n - 1] < c) {
      cols.push(c);
      cells.push(cell);
    } else {
      const i = lowerBound(cols, c);
      if (i < n && cols[i] === c) cells[i] = cell;
      else {
        cols.splice(i, 0, c);
        cells.splice(i, 0, cell);
      }
    }
    if (r >= this.rowCount) this.rowCount = r + 1;
    if (c >= this.colCount) this.colCount = c + 1;
  }

  get(r: number, c: number): Cell | undefined {
    const row = this.rows.get(r);
    if (!row) return undefined;
    const cols = row.cols;
    const n = cols.length;
    if (n <= LINEAR_SEARCH_CELLS) {
      for (let i = 0; i < n; i++) {
        const col = cols[i];
        if (col === c) return row.cells[i];
        if (col > c) return undefined;
      }
      return undefined;
    }
    const i = lowerBound(cols, c);
    return i < n && cols[i] === c ? row.cells[i] : undefined;
  }

  /** Indices of the rows that hold a cell, ascending: a sparse sheet is never walked cell by cell. */
  rowIndices(): readonly number[] {
    if (!this.sortedRowIndices) {
      const keys = [...this.rows.keys()];
      this.sortedRowIndices = this.rowsAscending ? keys : keys.sort((a, b) => a - b);
    }
    return this.sortedRowIndices;
  }

  /** The cells of one row, ascending by column (a new array each call). */
  rowCells(r: number): Array<[number, Cell]> {
    const row = this.rows.get(r);
    if (!row) return [];
    const { cols, cells } = row;
    const out = new Array<[number, Cell]>(cols.length);
    for (let i = 0; i < cols.length; i++) out[i] = [cols[i], cells[i]];
    return out;
  }

  /**
   * One row's cells without copying them (undefined for a row without cells): for loops that
   * read every row. The view is the grid's own: read it, never change it, and do not keep it
   * across changes to the grid.
   */
  rowView(r: number): RowView | undefined {
    return this.rows.get(r);
  }

  get cellCount(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.cols.length;
    return n;
  }

  addMerge(range: CellRange): void {
    this.merges.push(range);
    if (range.r2 >= this.rowCount) this.rowCount = range.r2 + 1;
    if (range.c2 >= this.colCount) this.colCount = range.c2 + 1;
  }

  /**
   * Builds a grid from the dense arrays Office.js returns for a range (values, numberFormat),
   * keeping only non-empty cells. `origin` is the range's top-left cell in the sheet.
   */
  static fromDense(
    name: string,
    values: ReadonlyArray<ReadonlyArray<unknown>>,
    formats?: ReadonlyArray<ReadonlyArray<unknown>>,
    origin: { row: number; col: number } = { row: 0, col: 0 },
  ): Grid {
    const grid = new Grid(name);
    values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const cell = cellFromRaw(raw, formats?.[i]?.[j]);
        if (cell) grid.set(origin.row + i, origin.col + j, cell);
      }),
    );
    return grid;
  }
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** An Office.js value (string, number, boolean, "" for empty, "#REF!" for errors) as a cell, or undefined when empty. */
export function cellFromRaw(raw: unknown, format: unknown): Cell | undefined {
  if (raw === '' || raw === null || raw === undefined) return undefined;
  const fmt = typeof format === 'string' && format !== 'General' ? format : undefined;
  if (typeof raw === 'string' && ERROR_VALUE.test(raw)) return { value: null, error: raw };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    return fmt ? { value: raw, format: fmt } : { value: raw };
  }
  return { value: String(raw) };
}

/** The first index in ascending columns whose column is at least c. */
function lowerBound(cols: readonly number[], c: number): number {
  let lo = 0;
  let hi = cols.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cols[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A cell's text as a person reads it, trimmed; numbers as written, errors as their code. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.error) return cell.error;
  if (cell.value === null) return '';
  if (typeof cell.value === 'boolean') return cell.value ? 'ИСТИНА' : 'ЛОЖЬ';
  return String(cell.value).trim();
}
