/**
 * Hostile inputs, timed (the jest tests check what they produce; how long they take is measured
 * here): a roadmap and an indicator table with 300 whole-column merges and one merge reaching
 * XFD1048576, against the same sheets without them; texts of Excel's full length (32 767
 * characters) through every reader, against a short text; zip bombs and lying sizes refused,
 * against reading the same workbook unharmed; and a sheet of the open workbook whose used range
 * reaches XFD1048576, refused by the adapter.
 */
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import { consolidate } from '../../src/core/consolidate';
import * as zlib from 'node:zlib';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { craftZip, roadmapXlsx, xlsxParts, type CraftEntry } from '../../test/support/zip-craft';
import { mergedToLastCell, readWithEveryReader, withHostileMerges } from '../../test/support/hostile-sheets';
import { roadmapGrid, roadmapSheet, sheetToWorksheet } from '../generate';
import { log, measure, quick, report, round, runs, stat } from '../lib';

const RUNS = runs(7);

function write(ws: XLSX.WorkSheet, name: string): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, ws, name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Median milliseconds of `work` over the runs. */
function ms(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(measure(work).sample.wall);
  return stat(times).median;
}

const roadmap = sheetToWorksheet(roadmapSheet(200, 3));
const table = XLSX.utils.aoa_to_sheet([
  ['Наименование показателя', 'Единицы измерения', '2023 план'],
  ['Количество обучающихся', 'человек', 120],
  ['Количество педагогов', 'человек', 12],
]);
const roadmapPlain = write(roadmap, 'План');
const roadmapHostile = mergedToLastCell(write(withHostileMerges(roadmap, 210), 'План'));
const tablePlain = write(table, 'Лист1');
const tableHostile = mergedToLastCell(write(withHostileMerges(table, 10), 'Лист1'));

const checkFile = (bytes: Uint8Array) => checkWorkbook(readWorkbook(bytes, 'plan.xlsx').sheets);
const consolidateFile = (bytes: Uint8Array) => consolidate([{ path: 's.xlsx', sheets: readWorkbook(bytes, 's.xlsx').sheets }]);

const merges = {
  roadmap: { plainMs: ms(() => checkFile(roadmapPlain)), hostileMs: ms(() => checkFile(roadmapHostile)) },
  indicators: { plainMs: ms(() => consolidateFile(tablePlain)), hostileMs: ms(() => consolidateFile(tableHostile)) },
};
log(`merges to XFD1048576: roadmap ${merges.roadmap.hostileMs} ms (plain ${merges.roadmap.plainMs}), indicators ${merges.indicators.hostileMs} ms (plain ${merges.indicators.plainMs})`);

const pieces = fc.oneof(
  fc.constantFrom('1', '1 ', '1,', '1 2', 'а', 'до ', 'I ', '2023-', 'сентябрь ', '10.09.', 'кв. ', '-//- ', ' ', '.', '%', 'чел. '),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const texts = fc.sample(pieces.map((p) => (p || 'x').repeat(Math.ceil(32_767 / Math.max(1, p.length))).slice(0, 32_767)), { numRuns: quick() ? 20 : 80, seed: 42 });
const short = ms(() => readWithEveryReader('Сентябрь 2023'));
const long = texts.map((text) => measure(() => readWithEveryReader(text)).sample.wall);
const longTexts = { texts: texts.length, shortMs: short, ...stat(long), slowest: texts[long.indexOf(Math.max(...long))].slice(0, 20) };
log(`32 767-character texts: slowest ${round(longTexts.max)} ms («${longTexts.slowest}…»), median ${longTexts.median} ms`);

// Zip bombs and lying sizes: refused before or while inflating, in about the time of a plain read.
const MB = 1024 ** 2;
const plain = roadmapXlsx();
const repack = (change: (e: CraftEntry) => CraftEntry) => craftZip(xlsxParts(plain).map((p) => change({ name: p.name, data: p.data })));
const isSheet = (e: CraftEntry) => /worksheets\/sheet1\.xml$/.test(e.name);
const refused = (bytes: Uint8Array) => () => {
  try {
    readWorkbook(bytes, 'bomb.xlsx');
  } catch {
    return;
  }
  throw new Error('a hostile file was read');
};
const bombs = {
  plainMs: ms(() => readWorkbook(plain, 'plan.xlsx')),
  declares4GbMs: ms(refused(repack((e) => (isSheet(e) ? { ...e, declaredSize: 4 * 1024 * MB - 16 } : e)))),
  lyingSizeMs: ms(refused(repack((e) => (isSheet(e) ? { ...e, raw: zlib.deflateRawSync(Buffer.alloc(50 * MB)), declaredSize: 2048 } : e)))),
};
log(`bombs: 4 GB declared refused in ${bombs.declares4GbMs} ms, 50 MB declared as 2 KB in ${bombs.lyingSizeMs} ms (a plain read ${bombs.plainMs} ms)`);

// The open workbook: a sheet whose used range reaches XFD1048576 (a stray value) is refused at once.
async function usedRangeMs(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const grid = roadmapGrid(12, 1);
    grid.set(1_048_575, 16_383, { value: 'x' });
    const workbook = new OfficeWorkbook({ excel: createMemoryHost([grid]).Excel as unknown as typeof Excel });
    const started = performance.now();
    await workbook.readActiveSheet().catch(() => undefined);
    times.push(performance.now() - started);
  }
  return stat(times).median;
}

void usedRangeMs().then((hugeUsedRangeMs) => {
  log(`a used range to XFD1048576 refused in ${hugeUsedRangeMs} ms`);
  report({ merges, longTexts, bombs, hugeUsedRangeMs });
});
