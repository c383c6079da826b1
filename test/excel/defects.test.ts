/**
 * The defects of issue 13 that the home-made host could not show, each shown through
 * Microsoft's runtime and the in-memory Excel (each test fails on the adapter before its fix).
 * Defect 4 (request sizes) is in payload.test.ts, 8 (old webviews) in test/e2e/webviews.e2e.ts,
 * 10 (deployment) in test/manifest.test.ts.
 */
import { checkSheet } from '../../src/core/check';
import { Grid } from '../../src/core/grid';
import { ChartSheetActiveError, HIGHLIGHT_COLORS, OfficeWorkbook, REPORT_SHEET } from '../../src/excel/office-workbook';
import type { NewSheet } from '../../src/excel/workbook-port';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { finding, roadmapGrid, setup } from './helpers';

function userSheet(name: string): Grid {
  return Grid.fromDense(name, [['Мои заметки к плану'], ['Позвонить в управление'], ['Сверить сроки']]);
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('1. a sheet of the user\'s named «Замечания» is never cleared', () => {
  test('the report and the verdict go to «Замечания (2)», before and after the pane reloads', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10), userSheet(REPORT_SHEET)]);
    const mine = host.snapshot()[REPORT_SHEET];
    expect(await workbook.writeReport([finding('План', 'D4')], 'ru')).toBe('Замечания (2)');
    const store = new PaneStore({ port: new OfficeWorkbook({ excel: host.Excel }), language: 'ru', check: (g, o) => checkSheet(g, o) });
    await store.checkWorkbook();
    await store.runVerdict();
    await store.idle();
    expect(store.getState().error).toBeNull();
    expect(host.snapshot()[REPORT_SHEET]).toEqual(mine);
    expect(host.sheetNames).toEqual(['План', REPORT_SHEET, 'Замечания (2)']);
  });

  test('a report sheet the user deleted and replaced by a sheet of their own of that name is left alone', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10)]);
    await workbook.writeReport([finding('План', 'D4')], 'ru');
    host.userDeleteSheet(REPORT_SHEET);
    host.userAddSheet(userSheet(REPORT_SHEET));
    const mine = host.snapshot()[REPORT_SHEET];
    expect(await new OfficeWorkbook({ excel: host.Excel }).writeReport([finding('План', 'D5')], 'ru')).toBe('Замечания (2)');
    expect(host.snapshot()[REPORT_SHEET]).toEqual(mine);
  });
});

describe('2. highlights survive inserted and deleted rows', () => {
  test('rows inserted above: the highlight moves with its cells, and clearing gives every cell its own fill back', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 20)]);
    host.setFill('План', 'D7', '#FFFF00'); // the user's own yellow under a finding
    await workbook.readAllSheets();
    await workbook.highlight([finding('План', 'D7'), finding('План', 'D9', 'warning')]);
    host.userInsertRows('План', 5, 2);
    // The cells moved two rows down, with their fills and the highlight.
    expect(host.shownFill('План', 'D9')).toBe(HIGHLIGHT_COLORS.error);
    expect(host.shownFill('План', 'D11')).toBe(HIGHLIGHT_COLORS.warning);
    expect(host.shownFill('План', 'D7')).toBeNull();
    const moved = host.snapshot();
    // The live re-check finds the same problems at their new addresses and highlights again.
    await workbook.highlight([finding('План', 'D9'), finding('План', 'D11', 'warning')]);
    await workbook.clearHighlight();
    const after = host.snapshot();
    expect(after).toEqual({ ...moved, 'План': { ...moved['План'], conditionalFormats: [] } });
    expect(host.cell('План', 'D9')?.fill?.color).toBe('#FFFF00');
    for (const address of ['D7', 'D8', 'D10', 'D11']) expect(host.shownFill('План', address)).toBeNull();
  });

  test('rows deleted: a highlighted row that went takes its highlight with it, the rest move up', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 20)]);
    await workbook.readAllSheets();
    await workbook.highlight([finding('План', 'D6'), finding('План', 'D12')]);
    host.userDeleteRows('План', 5, 3);
    expect(host.conditionalFormats('План')).toEqual([{ areas: ['D9'], formula: expect.stringContaining('Roadmap Checker'), fill: HIGHLIGHT_COLORS.error }]);
    await workbook.clearHighlight();
    expect(host.conditionalFormats('План')).toEqual([]);
  });
});

