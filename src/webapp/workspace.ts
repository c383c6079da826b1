/**
 * The web app's state outside React: the files the user opened, the one in view, and what can be
 * downloaded. Each open file is read once (in the browser, sent nowhere) into an in-memory Excel
 * with the pane's check on it — its findings, place and ignored findings kept while another file
 * is in view. The profile in force and the consolidation are one for all files, talking to the
 * file in view (active-port.ts). Downloads: the file in view annotated with the findings shown
 * (src/workbook/annotate), and the summary workbook of the consolidation (write-summary.ts).
 *
 * One Microsoft runtime serves the page, so only the file in view is connected to it: a switch
 * waits for the stores' work in flight, then connects the other file's host.
 */
import { checkSheet } from '../core/check';
import type { Finding, Language } from '../core/findings';
import type { Grid } from '../core/grid';
import type { Profile } from '../core/profile/schema';
import type { MemoryHost } from '../excel/memory-host/host';
import type { WorkbookPort } from '../excel/workbook-port';
import type { PaneStores } from '../taskpane/App';
import { AddinSheets } from '../taskpane/state/addin-sheets';
import { ConsolidationStore, type FileLike, type WorkbookReader } from '../taskpane/state/consolidation-store';
import { PaneStore, type Checker } from '../taskpane/state/pane-store';
import { ProfileStore, type ProfileChecks } from '../taskpane/state/profile-store';
import { annotateWorkbook } from '../workbook/annotate';
import { describeReadFailure } from '../workbook/read-errors';
import { readWorkbook } from '../workbook/read-workbook';
import { writeSummary } from '../workbook/write-summary';
import { ActiveWorkbookPort } from './active-port';

type Localized = Record<Language, string>;

export type FileStatus = 'waiting' | 'reading' | 'open' | 'failed';

export interface OpenFile {
  id: string;
  name: string;
  size: number;
  status: FileStatus;
  /** The sheets of the file as opened (its annotated copy marks findings on these only). */
  sheetNames: string[];
  /** Why the file could not be read, in both languages. */
  failure: Localized | null;
}

export type Notice =
  | {
      kind: 'annotated';
      fileName: string;
      findings: number;
      markedCells: number;
      reportSheet: string;
      /** Set when the copy is an .xlsx made from an .xls, .ods, .fods or .csv: what it keeps and what not. */
      converted: Localized | null;
    }
  | { kind: 'summary'; fileName: string }
  | { kind: 'failed'; message: Localized };

export interface WorkspaceState {
  files: OpenFile[];
  /** The file in view; null when none is open. */
  activeId: string | null;
  /** Bumped when the file in view changes or its session opens (the view's key). */
  revision: number;
  busy: 'open' | 'download' | null;
  notice: Notice | null;
}

/** What the page needs to save a download: the browser's <a download>, a test's recorder. */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

export interface WorkspaceOptions {
  language: Language;
  /**
   * The in-memory Excel for a file's sheets, answered through the page's runtime, and the pane's
   * port on it (the preview's openSession; in Node, a host with its own runtime).
   */
  openHost(grids: Grid[], fileName: string): Promise<{ host: MemoryHost; port: Required<WorkbookPort> }>;
  save: SaveFile;
  /** The engine; tests pass their own. */
  check?: Checker;
  /** The consolidation's reader: the pane's Web Worker by default. */
  read?: WorkbookReader;
  /** The profile checks (zod); loaded on first use by default. Tests pass them: jest runs no dynamic import(). */
  profileChecks?: () => Promise<ProfileChecks>;
  now?: () => Date;
}

interface Session {
  host: MemoryHost;
  port: Required<WorkbookPort>;
  stores: PaneStores;
  /** The profile the file's findings were last made under. */
  profile: Profile;
}

const defaultCheck: Checker = (grid, options) => checkSheet(grid, options);

let nextFileId = 1;

export class Workspace {
  private state: WorkspaceState = { files: [], activeId: null, revision: 0, busy: null, notice: null };
  private readonly listeners = new Set<() => void>();
  private readonly sources = new Map<string, FileLike>();
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly sessions = new Map<string, Session>();
  private readonly activePort: ActiveWorkbookPort;
  private readonly addinSheets = new AddinSheets();
  private queue: Promise<unknown> = Promise.resolve();
  private language: Language;
  readonly profile: ProfileStore;
  readonly consolidation: ConsolidationStore;

