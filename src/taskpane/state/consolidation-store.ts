/**
 * The «Свод» tab's state and actions outside React: school workbooks picked (or dropped) in the
 * pane, or the indicator sheets of the open workbook; reading them one at a time with progress;
 * consolidating with the profile in force and the expected schools; writing «Свод», «Источники»,
 * «Замечания» (with a chart of one indicator) into the open workbook through the port.
 *
 * Files are read in the pane's own JavaScript — nothing leaves the machine — in a Web Worker
 * (school-reader.js, src/workbook/school-worker.ts) that parses each file and sends back only its
 * indicator tables, so the pane stays responsive while hundreds are read. Where no worker can
 * start, they are read here, SheetJS loaded on the first consolidation (a chunk of its own).
 */
import { Consolidator } from '../../core/consolidate/consolidate';
import { parseSchoolList } from '../../core/consolidate/school-list';
import { isIndicatorSheet } from '../../core/consolidate/table-finder';
import { defaultChartIndicator } from '../../core/consolidate/summary-tables';
import type { ConsolidationResult, SchoolInput } from '../../core/consolidate/types';
import type { SchoolTables } from '../../core/consolidate/school-tables';
import { schoolWorkerReader, type SchoolWorkerReader, type WorkerLike } from '../../workbook/school-worker-client';
import type { Language } from '../../core/findings';
import type { Grid } from '../../core/grid';
import type { Profile } from '../../core/profile/schema';
import type { WorkbookPort } from '../../excel/workbook-port';
import { READ_ERROR_MESSAGES, type ReadErrorCode } from '../../workbook/read-errors';
import { AddinSheets } from './addin-sheets';
import { schoolRows, type SchoolRow } from './schools-view';
import { summarySheets } from './summary-sheets';

/** A picked or dropped file, as far as the store needs it (a DOM File fits; tests pass their own). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads a workbook's bytes into grids (or into its indicator tables); throws a WorkbookReadError (or anything) when it cannot. */
export type WorkbookReader = (bytes: Uint8Array, fileName: string) => Promise<Grid[] | SchoolTables>;

export type ConsolidationSource = 'files' | 'workbook';
export type ConsolidationBusy = 'read' | 'write' | null;

export interface PickedFile {
  id: string;
  name: string;
  size: number;
}

export interface ConsolidationProgress {
  done: number;
  total: number;
  /** The file or sheet being read; '' when done. */
  current: string;
}

export interface ConsolidationState {
  files: PickedFile[];
  expectedText: string;
  /** What the last consolidation read; null before the first. */
  source: ConsolidationSource | null;
  progress: ConsolidationProgress | null;
  result: ConsolidationResult | null;
  rows: SchoolRow[];
  /** Sheets of the open workbook left out: not indicator tables. */
  skipped: string[];
  /** The indicator charted in «Свод» (index into result.indicators), or null for no chart. */
  chartIndicator: number | null;
  busy: ConsolidationBusy;
  error: string | null;
  /** The sheets the last write added. */
  written: string[] | null;
  /** When the result was produced, for the language of its messages. */
  language: Language;
}

export interface ConsolidationStoreOptions {
  port: WorkbookPort;
  language: Language;
  profile?: () => Profile;
  /** Reads a file into grids; defaults to SheetJS, loaded on first use. */
  read?: WorkbookReader;
  /** The add-in's own sheets, left out of «the sheets of this workbook». */
  addinSheets?: AddinSheets;
  /** Lets the pane paint between files (a macrotask); tests pass one that resolves at once. */
  yieldToUi?: () => Promise<void>;
}

const UNSUPPORTED = { ru: 'Эта версия Excel не умеет добавлять листы из надстройки.', en: 'This version of Excel cannot add sheets from an add-in.' };

/** The worker's script, beside the page's (webpack.config.js). */
const SCHOOL_READER_SCRIPT = 'school-reader.js';

/** The worker, started on the first file; null where none can start (then the page reads). */
let worker: SchoolWorkerReader | null | undefined;

