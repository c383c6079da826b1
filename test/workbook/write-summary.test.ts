/**
 * The summary workbook is a function of the consolidation result alone: SheetJS keeps the number
 * formats of the last workbook it read in a global table, and the summary must not carry them —
 * `consolidate --jobs N` reads the schools in worker threads, `--jobs 1` here, and both write the
 * same bytes.
 */
import * as XLSX from '@e965/xlsx';
import { consolidate } from '../../src/core/consolidate';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { writeSummary } from '../../src/workbook/write-summary';
import { grid } from '../core/consolidate/helpers';

test('the same bytes after reading a workbook with custom number formats as before', () => {
  const school = grid('Показатели', [
    ['Наименование показателя', 'Единицы измерения', '2023 план'],
    ['Доля обучающихся', '%', 12.5],
  ]);
  const result = consolidate([{ path: 'school.xlsx', sheets: [school] }]);
  const before = Buffer.from(writeSummary(result));

  const sheet = XLSX.utils.aoa_to_sheet([[1.5, 2]]);
  sheet.A1.z = '0.000" чел."';
  sheet.B1.z = '#,##0.0##';
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Лист1');
  readWorkbook(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'formats.xlsx');

  const after = Buffer.from(writeSummary(result));
  expect(after.equals(before)).toBe(true);
  // A mean keeps its own format.
  const cells = Object.values(XLSX.read(after, { type: 'buffer', cellNF: true }).Sheets['Свод']) as XLSX.CellObject[];
  expect(cells).toContainEqual(expect.objectContaining({ v: 12.5, z: '0.0##' }));
});
