/**
 * A sheet whose used range reaches the last cell of the grid, open in Excel: Office.js can only
 * read it densely (17 billion cells), so the adapter refuses it at once with a message in the
 * pane's language instead of hanging, and a sheet within the limit is still read.
 */
import { checkSheet } from '../../src/core/check';
import { Grid } from '../../src/core/grid';
import { createMemoryHost } from '../../src/excel/memory-host';
import { MAX_SHEET_CELLS, OfficeWorkbook, SheetTooLargeError } from '../../src/excel/office-workbook';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { roadmapGrid } from './helpers';

function strayCellAtTheEnd(): Grid {
  const grid = roadmapGrid('План', 12);
  grid.set(1_048_575, 16_383, { value: 'x' });
  return grid;
}

function open(grids: Grid[]): OfficeWorkbook {
  return new OfficeWorkbook({ excel: createMemoryHost(grids).Excel as unknown as typeof Excel });
}

// How long the refusal takes is measured in `npm run bench` (the «hostile» scenario).
test('the active sheet: refused, naming the sheet and its range', async () => {
  const error = await open([strayCellAtTheEnd()]).readActiveSheet().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SheetTooLargeError);
  expect((error as SheetTooLargeError).code).toBe('sheet-too-large');
  expect((error as SheetTooLargeError).messages.ru).toContain('Лист «План» слишком велик для проверки: его используемый диапазон A1:XFD1048576');
  expect((error as SheetTooLargeError).messages.en).toContain('Ctrl+End');
});

test('the whole workbook: refused too, the other sheets unharmed', async () => {
  const error = await open([roadmapGrid('Другой', 5), strayCellAtTheEnd()]).readAllSheets().catch((e: unknown) => e);
  expect((error as SheetTooLargeError).sheet).toBe('План');
});

test.each(['ru', 'en'] as const)('the pane shows the message in its language (%s) and stays usable', async (language) => {
  const workbook = open([strayCellAtTheEnd()]);
  const store = new PaneStore({ port: workbook, language, check: (g, o) => checkSheet(g, o) });
  await store.checkActiveSheet();
  const state = store.getState();
  expect(state.busy).toBeNull();
  expect(state.error).toMatch(language === 'ru' ? /^Лист «План» слишком велик/ : /^Sheet «План» is too large/);
});

test('a large sheet within the limit is still read, in blocks', async () => {
  const grid = roadmapGrid('План', 12);
  // A stray value 400 000 rows down: 2 million cells, well within the limit, read to the end.
  grid.set(399_999, 4, { value: 'конец' });
  expect(400_000 * 5).toBeLessThan(MAX_SHEET_CELLS);
  const read = await open([grid]).readActiveSheet();
  expect(read.get(399_999, 4)).toEqual({ value: 'конец' });
  expect(read.get(3, 1)?.value).toBe(grid.get(3, 1)?.value);
}, 60_000);
