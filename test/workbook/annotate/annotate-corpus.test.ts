/**
 * Every corpus roadmap, annotated with the real check's findings and reopened: parts, cells,
 * formats, notes, the report sheet and the package's wiring (verify-copy.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { annotateWorkbook } from '../../../src/workbook/annotate';
import { readWorkbook } from '../../../src/workbook/read-workbook';
import { corpusCases } from '../../support/corpus';
import { verifyAnnotatedCopy } from './verify-copy';

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'annotate');

function annotateWithCheck(file: string) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const findings = checkWorkbook(readWorkbook(bytes, file).sheets).sheets.flatMap((s) => s.findings);
  return { bytes, findings, copy: annotateWorkbook(bytes, path.basename(file), findings) };
}

const cases = [...corpusCases('seeds'), ...corpusCases('variants')];

test.each(cases.map((c) => [c.name, c.xlsx]))('%s: the copy is the original plus fills, notes and the report sheet', (name, file) => {
  const { bytes, findings, copy } = annotateWithCheck(file);
  expect(findings.length).toBeGreaterThan(0);
  expect(copy.fileName).toBe(name);
  expect(copy.converted).toBeNull();
  expect(copy.reportSheet).toBe('Замечания');
  expect(copy.unmarkedFindings).toBe(0);
  expect(copy.markedCells).toBe(new Set(findings.map((f) => `${f.sheet}!${f.cell}`)).size);
  verifyAnnotatedCopy(bytes, copy.bytes, findings, copy.reportSheet);
});

test('a workbook that already has a «Замечания» sheet: it stays as it was, the report is «Замечания (2)»', () => {
  const { bytes, findings, copy } = annotateWithCheck(path.join(FIXTURES, 'existing-report-sheet.xlsx'));
  expect(copy.reportSheet).toBe('Замечания (2)');
  const { before, after, bookAfter } = verifyAnnotatedCopy(bytes, copy.bytes, findings, copy.reportSheet);
  expect(after['xl/worksheets/sheet2.xml']).toEqual(before['xl/worksheets/sheet2.xml']);
  expect(bookAfter.Sheets['Замечания'].A1.v).toBe('Замечания методиста от 01.02.2025');
  expect(bookAfter.Sheets['Замечания'].B2.f).toBe('1+1');
  expect(findings.every((f) => f.sheet === 'Дорожная карта')).toBe(true);
});

test('a workbook with a chart, a defined name and a person\'s notes: all kept, our notes merged in', () => {
  const { bytes, findings, copy } = annotateWithCheck(path.join(FIXTURES, 'chart-and-notes.xlsx'));
  const { before, after, bookAfter } = verifyAnnotatedCopy(bytes, copy.bytes, findings, copy.reportSheet);
  for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels']) expect(after[part]).toEqual(before[part]);
  const sheet = Buffer.from(after['xl/worksheets/sheet1.xml']).toString('utf8');
  // The chart's drawing stays wired; the existing legacy drawing is reused, not doubled.
  expect(sheet).toMatch(/<drawing r:id="rId1"\/><legacyDrawing r:id="rId3"\/><\/worksheet>$/);
  expect(sheet.match(/<legacyDrawing/g)).toHaveLength(1);
  expect(Buffer.from(after['xl/workbook.xml']).toString('utf8')).toContain("<definedName name=\"Номера\">'Дорожная карта'!$A$7:$A$12</definedName>");
  // D16 had a person's note and is flagged: one note with both texts, the person's first.
  const d16 = bookAfter.Sheets['Дорожная карта'].D16.c!;
  expect(d16).toHaveLength(1);
  expect(d16[0].t).toMatch(/^Иванова И\.И\.:\nУточнить срок <до 1 сентября>\n\nПроверка дорожных карт:\nПредупреждение: Срок «.*» не привязан к календарю/s);
  expect(bookAfter.Sheets['Дорожная карта'].B5.c![0].t).toBe('Иванова И.И.:\nСогласовать с районом');
  // E20 was not written at all: the flagged empty cell is inserted in its row, in column order.
  expect(sheet).toMatch(/<c r="D20" s="\d+" t="s"><v>61<\/v><\/c><c r="E20" s="\d+"\/><\/row>/);
  expect(findings.some((f) => f.cell === 'E20' && f.rule === 'responsible-missing')).toBe(true);
  // New shape ids do not collide with the person's (1025, 1026), and the idmap lists their block.
  const vml = Buffer.from(after['xl/drawings/vmlDrawing1.vml']).toString('utf8');
  const ids = [...vml.matchAll(/id="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
  expect(new Set(ids).size).toBe(ids.length);
  const blocks = /<o:idmap v:ext="edit" data="([^"]+)"/.exec(vml)![1].split(',').map(Number);
  for (const id of ids) expect(blocks).toContain(Math.floor(id / 1024));
});
