/** Writing through OfficeWorkbook: the report, highlights, settings, navigation — in one write sync each. */
import { Grid } from '../../src/core/grid';
import { findingKey, type ReportEntry } from '../../src/excel/workbook-port';
import { HIGHLIGHT_COLORS, IGNORED_SETTING, OfficeWorkbook, REPORT_SHEET, REPORT_SHEET_SETTING } from '../../src/excel/office-workbook';
import { finding, roadmapGrid, setup, syncsOf } from './helpers';

const COLUMNS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];

describe('writeReport', () => {
  test('one write sync (and the new sheet\'s id noted after it the first time); headers in the language; each finding links to its cell, beside its event', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 20), roadmapGrid('ДК 1.3', 5)]);
    await workbook.readAllSheets(); // the check before the report
    const findings = [
      { ...finding('План', 'D7', 'error', ''), event: 'Совещание с руководителями школ' },
      finding('ДК 1.3', 'C5', 'warning', 'Постоянно', 'deadline-vague'),
    ];
    expect(await syncsOf(host, () => workbook.writeReport(findings, 'ru'))).toBe(2);
    expect(host.book.settings.get(REPORT_SHEET_SETTING)).toBe(host.book.sheetByName(REPORT_SHEET)!.id);
    expect(await syncsOf(host, () => workbook.writeReport(findings, 'ru'))).toBe(1);
    expect(host.syncLog[host.syncLog.length - 1].writes).toBeGreaterThan(0);
    const row = (r: number) => COLUMNS.map((c) => host.cell(REPORT_SHEET, `${c}${r}`)?.value ?? '');
    expect(row(1)).toEqual(['№', 'Лист', 'Ячейка', 'Мероприятие', 'Замечание', 'Важность', 'Значение', 'Сообщение', 'Код правила']);
    expect(row(2)).toEqual([1, 'План', 'D7', 'Совещание с руководителями школ', 'Не указан ответственный', 'Ошибка', '', 'Сообщение о D7', 'responsible-missing']);
    expect(row(3)).toEqual([2, 'ДК 1.3', 'C5', '', 'Неконкретный срок', 'Предупреждение', 'Постоянно', 'Сообщение о C5', 'deadline-vague']);
    const link = host.cell(REPORT_SHEET, 'C3')?.hyperlink;
    expect(link).toEqual({ documentReference: "'ДК 1.3'!C5", textToDisplay: 'C5' });
    expect(host.resolveReference(link!.documentReference!)).toEqual({ sheet: 'ДК 1.3', address: 'C5' });
    expect(host.resolveReference(host.cell(REPORT_SHEET, 'C2')!.hyperlink!.documentReference!)).toEqual({ sheet: 'План', address: 'D7' });
    expect(host.activeSheetName).toBe(REPORT_SHEET);
    expect(host.frozen(REPORT_SHEET)).toEqual({ rows: 1, columns: 0 });
    expect(host.cell(REPORT_SHEET, 'A1')?.bold).toBe(true);
    // Widths that read: the event and the message wide, the number and the cell narrow; long texts wrap, rows read from the top.
    const widths = COLUMNS.map((_, c) => host.columnWidth(REPORT_SHEET, c));
    expect(widths[3]).toBeGreaterThanOrEqual(200);
    expect(widths[7]).toBeGreaterThanOrEqual(300);
    expect(Math.max(widths[0]!, widths[2]!)).toBeLessThanOrEqual(50);
    for (const address of ['D2', 'E2', 'G3', 'H3', 'D1', 'H1']) expect(host.cell(REPORT_SHEET, address)?.wrapText).toBe(true);
    expect(host.cell(REPORT_SHEET, 'A2')?.wrapText).toBeUndefined();
    expect(host.cell(REPORT_SHEET, 'A3')?.verticalAlignment).toBe('Top');
  });

  test('English headers and titles, the same sheet name', async () => {
    const { host, workbook } = setup([roadmapGrid('Plan', 3)]);
    expect(await workbook.writeReport([finding('Plan', 'B4', 'info', '', 'deadline-vague')], 'en')).toBe(REPORT_SHEET);
    expect(COLUMNS.map((c) => host.cell(REPORT_SHEET, `${c}1`)?.value)).toEqual(['No.', 'Sheet', 'Cell', 'Event', 'Finding', 'Severity', 'Value', 'Message', 'Rule id']);
    expect(host.cell(REPORT_SHEET, 'E2')?.value).toBe('Vague deadline');
    expect(host.cell(REPORT_SHEET, 'F2')?.value).toBe('Note');
  });

  test('text that Excel would take for a formula, a number or a date stays the text', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    const tricky = ['=HYPERLINK("http://example.invalid","x")', '+7 (999) 123-45-67', '-//-', '-', '@admin', '1.10', '10.09.2021', '45%', 'TRUE', "'в кавычках", '=1+1'];
    const findings: ReportEntry[] = tricky.map((value, i) => ({ ...finding('План', `B${i + 4}`), value, message: value, rule: value, event: value }));
    await workbook.writeReport(findings, 'ru');
    tricky.forEach((text, i) => {
      for (const col of ['D', 'E', 'G', 'H', 'I']) {
        const cell = host.cell(REPORT_SHEET, `${col}${i + 2}`)!;
        expect(cell.formula).toBeUndefined();
        expect(cell.error).toBeUndefined();
        expect(cell.value).toBe(text);
        expect(cell.format).toBe('@');
      }
    });
    // The sheet name is user text too.
    const evil = setup([roadmapGrid('=cmd', 2)]);
    await evil.workbook.writeReport([finding('=cmd', 'A4')], 'ru');
    expect(evil.host.cell(REPORT_SHEET, 'B2')).toMatchObject({ value: '=cmd', format: '@' });
    expect(evil.host.cell(REPORT_SHEET, 'B2')?.formula).toBeUndefined();
  });

  test('rewriting replaces the report: no rows of the old one remain', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 30)]);
    await workbook.writeReport(Array.from({ length: 12 }, (_, i) => finding('План', `D${i + 4}`)), 'ru');
    const syncs = await syncsOf(host, () => workbook.writeReport([finding('План', 'C9', 'warning')], 'en'));
    expect(syncs).toBe(1);
    expect(host.sheetNames.filter((n) => n === REPORT_SHEET)).toHaveLength(1);
    expect(host.cell(REPORT_SHEET, 'C2')?.value).toBe('C9');
    expect(host.cell(REPORT_SHEET, 'A3')).toBeUndefined();
    expect(host.cell(REPORT_SHEET, 'H13')).toBeUndefined();
    expect(host.cell(REPORT_SHEET, 'C3')?.hyperlink).toBeUndefined();
  });

  test('no findings: a header and a line saying so', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    await workbook.writeReport([], 'ru');
    expect(host.cell(REPORT_SHEET, 'H2')?.value).toBe('Замечаний нет');
  });

  test('a report sheet deleted by the user behind our back is created again', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    await workbook.writeReport([finding('План', 'B4')], 'ru');
    host.userDeleteSheet(REPORT_SHEET);
    await workbook.writeReport([finding('План', 'B5')], 'ru');
    expect(host.cell(REPORT_SHEET, 'C2')?.value).toBe('B5');
  });

  test('a report bigger than one request is written in blocks, each under the limit', async () => {
    const limit = 100_000;
    const { host, workbook } = setup([roadmapGrid('План', 10)], { payloadLimit: limit }, { payloadLimit: limit });
    await workbook.readAllSheets();
    const many = Array.from({ length: 1_500 }, (_, i) => ({ ...finding('План', `B${(i % 10) + 4}`), message: 'Длинное сообщение '.repeat(5) + i }));
    const syncs = await syncsOf(host, () => workbook.writeReport(many, 'ru'));
    const writes = host.syncLog.slice(-syncs);
    // Sized from the runtime's own request weights: no request refused, none over the limit.
    expect(writes.every((s) => !s.error && s.requestBytes <= limit)).toBe(true);
    const total = writes.reduce((n, s) => n + s.requestBytes, 0);
    expect(syncs).toBeGreaterThan(1);
    // The blocks, and the small sync that notes the new sheet's id.
    expect(syncs).toBeLessThanOrEqual(Math.ceil(total / (limit * 0.5)) + 1);
    expect(host.cell(REPORT_SHEET, 'H1501')?.value).toBe('Длинное сообщение '.repeat(5) + 1499);
    expect(host.cell(REPORT_SHEET, 'A1501')?.value).toBe(1500);
  });
});

