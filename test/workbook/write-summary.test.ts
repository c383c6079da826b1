/**
 * The summary workbook a methodologist prints and sends, read back from the written package:
 * «Свод» opens on the totals; header rows bold, wrapped and shaded; widths; frozen header and
 * indicator column; thousands separators and one decimal for means; landscape A4 fitted to the
 * page width with the header repeated; «Свод» printing its totals; files named relative to their
 * folder. Read back by SheetJS too, and by the project's own zip guard.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { consolidate } from '../../src/core/consolidate';
import { relativePaths, summaryNumberFormat } from '../../src/core/consolidate/summary-tables';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { writeSummary } from '../../src/workbook/write-summary';
import { unpackWorkbookZip } from '../../src/workbook/zip-guard';
import { CORPUS_DIR } from '../support/corpus';

const files = Array.from({ length: 10 }, (_, i) => path.join(CORPUS_DIR, 'schools', `school-${String(i + 1).padStart(2, '0')}.xlsx`));
const result = consolidate(files.map((p) => ({ path: p, sheets: readWorkbook(new Uint8Array(fs.readFileSync(p)), p).sheets })));
const bytes = writeSummary(result);
const parts = unzipSync(bytes);
const part = (name: string) => strFromU8(parts[name]);
const sheet = (n: number) => part(`xl/worksheets/sheet${n}.xml`);

/** The cellXfs of styles.xml, and the number formats by id. */
function styles() {
  const xml = part('xl/styles.xml');
  const formats = new Map([...xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [Number(m[1]), m[2].replace(/&quot;/g, '"')]));
  formats.set(3, '#,##0');
  const fonts = [...xml.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1].includes('<b/>'));
  const xfs = [...xml.slice(xml.indexOf('<cellXfs')).matchAll(/<xf ([^>]*?)(?:\/>|>(.*?)<\/xf>)/g)].map((m) => ({
    format: formats.get(Number(/numFmtId="(\d+)"/.exec(m[1])![1])) ?? 'General',
    bold: fonts[Number(/fontId="(\d+)"/.exec(m[1])![1])],
    fill: /fillId="(\d+)"/.exec(m[1])![1] !== '0',
    wrap: /wrapText="1"/.test(m[2] ?? ''),
  }));
  return xfs;
}
const xfs = styles();
/** The style of a cell of a sheet's XML. */
const styleOf = (xml: string, ref: string) => xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1])];

describe('«Свод»', () => {
  const xml = sheet(1);

  test('landscape A4, fitted to one page wide (as many pages down as needed), page numbers in the footer', () => {
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<oddFooter>&amp;L&amp;A&amp;RСтраница &amp;P из &amp;N</oddFooter>');
  });

  test('the two header rows repeat on every page; the printed area is the totals (A to the last total column)', () => {
    const names = part('xl/workbook.xml');
    expect(names).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Свод'!$1:$2</definedName>`);
    // 3 label columns and 6 value columns × (total, schools): A…O.
    const rows = 2 + result.indicators.length + new Set(result.indicators.map((i) => i.goal)).size;
    expect(names).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Свод'!$A$1:$O$${rows}</definedName>`);
  });

  test('the header frozen with the indicator column; the sheet selected on opening', () => {
    expect(xml).toContain('<sheetView workbookViewId="0" tabSelected="1"><pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
  });

  test('header cells bold, wrapped, shaded — merged areas included; widths set', () => {
    for (const ref of ['A1', 'B1', 'C1', 'D1', 'E1', 'D2', 'E2', 'P1', 'A2']) expect(styleOf(xml, ref)).toMatchObject({ bold: true, wrap: true, fill: true });
    expect(xml).toMatch(/<cols><col min="1" max="1" width="50\.71" customWidth="1"\/><col min="2" max="2" width="10\.71" customWidth="1"\/>/);
  });

  test('a goal heads its indicators (bold, across the labels); names wrap; sums with thousands separators, means with one decimal', () => {
    expect(xml).toContain('<mergeCell ref="A3:C3"/>');
    expect(styleOf(xml, 'A3')).toMatchObject({ bold: true, wrap: true });
    expect(styleOf(xml, 'A4')).toMatchObject({ bold: false, wrap: true });
    const book = XLSX.read(bytes, { type: 'array', cellNF: true });
    const svod = book.Sheets['Свод'];
    const rowOf = (name: string) => Number(Object.entries(svod).find(([, c]) => (c as XLSX.CellObject).v === name)![0].slice(1));
    const share = result.indicators.find((i) => i.aggregate === 'mean')!;
    const count = result.indicators.find((i) => i.aggregate === 'sum' && (i.values['2023 план'].value ?? 0) >= 1000)!;
    expect(styleOf(xml, `D${rowOf(share.name)}`).format).toBe('#,##0.0');
    expect(styleOf(xml, `D${rowOf(count.name)}`).format).toBe('#,##0');
    expect(XLSX.utils.format_cell(svod[`D${rowOf(count.name)}`])).toMatch(/^\d{1,3},\d{3}$/);
  });
});

describe('«Источники» and «Замечания»', () => {
  test('landscape, fitted to the width, header repeated and frozen with the first column, an AutoFilter', () => {
    for (const [n, id] of [
      [2, 1],
      [3, 2],
    ] as const) {
      const xml = sheet(n);
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
      expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
      expect(part('xl/workbook.xml')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${id}">`);
      expect(styleOf(xml, 'A1')).toMatchObject({ bold: true, wrap: true });
    }
  });

  test('files named relative to the folder they came from, never by the absolute path', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    const sources = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Источники']);
    const remarks = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['Замечания']);
    expect(new Set(sources.map((s) => s['Файл']))).toEqual(new Set(files.map((f) => path.basename(f))));
    expect(remarks.map((r) => r['Файл'])).toEqual(['school-03.xlsx', 'school-04.xlsx', 'school-05.xlsx']);
    expect(part('xl/sharedStrings.xml')).not.toContain(CORPUS_DIR);
  });
});

