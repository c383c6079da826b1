/**
 * The pane's state and its actions, outside React: a small external store (subscribe / getState,
 * for useSyncExternalStore) that talks to Excel only through the WorkbookPort and to the engine
 * only through a `check` function. Port calls run one at a time, in order.
 */
import { DeadlineMemo } from '../../core/deadline/memo';
import type { Grid } from '../../core/grid';
import type { Language, Severity, SheetReport } from '../../core/findings';
import { decideVerdict, type Verdict } from '../../core/verdict';
import type { Profile } from '../../core/profile/schema';
import type { ColumnMapping, SheetColumnMappings } from '../../core/roadmap/user-columns';
import type { Field } from '../../core/findings';
import type { SheetChange, WorkbookPort } from '../../excel/workbook-port';
import type { AddinSheets } from './addin-sheets';
import { eventNames } from './event-names';
import { activeFindings, ALL_SEVERITIES, indexFindings, notIgnored, reportEntries, type SeverityFilter, type ViewFinding } from './findings-view';
import { applyIgnored, pruneIgnored, withIgnored, withoutIgnored } from './ignore';
import { NO_PLACE, placeAt, reconcile, step, type NavPlace } from './navigation';

export type Checker = (grid: Grid, options: { language: Language; profile?: Profile; columns?: ColumnMapping; deadlines?: DeadlineMemo }) => SheetReport;
export type Scope = 'sheet' | 'workbook';
export type Busy = 'check' | 'recheck' | 'highlight' | 'report' | 'verdict' | null;

/**
 * «Перед отправкой»: every check of the profile on every sheet, and whether the workbook can go —
 * the engine's verdict (three states, each with its reason) with the blocking errors as the list
 * shows them, taken when the user asked, with the report sheet written then.
 */
export interface SubmissionVerdict extends Omit<Verdict, 'blocking'> {
  /** The errors that block submission (not ignored), in reading order. */
  blocking: ViewFinding[];
  ignored: number;
  /** The report sheet written, or null when writing it failed. */
  reportSheet: string | null;
  /** The profile checked against. */
  profileName: string;
  at: Date;
}

/** Sheets the add-in writes itself; a whole-workbook check skips them. */
export const REPORT_SHEET_NAMES: readonly string[] = ['Замечания'];

export interface PaneNotice {
  kind: 'report-written';
  sheet: string;
}

export interface PaneState {
  language: Language;
  /** What the last check covered; null before the first check. */
  scope: Scope | null;
  reports: SheetReport[];
  /** Every finding of the reports in reading order, ignore state applied. */
  findings: ViewFinding[];
  checkedAt: Date | null;
  busy: Busy;
  error: string | null;
  notice: PaneNotice | null;
  filter: SeverityFilter;
  ignored: ReadonlySet<string>;
  showIgnored: boolean;
  place: NavPlace;
  live: boolean;
  /** The user edited a sheet after the last check while live re-check was off. */
  stale: boolean;
  highlighted: boolean;
  /** The verdict on what the last check covered (not-ignored findings); null before the first check. */
  assessment: Verdict | null;
  /** The last verdict before submission; null before the first. */
  verdict: SubmissionVerdict | null;
  /** The user's own columns per sheet («Столбцы»), kept in the workbook and used by every check of that sheet. */
  columns: SheetColumnMappings;
}

export interface PaneStoreOptions {
  port: WorkbookPort;
  language: Language;
  check: Checker;
  /** The profile in force, passed to every check; the checker's default when absent. */
  profile?: () => Profile;
  /** The add-in's own sheets (summaries, reports), which a whole-workbook check skips. */
  addinSheets?: AddinSheets;
  /** Debounce of the port's edit events, in ms. */
  editDebounceMs?: number;
  now?: () => Date;
}

export function initialState(language: Language): PaneState {
  return {
    language,
    scope: null,
    reports: [],
    findings: [],
    checkedAt: null,
    busy: null,
    error: null,
    notice: null,
    filter: { ...ALL_SEVERITIES },
    ignored: new Set(),
    showIgnored: false,
    place: NO_PLACE,
    live: true,
    stale: false,
    highlighted: false,
    assessment: null,
    verdict: null,
    columns: {},
  };
}

export class PaneStore {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private unsubscribeEdits: (() => Promise<void>) | null = null;
  private started = false;
  private recheckQueued = false;
  /** Deadlines judged by earlier checks: a live re-check after an edit parses only what changed. */
  private readonly deadlines = new DeadlineMemo();
  private reportSheets = new Set(REPORT_SHEET_NAMES);
  /** Event names by sheet and 1-based row, from the last check of each sheet. */
  private readonly events = new Map<string, Map<number, string>>();

