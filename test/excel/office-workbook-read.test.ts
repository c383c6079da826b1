/** Reading through OfficeWorkbook: the same grids as the file reader, in one sync whatever the rows. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { installMemoryOffice, uninstallMemoryOffice } from '../../src/excel/memory-host';
import { OfficeWorkbook, REPORT_SHEET, splitAreas } from '../../src/excel/office-workbook';
import { gridContent, roadmapGrid, setup, syncsOf } from './helpers';
import { CORPUS_DIR } from '../support/corpus';


describe('readActiveSheet / readAllSheets', () => {
  test('reads values, number formats and merged areas as the grid held them', async () => {
    const source = roadmapGrid('План', 40);
    const { host, workbook } = setup([source, roadmapGrid('ДК 1.3', 5)]);
    const grid = await workbook.readActiveSheet();
    expect(gridContent(grid)).toEqual(gridContent(source));
    expect(host.syncCount).toBe(1);
  });

  test('one read sync per check, for 100, 1,000 and 10,000 rows alike', async () => {
    const counts: Record<number, { active: number; allWarm: number; allCold: number }> = {};
    for (const rows of [100, 1_000, 10_000]) {
      const { host, workbook } = setup([roadmapGrid('План', rows), roadmapGrid('План 2', rows)]);
      const allCold = await syncsOf(host, () => workbook.readAllSheets());
      const active = await syncsOf(host, () => workbook.readActiveSheet());
      let grids: Grid[] = [];
      const allWarm = await syncsOf(host, async () => (grids = await workbook.readAllSheets()));
      expect(grids.map((g) => g.cellCount)).toEqual([roadmapGrid('План', rows).cellCount, roadmapGrid('План 2', rows).cellCount]);
      expect(host.syncLog.every((s) => !s.error)).toBe(true);
      counts[rows] = { active, allWarm, allCold };
    }
    expect(counts[100]).toEqual({ active: 1, allWarm: 1, allCold: 2 });
    expect(counts[1_000]).toEqual(counts[100]);
    expect(counts[10_000]).toEqual(counts[100]);
  });

  test('the sheet list comes along with any earlier call, so the first readAllSheets is one sync too', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 10), roadmapGrid('Второй', 10)]);
    await workbook.loadIgnored();
    expect(await syncsOf(host, () => workbook.readAllSheets())).toBe(1);
  });

  test('reads the corpus workbooks exactly as the file reader does', async () => {
    const files = readdirSync(join(CORPUS_DIR, 'seeds')).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { sheets } = readWorkbook(new Uint8Array(readFileSync(join(CORPUS_DIR, 'seeds', file))), file);
      const { host, workbook } = setup(sheets);
      await workbook.loadIgnored();
      const before = host.syncCount;
      const grids = await workbook.readAllSheets();
      expect(host.syncCount - before).toBe(1);
      expect(grids.map((g) => g.name)).toEqual(sheets.map((s) => s.name));
      grids.forEach((grid, i) => {
        const expected = gridContent(sheets[i]);
        const got = gridContent(grid);
        expect(got.cells).toEqual(expected.cells);
        expect(got.merges).toEqual(expected.merges);
      });
    }
  });

  test('leaves the add-in\'s own report sheet out of readAllSheets', async () => {
    const { workbook } = setup([roadmapGrid('План', 5)]);
    await workbook.writeReport([], 'ru');
    const grids = await workbook.readAllSheets();
    expect(grids.map((g) => g.name)).toEqual(['План']);
    await workbook.selectCell(REPORT_SHEET, 'A1');
    expect((await workbook.readActiveSheet()).name).toBe(REPORT_SHEET);
  });

  test('a blank sheet reads as an empty grid', async () => {
    const { workbook } = setup([new Grid('Пусто'), roadmapGrid('План', 3)]);
    const grids = await workbook.readAllSheets();
    expect(grids[0].cellCount).toBe(0);
    expect(grids[0].merges).toEqual([]);
  });

  test('a sheet added since the list was taken is read too, in workbook order', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5)]);
    await workbook.readAllSheets();
    host.userAddSheet(roadmapGrid('Новый', 3));
    const grids = await workbook.readAllSheets();
    expect(grids.map((g) => g.name)).toEqual(['План', 'Новый']);
    expect(gridContent(grids[1])).toEqual(gridContent(roadmapGrid('Новый', 3)));
  });

  test('a sheet deleted or added since the list was taken: readAllSheets takes the list again', async () => {
    const { host, workbook } = setup([roadmapGrid('План', 5), roadmapGrid('Старый', 5)]);
    await workbook.readAllSheets();
    host.userDeleteSheet('Старый');
    host.userAddSheet(roadmapGrid('Новый', 3));
    expect((await workbook.readAllSheets()).map((g) => g.name)).toEqual(['План', 'Новый']);
  });

  test('runs on the global Excel namespace (what the task pane and the preview use)', async () => {
    const host = installMemoryOffice(globalThis, [roadmapGrid('План', 3)], { displayLanguage: 'ru-RU' });
    try {
      const grid = await new OfficeWorkbook().readActiveSheet();
      expect(grid.name).toBe('План');
      expect(host.syncCount).toBe(1);
    } finally {
      uninstallMemoryOffice(globalThis);
    }
  });
});

describe('past the payload limit', () => {
  test('a used range whose response exceeds 5 MB is read in blocks, each sync under the limit', async () => {
    // ≈ 12 MB of values: 6,000 rows with long names.
    const source = roadmapGrid('План', 6_000, 900);
    const { host, workbook } = setup([source]);
    const grid = await workbook.readActiveSheet();
    expect(gridContent(grid)).toEqual(gridContent(source));
    const ok = host.syncLog.filter((s) => !s.error);
    const failed = host.syncLog.filter((s) => s.error);
    expect(failed.map((s) => s.error)).toContain('ResponsePayloadSizeLimitExceeded');
    expect(ok.every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    const bytes = ok.reduce((n, s) => n + s.responseBytes, 0);
    // 1 failed attempt + 1 for the dimensions + the blocks (+ at most two underestimates).
    expect(host.syncCount).toBeLessThanOrEqual(2 + Math.ceil(bytes / (4 * 1024 * 1024)) + 2);
    // Known to be big now: the next read goes to blocks directly, with no failed attempt.
    host.resetCounters();
    await workbook.readActiveSheet();
    expect(host.syncLog.filter((s) => s.error)).toEqual([]);
  });

  test('the number of syncs follows the size of the data, not its row count', async () => {
    const limit = 200_000;
    const measure = async (events: number, pad: number): Promise<{ syncs: number; bytes: number }> => {
      const source = roadmapGrid('План', events, pad);
      const { host, workbook } = setup([source], { payloadLimit: limit }, { payloadLimit: limit });
      const grid = await workbook.readActiveSheet();
      expect(gridContent(grid)).toEqual(gridContent(source));
      expect(host.syncLog.filter((s) => !s.error).every((s) => s.responseBytes <= limit)).toBe(true);
      return { syncs: host.syncCount, bytes: host.syncLog.filter((s) => !s.error).reduce((n, s) => n + s.responseBytes, 0) };
    };
    const fewLongRows = await measure(400, 600);
    const manyShortRows = await measure(4_000, 0);
    const small = await measure(100, 0);
    expect(small.syncs).toBe(1);
    // Similar sizes, ten times the rows: about the same number of syncs.
    expect(Math.abs(fewLongRows.syncs - manyShortRows.syncs)).toBeLessThanOrEqual(2);
    // The first attempt and the dimensions, the blocks, and the blocks that were underestimated
    // (the estimate doubles each time: at most log2(size / limit) + 1 of them).
    for (const m of [fewLongRows, manyShortRows]) {
      expect(m.syncs).toBeLessThanOrEqual(2 + Math.ceil(m.bytes / (limit * 0.8)) + Math.ceil(Math.log2(m.bytes / limit)) + 1);
    }
  });

  test('merged areas are asked for in bands, so 600 of them in a sheet still take one sync', async () => {
    const source = roadmapGrid('План', 3_000); // 600 merged responsibles + the title
    const { host, workbook } = setup([source]);
    const grid = await workbook.readActiveSheet();
    expect(host.syncCount).toBe(1);
    expect(grid.merges.length).toBe(601);
    expect(gridContent(grid)).toEqual(gridContent(source));
  });

  test('a band with more than 512 merged areas: read again with narrower bands, every merge kept', async () => {
    const source = new Grid('Плотно');
    for (let r = 0; r < 600; r++) {
      for (let c = 0; c < 12; c += 2) {
        source.set(r, c, { value: `${r}:${c}` });
        source.addMerge({ r1: r, c1: c, r2: r, c2: c + 1 });
      }
    }
    const { host, workbook } = setup([source]);
    const grid = await workbook.readActiveSheet();
    // The failed attempt, the dimensions, the blocks with bands of 32 rows.
    expect(host.syncLog.map((s) => s.error ?? 'ok')).toEqual(['GeneralException', 'ok', 'ok']);
    expect(gridContent(grid)).toEqual(gridContent(source));
  });
});

test('splitAreas keeps commas and quotes inside sheet names', () => {
  expect(splitAreas("'A, b'!A1:B2,'A, b'!C3:C4")).toEqual(["'A, b'!A1:B2", "'A, b'!C3:C4"]);
  expect(splitAreas("'It''s'!A1:B1, Лист1!C1:D1")).toEqual(["'It''s'!A1:B1", 'Лист1!C1:D1']);
});

