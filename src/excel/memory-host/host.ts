/**
 * The in-memory Excel: a workbook model behind a server that answers Microsoft's own Office.js
 * runtime, with what tests and the preview need around it — round trips and their sizes, events,
 * and the user's own actions (typing, cell edit mode, inserting rows, renaming sheets…).
 *
 * Free of Node and the DOM: the runtime is handed in (`node-runtime.ts` loads it in a `vm`
 * context for jest and the bench; the preview page loads it from a <script>).
 */
import { a1 } from '../../core/address';
import { Grid, type CellRange } from '../../core/grid';
import {
  type CellState,
  type ConditionalFormatState,
  type FillState,
  type ValidationState,
  WorkbookModel,
  enterValue,
  parseLocalAddress,
  rangeA1,
  sheetPrefix,
  shiftRows,
  splitSheetAddress,
  valueOut,
  valueTypeOut,
} from './model';
import { type CellChange, EXCEL_PAYLOAD_LIMIT, ExcelServer, type SyncRecord, normalizeColor } from './server';
import type { OfficeContextStub, WiredRuntime } from './runtime';

export { EXCEL_PAYLOAD_LIMIT, type SyncRecord };

export interface MemoryHostOptions {
  /** Bytes per request / response; defaults to 5 MB (Excel on the web). */
  payloadLimit?: number;
  /** The sheet that starts active; defaults to the first. */
  activeSheet?: string;
  /**
   * The highest ExcelApi set the host supports, e.g. "1.13"; defaults to "1.17". Before 1.14,
   * WorksheetChanged events carry no `triggerSource`.
   */
  apiVersion?: string;
  /** Office's UI language, e.g. "ru-RU" or "en-US"; defaults to "ru-RU". */
  displayLanguage?: string;
  officeTheme?: {
    bodyBackgroundColor?: string;
    bodyForegroundColor?: string;
    controlBackgroundColor?: string;
    controlForegroundColor?: string;
    isDarkTheme?: boolean;
  };
  /** Office.context.platform; defaults to "OfficeOnline". */
  platform?: string;
}

/** A copy of every stored cell, keyed by sheet then A1 address, and the sheet's merges and conditional formats. */
export type WorkbookSnapshot = Record<string, { cells: Record<string, CellState>; merges: string[]; conditionalFormats: ConditionalFormatView[] }>;

/** A conditional format as a test sees it: its areas in A1, its formula and what it shows. */
export interface ConditionalFormatView {
  areas: string[];
  formula: string;
  fill: string | null;
}

export interface DispatchedEvent {
  sheet: string;
  address: string;
  changeType: string;
  /** Absent on hosts before ExcelApi 1.14. */
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  source: 'Local' | 'Remote';
}

/** A chart as a test sees it: where its data is, and the series Excel would draw from it. */
export interface ChartView {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  /** The source range with its sheet, e.g. "'Свод'!A20:C30". */
  source: string;
  title: string;
  position: { top: number; left: number; width: number; height: number };
  series: Array<{ name: string; categories: string[]; values: Array<number | null> }>;
}

let nextHostId = 1;