test('a package the zip guard and SheetJS read; the same bytes every time', () => {
  expect(unpackWorkbookZip(bytes).map((p) => p.name).sort()).toEqual(
    ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'].sort(),
  );
  expect(XLSX.read(bytes, { type: 'array' }).SheetNames).toEqual(['Свод', 'Источники', 'Замечания']);
  expect(Buffer.from(writeSummary(result)).equals(Buffer.from(bytes))).toBe(true);
});

test('relative paths: the common folder stripped; with none but the root, each file with its own folder', () => {
  const names = (paths: string[]) => [...relativePaths(paths).values()];
  expect(names(['/home/ivanova/Школы/2024/a.xlsx', '/home/ivanova/Школы/2024/b.xlsx'])).toEqual(['a.xlsx', 'b.xlsx']);
  expect(names(['/home/ivanova/Школы/район-1/a.xlsx', '/home/ivanova/Школы/район-2/a.xlsx'])).toEqual(['район-1/a.xlsx', 'район-2/a.xlsx']);
  expect(names(['C:\\Users\\ivanova\\Школы\\a.xlsx'])).toEqual(['a.xlsx']);
  expect(names(['/tmp/in/a.xlsx', '/home/ivanova/b.xlsx'])).toEqual(['in/a.xlsx', 'ivanova/b.xlsx']);
  expect(names(['C:\\a\\x.xlsx', 'D:\\b\\y.xlsx'])).toEqual(['a/x.xlsx', 'b/y.xlsx']);
  expect(names(['schools/a.xlsx', 'other/b.xlsx'])).toEqual(['schools/a.xlsx', 'other/b.xlsx']);
});

test('number formats: thousands separators; a mean with one decimal; a fraction of a sum keeps its digits', () => {
  expect([summaryNumberFormat(1234, false), summaryNumberFormat(12.5, false), summaryNumberFormat(47.25, true)]).toEqual(['#,##0', '#,##0.0##', '#,##0.0']);
});

test('the same bytes whatever the process read before (consolidate --jobs N writes what --jobs 1 writes)', () => {
  const before = Buffer.from(writeSummary(result));
  const sheetWithFormats = XLSX.utils.aoa_to_sheet([[1.5, 2]]);
  sheetWithFormats.A1.z = '0.000" чел."';
  sheetWithFormats.B1.z = '#,##0.0##';
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheetWithFormats, 'Лист1');
  readWorkbook(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'formats.xlsx');
  expect(Buffer.from(writeSummary(result)).equals(before)).toBe(true);
});
