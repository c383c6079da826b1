/**
 * The event a finding is about, by name: the text of the roadmap's name column on the finding's
 * row (the top-left cell of a merged name). The report sheet and the stepper show it beside the
 * cell, so a reader knows which event a row is without going to the sheet.
 */
import { columnIndex } from '../../core/address';
import type { SheetReport } from '../../core/findings';
import { cellText, type Grid } from '../../core/grid';
import { MergeIndex } from '../../core/roadmap/merges';

/** The event names of the report's finding rows below the header, by 1-based row. */
export function eventNames(grid: Grid, report: SheetReport): Map<number, string> {
  const names = new Map<number, string>();
  const letters = report.columns.name;
  if (report.kind !== 'roadmap' || !letters || report.headerRow === null) return names;
  const col = columnIndex(letters);
  const merges = new MergeIndex(grid);
  for (const f of report.findings) {
    if (f.row <= report.headerRow || names.has(f.row)) continue;
    const r = f.row - 1;
    const merge = merges.at(r, col);
    const text = cellText(grid.get(merge ? merge.r1 : r, merge ? merge.c1 : col)).replace(/\s+/g, ' ').trim();
    if (text) names.set(f.row, text);
  }
  return names;
}