  constructor(private readonly options: WorkspaceOptions) {
    this.language = options.language;
    this.activePort = new ActiveWorkbookPort(() => this.language);
    this.profile = new ProfileStore({
      port: this.activePort,
      language: options.language,
      checks: options.profileChecks,
      now: options.now,
      // A region's profile is in force for every open file; the file in view is checked again under it.
      onChange: () => void this.activeSession()?.stores.pane.refresh(),
    });
    this.consolidation = new ConsolidationStore({ port: this.activePort, language: options.language, profile: this.profile.profile, addinSheets: this.addinSheets, read: options.read });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): WorkspaceState => this.state;

  /** Resolves when every queued action (opening, switching, downloading) has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  setLanguage(language: Language): void {
    this.language = language;
  }

  /** The file in view with its host and the pane's stores, once it is open. */
  activeSession(): (Session & { file: OpenFile }) | null {
    const file = this.state.files.find((f) => f.id === this.state.activeId);
    const session = file && this.sessions.get(file.id);
    return file && session ? { ...session, file } : null;
  }

  // ——— files ———

  /**
   * Opens picked or dropped files (the same name and size twice is kept once): each joins the
   * list and the consolidation's schools; the first new one comes into view when none was.
   */
  addFiles(files: Iterable<FileLike>): Promise<void> {
    const known = new Set(this.state.files.map((f) => `${f.name}|${f.size}`));
    const added: OpenFile[] = [];
    const fresh: FileLike[] = [];
    for (const file of files) {
      const key = `${file.name}|${file.size}`;
      if (known.has(key)) continue;
      known.add(key);
      const id = `w${nextFileId++}`;
      this.sources.set(id, file);
      fresh.push(file);
      added.push({ id, name: file.name, size: file.size, status: 'waiting', sheetNames: [], failure: null });
    }
    if (!added.length) return this.idle();
    this.set({ files: [...this.state.files, ...added] });
    this.consolidation.addFiles(fresh);
    return this.state.activeId === null ? this.select(added[0].id) : this.idle();
  }

  /**
   * Brings a file into view, reading it the first time. The file in view stays until the other
   * is read and connected, so the pane (and its tab) carries on with the new file's stores.
   */
  select(id: string): Promise<void> {
    return this.run('open', async () => {
      if (id === this.state.activeId || !this.state.files.some((f) => f.id === id)) return;
      await this.settle();
      const leaving = this.activeSession();
      if (leaving) leaving.profile = this.profile.profile();
      const session = this.sessions.get(id) ?? (await this.open(id));
      if (!this.state.files.some((f) => f.id === id)) return;
      if (session) {
        session.host.connect();
        this.activePort.use(session.port);
        // A profile loaded while another file was in view: this one's findings are made again under it.
        const profile = this.profile.profile();
        if (session.profile !== profile) {
          session.profile = profile;
          void session.stores.pane.refresh();
        }
      } else {
        this.activePort.use(null);
      }
      this.set({ activeId: id, revision: this.state.revision + 1, notice: null });
    });
  }

  /** Closes a file: it leaves the list and the consolidation; the next one comes into view. */
  remove(id: string): Promise<void> {
    return this.run(null, async () => {
      const index = this.state.files.findIndex((f) => f.id === id);
      if (index < 0) return;
      const file = this.state.files[index];
      await this.settle();
      const picked = this.consolidation.getState().files.find((f) => f.name === file.name && f.size === file.size);
      if (picked) this.consolidation.removeFile(picked.id);
      this.sessions.delete(id);
      this.sources.delete(id);
      this.bytes.delete(id);
      const files = this.state.files.filter((f) => f.id !== id);
      if (this.state.activeId !== id) {
        this.set({ files });
        return;
      }
      this.activePort.use(null);
      const next = files[Math.min(index, files.length - 1)] ?? null;
      this.set({ files, activeId: null, revision: this.state.revision + 1, notice: null });
      if (next) void this.select(next.id);
    });
  }