describe('3. live re-check while the user types', () => {
  test('a re-check that arrives in cell edit mode waits for Enter instead of failing', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10)]);
    const store = new PaneStore({ port: workbook, language: 'ru', check: (g, o) => checkSheet(g, o), editDebounceMs: 10 });
    store.start();
    await store.checkActiveSheet();
    await store.idle();
    // Type, Enter, and straight into the next cell: the re-check's batch meets cell edit mode.
    host.userEdit('План', 'D5', 'Иванов И.И.');
    host.userStartsTyping();
    await host.settled();
    await wait(40);
    const waiting = host.syncLog.filter((s) => s.delayed);
    host.userCommitEdit('План', 'D6', 'Петров П.П.');
    await host.settled();
    await wait(40);
    await store.idle();
    store.stop();
    expect(store.getState().error).toBeNull();
    expect(host.syncLog.every((s) => s.error === undefined)).toBe(true);
    expect(host.syncLog.every((s) => (s.flags & 64) === 64)).toBe(true);
    expect(waiting.length + host.syncLog.filter((s) => s.delayed).length).toBeGreaterThan(0);
  });

  test('every batch of the adapter asks Excel to wait for cell edit mode to end', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10)]);
    host.userStartsTyping();
    const read = workbook.readAllSheets();
    await wait(20);
    host.userCommitEdit('План', 'B4', 'Совещание');
    expect((await read).map((g) => g.name)).toEqual(['План']);
    await workbook.highlight([finding('План', 'D4')]);
    await workbook.writeReport([finding('План', 'D4')], 'ru');
    await workbook.saveIgnored(new Set(['x']));
    expect(host.syncLog.length).toBeGreaterThan(4);
    expect(host.syncLog.every((s) => (s.flags & 64) === 64)).toBe(true);
  });
});

describe('5. a chart sheet is active', () => {
  test('the whole workbook is still read; the active sheet gives a message in both languages', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10), roadmapGrid('План 2', 5)]);
    host.userAddChartSheet('Диаграмма1');
    expect((await workbook.readAllSheets()).map((g) => g.name)).toEqual(['План', 'План 2']);
    const error = await workbook.readActiveSheet().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChartSheetActiveError);
    expect((error as ChartSheetActiveError).messages.ru).toMatch(/лист с диаграммой/);
    host.userActivate('План 2');
    expect((await workbook.readActiveSheet()).name).toBe('План 2');
  });
});

describe('6. sheet names compared without regard to case', () => {
  test('a sheet «замечания» of the user\'s: the report goes to «Замечания (2)» at the first try', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10), userSheet('замечания')]);
    const mine = host.snapshot()['замечания'];
    expect(await workbook.writeReport([finding('План', 'D4')], 'ru')).toBe('Замечания (2)');
    expect(host.syncLog.filter((s) => s.error)).toEqual([]);
    expect(host.snapshot()['замечания']).toEqual(mine);
  });
});

describe('7. the AutoFilter covers the table alone', () => {
  test('not the chart\'s data below it', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    const sheet: NewSheet = {
      name: 'Свод',
      rows: [
        [{ value: 'Школа' }, { value: 'Показатель' }],
        [{ value: 'СОШ 1' }, { value: 10 }],
        [{ value: 'СОШ 2' }, { value: 12 }],
        [],
        [{ value: 'Диаграмма: показатель' }],
        [{ value: 'Школа' }, { value: '2024' }],
        [{ value: 'СОШ 1' }, { value: 10 }],
        [{ value: 'СОШ 2' }, { value: 12 }],
      ],
      filter: true,
      charts: [{ type: 'ColumnClustered', source: 'A6:B8', seriesBy: 'Columns', title: 'Показатель', from: 'D2', to: 'J12' }],
    };
    await workbook.addSheets([sheet]);
    expect(host.autoFilter('Свод')).toBe('A1:B3');
    expect(host.charts('Свод')[0].source).toBe('Свод!A6:B8');
  });
});

describe('9. ExcelApi 1.13: own writes told from the user\'s edits without a timer', () => {
  test('the add-in\'s writes never call back, an edit right after one always does', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10)], { apiVersion: '1.13' });
    const changes: Array<{ sheet: string; address: string }> = [];
    const unsubscribe = await workbook.onUserEdit((c) => changes.push(c), 10);
    await workbook.writeReport([finding('План', 'D4')], 'ru');
    await workbook.highlight([finding('План', 'D4')]);
    // The user types the moment the add-in has written: no grace period swallows it.
    host.userEdit('План', 'B5', 'Правка');
    await host.settled();
    await wait(40);
    expect(host.eventLog.some((e) => e.sheet === REPORT_SHEET)).toBe(true);
    expect(host.eventLog.every((e) => e.triggerSource === undefined)).toBe(true);
    expect(changes).toEqual([{ sheet: 'План', address: 'B5' }]);
    // The report, rewritten: still no callback.
    await workbook.writeReport([finding('План', 'D6')], 'ru');
    await host.settled();
    await wait(40);
    expect(changes).toHaveLength(1);
    await unsubscribe();
  });
});
