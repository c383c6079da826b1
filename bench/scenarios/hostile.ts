/**
 * Hostile inputs, timed (the jest tests check what they produce; how long they take is measured
 * here): a roadmap and an indicator table with 300 whole-column merges and one merge reaching
 * XFD1048576, against the same sheets without them; and texts of Excel's full length (32 767
 * characters) through every reader, against a short text.
 */
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { checkSheet, checkWorkbook } from '../../src/core/check';
import { consolidate } from '../../src/core/consolidate';
import { parseNumberText, readValue } from '../../src/core/consolidate/value-reader';
import { analyzeDeadlineText } from '../../src/core/deadline';
import { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { mergedToLastCell, withHostileMerges } from '../../test/support/hostile-sheets';
import { roadmapSheet, sheetToWorksheet } from '../generate';
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

/** Every reader on one text: the deadline grammar, the number reader, the value reader, a checked row. */
function readEverywhere(text: string): void {
  analyzeDeadlineText(text);
  parseNumberText(text);
  readValue({ value: text });
  const grid = new Grid('Л');
  ['№', 'Мероприятие', 'Срок', 'Ответственный'].forEach((h, c) => grid.set(0, c, { value: h }));
  for (let c = 0; c < 4; c++) grid.set(1, c, { value: text });
  checkSheet(grid);
}

const pieces = fc.oneof(
  fc.constantFrom('1', '1 ', '1,', '1 2', 'а', 'до ', 'I ', '2023-', 'сентябрь ', '10.09.', 'кв. ', '-//- ', ' ', '.', '%', 'чел. '),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const texts = fc.sample(pieces.map((p) => (p || 'x').repeat(Math.ceil(32_767 / Math.max(1, p.length))).slice(0, 32_767)), { numRuns: quick() ? 20 : 80, seed: 42 });
const short = ms(() => readEverywhere('Сентябрь 2023'));
const long = texts.map((text) => measure(() => readEverywhere(text)).sample.wall);
const longTexts = { texts: texts.length, shortMs: short, ...stat(long), slowest: texts[long.indexOf(Math.max(...long))].slice(0, 20) };
log(`32 767-character texts: slowest ${round(longTexts.max)} ms («${longTexts.slowest}…»), median ${longTexts.median} ms`);

report({ merges, longTexts });
