/** Which merged area a cell belongs to, answered without expanding merged areas cell by cell. */
import type { CellRange, Grid } from '../grid';

const NONE: readonly CellRange[] = Object.freeze([]);

export class MergeIndex {
  /** Merged areas by each row they span (rows only, not cells: a tall merge costs its height). */
  private readonly byRow = new Map<number, CellRange[]>();
  /** Merged areas by their top row. */
  private readonly byTopRow = new Map<number, CellRange[]>();

  constructor(grid: Grid) {
    const lastRow = grid.rowCount - 1;
    for (const m of grid.merges) {
      // A merge reaching far below the last used row only matters where there are cells.
      for (let r = m.r1; r <= Math.min(m.r2, lastRow); r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]);
      }
      if (m.r1 <= lastRow) {
        const starting = this.byTopRow.get(m.r1);
        if (starting) starting.push(m);
        else this.byTopRow.set(m.r1, [m]);
      }
    }
  }

  /** The merged area containing (r, c), if any. */
  at(r: number, c: number): CellRange | undefined {
    return this.byRow.get(r)?.find((m) => c >= m.c1 && c <= m.c2);
  }

  /** Merged areas spanning row r (the index's own list: read it, never change it). */
  onRow(r: number): readonly CellRange[] {
    return this.byRow.get(r) ?? NONE;
  }

  /** Merged areas whose top row is r (the index's own list: read it, never change it). */
  startingAt(r: number): readonly CellRange[] {
    return this.byTopRow.get(r) ?? NONE;
  }
}