export class MemoryHost {
  readonly book: WorkbookModel;
  readonly server: ExcelServer;
  /** Every WorksheetChanged event the host raised, in order (whether or not the add-in listened). */
  readonly eventLog: DispatchedEvent[] = [];
  readonly apiVersion: string;
  private readonly url: string;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    readonly runtime: WiredRuntime,
    grids: readonly Grid[],
    readonly options: MemoryHostOptions = {},
  ) {
    this.book = WorkbookModel.fromGrids(grids);
    this.apiVersion = options.apiVersion ?? '1.17';
    this.server = new ExcelServer(this.book, (changes) => this.raiseOwnChanges(changes), { payloadLimit: options.payloadLimit });
    if (options.activeSheet) this.book.activeSheetId = this.requireSheet(options.activeSheet).id;
    this.url = `https://memory-excel.invalid/workbook/${nextHostId++}`;
    this.connect();
  }

  /**
   * Makes this host the one the runtime's batches go to (the constructor does it). A page with one
   * runtime and several workbooks open — the web app — connects the one in view before the pane
   * on it talks to Excel.
   */
  connect(): void {
    this.runtime.connect({ url: this.url, send: (request) => this.server.send(request) }, this.officeContext());
  }

  /** Microsoft's Excel namespace, its batches answered by this host. */
  get Excel(): typeof Excel {
    return this.runtime.Excel;
  }

  get OfficeExtension(): typeof OfficeExtension {
    return this.runtime.OfficeExtension;
  }

  get payloadLimit(): number {
    return this.server.payloadLimit;
  }

  set payloadLimit(limit: number) {
    this.server.payloadLimit = limit;
  }

  get maxMergedAreas(): number {
    return this.server.maxMergedAreas;
  }

  set maxMergedAreas(n: number) {
    this.server.maxMergedAreas = n;
  }

  /** Round trips so far. */
  get syncCount(): number {
    return this.server.syncCount;
  }

  get syncLog(): readonly SyncRecord[] {
    return this.server.syncLog;
  }

  /** WorksheetChanged registrations the add-in holds. */
  get handlerCount(): number {
    return this.server.changedListeners;
  }

  /** Whether the host has the requirement set, as `Office.context.requirements.isSetSupported` answers. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const have: Record<string, string> = { ExcelApi: this.apiVersion, ExcelApiOnline: '1.1', DelayForCellEdit: '1.1', RichApiRuntimeFlag: '1.2' };
    const version = have[name];
    if (!version) return false;
    return minVersion === undefined || versionAtMost(String(minVersion), version);
  }

  private officeContext(): OfficeContextStub {
    const platform = this.options.platform ?? 'OfficeOnline';
    return {
      displayLanguage: this.options.displayLanguage ?? 'ru-RU',
      contentLanguage: this.options.displayLanguage ?? 'ru-RU',
      host: 'Excel',
      platform,
      officeTheme: this.options.officeTheme,
      requirements: { isSetSupported: (name, minVersion) => this.isSetSupported(name, minVersion) },
      diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
      document: { url: 'memory://workbook.xlsx' },
    };
  }

  // --- Events ---------------------------------------------------------------------------------

  private raiseOwnChanges(changes: readonly CellChange[]): void {
    for (const change of changes) this.raise(change, 'RangeEdited', 'ThisLocalAddin', 'Local');
  }

  /** Events reach the add-in after the request that caused them, on a later task, as in Office. */
  private raise(change: CellChange, changeType: string, trigger: 'ThisLocalAddin' | 'Unknown', source: 'Local' | 'Remote'): void {
    const address = rangeA1(change.range);
    const single = change.range.r1 === change.range.r2 && change.range.c1 === change.range.c2;
    const triggerSource = versionAtMost('1.14', this.apiVersion) ? trigger : undefined;
    const args = {
      changeType,
      source,
      worksheetId: change.sheet.id,
      address,
      triggerSource,
      shiftDirection: changeType === 'RowInserted' ? 'ShiftCellDown' : changeType === 'RowDeleted' ? 'ShiftCellUp' : 'None',
      ...(single && changeType === 'RangeEdited'
        ? { valueBefore: change.before ?? '', valueAfter: change.after ?? '', valueTypeBefore: valueTypeOf(change.before), valueTypeAfter: valueTypeOf(change.after) }
        : {}),
    };
    this.eventLog.push({ sheet: change.sheet.name, address, changeType, ...(triggerSource ? { triggerSource } : {}), source });
    if (this.server.changedListeners === 0) return;
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => {
        this.runtime.postWorksheetChanged(args);
        resolve();
      }, 0);
    });
    this.pending.add(delivery);
    void delivery.then(() => this.pending.delete(delivery));
  }

  /** Resolves when every event raised so far has reached the add-in's handlers. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
    // The runtime hands an event to the handler after a promise turn or two.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // --- What the user does ---------------------------------------------------------------------

  /**
   * The user types into cells (or pastes a block from `address`'s top-left): values go through
   * Excel's input parsing, and a WorksheetChanged event with triggerSource "Unknown" follows.
   */
  userEdit(sheetName: string, address: string, value: unknown): void {
    const sheet = this.requireSheet(sheetName);
    const start = parseLocalAddress(address);
    const block = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    const range: CellRange = { r1: start.r1, c1: start.c1, r2: start.r1 + block.length - 1, c2: start.c1 + Math.max(...block.map((r) => r.length)) - 1 };
    const single = block.length === 1 && block[0].length === 1;
    const before = single ? valueOut(sheet.get(start.r1, start.c1)) : undefined;
    block.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = sheet.ensure(start.r1 + i, start.c1 + j);
        enterValue(cell, v === null ? '' : v, `${sheetName}!${a1(start.r1 + i, start.c1 + j)}`);
        sheet.prune(start.r1 + i, start.c1 + j);
      }),
    );
    this.raise({ sheet, range, before, after: single ? valueOut(sheet.get(start.r1, start.c1)) : undefined }, 'RangeEdited', 'Unknown', 'Local');
  }

  /** A co-author's edit arriving from the service (source "Remote"). */
  remoteEdit(sheetName: string, address: string, value: unknown): void {
    const sheet = this.requireSheet(sheetName);
    const r = parseLocalAddress(address);
    const cell = sheet.ensure(r.r1, r.c1);
    enterValue(cell, value, address);
    sheet.prune(r.r1, r.c1);
    this.raise({ sheet, range: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 } }, 'RangeEdited', 'Unknown', 'Remote');
  }

  /**
   * The user types into a cell and stays in it: until `userCommitEdit`, a batch that did not ask
   * Excel to wait (`delayForCellEdit`) fails with InvalidOperationInCellEditMode, and one that did
   * waits.
   */
  userStartsTyping(): void {
    this.server.beginCellEdit();
  }

  /** The user presses Enter on the cell being edited: the value is entered, the event follows, waiting batches run. */
  userCommitEdit(sheetName: string, address: string, value: unknown): void {
    this.server.endCellEdit();
    this.userEdit(sheetName, address, value);
  }

  /** The user inserts `count` rows before row `row` (1-based), as Home → Insert → Insert Sheet Rows. */
  userInsertRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.requireSheet(sheetName);
    shiftRows(sheet, row - 1, count);
    this.raise({ sheet, range: { r1: row - 1, c1: 0, r2: row + count - 2, c2: 16_383 } }, 'RowInserted', 'Unknown', 'Local');
  }

  /** The user deletes `count` rows from row `row` (1-based). */
  userDeleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.requireSheet(sheetName);
    shiftRows(sheet, row - 1, -count);
    this.raise({ sheet, range: { r1: row - 1, c1: 0, r2: row + count - 2, c2: 16_383 } }, 'RowDeleted', 'Unknown', 'Local');
  }

  /** The user adds a chart sheet (Move Chart → New sheet); it becomes the active sheet. */
  userAddChartSheet(name: string): void {
    this.book.activeSheetId = this.book.addChartSheet(name).id;
  }

  /** Test setup: fills cells as the user would from the ribbon (null = No Fill). No event. */
  setFill(sheetName: string, address: string, fill: string | Partial<FillState> | null): void {
    const sheet = this.requireSheet(sheetName);
    const range = parseLocalAddress(address);
    for (let r = range.r1; r <= range.r2; r++) {
      for (let c = range.c1; c <= range.c2; c++) {
        const cell = sheet.ensure(r, c);
        if (fill === null) delete cell.fill;
        else if (typeof fill === 'string') cell.fill = { color: normalizeColor(fill), pattern: 'Solid', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };
        else
          cell.fill = {
            color: normalizeColor(fill.color ?? '#FFFFFF'),
            pattern: fill.pattern ?? 'Solid',
            patternColor: fill.patternColor ?? null,
            tintAndShade: fill.tintAndShade ?? 0,
            patternTintAndShade: fill.patternTintAndShade ?? 0,
          };
        sheet.prune(r, c);
      }
    }
  }

  /** Test setup: sets number formats directly. No event. */
  setFormat(sheetName: string, address: string, format: string): void {
    const sheet = this.requireSheet(sheetName);
    const range = parseLocalAddress(address);
    for (let r = range.r1; r <= range.r2; r++)
      for (let c = range.c1; c <= range.c2; c++) {
        const cell = sheet.ensure(r, c);
        if (format === 'General') delete cell.format;
        else cell.format = format;
        sheet.prune(r, c);
      }
  }

  /** The user switches to another sheet (a worksheet or a chart sheet). */
  userActivate(sheetName: string): void {
    const chartSheet = this.book.chartSheets.find((c) => c.name.toLowerCase() === sheetName.toLowerCase());
    this.book.activeSheetId = chartSheet ? chartSheet.id : this.requireSheet(sheetName).id;
  }

  /** The user renames a sheet. */
  userRename(sheetName: string, newName: string): void {
    this.book.renameSheet(this.requireSheet(sheetName), newName);
  }

  /** The user adds a sheet: a blank one by name, or a copy of a grid under the grid's name. */
  userAddSheet(sheet: string | Grid): void {
    const name = typeof sheet === 'string' ? sheet : sheet.name;
    if (this.book.nameTaken(name)) throw new Error(`A sheet named ${name} exists`);
    const added = WorkbookModel.fromGrids([typeof sheet === 'string' ? new Grid(sheet) : sheet]).sheets[0];
    this.book.sheets.push(added);
  }

  /** The user deletes a sheet. */
  userDeleteSheet(sheetName: string): void {
    this.book.deleteSheet(this.requireSheet(sheetName));
  }

  // --- Inspection -----------------------------------------------------------------------------

  get sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  get activeSheetName(): string {
    return this.book.activeSheet.name;
  }

  /** The active sheet's selection, e.g. { sheet: "План", address: "B7" }. */
  get selection(): { sheet: string; address: string } {
    const sheet = this.book.activeSheet;
    return { sheet: sheet.name, address: rangeA1(sheet.selection) };
  }

  /** A copy of one cell's state (undefined when the cell holds nothing at all). */
  cell(sheetName: string, address: string): CellState | undefined {
    const sheet = this.requireSheet(sheetName);
    const r = parseLocalAddress(address);
    const cell = sheet.get(r.r1, r.c1);
    return cell ? structuredCloneCell(cell) : undefined;
  }

  frozen(sheetName: string): { rows: number; columns: number } {
    const sheet = this.requireSheet(sheetName);
    return { rows: sheet.frozenRows, columns: sheet.frozenColumns };
  }

  columnWidth(sheetName: string, column: number): number | undefined {
    return this.requireSheet(sheetName).columnWidths.get(column);
  }

  /** The data validation that governs a cell (the last one set over it), or undefined. */
  validation(sheetName: string, address: string): ValidationState | undefined {
    const sheet = this.requireSheet(sheetName);
    const r = parseLocalAddress(address);
    const found = [...sheet.validations].reverse().find((v) => r.r1 >= v.range.r1 && r.r1 <= v.range.r2 && r.c1 >= v.range.c1 && r.c1 <= v.range.c2);
    return found ? (JSON.parse(JSON.stringify(found)) as ValidationState) : undefined;
  }

  /** Every data validation of a sheet, with its range in A1. */
  validations(sheetName: string): Array<ValidationState & { address: string }> {
    return this.requireSheet(sheetName).validations.map((v) => ({ ...(JSON.parse(JSON.stringify(v)) as ValidationState), address: rangeA1(v.range) }));
  }

  /** The sheet's AutoFilter range in A1, or null. */
  autoFilter(sheetName: string): string | null {
    const range = this.requireSheet(sheetName).autoFilter;
    return range ? rangeA1(range) : null;
  }

  /**
   * The charts of a sheet as Excel would draw them: each with its series read from the source
   * cells now (series by columns: the first row names the series, the first column holds the
   * categories; by rows the other way round; "Auto" plots by columns when there are more rows).
   */
  charts(sheetName: string): ChartView[] {
    const sheet = this.requireSheet(sheetName);
    return sheet.charts.map((chart) => {
      const source = this.book.sheetById(chart.sourceSheet);
      const { r1, c1, r2, c2 } = chart.source;
      const at = (r: number, c: number) => valueOut(source?.get(r, c));
      const byColumns = chart.seriesBy === 'Columns' || (chart.seriesBy === 'Auto' && r2 - r1 >= c2 - c1);
      const series: ChartView['series'] = [];
      const numeric = (v: unknown): number | null => (typeof v === 'number' ? v : null);
      if (byColumns) {
        const categories = Array.from({ length: r2 - r1 }, (_, i) => String(at(r1 + 1 + i, c1)));
        for (let c = c1 + 1; c <= c2; c++) {
          series.push({ name: String(at(r1, c)), categories, values: categories.map((_, i) => numeric(at(r1 + 1 + i, c))) });
        }
      } else {
        const categories = Array.from({ length: c2 - c1 }, (_, i) => String(at(r1, c1 + 1 + i)));
        for (let r = r1 + 1; r <= r2; r++) {
          series.push({ name: String(at(r, c1)), categories, values: categories.map((_, i) => numeric(at(r, c1 + 1 + i))) });
        }
      }
      return {
        id: chart.id,
        name: chart.name,
        type: chart.type,
        seriesBy: chart.seriesBy,
        source: `${source ? sheetPrefix(source.name) : '#REF'}!${rangeA1(chart.source)}`,
        title: chart.title,
        position: { top: chart.top, left: chart.left, width: chart.width, height: chart.height },
        series,
      };
    });
  }

  snapshot(): WorkbookSnapshot {
    const out: WorkbookSnapshot = {};
    for (const sheet of this.book.sheets) {
      const cells: Record<string, CellState> = {};
      for (const r of [...sheet.cells.keys()].sort((x, y) => x - y)) {
        const row = sheet.cells.get(r)!;
        for (const c of [...row.keys()].sort((x, y) => x - y)) cells[a1(r, c)] = structuredCloneCell(row.get(c)!);
      }
      out[sheet.name] = { cells, merges: sheet.merges.map((m) => rangeA1(m)), conditionalFormats: this.conditionalFormats(sheet.name) };
    }
    return out;
  }

  /** A sheet's conditional formats, the winning one first. */
  conditionalFormats(sheetName: string): ConditionalFormatView[] {
    return this.requireSheet(sheetName).conditionalFormats.map((f: ConditionalFormatState) => ({ areas: f.areas.map(rangeA1), formula: f.formula, fill: f.fill }));
  }

  /**
   * The fill a person sees in a cell: a conditional format's where one applies (the host does
   * not calculate, so a custom rule is taken to hold), else the cell's own; null for No Fill.
   */
  shownFill(sheetName: string, address: string): string | null {
    const sheet = this.requireSheet(sheetName);
    const { r1, c1 } = parseLocalAddress(address);
    const format = sheet.conditionalFormats.find((f) => f.fill && f.areas.some((a) => r1 >= a.r1 && r1 <= a.r2 && c1 >= a.c1 && c1 <= a.c2));
    const own = sheet.get(r1, c1)?.fill;
    return format ? format.fill : own && own.pattern !== 'None' ? own.color : null;
  }

  /** The workbook as the engine's grids (values, number formats, merges) — e.g. to re-check in the preview. */
  toGrids(): Grid[] {
    return this.book.sheets.map((sheet) => {
      const grid = new Grid(sheet.name);
      for (const r of [...sheet.cells.keys()].sort((x, y) => x - y)) {
        const row = sheet.cells.get(r)!;
        for (const c of [...row.keys()].sort((x, y) => x - y)) {
          const cell = row.get(c)!;
          if (cell.error) grid.set(r, c, { value: null, error: cell.error, ...(cell.format ? { format: cell.format } : {}) });
          else if (cell.value !== null && cell.value !== '') grid.set(r, c, cell.format ? { value: cell.value, format: cell.format } : { value: cell.value });
        }
      }
      for (const m of sheet.merges) grid.addMerge({ ...m });
      return grid;
    });
  }

  /** Follows a hyperlink's documentReference ("'План'!B7"): the sheet and cell, or null when it leads nowhere. */
  resolveReference(reference: string): { sheet: string; address: string } | null {
    const { sheet, local } = splitSheetAddress(reference);
    if (sheet === null) return null;
    const target = this.book.sheetByName(sheet);
    if (!target) return null;
    try {
      return { sheet: target.name, address: rangeA1(parseLocalAddress(local)) };
    } catch {
      return null;
    }
  }

  resetCounters(): void {
    this.server.syncLog.length = 0;
    this.eventLog.length = 0;
  }

  private requireSheet(name: string) {
    const sheet = this.book.sheetByName(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }
}

function structuredCloneCell(cell: CellState): CellState {
  return JSON.parse(JSON.stringify(cell)) as CellState;
}

function valueTypeOf(value: unknown): string {
  if (value === undefined || value === '') return 'Empty';
  if (typeof value === 'string' && value.startsWith('#')) return valueTypeOut({ value: null, error: value });
  return valueTypeOut({ value: value as CellState['value'] });
}

function versionAtMost(wanted: string, have: string): boolean {
  const a = wanted.split('.').map(Number);
  const b = have.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}
