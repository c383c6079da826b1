/**
 * The workbook port of the stores the web app shares between its open files — the profile in
 * force and the consolidation: it talks to the file in view. Each file's check has a port of its
 * own; these follow the view, as an add-in's stores follow the workbook Excel shows.
 */
import type { Finding, Language } from '../core/findings';
import type { Grid } from '../core/grid';
import type { AddSheetsOptions, NewSheet, ReportEntry, SheetChange, StoredProfile, WorkbookPort } from '../excel/workbook-port';

const NO_FILE = { ru: 'Нет открытого файла.', en: 'No file is open.' };

export class ActiveWorkbookPort implements WorkbookPort {
  private current: Required<WorkbookPort> | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(private readonly language: () => Language) {}

  /** The port of the file now in view; null when none is. */
  use(port: Required<WorkbookPort> | null): void {
    this.current = port;
  }

  /** Resolves when every call made so far has finished: before another file is connected. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** A call on the port in use, tracked until it settles; with no file in view, a rejection that says so. */
  private call<T>(work: (port: Required<WorkbookPort>) => Promise<T>): Promise<T> {
    if (!this.current) return Promise.reject(new Error(NO_FILE[this.language()]));
    const call = work(this.current);
    this.inFlight.add(call);
    const done = () => this.inFlight.delete(call);
    call.then(done, done);
    return call;
  }

  readActiveSheet(): Promise<Grid> {
    return this.call((port) => port.readActiveSheet());
  }

  readAllSheets(): Promise<Grid[]> {
    return this.call((port) => port.readAllSheets());
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.call((port) => port.selectCell(sheet, address));
  }

  highlight(findings: readonly Finding[]): Promise<void> {
    return this.call((port) => port.highlight(findings));
  }

  clearHighlight(): Promise<void> {
    return this.call((port) => port.clearHighlight());
  }

  writeReport(findings: readonly ReportEntry[], language: Language): Promise<string> {
    return this.call((port) => port.writeReport(findings, language));
  }

  loadIgnored(): Promise<Set<string>> {
    return this.call((port) => port.loadIgnored());
  }

  saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    return this.call((port) => port.saveIgnored(keys));
  }

  onUserEdit(callback: (change: SheetChange) => void, debounceMs?: number): Promise<() => Promise<void>> {
    return this.call((port) => port.onUserEdit(callback, debounceMs));
  }

  addSheets(sheets: readonly NewSheet[], options?: AddSheetsOptions): Promise<string[]> {
    return this.call((port) => port.addSheets(sheets, options));
  }

  loadProfile(): Promise<StoredProfile | null> {
    return this.call((port) => port.loadProfile());
  }

  saveProfile(profile: StoredProfile | null): Promise<void> {
    return this.call((port) => port.saveProfile(profile));
  }
}
