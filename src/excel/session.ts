/**
 * What the adapter's jobs share: the Excel namespace, one way to run a batch, and the sheet list
 * that every batch brings back along the way (with the id of the add-in's report sheet, kept in
 * the workbook's settings), so that no job needs a sync of its own to know the sheets.
 */
import { EXCEL_PAYLOAD_LIMIT } from './payload';

/** The id of the sheet the add-in writes its report to: the only existing sheet it ever clears. */
export const REPORT_SHEET_SETTING = 'roadmapChecker.reportSheet';

export interface SheetInfo {
  id: string;
  name: string;
}

export interface SessionOptions {
  /** The Excel namespace; defaults to the global `Excel` at call time. */
  excel?: typeof Excel;
  /** Excel's payload limit per request and per response; defaults to 5 MB. */
  payloadLimit?: number;
}

export class ExcelSession {
  /** The worksheets as the last batch saw them, in tab order; null before the first batch. */
  sheets: SheetInfo[] | null = null;
  /** The add-in's report sheet, as the last batch read it from the settings. */
  reportSheetId: string | null = null;
  readonly limit: number;
  /** What one request may carry by our estimate: 80 % of the limit, the rest for what estimates miss. */
  readonly budget: number;
  private readonly probes = new WeakMap<Excel.WorksheetCollection, Excel.Setting>();

  constructor(private readonly options: SessionOptions = {}) {
    this.limit = options.payloadLimit ?? EXCEL_PAYLOAD_LIMIT;
    this.budget = Math.floor(this.limit * 0.8);
  }

  get excel(): typeof Excel {
    const excel = this.options.excel ?? (globalThis as { Excel?: typeof Excel }).Excel;
    if (!excel) throw new Error('Office.js is not loaded: there is no Excel namespace.');
    return excel;
  }

  /**
   * Runs a batch. Every batch may follow a user's edit (the live re-check, a click in the pane
   * while a cell is being typed in): Excel waits until the user leaves the cell instead of
   * failing with InvalidOperationInCellEditMode.
   */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.excel.run({ delayForCellEdit: true }, batch);
  }

  /** Queues the sheet list (and the report sheet's id) into a batch: no sync of its own. */
  trackSheets(context: Excel.RequestContext): Excel.WorksheetCollection {
    const collection = context.workbook.worksheets;
    collection.load('items/name,items/id');
    this.probes.set(collection, context.workbook.settings.getItemOrNullObject(REPORT_SHEET_SETTING).load('value'));
    return collection;
  }

  /** Takes in the list a synced batch brought back. */
  noteSheets(collection: Excel.WorksheetCollection): void {
    this.sheets = collection.items.map((s) => ({ id: s.id, name: s.name }));
    const probe = this.probes.get(collection);
    if (probe) this.reportSheetId = !probe.isNullObject && typeof probe.value === 'string' ? probe.value : null;
  }

  /** Syncs `context` with the sheet list along. */
  async syncWithSheets(context: Excel.RequestContext): Promise<void> {
    const collection = this.trackSheets(context);
    await context.sync();
    this.noteSheets(collection);
  }

  async refreshSheets(): Promise<SheetInfo[]> {
    await this.run((context) => this.syncWithSheets(context));
    return this.sheets!;
  }

  /** The report sheet's name now, when it still exists. */
  get reportSheetName(): string | null {
    return this.sheets?.find((s) => s.id === this.reportSheetId)?.name ?? null;
  }

  isReportSheet(name: string): boolean {
    return this.reportSheetName !== null && this.reportSheetName.toLowerCase() === name.toLowerCase();
  }
}