function startWorker(): SchoolWorkerReader | null {
  if (typeof Worker !== 'function') return null;
  try {
    return schoolWorkerReader(new Worker(SCHOOL_READER_SCRIPT) as unknown as WorkerLike);
  } catch {
    return null;
  }
}

/** SheetJS on the page itself, loaded the first time a file is read: the pane's first paint does not wait for it. */
const readOnPage: WorkbookReader = async (bytes, fileName) => {
  const { readWorkbook } = await import('../../workbook/read-workbook.js');
  return readWorkbook(bytes, fileName).sheets;
};

const defaultRead: WorkbookReader = async (bytes, fileName) => {
  if (worker === undefined) worker = startWorker();
  if (worker) {
    try {
      return await worker.read(bytes, fileName);
    } catch (error) {
      if (!worker.stopped) throw error;
      // The script did not load (or the worker died): this file and the rest are read here.
      worker = null;
    }
  }
  return readOnPage(bytes, fileName);
};

function readErrorOf(error: unknown, language: Language): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in READ_ERROR_MESSAGES) return { code, message: READ_ERROR_MESSAGES[code as ReadErrorCode][language] };
  return { code: 'file-corrupt', message: READ_ERROR_MESSAGES['file-corrupt'][language] };
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

let nextFileId = 1;

export class ConsolidationStore {
  private state: ConsolidationState;
  private readonly listeners = new Set<() => void>();
  private readonly files = new Map<string, FileLike>();
  private queue: Promise<unknown> = Promise.resolve();
  readonly addinSheets: AddinSheets;
  private language: Language;