describe('highlight / clearHighlight', () => {
  function decorated(): ReturnType<typeof setup> {
    const s = setup([roadmapGrid('План', 30), roadmapGrid('ДК 1.3', 10)]);
    s.host.setFill('План', 'D5', '#FFFFFF'); // a white fill, not "No Fill"
    s.host.setFill('План', 'C6', '#92D050');
    s.host.setFill('План', 'C7', { color: '#FF0000', pattern: 'Gray25', patternColor: '#0000FF', tintAndShade: -0.25, patternTintAndShade: 0.4 });
    s.host.setFill('ДК 1.3', 'B4', '#FFC000');
    return s;
  }
  const findings = [
    finding('План', 'D4', 'error'),
    finding('План', 'D5', 'warning'),
    finding('План', 'C6', 'info'),
    finding('План', 'C6', 'error'), // two findings on one cell: the worse wins
    finding('План', 'C7', 'warning'),
    finding('ДК 1.3', 'B4', 'error'),
    finding('ДК 1.3', 'E12', 'info'), // an empty cell
  ];

  test('one read and one write sync; the cells show the colours; nothing of the cells is written; clear gives back the very workbook', async () => {
    const { host, workbook } = decorated();
    await workbook.readAllSheets();
    const before = host.snapshot();
    const syncs = await syncsOf(host, () => workbook.highlight(findings));
    expect(syncs).toBe(2);
    expect(host.syncLog.slice(-2).map((s) => [s.loads > 0, s.writes > 0])).toEqual([[true, false], [false, true]]);
    expect(host.shownFill('План', 'D4')).toBe(HIGHLIGHT_COLORS.error);
    expect(host.shownFill('План', 'D5')).toBe(HIGHLIGHT_COLORS.warning);
    expect(host.shownFill('План', 'C6')).toBe(HIGHLIGHT_COLORS.error);
    expect(host.shownFill('ДК 1.3', 'E12')).toBe(HIGHLIGHT_COLORS.info);
    expect(host.shownFill('План', 'D6')).toBe(before['План'].cells.D6?.fill?.color ?? null);
    // Every cell — value, formula, format, its own fill, hyperlink — is as before: only formats were added.
    const cellsOf = (snapshot: typeof before) => Object.fromEntries(Object.entries(snapshot).map(([name, sheet]) => [name, sheet.cells]));
    expect(cellsOf(host.snapshot())).toEqual(cellsOf(before));
    expect(host.conditionalFormats('План').map((f) => f.fill).sort()).toEqual([HIGHLIGHT_COLORS.error, HIGHLIGHT_COLORS.warning].sort());
    expect(await syncsOf(host, () => workbook.clearHighlight())).toBe(2);
    expect(host.snapshot()).toEqual(before);
  });

  test('highlighting again replaces the highlight: cells no longer found show their own fill again', async () => {
    const { host, workbook } = decorated();
    await workbook.readAllSheets();
    const before = host.snapshot();
    await workbook.highlight(findings);
    await workbook.highlight([finding('План', 'C6', 'warning'), finding('План', 'B10', 'info')]);
    expect(host.shownFill('План', 'C6')).toBe(HIGHLIGHT_COLORS.warning);
    expect(host.shownFill('План', 'D5')).toBe('#FFFFFF');
    expect(host.shownFill('План', 'D4')).toBeNull();
    expect(host.shownFill('ДК 1.3', 'B4')).toBe('#FFC000');
    expect(host.conditionalFormats('ДК 1.3')).toEqual([]);
    await workbook.clearHighlight();
    expect(host.snapshot()).toEqual(before);
  });

  test('the highlight lives in the workbook: a reloaded pane clears it', async () => {
    const { host, workbook } = decorated();
    const before = host.snapshot();
    await workbook.highlight(findings);
    const reloaded = new OfficeWorkbook({ excel: host.Excel });
    await reloaded.clearHighlight();
    expect(host.snapshot()).toEqual(before);
  });

  test('a user\'s own conditional format is left alone', async () => {
    const { host, workbook } = decorated();
    await host.Excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem('План').getRange('A4:A40').conditionalFormats.add('Custom');
      format.custom.rule.formula = '=A4>10';
      format.custom.format.fill.color = '#00FF00';
      await context.sync();
    });
    const before = host.snapshot();
    await workbook.highlight(findings);
    await workbook.clearHighlight();
    expect(host.snapshot()).toEqual(before);
    expect(host.conditionalFormats('План')).toEqual([{ areas: ['A4:A40'], formula: '=A4>10', fill: '#00FF00' }]);
  });

  test('a highlighted sheet renamed by the user is still cleared; findings on a deleted sheet are skipped', async () => {
    const { host, workbook } = decorated();
    const before = host.snapshot();
    await workbook.highlight(findings);
    host.userRename('План', 'План (копия)');
    await workbook.clearHighlight();
    expect(host.snapshot()['План (копия)']).toEqual(before['План']);
    host.userDeleteSheet('ДК 1.3');
    await workbook.highlight(findings);
    expect(host.conditionalFormats('План (копия)')).toEqual([]);
  });

  test('highlighting nothing after nothing reads and writes nothing more', async () => {
    const { host, workbook } = decorated();
    await workbook.readAllSheets();
    expect(await syncsOf(host, () => workbook.highlight([]))).toBe(1);
  });
});