  private async open(id: string): Promise<Session | null> {
    const file = this.state.files.find((f) => f.id === id)!;
    this.patchFile(id, { status: 'reading' });
    let bytes: Uint8Array;
    let grids: Grid[];
    try {
      bytes = new Uint8Array(await this.sources.get(id)!.arrayBuffer());
      grids = readWorkbook(bytes, file.name).sheets;
    } catch (error) {
      this.patchFile(id, { status: 'failed', failure: { ru: describeReadFailure(error, 'ru').message, en: describeReadFailure(error, 'en').message } });
      return null;
    }
    const { host, port } = await this.options.openHost(grids, file.name);
    const pane = new PaneStore({ port, language: this.language, check: this.options.check ?? defaultCheck, profile: this.profile.profile, addinSheets: this.addinSheets });
    const session: Session = { host, port, stores: { pane, profile: this.profile, consolidation: this.consolidation }, profile: this.profile.profile() };
    this.bytes.set(id, bytes);
    this.sessions.set(id, session);
    this.patchFile(id, { status: 'open', sheetNames: grids.map((g) => g.name) });
    return session;
  }

  /**
   * What is being asked of the file in view finishes before another file is connected: its
   * check's work, and any call the shared stores made through it. A consolidation of picked
   * files, which asks nothing of the workbook, goes on meanwhile.
   */
  private async settle(): Promise<void> {
    await this.activeSession()?.stores.pane.idle();
    await this.activePort.idle();
  }

  // ——— downloads ———

  /**
   * The findings the copy of the file in view takes: those of its last check, not ignored, on
   * the file's own sheets (the pane's report or summary sheets live only in the page). Null
   * before the file is checked.
   */
  annotatedFindings(): { findings: Finding[]; scope: 'sheet' | 'workbook'; sheet: string | null } | null {
    const active = this.activeSession();
    if (!active) return null;
    const pane = active.stores.pane.getState();
    if (!pane.scope) return null;
    const own = new Set(active.file.sheetNames);
    const findings = pane.findings.filter((v) => !v.ignored && own.has(v.finding.sheet)).map((v) => v.finding);
    return { findings, scope: pane.scope, sheet: pane.scope === 'sheet' ? (pane.reports[0]?.name ?? null) : null };
  }

  /** Downloads the file in view with a fill and a note on each flagged cell and the report sheet. */
  downloadAnnotated(): Promise<void> {
    return this.run('download', async () => {
      const active = this.activeSession();
      const taken = this.annotatedFindings();
      const bytes = active && this.bytes.get(active.file.id);
      if (!active || !taken || !bytes) return;
      await active.stores.pane.idle();
      // The report's headings in the language of the findings' messages.
      const language = active.stores.pane.getState().language;
      try {
        const copy = annotateWorkbook(bytes, active.file.name, taken.findings, { language });
        this.options.save(copy.bytes, copy.fileName);
        this.set({
          notice: {
            kind: 'annotated',
            fileName: copy.fileName,
            findings: taken.findings.length,
            markedCells: copy.markedCells,
            reportSheet: copy.reportSheet,
            converted: copy.converted?.message ?? null,
          },
        });
      } catch (error) {
        this.set({ notice: { kind: 'failed', message: { ru: describeReadFailure(error, 'ru').message, en: describeReadFailure(error, 'en').message } } });
      }
    });
  }

  /** Downloads the consolidation's summary workbook («Свод», «Источники», «Замечания»), in the result's language. */
  downloadSummary(): Promise<void> {
    return this.run('download', async () => {
      await this.consolidation.idle();
      const { result, language } = this.consolidation.getState();
      if (!result) return;
      const fileName = summaryFileName((this.options.now ?? (() => new Date()))(), language);
      this.options.save(writeSummary(result, { language }), fileName);
      this.set({ notice: { kind: 'summary', fileName } });
    });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  // ——— plumbing ———

  private patchFile(id: string, patch: Partial<OpenFile>): void {
    this.set({ files: this.state.files.map((f) => (f.id === id ? { ...f, ...patch } : f)) });
  }

  private run(busy: WorkspaceState['busy'], work: () => Promise<void>): Promise<void> {
    const task = this.queue.then(async () => {
      if (busy) this.set({ busy });
      try {
        await work();
      } catch (error) {
        const message = error instanceof Error ? error.message || error.name : String(error);
        this.set({ notice: { kind: 'failed', message: { ru: message, en: message } } });
      } finally {
        if (busy) this.set({ busy: null });
      }
    });
    this.queue = task;
    return task;
  }

  private set(patch: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

/** «Свод 2025-03-14.xlsx» / «Summary 2025-03-14.xlsx»: the day it was made, in the local calendar. */
export function summaryFileName(date: Date, language: Language): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${language === 'ru' ? 'Свод' : 'Summary'} ${day}.xlsx`;
}
