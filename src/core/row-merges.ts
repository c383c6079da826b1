/**
 * Merged areas by row, built in time proportional to the rows that hold cells — not to the
 * areas' height. A hostile (or careless) sheet can merge A1:XFD1048576, or every column from
 * row 1 to row 1 048 576: walking each merge's rows would take seconds and gigabytes, while
 * the engine only ever asks about rows with cells. Those are indexed up front (found by
 * bisection of the sorted row list); any other row is answered by a scan, once, and kept.
 */
import type { CellRange } from './grid';

const NONE: readonly CellRange[] = Object.freeze([]);

export class RowMerges {
  private readonly byRow = new Map<number, CellRange[]>();

  /** `rows`: the rows that hold cells, ascending (Grid.rowIndices()). */
  constructor(
    private readonly merges: readonly CellRange[],
    private readonly rows: readonly number[],
  ) {
    for (const m of merges) {
      for (let i = lowerBound(rows, m.r1); i < rows.length && rows[i] <= m.r2; i++) {
        const list = this.byRow.get(rows[i]);
        if (list) list.push(m);
        else this.byRow.set(rows[i], [m]);
      }
    }
  }

  /** Merged areas spanning row r, in the order given (the index's own list: read it, never change it). */
  onRow(r: number): readonly CellRange[] {
    const list = this.byRow.get(r);
    if (list) return list;
    const i = lowerBound(this.rows, r);
    if (i < this.rows.length && this.rows[i] === r) return NONE;
    // A row without cells: scanned once, then known.
    const found = this.merges.filter((m) => m.r1 <= r && r <= m.r2);
    this.byRow.set(r, found);
    return found;
  }

  /** The merged area containing (r, c), if any. */
  at(r: number, c: number): CellRange | undefined {
    const list = this.onRow(r);
    for (let i = 0; i < list.length; i++) if (c >= list[i].c1 && c <= list[i].c2) return list[i];
    return undefined;
  }
}

/** The first index of an ascending list whose value is at least x. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