describe('ignored findings, navigation', () => {
  test('ignored keys round-trip through one setting, one sync each', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3)]);
    expect(await workbook.loadIgnored()).toEqual(new Set());
    const keys = new Set([findingKey(finding('План', 'D4')), findingKey({ rule: 'deadline-vague', sheet: 'План', cell: 'C5', value: '=Постоянно' })]);
    expect(await syncsOf(host, () => workbook.saveIgnored(keys))).toBe(1);
    expect([...host.book.settings.keys()]).toEqual([IGNORED_SETTING]);
    const fresh = new OfficeWorkbook({ excel: host.Excel });
    let loaded = new Set<string>();
    expect(await syncsOf(host, async () => (loaded = await fresh.loadIgnored()))).toBe(1);
    expect(loaded).toEqual(keys);
    await workbook.saveIgnored(new Set());
    expect(await workbook.loadIgnored()).toEqual(new Set());
  });

  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 3), roadmapGrid('ДК 1.3', 3)]);
    expect(await syncsOf(host, () => workbook.selectCell('ДК 1.3', 'D5'))).toBe(1);
    expect(host.selection).toEqual({ sheet: 'ДК 1.3', address: 'D5' });
  });
});

describe('onUserEdit', () => {
  test('calls back once after a burst of user edits, never for the add-in\'s own writes', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10), roadmapGrid('ДК 1.3', 3)]);
    const changes: Array<{ sheet: string; address: string }> = [];
    const unsubscribe = await workbook.onUserEdit((c) => changes.push(c), 30);
    // The add-in writes: a report, highlights, settings.
    await workbook.writeReport([finding('План', 'D4')], 'ru');
    await workbook.highlight([finding('План', 'D4')]);
    await workbook.saveIgnored(new Set(['x']));
    await host.settled();
    await wait(60);
    expect(host.eventLog.some((e) => e.triggerSource === 'ThisLocalAddin')).toBe(true);
    expect(changes).toEqual([]);
    // The user types three times in a row: one callback, with the last cell.
    host.userEdit('План', 'D4', 'Иванов');
    host.userEdit('План', 'D5', 'Петров');
    host.userEdit('План', 'D6', 'Сидоров');
    await host.settled();
    expect(changes).toEqual([]);
    await wait(60);
    expect(changes).toEqual([{ sheet: 'План', address: 'D6' }]);
    // Edits on the report sheet are not the user's plan.
    host.userEdit(REPORT_SHEET, 'A5', 'заметка');
    await host.settled();
    await wait(60);
    expect(changes).toHaveLength(1);
    // A sheet added after subscribing is watched too.
    host.userAddSheet(new Grid('Новый'));
    host.userEdit('Новый', 'A1', 'x');
    await host.settled();
    await wait(60);
    expect(changes[1]).toEqual({ sheet: 'Новый', address: 'A1' });
    await unsubscribe();
    expect(host.handlerCount).toBe(0);
    host.userEdit('План', 'D7', 'после');
    await host.settled();
    await wait(60);
    expect(changes).toHaveLength(2);
  });
});

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}


