/**
 * `WorkbookPort` on the Excel JavaScript API, each job in its own module:
 * reading (`read.ts`), highlighting (`highlight.ts`), the report (`report.ts`), new sheets
 * (`new-sheets.ts`), settings (`settings.ts`) and the user's edits (`events.ts`), sharing one
 * session (`session.ts`: the Excel namespace, batches run with `delayForCellEdit`, the sheet
 * list every batch brings back). It touches only the global `Excel` namespace (or one passed
 * in), so the same code runs in Excel and on the in-memory Excel of the tests and the preview.
 *
 * Round trips — every `context.sync()` crosses to Excel (and, in Excel on the web, the network):
 * readActiveSheet and readAllSheets one sync; selectCell, loadIgnored, saveIgnored, loadProfile,
 * saveProfile one sync; writeReport one write sync (two the first time: the new sheet's id is
 * noted after it); highlight and clearHighlight one read and one write sync; addSheets one read
 * and one write sync. More only past Excel's 5 MB per request or response (see payload.ts).
 */
import type { Finding, Language } from '../core/findings';
import type { Grid } from '../core/grid';
import type { SheetColumnMappings } from '../core/roadmap/user-columns';
import { EditWatcher } from './events';
import { Highlighter } from './highlight';
import { SheetAdder } from './new-sheets';
import { SheetReader } from './read';
import { ReportWriter } from './report';
import { ExcelSession, type SessionOptions } from './session';
import { WorkbookSettings } from './settings';
import type { AddSheetsOptions, NewSheet, ReportEntry, SheetChange, StoredProfile, WorkbookPort } from './workbook-port';

export { HIGHLIGHT_COLORS, HIGHLIGHT_MARK } from './highlight';
export { ChartSheetActiveError, MAX_SHEET_CELLS, SheetTooLargeError, splitAreas } from './read';
export { REPORT_SHEET, reportRows } from './report';
export { REPORT_SHEET_SETTING } from './session';
export { IGNORED_SETTING, PROFILE_SETTING } from './settings';

export type OfficeWorkbookOptions = SessionOptions;

export class OfficeWorkbook implements WorkbookPort {
  private readonly session: ExcelSession;
  private readonly reader: SheetReader;
  private readonly highlighter: Highlighter;
  private readonly report: ReportWriter;
  private readonly adder: SheetAdder;
  private readonly settings: WorkbookSettings;
  private readonly edits: EditWatcher;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.session = new ExcelSession(options);
    this.reader = new SheetReader(this.session);
    this.highlighter = new Highlighter(this.session);
    this.report = new ReportWriter(this.session);
    this.adder = new SheetAdder(this.session);
    this.settings = new WorkbookSettings(this.session);
    this.edits = new EditWatcher(this.session);
  }

  readActiveSheet(): Promise<Grid> {
    return this.reader.readActiveSheet();
  }

  readAllSheets(): Promise<Grid[]> {
    return this.reader.readAllSheets();
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.session.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await this.session.syncWithSheets(context);
    });
  }

  highlight(findings: readonly Finding[]): Promise<void> {
    return this.highlighter.highlight(findings);
  }

  clearHighlight(): Promise<void> {
    return this.highlighter.clearHighlight();
  }

  writeReport(findings: readonly ReportEntry[], language: Language): Promise<string> {
    return this.report.writeReport(findings, language);
  }

  loadIgnored(): Promise<Set<string>> {
    return this.settings.loadIgnored();
  }

  saveIgnored(keys: ReadonlySet<string>): Promise<void> {
    return this.settings.saveIgnored(keys);
  }

  onUserEdit(callback: (change: SheetChange) => void, debounceMs?: number): Promise<() => Promise<void>> {
    return this.edits.onUserEdit(callback, debounceMs);
  }

  addSheets(sheets: readonly NewSheet[], options?: AddSheetsOptions): Promise<string[]> {
    return this.adder.addSheets(sheets, options);
  }

  loadProfile(): Promise<StoredProfile | null> {
    return this.settings.loadProfile();
  }

  loadColumns(): Promise<SheetColumnMappings> {
    return this.settings.loadColumns();
  }

  saveColumns(columns: SheetColumnMappings): Promise<void> {
    return this.settings.saveColumns(columns);
  }

  saveProfile(profile: StoredProfile | null): Promise<void> {
    return this.settings.saveProfile(profile);
  }
}
