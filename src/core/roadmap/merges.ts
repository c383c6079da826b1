/** Which merged area a cell belongs to, answered without expanding merged areas cell by cell. */
import type { CellRange, Grid } from '../grid';
import { RowMerges } from '../row-merges';

const NONE: readonly CellRange[] = Object.freeze([]);

export class MergeIndex {
  /** Merged areas by the rows with cells they span: a tall merge costs those rows, not its height. */
  private readonly byRow: RowMerges;
  /** Merged areas by their top row. */
  private readonly byTopRow = new Map<number, CellRange[]>();

  constructor(grid: Grid) {
    const lastRow = grid.rowCount - 1;
    this.byRow = new RowMerges(grid.merges, grid.rowIndices());
    for (const m of grid.merges) {
      if (m.r1 <= lastRow) {
        const starting = this.byTopRow.get(m.r1);
        if (starting) starting.push(m);
        else this.byTopRow.set(m.r1, [m]);
      }
    }
  }

  /** The merged area containing (r, c), if any. */
  at(r: number, c: number): CellRange | undefined {
    return this.byRow.at(r, c);
  }

  /** Merged areas spanning row r (the index's own list: read it, never change it). */
  onRow(r: number): readonly CellRange[] {
    return this.byRow.onRow(r);
  }

  /** Merged areas whose top row is r (the index's own list: read it, never change it). */
  startingAt(r: number): readonly CellRange[] {
    return this.byTopRow.get(r) ?? NONE;
  }
}
