/**
 * A school's workbook reduced to what consolidation reads from it: its sheet names and its
 * indicator tables, each with only its value cells (the indicator rows under the value columns).
 * Plain data, so the file can be parsed and its tables found where it is read — a worker thread
 * of the command line, the pane's Web Worker — and only this crosses over by structured clone,
 * not the workbook. The Consolidator takes it in place of the sheets and gives the same result.
 */
import { Grid, type Cell } from '../grid';
import { findIndicatorTables } from './table-finder';
import type { IndicatorTable } from './types';

export interface SchoolTables {
  sheetNames: string[];
  tables: TableData[];
}

/** An indicator table without its sheet: the value cells it reads, as [row, column, cell]. */
export interface TableData extends Omit<IndicatorTable, 'grid'> {
  cells: Array<[number, number, Cell]>;
}

export function findSchoolTables(sheets: readonly Grid[]): SchoolTables {
  return { sheetNames: sheets.map((s) => s.name), tables: findIndicatorTables(sheets).map(tableData) };
}

function tableData({ grid, ...table }: IndicatorTable): TableData {
  const cells: TableData['cells'] = [];
  for (const row of table.rows) {
    for (const { col } of table.valueColumns) {
      const cell = grid.get(row.row, col);
      if (cell) cells.push([row.row, col, cell]);
    }
  }
  return { ...table, cells };
}

/** The tables again, each on a sheet holding only its value cells. */
export function indicatorTablesOf(school: SchoolTables): IndicatorTable[] {
  return school.tables.map(({ cells, ...table }) => {
    const grid = new Grid(table.sheet);
    for (const [r, c, cell] of cells) grid.set(r, c, cell);
    return { ...table, grid };
  });
}
