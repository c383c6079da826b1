/**
 * Finding the indicator table in a sheet: the header row (below any title and blank rows) with
 * an indicator name column, a unit column and value columns in any order; a header may span two
 * rows (a year merged over «план» / «факт»). Below it, the indicator rows, with the goal and its
 * number carried down their merged (or, unmerged, blank) cells.
 */
import { cellText, type Cell, type CellRange, type Grid } from '../grid';
import { RowMerges } from '../row-merges';
import { isBlankLike, normalize } from '../text';
import { looksLikeIndicatorTable } from '../roadmap/sheet-kind';
import { parseColumnKey, TextMemo } from './matcher';
import type { IndicatorRow, IndicatorTable, ValueColumn } from './types';
import { excelDateText, isDateFormat } from './value-reader';

/** How far down a sheet the header is looked for. */
const HEADER_SEARCH_ROWS = 60;

/** Looks up merged areas by cell, indexed by the rows with cells (a merge over whole columns costs those rows). */
export class MergeIndex {
  private readonly byRow: RowMerges;

  constructor(grid: Grid) {
    this.byRow = new RowMerges(grid.merges, grid.rowIndices());
  }

  at(r: number, c: number): CellRange | undefined {
    return this.byRow.at(r, c);
  }

  /** The merged areas spanning row r (the index's own list: read it, never change it). */
  onRow(r: number): readonly CellRange[] {
    return this.byRow.onRow(r);
  }

  /** The cell that holds the value shown at (r, c): the merged area's top-left cell, or the cell itself. */
  cell(grid: Grid, r: number, c: number): Cell | undefined {
    const m = this.at(r, c);
    return m ? grid.get(m.r1, m.c1) : grid.get(r, c);
  }

  text(grid: Grid, r: number, c: number): string {
    return cellText(this.cell(grid, r, c));
  }
}

interface HeaderCandidate {
  row: number;
  end: number;
  nameCol: number;
  unitCol: number | null;
  numberCol: number | null;
  goalCol: number | null;
  valueColumns: ValueColumn[];
  score: number;
}

/** The text a header cell shows, with an Excel date cell written as dd.mm.yyyy («на 01.01.2024» headers). */
function headerText(grid: Grid, merges: MergeIndex, r: number, c: number): string {
  const cell = merges.cell(grid, r, c);
  if (cell && typeof cell.value === 'number' && cell.format && isDateFormat(cell.format)) {
    return excelDateText(cell.value);
  }
  return cellText(cell);
}

/** The row's columns with a cell or under a merged area, ascending (read it, never change it). */
function columnsOf(grid: Grid, merges: MergeIndex, r: number): readonly number[] {
  const own = grid.rowView(r)?.cols ?? [];
  const spans = merges.onRow(r);
  // Most rows cross no merged area: their cells' columns are the answer, already in order.
  if (!spans.length) return own;
  const cols = new Set<number>(own);
  for (const m of spans) for (let c = m.c1; c <= Math.min(m.c2, m.c1 + 1_000); c++) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}

/** Judges row r (and r+1 when the header spans two rows) as the table's header. */
function headerAt(grid: Grid, merges: MergeIndex, r: number, memo: TextMemo): HeaderCandidate | null {
  const cols = columnsOf(grid, merges, r);
  // The first column that names the indicators. Only a text can («Наименование показателя»): a
  // number or a date shown in a cell never does, so it is not looked up (most rows are data).
  const nameCol = cols.find((c) => typeof merges.cell(grid, r, c)?.value === 'string' && memo.role(headerText(grid, merges, r, c)) === 'name');
  if (nameCol === undefined) return null;

  // A second header row: plan / fact (or years) under merged cells, nothing under the name.
  let end = r;
  const next = r + 1;
  const nameMerge = merges.at(r, nameCol);
  const nameBelow = nameMerge && nameMerge.r2 >= next ? '' : cellText(grid.get(next, nameCol));
  if (!nameBelow) {
    // Text such as «план», or a year under a cell merged across (numbers alone could be data).
    const subValues = columnsOf(grid, merges, next).filter((c) => {
      const m = merges.at(next, c);
      if (m && m.r1 < next) return false;
      const cell = grid.get(next, c);
      const text = cellText(cell);
      if (text === '' || memo.role(text) !== 'value') return false;
      const above = merges.at(r, c);
      return typeof cell?.value === 'string' || Boolean(above && above.c2 > above.c1);
    });
    if (subValues.length) end = next;
  }

  const texts = new Map<number, string>();
  const allCols = end > r ? [...new Set([...cols, ...columnsOf(grid, merges, end)])].sort((a, b) => a - b) : cols;
  for (const c of allCols) {
    const top = headerText(grid, merges, r, c);
    if (end === r) {
      texts.set(c, top);
      continue;
    }
    const m = merges.at(end, c);
    const bottom = m && m.r1 < end ? '' : headerText(grid, merges, end, c);
    texts.set(c, [top, bottom].filter((s) => s && !(bottom && top === bottom)).join(' '));
  }

  let unitCol: number | null = null;
  let numberCol: number | null = null;
  let goalCol: number | null = null;
  const valueColumns: ValueColumn[] = [];
  for (const c of allCols) {
    if (c === nameCol) continue;
    const text = texts.get(c) ?? '';
    const role = memo.role(text);
    if (role === 'unit' && unitCol === null) unitCol = c;
    else if (role === 'number' && numberCol === null && c < nameCol) numberCol = c;
    else if (role === 'goal' && goalCol === null && c < nameCol) goalCol = c;
    else if (role === 'value') {
      const key = parseColumnKey(text);
      if (key) valueColumns.push({ col: c, header: text.replace(/\s+/g, ' ').trim(), key });
    }
  }
  // A merged horizontal area repeats its text in every column: keep one value column per area.
  const distinct = valueColumns.filter((v, i) => {
    const m = merges.at(r, v.col);
    return !(end === r && m && m.c1 < v.col && valueColumns.slice(0, i).some((o) => o.col >= m.c1 && o.col <= m.c2));
  });
  if (!distinct.length) return null;
  const score = distinct.length + (unitCol !== null ? 3 : 0) + (goalCol !== null ? 1 : 0) + (numberCol !== null ? 1 : 0);
  return { row: r, end, nameCol, unitCol, numberCol, goalCol, valueColumns: distinct, score };
}