  constructor(private readonly options: ConsolidationStoreOptions) {
    this.language = options.language;
    this.addinSheets = options.addinSheets ?? new AddinSheets();
    this.state = {
      files: [],
      expectedText: '',
      source: null,
      progress: null,
      result: null,
      rows: [],
      skipped: [],
      chartIndicator: null,
      busy: null,
      error: null,
      written: null,
      language: options.language,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ConsolidationState => this.state;

  /** The language of what the store says from now on (the preview switches it; a result already shown keeps its own). */
  setLanguage(language: Language): void {
    this.language = language;
  }

  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // ——— files and expected schools ———

  /** Adds picked or dropped files; the same file (name and size) twice is kept once. */
  addFiles(files: Iterable<FileLike>): void {
    const known = new Set(this.state.files.map((f) => `${f.name}|${f.size}`));
    const added: PickedFile[] = [];
    for (const file of files) {
      const key = `${file.name}|${file.size}`;
      if (known.has(key)) continue;
      known.add(key);
      const id = `f${nextFileId++}`;
      this.files.set(id, file);
      added.push({ id, name: file.name, size: file.size });
    }
    if (added.length) this.set({ files: [...this.state.files, ...added] });
  }

  removeFile(id: string): void {
    this.files.delete(id);
    this.set({ files: this.state.files.filter((f) => f.id !== id) });
  }

  clearFiles(): void {
    this.files.clear();
    this.set({ files: [] });
  }

  setExpectedText(text: string): void {
    this.set({ expectedText: text });
  }

  /** A .txt or .csv list of schools (one a line; a CSV's first column). */
  loadExpectedFile(name: string, text: string): void {
    const names = parseSchoolList(text, /\.csv$/i.test(name) ? 'csv' : 'lines');
    this.set({ expectedText: names.join('\n') });
  }

  expectedSchools(): string[] {
    return parseSchoolList(this.state.expectedText);
  }

  // ——— consolidating ———

  /** Reads the picked files one by one (progress after each) and consolidates them. */
  consolidateFiles(): Promise<void> {
    const picked = this.state.files.map((f) => ({ meta: f, file: this.files.get(f.id)! })).filter((f) => f.file);
    return this.run('read', async () => {
      const consolidator = this.consolidator();
      const total = picked.length;
      const read = this.options.read ?? defaultRead;
      this.set({ progress: { done: 0, total, current: picked[0]?.meta.name ?? '' }, result: null, rows: [], written: null, skipped: [] });
      for (let i = 0; i < total; i++) {
        const { meta, file } = picked[i];
        this.set({ progress: { done: i, total, current: meta.name } });
        await this.yieldToUi();
        let input: SchoolInput;
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const found = await read(bytes, meta.name);
          input = Array.isArray(found) ? { path: meta.name, sheets: found } : { path: meta.name, tables: found };
        } catch (error) {
          input = { path: meta.name, error: readErrorOf(error, this.language) };
        }
        consolidator.addSchool(input);
      }
      this.finish(consolidator, 'files', total, []);
    });
  }

  /** Every indicator-table sheet of the open workbook is a school (the add-in's own sheets are not). */
  consolidateWorkbook(): Promise<void> {
    return this.run('read', async () => {
      this.set({ progress: { done: 0, total: 0, current: '' }, result: null, rows: [], written: null, skipped: [] });
      const grids = (await this.options.port.readAllSheets()).filter((g) => !this.addinSheets.has(g.name));
      const schools = grids.filter(isIndicatorSheet);
      const skipped = grids.filter((g) => !schools.includes(g)).map((g) => g.name);
      const consolidator = this.consolidator();
      for (let i = 0; i < schools.length; i++) {
        this.set({ progress: { done: i, total: schools.length, current: schools[i].name } });
        await this.yieldToUi();
        consolidator.addSchool({ path: schools[i].name, sheets: [schools[i]] });
      }
      this.finish(consolidator, 'workbook', schools.length, skipped);
    });
  }

  private consolidator(): Consolidator {
    const expected = this.expectedSchools();
    return new Consolidator({ profile: this.options.profile?.(), expectedSchools: expected.length ? expected : undefined, language: this.language });
  }

  private finish(consolidator: Consolidator, source: ConsolidationSource, total: number, skipped: string[]): void {
    const result = consolidator.result();
    const chartIndicator = defaultChartIndicator(result);
    this.set({ source, result, rows: schoolRows(result), skipped, chartIndicator, progress: { done: total, total, current: '' }, language: this.language });
  }

  setChartIndicator(indicator: number | null): void {
    this.set({ chartIndicator: indicator });
  }

  // ——— writing ———

  /** Adds «Свод», «Источники», «Замечания» (new names when taken) with the chart, and activates «Свод». */
  writeToWorkbook(): Promise<void> {
    return this.run('write', async () => {
      const result = this.state.result;
      if (!result) return;
      const port = this.options.port;
      if (!port.addSheets) throw new Error(UNSUPPORTED[this.language]);
      // In the result's language: its messages are in it, so the headers are too.
      const sheets = summarySheets(result, { language: this.state.language, chartIndicator: this.state.chartIndicator });
      const names = await port.addSheets(sheets, { activate: 0 });
      this.addinSheets.add(names);
      this.set({ written: names });
    });
  }

  /** Selects a finding's cell — for a consolidation of this workbook's sheets, where the cell is here. */
  select(sheet: string, cell: string): Promise<void> {
    if (this.state.source !== 'workbook' || !sheet || !cell) return Promise.resolve();
    return this.run(null, () => this.options.port.selectCell(sheet, cell));
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissWritten(): void {
    this.set({ written: null });
  }

  // ——— plumbing ———

  private yieldToUi(): Promise<void> {
    return (this.options.yieldToUi ?? macrotask)();
  }

  private run(busy: ConsolidationBusy, work: () => Promise<void>): Promise<void> {
    const task = this.queue.then(async () => {
      if (busy) this.set({ busy, error: null });
      try {
        await work();
      } catch (error) {
        this.set({ error: error instanceof Error ? error.message || error.name : String(error) });
      } finally {
        if (busy) this.set({ busy: null });
      }
    });
    this.queue = task;
    return task;
  }

  private set(patch: Partial<ConsolidationState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