  constructor(private readonly options: PaneStoreOptions) {
    this.state = initialState(options.language);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): PaneState => this.state;

  /** Loads the ignored keys and starts listening to the user's edits. Returns the cleanup. */
  start(): () => void {
    this.started = true;
    void this.run(null, async () => {
      const ignored = await this.options.port.loadIgnored();
      this.set({ ignored, findings: applyIgnored(this.state.findings, ignored) });
      if (this.options.port.loadColumns) this.set({ columns: await this.options.port.loadColumns() });
    });
    void this.options.port
      .onUserEdit((change) => this.onEdit(change), this.options.editDebounceMs ?? 600)
      .then((unsubscribe) => {
        if (this.started) this.unsubscribeEdits = unsubscribe;
        else void unsubscribe();
      })
      .catch((error: unknown) => this.set({ error: messageOf(error, this.state.language) }));
    return () => this.stop();
  }

  stop(): void {
    this.started = false;
    const unsubscribe = this.unsubscribeEdits;
    this.unsubscribeEdits = null;
    if (unsubscribe) void unsubscribe().catch(() => undefined);
  }

  /** Resolves when every queued port call has finished (for tests and the preview). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  // ——— checking ———

  /** Checks the active sheet; the add-in's own sheet (its report, a summary) is not checked but named for what it is. */
  checkActiveSheet(): Promise<void> {
    return this.run('check', async () => {
      const grid = await this.options.port.readActiveSheet();
      this.applyReports('sheet', [this.checkGrid(grid)], true);
    });
  }

  checkWorkbook(): Promise<void> {
    return this.run('check', async () => {
      const grids = (await this.options.port.readAllSheets()).filter((g) => !this.isOwnSheet(g.name));
      this.applyReports('workbook', grids.map((g) => this.checkGrid(g)), true);
    });
  }

  /**
   * «Столбцы»: the field read from these columns on this sheet (letters as the user writes them:
   * «F», «C+D»), or recognised again (null). Kept in the workbook; the last check runs again.
   */
  setColumns(sheet: string, field: Field, letters: string | null): Promise<void> {
    const own: Record<string, string | readonly string[]> = { ...this.state.columns[sheet] };
    if (letters) own[field] = letters;
    else delete own[field];
    const columns: Record<string, ColumnMapping> = { ...this.state.columns };
    if (Object.keys(own).length) columns[sheet] = own;
    else delete columns[sheet];
    this.set({ columns });
    const save = this.options.port.saveColumns;
    const saved = save ? this.run(null, () => save.call(this.options.port, columns)) : Promise.resolve();
    return saved.then(() => this.refresh());
  }

  /** Runs the last check again (after the profile changed); nothing before a first check. */
  refresh(): Promise<void> {
    if (this.state.scope === 'sheet') return this.checkActiveSheet();
    if (this.state.scope === 'workbook') return this.checkWorkbook();
    return Promise.resolve();
  }

  /**
   * «Перед отправкой»: reads every sheet, runs every rule of the profile on each, shows the
   * findings in the check list too, decides (ignored findings stay ignored) and writes the report
   * sheet with every finding not ignored.
   */
  runVerdict(): Promise<void> {
    return this.run('verdict', async () => {
      const grids = (await this.options.port.readAllSheets()).filter((g) => !this.isOwnSheet(g.name));
      this.applyReports('workbook', grids.map((g) => this.checkGrid(g)), true);
      const verdict = this.submissionVerdict(null);
      this.set({ verdict });
      const sheet = await this.options.port.writeReport(reportEntries(this.state.findings), this.state.language);
      if (sheet) this.reportSheets.add(sheet);
      this.set({ verdict: { ...verdict, reportSheet: sheet || REPORT_SHEET_NAMES[0] } });
    });
  }

  private submissionVerdict(reportSheet: string | null): SubmissionVerdict {
    const findings = this.state.findings;
    const active = findings.filter((v) => !v.ignored);
    const verdict = this.assess(this.state.reports, findings);
    return {
      ...verdict,
      blocking: active.filter((v) => v.finding.severity === 'error'),
      ignored: findings.length - active.length,
      reportSheet,
      profileName: this.options.profile?.().name ?? '',
      at: (this.options.now ?? (() => new Date()))(),
    };
  }

