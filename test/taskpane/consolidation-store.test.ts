/**
 * The «Свод» tab's store: picked files read one by one with progress, the corpus consolidated to
 * expected.json's totals, unreadable files and missing schools in their rows, the sheets of the
 * open workbook as schools (the add-in's own sheets never), and the summary written through the
 * port on the memory host.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Grid } from '../../src/core/grid';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { ConsolidationStore, type FileLike } from '../../src/taskpane/state/consolidation-store';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';
import { roadmapGrid } from '../excel/helpers';
import { FakePort } from './helpers';

const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const expected = JSON.parse(fs.readFileSync(path.join(SCHOOLS, 'expected.json'), 'utf8')) as {
  schools: Array<{ file: string }>;
  valueColumns: string[];
  totals: Array<Array<{ sum?: number; mean?: number; n: number } | null>>;
};

function fileOf(name: string, bytes: Uint8Array): FileLike {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

const corpusFiles = (): FileLike[] => expected.schools.map((s) => fileOf(s.file, new Uint8Array(fs.readFileSync(path.join(SCHOOLS, s.file)))));
const read = async (bytes: Uint8Array, name: string) => readWorkbook(bytes, name).sheets;

function memoryStore(grids: Grid[]) {
  const host = createMemoryHost(grids);
  const port = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
  const store = new ConsolidationStore({ port, language: 'ru', read, yieldToUi: async () => undefined });
  return { host, port, store };
}

describe('ConsolidationStore: school files', () => {
  it('keeps a file picked twice once, and removes and clears', () => {
    const { store } = memoryStore([roadmapGrid('План', 2)]);
    const files = corpusFiles();
    store.addFiles(files.slice(0, 3));
    store.addFiles(files.slice(2, 5));
    expect(store.getState().files.map((f) => f.name)).toEqual(['school-01.xlsx', 'school-02.xlsx', 'school-03.xlsx', 'school-04.xlsx', 'school-05.xlsx']);
    store.removeFile(store.getState().files[1].id);
    expect(store.getState().files).toHaveLength(4);
    store.clearFiles();
    expect(store.getState().files).toEqual([]);
  });

  it('reads the corpus one file at a time with progress and gets expected.json’s totals', async () => {
    const { store } = memoryStore([roadmapGrid('План', 2)]);
    store.addFiles(corpusFiles());
    const seen: string[] = [];
    store.subscribe(() => {
      const p = store.getState().progress;
      const key = p ? `${p.done}/${p.total} ${p.current}` : '';
      if (key && seen[seen.length - 1] !== key) seen.push(key);
    });
    await store.consolidateFiles();
    expect(seen).toEqual([...expected.schools.map((s, i) => `${i}/10 ${s.file}`), '10/10 ']);
    const { result, rows, busy, error } = store.getState();
    expect(error).toBeNull();
    expect(busy).toBeNull();
    expect(result!.columns).toEqual(expected.valueColumns);
    result!.indicators.forEach((ind, k) =>
      expected.valueColumns.forEach((col, j) => {
        const want = expected.totals[k][j];
        const total = ind.values[col];
        if (!want) expect(total).toEqual({ value: null, n: 0 });
        else {
          expect(total.value).toBeCloseTo(want.sum ?? want.mean!, 6);
          expect(total.n).toBe(want.n);
        }
      }),
    );
    expect(rows.map((r) => [r.file, r.badge])).toEqual([
      ['school-01.xlsx', 'ready'],
      ['school-02.xlsx', 'ready'],
      ['school-03.xlsx', 'warnings'],
      ['school-04.xlsx', 'warnings'],
      ['school-05.xlsx', 'errors'],
      ['school-06.xlsx', 'ready'],
      ['school-07.xlsx', 'ready'],
      ['school-08.xlsx', 'ready'],
      ['school-09.xlsx', 'ready'],
      ['school-10.xlsx', 'ready'],
    ]);
    expect(rows[4].findings.map((f) => f.rule)).toEqual(['indicator-missing']);
    expect(store.getState().chartIndicator).toBe(1); // the first whose schools differ (indicator 0 is 1 everywhere)
  });

  it('an unreadable file is a row of its own with the reason; the others are consolidated', async () => {
    const { store } = memoryStore([roadmapGrid('План', 2)]);
    store.addFiles([...corpusFiles().slice(0, 2), fileOf('broken.xlsx', new TextEncoder().encode('not a workbook')), fileOf('empty.xlsx', new Uint8Array())]);
    await store.consolidateFiles();
    const rows = store.getState().rows;
    expect(rows.map((r) => r.badge)).toEqual(['ready', 'ready', 'unreadable', 'unreadable']);
    expect(rows[2].error).toEqual({ code: 'file-not-workbook', message: expect.stringContaining('Это не книга Excel') });
    expect(rows[3].error?.code).toBe('file-empty');
    expect(store.getState().result!.schools.filter((s) => s.status === 'ok')).toHaveLength(2);
  });

  it('names the expected schools that sent nothing, from typed text or a .csv', async () => {
    const { store } = memoryStore([roadmapGrid('План', 2)]);
    store.addFiles(corpusFiles().slice(0, 3));
    store.loadExpectedFile('schools.csv', 'Школа;Район\nschool-01;Центральный\n"school-02";Северный\nschool-03\nМАОУ СОШ № 99;Южный\n');
    expect(store.getState().expectedText).toBe('school-01\nschool-02\nschool-03\nМАОУ СОШ № 99');
    await store.consolidateFiles();
    const rows = store.getState().rows;
    expect(rows.map((r) => [r.name, r.badge])).toEqual([
      ['school-01', 'ready'],
      ['school-02', 'ready'],
      ['school-03', 'warnings'],
      ['МАОУ СОШ № 99', 'missing'],
    ]);
    store.setExpectedText('  \n# a comment\nschool-01\n');
    expect(store.expectedSchools()).toEqual(['school-01']);
  });
});

describe('ConsolidationStore: the sheets of the open workbook', () => {
  it('takes every indicator-table sheet for a school, names what it left out, never the add-in’s own sheets', async () => {
    const sheets = ['01', '03', '05'].map((n) => {
      const [grid] = loadWorkbook(path.join(SCHOOLS, `school-${n}.xlsx`)).sheets;
      const copy = new Grid(`Школа ${n}`);
      for (const r of grid.rowIndices()) for (const [c, cell] of grid.rowCells(r)) copy.set(r, c, cell);
      for (const m of grid.merges) copy.addMerge(m);
      return copy;
    });
    const { host, store } = memoryStore([roadmapGrid('План', 4), ...sheets]);
    await store.consolidateWorkbook();
    let state = store.getState();
    expect(state.source).toBe('workbook');
    expect(state.rows.map((r) => [r.name, r.badge])).toEqual([
      ['Школа 01', 'ready'],
      ['Школа 03', 'warnings'],
      ['Школа 05', 'errors'],
    ]);
    expect(state.skipped).toEqual(['План']);

    // Written into the workbook, then consolidated again: «Свод» is not a school.
    await store.writeToWorkbook();
    expect(store.getState().written).toEqual(['Свод', 'Источники', 'Замечания']);
    expect(host.sheetNames).toEqual(['План', 'Школа 01', 'Школа 03', 'Школа 05', 'Свод', 'Источники', 'Замечания']);
    expect(host.charts('Свод')).toHaveLength(1);
    await store.consolidateWorkbook();
    state = store.getState();
    expect(state.rows).toHaveLength(3);
    expect(state.skipped).toEqual(['План']);

    // A finding's cell is selected in the workbook.
    const finding = state.rows[1].findings[0];
    await store.select(finding.sheet, finding.cell);
    expect(host.selection).toEqual({ sheet: 'Школа 03', address: finding.cell });
  });

  it('says so when the port cannot add sheets, and stays usable', async () => {
    const port = new FakePort();
    const store = new ConsolidationStore({ port, language: 'en', read, yieldToUi: async () => undefined });
    store.addFiles(corpusFiles().slice(0, 1));
    await store.consolidateFiles();
    await store.writeToWorkbook();
    expect(store.getState().error).toBe('This version of Excel cannot add sheets from an add-in.');
    expect(store.getState().busy).toBeNull();
    store.dismissError();
    expect(store.getState().error).toBeNull();
    // Files read from disk: there is no cell to select in this workbook.
    await store.select('Показатели', 'E5');
    expect(port.calls.some((c) => c.startsWith('selectCell'))).toBe(false);
  });
});