/** Whether a row is the column-number row under a header («1 2 3 4 5»). */
function isColumnNumberRow(grid: Grid, r: number): boolean {
  const cells = grid.rowView(r)?.cells;
  if (!cells || cells.length < 2) return false;
  return cells.every((cell) => /^\d{1,2}\.?$/.test(cellText(cell)));
}

/** Finds the indicator table in one sheet, or null. */
export function findIndicatorTable(grid: Grid, memo = new TextMemo()): IndicatorTable | null {
  const merges = new MergeIndex(grid);
  let best: HeaderCandidate | null = null;
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    const candidate = headerAt(grid, merges, r, memo);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (!best) return null;
  const h = best;

  const titleParts: string[] = [grid.name];
  for (const r of grid.rowIndices()) {
    if (r >= h.row) break;
    for (const [, cell] of grid.rowCells(r)) titleParts.push(cellText(cell));
  }

  const rows: IndicatorRow[] = [];
  let goal = '';
  let number = '';
  for (const r of grid.rowIndices()) {
    if (r <= h.end) continue;
    if (isColumnNumberRow(grid, r)) continue;
    const nameMerge = merges.at(r, h.nameCol);
    const name = merges.text(grid, r, h.nameCol);
    const ownNumber = h.numberCol !== null ? merges.text(grid, r, h.numberCol) : '';
    const ownGoal = h.goalCol !== null ? merges.text(grid, r, h.goalCol) : '';
    // A new goal starts where a number or a goal stands; blank cells under it (unmerged) carry it on.
    if (ownNumber || ownGoal) {
      number = ownNumber;
      goal = ownGoal;
    }
    if (!name || isBlankLike(name)) continue;
    // A section title merged across the value columns is not an indicator.
    if (nameMerge && h.valueColumns.some((v) => v.col >= nameMerge.c1 && v.col <= nameMerge.c2)) continue;
    const unit = h.unitCol !== null ? merges.text(grid, r, h.unitCol) : '';
    const hasValue = h.valueColumns.some((v) => cellText(grid.get(r, v.col)) !== '');
    rows.push({
      row: r,
      number,
      goal,
      name: name.replace(/\s+/g, ' ').trim(),
      key: memo.key(name),
      unit,
      unitCol: h.unitCol,
      hasData: unit !== '' || hasValue,
    });
  }

  return {
    grid,
    sheet: grid.name,
    headerRow: h.row,
    headerEnd: h.end,
    nameCol: h.nameCol,
    unitCol: h.unitCol,
    numberCol: h.numberCol,
    goalCol: h.goalCol,
    valueColumns: h.valueColumns,
    rows,
    titleText: normalize(titleParts.join(' ')),
  };
}

/** Every sheet's indicator table, in sheet order (sheets without one are skipped). */
export function findIndicatorTables(sheets: readonly Grid[], memo = new TextMemo()): IndicatorTable[] {
  const tables: IndicatorTable[] = [];
  for (const grid of sheets) {
    const t = findIndicatorTable(grid, memo);
    if (t) tables.push(t);
  }
  return tables;
}

/**
 * A sheet of the open workbook that is a school's indicator table: one the table finder finds,
 * with the unit column the spec asks for (the finder alone also takes a roadmap whose deadline
 * header reads like a period, «Сентябрь – октябрь 2021 г.», for a value column).
 */
export function isIndicatorSheet(grid: Grid): boolean {
  const tables = findIndicatorTables([grid]);
  return tables.length > 0 && (looksLikeIndicatorTable(grid) || tables.some((t) => t.unitCol !== null));
}
