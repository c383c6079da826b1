/** Hostile inputs shared by the tests and the «hostile» benchmark: merged areas reaching the grid's last cell, texts of Excel's full length. */
import type * as XLSX from '@e965/xlsx';
import { checkSheet } from '../../src/core/check';
import { parseNumberText, readValue } from '../../src/core/consolidate/value-reader';
import { analyzeDeadlineText } from '../../src/core/deadline';
import type { SheetReport } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import { patchXlsxPart } from './xlsx-patch';

/** The sheet with 300 whole-column merges beside the table and one to XFD1048576 below it (from row `below`). */
export function withHostileMerges(ws: XLSX.WorkSheet, below: number): XLSX.WorkSheet {
  const merges: XLSX.Range[] = [...(ws['!merges'] ?? [])];
  for (let c = 20; c < 320; c++) merges.push({ s: { r: 0, c }, e: { r: 1_048_575, c } });
  merges.push({ s: { r: below, c: 0 }, e: { r: 1_048_575, c: 16_383 } });
  return { ...ws, '!merges': merges };
}

/** SheetJS would walk a range reaching XFD1048576 cell by cell to write it: the dimension is edited in. */
export function mergedToLastCell(bytes: Uint8Array): Uint8Array {
  return patchXlsxPart(bytes, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>'));
}

/** One text through every reader: the deadline grammar, the number reader, the value reader, and a row of a checked sheet. */
export function readWithEveryReader(text: string): SheetReport {
  analyzeDeadlineText(text);
  parseNumberText(text);
  readValue({ value: text });
  const grid = new Grid('Л');
  ['№', 'Мероприятие', 'Срок', 'Ответственный'].forEach((h, c) => grid.set(0, c, { value: h }));
  for (let c = 0; c < 4; c++) grid.set(1, c, { value: text });
  return checkSheet(grid);
}