  /**
   * Another display language (the preview switches it; Office does not while the pane is open):
   * the last check runs again so the messages are in it — the place in the list, the filter and
   * the ignored findings kept — and the verdict before submission is restated in it.
   */
  setLanguage(language: Language): Promise<void> {
    if (language === this.state.language) return Promise.resolve();
    this.set({ language });
    const verdict = this.state.verdict;
    // A finding's uid holds its message, which the language changes: the current one is found again by its key.
    const currentKey = this.state.findings.find((v) => v.uid === this.state.place.uid)?.key ?? null;
    return this.refresh().then(() => {
      const again = currentKey === null ? undefined : this.state.findings.find((v) => v.key === currentKey);
      if (again) this.set({ place: placeAt(again) });
      if (verdict && this.state.scope === 'workbook') this.set({ verdict: { ...this.submissionVerdict(verdict.reportSheet), at: verdict.at } });
    });
  }

  private assess(reports: readonly SheetReport[], findings: readonly ViewFinding[]): Verdict {
    return decideVerdict(reports, notIgnored(findings), { isOwnSheet: (name) => this.isOwnSheet(name) });
  }

  private isOwnSheet(name: string): boolean {
    return this.reportSheets.has(name) || !!this.options.addinSheets?.has(name);
  }

  private onEdit(change: SheetChange): void {
    if (!this.state.scope || this.isOwnSheet(change.sheet)) return;
    if (!this.state.live) {
      if (!this.state.stale) this.set({ stale: true });
      return;
    }
    if (this.recheckQueued) return;
    this.recheckQueued = true;
    void this.run('recheck', async () => {
      this.recheckQueued = false;
      await this.recheck(change);
    });
  }

  /** Re-checks after an edit: the active sheet for a sheet check; the edited sheet (or all) for a workbook check. */
  private async recheck(change: SheetChange): Promise<void> {
    const port = this.options.port;
    if (this.state.scope === 'sheet') {
      const grid = await port.readActiveSheet();
      this.applyReports('sheet', [this.checkGrid(grid)], false);
    } else {
      const active = await port.readActiveSheet();
      if (active.name === change.sheet && this.state.reports.some((r) => r.name === active.name)) {
        const report = this.checkGrid(active);
        this.applyReports('workbook', this.state.reports.map((r) => (r.name === report.name ? report : r)), false);
      } else {
        const grids = (await port.readAllSheets()).filter((g) => !this.isOwnSheet(g.name));
        this.applyReports('workbook', grids.map((g) => this.checkGrid(g)), false);
      }
    }
    if (this.state.highlighted) await this.paintHighlight();
  }

  private checkGrid(grid: Grid): SheetReport {
    if (this.isOwnSheet(grid.name)) {
      this.events.delete(grid.name);
      return { name: grid.name, kind: 'other', headerRow: null, columns: {}, planPeriod: null, counts: { sections: 0, events: 0 }, findings: [] };
    }
    const profile = this.options.profile?.();
    const columns = this.state.columns[grid.name];
    const report = this.options.check(grid, { language: this.state.language, deadlines: this.deadlines, ...(profile ? { profile } : {}), ...(columns ? { columns } : {}) });
    this.events.set(grid.name, eventNames(grid, report));
    return report;
  }

  private applyReports(scope: Scope, reports: SheetReport[], explicit: boolean): void {
    let ignored = this.state.ignored;
    let findings = indexFindings(reports, ignored, (f) => this.events.get(f.sheet)?.get(f.row));
    if (explicit) {
      const pruned = pruneIgnored(ignored, reports.map((r) => r.name), findings);
      if (pruned.size !== ignored.size) {
        ignored = pruned;
        findings = applyIgnored(findings, ignored);
        void this.options.port.saveIgnored(ignored).catch((error: unknown) => this.set({ error: messageOf(error, this.state.language) }));
      }
    }
    const active = activeFindings(findings, this.state.filter);
    this.set({
      scope,
      reports,
      findings,
      ignored,
      checkedAt: (this.options.now ?? (() => new Date()))(),
      assessment: this.assess(reports, findings),
      stale: false,
      notice: explicit ? null : this.state.notice,
      place: reconcile(active, this.state.place),
    });
  }

  // ——— list and stepping ———

  /** The findings «Далее» steps through: not ignored, of the severities shown. */
  activeFindings(): ViewFinding[] {
    return activeFindings(this.state.findings, this.state.filter);
  }

  /** Makes the finding current and selects its cell in Excel. */
  select(uid: string): Promise<void> {
    const v = this.state.findings.find((f) => f.uid === uid);
    if (!v) return Promise.resolve();
    this.set({ place: placeAt(v) });
    return this.run(null, () => this.options.port.selectCell(v.finding.sheet, v.finding.cell));
  }

  next(): Promise<void> {
    return this.move(1);
  }

  prev(): Promise<void> {
    return this.move(-1);
  }

