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

  constructor(private readonly language: () => Language) {}

  /** The port of the file now in view; null when none is. */
  use(port: Required<WorkbookPort> | null): void {
    this.current = port;
  }

  private get port(): Required<WorkbookPort> {
    if (!this.current) throw new Error(NO_FILE[this.language()]);
    return this.current;
  }

  readActiveSheet(): Promise<Grid> {
    return this.port.readActiveSheet();
  }

  readAllSheets(): Promise<Grid[]> {
    return this.port.readAllSheets();
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.port.selectCell(sheet, address);
  }

  highlight(findings: readonly Finding[]): Promise<void> {
    return this.port.highlight(findings);
  }

  clearHighlight(): Promise<void> {
    return this.port.clearHighlight();
  }

  writeReport(findings: readonly ReportEntry[], language: Language): Promise<string> {
    return this.port.writeReport(findings, language);
  }

  loadIgnored(): Promise<Set<string>> {
    return this.port.loadIgnored();
  }

  saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    return this.port.saveIgnored(keys);
  }

  onUserEdit(callback: (change: SheetChange) => void, debounceMs?: number): Promise<() => Promise<void>> {
    return this.port.onUserEdit(callback, debounceMs);
  }

  addSheets(sheets: readonly NewSheet[], options?: AddSheetsOptions): Promise<string[]> {
    return this.port.addSheets(sheets, options);
  }

  loadProfile(): Promise<StoredProfile | null> {
    return this.port.loadProfile();
  }

  saveProfile(profile: StoredProfile | null): Promise<void> {
    return this.port.saveProfile(profile);
  }
}
