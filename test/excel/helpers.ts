/** Shared set-up for the adapter tests: roadmap-shaped grids and an adapter on the in-memory Excel (Microsoft's runtime, our server). */
import { Grid } from '../../src/core/grid';
import type { Finding, Severity } from '../../src/core/findings';
import { createMemoryHost, type MemoryHost, type MemoryHostOptions } from '../../src/excel/memory-host';
import { OfficeWorkbook, type OfficeWorkbookOptions } from '../../src/excel/office-workbook';

const NAMES = ['Совещание с руководителями ОО', 'Мониторинг показателей', 'Курсы повышения квалификации', 'Профориентационные пробы'];
const DEADLINES = ['Постоянно', 'Сентябрь – октябрь 2021 г.', 'I квартал 2023 года', 'В течение года'];
const PEOPLE = ['Иванова И.И., заместитель директора', 'Петров П.П.', 'Руководители ОО', ''];

/**
 * A roadmap of `events` rows below a merged title and a header: numbers, names, deadlines
 * (some as date cells), responsibles merged over two rows every fifth event. `pad` lengthens
 * the names to grow the payload without adding rows.
 */
export function roadmapGrid(name: string, events: number, pad = 0): Grid {
  const grid = new Grid(name);
  grid.set(0, 0, { value: 'План мероприятий («дорожная карта») на 2021-2023 годы' });
  grid.addMerge({ r1: 0, c1: 0, r2: 0, c2: 4 });
  ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'].forEach((h, c) => grid.set(2, c, { value: h }));
  for (let i = 0; i < events; i++) {
    const r = 3 + i;
    grid.set(r, 0, { value: i + 1 });
    grid.set(r, 1, { value: `${NAMES[i % NAMES.length]} ${i + 1}${pad ? ' ' + 'ж'.repeat(pad) : ''}` });
    if (i % 7 === 3) grid.set(r, 2, { value: 44449 + i, format: 'dd.mm.yyyy' });
    else grid.set(r, 2, { value: DEADLINES[i % DEADLINES.length] });
    if (i % 5 === 0) {
      grid.set(r, 3, { value: PEOPLE[i % 3] });
      grid.addMerge({ r1: r, c1: 3, r2: r + 1, c2: 3 });
    } else if (i % 5 !== 1 && PEOPLE[i % 4]) grid.set(r, 3, { value: PEOPLE[i % 4] });
    if (i % 3 === 0) grid.set(r, 4, { value: 'Протокол', format: '@' });
    if (i % 11 === 5) grid.set(r, 4, { value: 0.45, format: '0%' });
  }
  return grid;
}

export function setup(grids: Grid[], hostOptions: MemoryHostOptions = {}, options: OfficeWorkbookOptions = {}): { host: MemoryHost; workbook: OfficeWorkbook } {
  const host = createMemoryHost(grids, hostOptions);
  const workbook = new OfficeWorkbook({ excel: host.Excel, ...options });
  return { host, workbook };
}

/** Cells and merges of a grid in a comparable form. */
export function gridContent(grid: Grid): { name: string; cells: Record<string, unknown>; merges: string[] } {
  const cells: Record<string, unknown> = {};
  for (const r of grid.rowIndices()) for (const [c, cell] of grid.rowCells(r)) cells[`${r},${c}`] = cell;
  const merges = grid.merges.map((m) => `${m.r1},${m.c1}:${m.r2},${m.c2}`).sort();
  return { name: grid.name, cells, merges };
}

export function finding(sheet: string, cell: string, severity: Severity = 'error', value = '', rule = 'responsible-missing'): Finding {
  const row = Number(/\d+/.exec(cell)![0]);
  return { rule, severity, sheet, row, cell, value, message: `Сообщение о ${cell}` };
}

export function syncsOf(host: MemoryHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.syncCount;
  return action().then(() => host.syncCount - before);
}