  private move(direction: 1 | -1): Promise<void> {
    const target = step(this.activeFindings(), this.state.place, direction, this.sheetOrder());
    if (!target) return Promise.resolve();
    return this.select(target.uid);
  }

  private sheetOrder(): string[] {
    return this.state.reports.map((r) => r.name);
  }

  setSeverityShown(severity: Severity, shown: boolean): Promise<void> {
    this.set({ filter: { ...this.state.filter, [severity]: shown } });
    this.set({ place: reconcile(this.activeFindings(), this.state.place) });
    return this.state.highlighted ? this.run('highlight', () => this.paintHighlight()) : Promise.resolve();
  }

  setShowIgnored(show: boolean): void {
    this.set({ showIgnored: show });
  }

  // ——— ignore ———

  /** Ignores the finding (every finding with its key); when it was current, moves on to the next one like Excel. */
  ignore(uid: string): Promise<void> {
    const v = this.state.findings.find((f) => f.uid === uid);
    if (!v) return Promise.resolve();
    const wasCurrent = this.state.place.uid === uid;
    const nextTarget = wasCurrent ? step(this.activeFindings(), this.state.place, 1, this.sheetOrder()) : null;
    this.setIgnored(withIgnored(this.state.ignored, v.key));
    const active = this.activeFindings();
    const after = nextTarget && active.some((a) => a.uid === nextTarget.uid) ? nextTarget : null;
    const work = this.run(null, () => this.options.port.saveIgnored(this.state.ignored));
    if (this.state.highlighted) void this.run('highlight', () => this.paintHighlight());
    if (wasCurrent) {
      this.set({ place: { uid: null, anchor: v.finding } });
      if (after) return this.select(after.uid);
    }
    return work;
  }

  unignore(uid: string): Promise<void> {
    const v = this.state.findings.find((f) => f.uid === uid);
    if (!v) return Promise.resolve();
    this.setIgnored(withoutIgnored(this.state.ignored, v.key));
    const work = this.run(null, () => this.options.port.saveIgnored(this.state.ignored));
    return this.state.highlighted ? this.run('highlight', () => this.paintHighlight()) : work;
  }

  private setIgnored(ignored: Set<string>): void {
    const findings = applyIgnored(this.state.findings, ignored);
    this.set({ ignored, findings, assessment: this.state.scope ? this.assess(this.state.reports, findings) : null });
    this.set({ place: reconcile(this.activeFindings(), this.state.place) });
  }

  // ——— live, highlight, report ———

  setLive(live: boolean): Promise<void> {
    const wasStale = this.state.stale;
    this.set({ live });
    if (live && wasStale && this.state.scope) {
      return this.state.scope === 'sheet' ? this.checkActiveSheet() : this.checkWorkbook();
    }
    return Promise.resolve();
  }

  highlight(): Promise<void> {
    return this.run('highlight', async () => {
      await this.paintHighlight();
      this.set({ highlighted: true });
    });
  }

  clearHighlight(): Promise<void> {
    return this.run('highlight', async () => {
      await this.options.port.clearHighlight();
      this.set({ highlighted: false });
    });
  }

  /**
   * Fills the active findings' cells. A repeated highlight replaces the previous one (the port
   * restores the cells no longer listed and keeps each cell's first-recorded original fill), so
   * fixed and ignored cells get their own fill back without a separate clear.
   */
  private async paintHighlight(): Promise<void> {
    await this.options.port.highlight(this.activeFindings().map((v) => v.finding));
  }

  writeReport(): Promise<void> {
    return this.run('report', async () => {
      const sheet = await this.options.port.writeReport(reportEntries(this.state.findings), this.state.language);
      if (sheet) this.reportSheets.add(sheet);
      this.set({ notice: { kind: 'report-written', sheet: sheet || REPORT_SHEET_NAMES[0] } });
    });
  }

  dismissError(): void {
    this.set({ error: null });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  // ——— plumbing ———

  /** Queues a port call; `busy` shows while it runs; a failure becomes the pane's error message. */
  private run(busy: Busy, work: () => Promise<void>): Promise<void> {
    const task = this.queue.then(async () => {
      if (busy) this.set({ busy, error: null });
      try {
        await work();
      } catch (error) {
        this.set({ error: messageOf(error, this.state.language) });
      } finally {
        if (busy) this.set({ busy: null });
      }
    });
    this.queue = task;
    return task;
  }

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}

function messageOf(error: unknown, language?: Language): string {
  // An error that carries its message in both languages (a sheet too large to read, say).
  const messages = (error as { messages?: Partial<Record<Language, unknown>> } | null)?.messages;
  if (language && typeof messages?.[language] === 'string') return messages[language] as string;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
