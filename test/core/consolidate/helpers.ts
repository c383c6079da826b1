/** Hand-built grids for consolidation tests. */
import { parseRange } from '../../../src/core/address';
import { Grid, type Cell } from '../../../src/core/grid';

export type Raw = string | number | boolean | null | undefined | Cell;

/** A grid from rows of raw values (null / undefined / '' leave the cell empty); merges as A1 ranges. */
export function grid(name: string, rows: Raw[][], merges: string[] = []): Grid {
  const g = new Grid(name);
  rows.forEach((row, r) =>
    row.forEach((raw, c) => {
      if (raw === null || raw === undefined || raw === '') return;
      g.set(r, c, typeof raw === 'object' ? raw : { value: raw });
    }),
  );
  for (const m of merges) g.addMerge(parseRange(m)!);
  return g;
}

export const HEADER = ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', '2023 план', '2023 факт'];

/** A small school table: title, blank row, header, three indicators (people, %, units). */
export function schoolSheet(name: string, values: Raw[][], opts: { header?: Raw[]; units?: Raw[]; names?: string[]; merges?: string[] } = {}): Grid {
  const names = opts.names ?? ['Количество обучающихся', 'Доля обучающихся, принявших участие', 'Количество школ'];
  const units = opts.units ?? ['человек', '%', 'единиц'];
  return grid(
    name,
    [
      ['Показатели'],
      [],
      opts.header ?? HEADER,
      ...names.map((n, i) => [i === 0 ? '1.' : null, i === 0 ? 'Цель' : null, n, units[i], ...(values[i] ?? [])]),
    ],
    opts.merges ?? ['A4:A6', 'B4:B6'],
  );
}
