import * as XLSX from '@e965/xlsx';
import * as path from 'node:path';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { WorkbookReadError } from '../../src/workbook/read-errors';
import { checkSheet } from '../../src/core/check';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';
import { patchXlsxPart } from '../support/xlsx-patch';

function xlsxBytes(build: (book: XLSX.WorkBook) => void, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  build(book);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

test('values, number formats, Excel dates and merged areas of a corpus workbook', () => {
  const grid = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'sarov-quality-management-2021-2022.xlsx')).sheets.find((s) => s.name === 'ДК 1.3')!;
  expect(grid.get(2, 0)).toEqual({ value: '№ п/п' });
  expect(grid.merges).toContainEqual({ r1: 11, c1: 2, r2: 12, c2: 2 });
  const dates = loadWorkbook(path.join(CORPUS_DIR, 'variants', 'variant-10.xlsx')).sheets[0];
  const dateCells = dates.rowIndices().flatMap((r) => dates.rowCells(r)).filter(([, c]) => typeof c.value === 'number' && c.format);
  expect(dateCells.length).toBeGreaterThan(0);
  expect(dateCells[0][1].format).toMatch(/d/);
});

test('a sparse sheet whose used range reaches the last cell is not expanded', () => {
  // SheetJS would walk the whole range to write it: the sheet XML is edited instead.
  const small = xlsxBytes((book) => XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['начало'], [null, 'конец']]), 'Лист1'));
  const bytes = patchXlsxPart(small, 'xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')
      .replace(/<row r="2"([^>]*)>(.*?)<\/row>/, (_m, attrs: string, cells: string) => `<row r="1048576"${attrs}>${cells.replace('B2', 'XFD1048576')}</row>`),
  );
  const [grid] = readWorkbook(bytes, 'sparse.xlsx').sheets;
  expect(grid.cellCount).toBe(2);
  expect(grid.rowIndices()).toEqual([0, 1048575]);
  expect(grid.get(1048575, 16383)).toEqual({ value: 'конец' });
  expect(() => checkSheet(grid)).not.toThrow();
});

test('error values and booleans are cells of their own kind', () => {
  const bytes = xlsxBytes((book) => {
    const ws: XLSX.WorkSheet = { A1: { t: 'e', v: 0x17, w: '#REF!' }, B1: { t: 'b', v: true }, C1: { t: 'n', v: 0.45, z: '0%' }, '!ref': 'A1:C1' };
    XLSX.utils.book_append_sheet(book, ws, 'Лист1');
  });
  const [grid] = readWorkbook(bytes, 'odd.xlsx').sheets;
  expect(grid.get(0, 0)).toEqual({ value: null, error: '#REF!' });
  expect(grid.get(0, 1)).toEqual({ value: true });
  expect(grid.get(0, 2)).toEqual({ value: 0.45, format: '0%' });
});

test('.xls (BIFF8) and .csv are read too', () => {
  const rows = [['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Постоянно', 'УО']];
  const xls = xlsxBytes((book) => XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'План'), 'biff8');
  expect(readWorkbook(xls, 'plan.xls').sheets[0].get(1, 2)).toEqual({ value: 'Постоянно' });
  const csv = new TextEncoder().encode(`\ufeff${rows.map((r) => r.join(';')).join('\n')}`);
  const [grid] = readWorkbook(csv, 'plan.csv').sheets;
  expect(grid.get(1, 3)?.value).toBe('УО');
});

test.each([
  ['empty', new Uint8Array(), 'file-empty'],
  ['plain text under .xlsx', new TextEncoder().encode('hello'), 'file-not-workbook'],
  ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'file-corrupt'],
])('%s → %s', (_what, bytes, code) => {
  expect(() => readWorkbook(bytes, 'x.xlsx')).toThrow(WorkbookReadError);
  try {
    readWorkbook(bytes, 'x.xlsx');
  } catch (error) {
    expect((error as WorkbookReadError).code).toBe(code);
  }
});
