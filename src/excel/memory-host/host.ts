/* eslint-disable @typescript-eslint/no-explicit-any -- the in-memory host imitates Office.js's untyped proxies */
/**
 * The in-memory Excel host: a workbook of grids behind the Excel JavaScript API subset in
 * `api.ts`, with the observability tests need (round trips, payloads, events) and "user"
 * actions that come from outside the add-in (typing into a cell).
 *
 * DOM-free and Node-free: jest uses it directly, the browser preview installs it as the
 * `Office` / `Excel` globals with `installMemoryOffice`.
 */
import { a1 } from '../../core/address';
import { Grid, type CellRange } from '../../core/grid';
import {
  type ChangeRecord,
  type ChangedHandler,
  type HandlerScope,
  type HostCore,
  type SyncRecordInput,
  type WorksheetChangedArgs,
  MemoryClientObject,
  MemoryClientResult,
  MemoryRange,
  MemoryRequestContext,
  normalizeColor,
  runBatch,
} from './api';
import { MemoryOfficeError } from './errors';
import {
  type CellState,
  type FillState,
  type ValidationState,
  WorkbookModel,
  enterValue,
  parseLocalAddress,
  rangeA1,
  sheetPrefix,
  splitSheetAddress,
  valueOut,
  valueTypeOut,
} from './model';

/** Excel on the web's documented limit for one request and one response (5 MB). */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord extends SyncRecordInput {
  /** 1-based, in the order the round trips happened. */
  index: number;
}

export interface MemoryHostOptions {
  /** Bytes per request / response; defaults to 5 MB. */
  payloadLimit?: number;
  /** The sheet that starts active; defaults to the first. */
  activeSheet?: string;
  /** Behave like Excel before ExcelApi 1.14: WorksheetChanged events carry no triggerSource. */
  legacyEvents?: boolean;
}

export interface MemoryOfficeOptions extends MemoryHostOptions {
  /** Office's UI language, e.g. "ru-RU" or "en-US"; defaults to "ru-RU". */
  displayLanguage?: string;
  officeTheme?: {
    bodyBackgroundColor?: string;
    bodyForegroundColor?: string;
    controlBackgroundColor?: string;
    controlForegroundColor?: string;
    isDarkTheme?: boolean;
  };
  /** Reported by Office.onReady / Office.context.platform; defaults to "OfficeOnline". */
  platform?: string;
}

/** A copy of every stored cell, keyed by sheet then A1 address, for before/after comparisons. */
export type WorkbookSnapshot = Record<string, { cells: Record<string, CellState>; merges: string[] }>;

export interface DispatchedEvent {
  sheet: string;
  address: string;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
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

export type ExcelNamespace = ReturnType<MemoryHost['buildExcel']>;

export class MemoryHost implements HostCore {
  readonly book: WorkbookModel;
  payloadLimit: number;
  maxMergedAreas = 512;
  /** Round trips: syncs that sent at least one operation (an empty sync sends nothing). */
  syncCount = 0;
  readonly syncLog: SyncRecord[] = [];
  /** Every WorksheetChanged event the host dispatched, in order. */
  readonly eventLog: DispatchedEvent[] = [];
  /** Errors thrown by event handlers (Office swallows them; tests can look). */
  readonly handlerErrors: unknown[] = [];
  readonly Excel: ExcelNamespace;
  private readonly handlers = new Map<number, { scope: HandlerScope; handler: ChangedHandler }>();
  private nextHandlerId = 1;
  private pending = new Set<Promise<void>>();
  private readonly legacyEvents: boolean;

  constructor(grids: readonly Grid[], options: MemoryHostOptions = {}) {
    this.book = WorkbookModel.fromGrids(grids);
    this.legacyEvents = !!options.legacyEvents;
    this.payloadLimit = options.payloadLimit ?? EXCEL_PAYLOAD_LIMIT;
    if (options.activeSheet) {
      const sheet = this.book.sheetByName(options.activeSheet);
      if (!sheet) throw new Error(`No sheet named ${options.activeSheet}`);
      this.book.activeSheetId = sheet.id;
    }
    this.Excel = this.buildExcel();
  }

  /** @internal */
  buildExcel() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const host = this;
    class RequestContext extends MemoryRequestContext {
      constructor() {
        super(host);
      }
    }
    return {
      /** Typed as Office.js's own `Excel.run`, so code and tests against the host use the real API types. */
      run: ((first: unknown, second?: unknown) => runBatch(host, first, second)) as unknown as typeof Excel.run,
      RequestContext,
      ClientObject: MemoryClientObject,
      Range: MemoryRange,
      ErrorCodes: {
        accessDenied: 'AccessDenied',
        generalException: 'GeneralException',
        invalidArgument: 'InvalidArgument',
        invalidOperation: 'InvalidOperation',
        invalidReference: 'InvalidReference',
        itemAlreadyExists: 'ItemAlreadyExists',
        itemNotFound: 'ItemNotFound',
        rangeExceedsLimit: 'RangeExceedsLimit',
        responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
        requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
      },
      EventSource: { local: 'Local', remote: 'Remote' },
      EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
      EventType: { worksheetChanged: 'WorksheetChanged' },
      DataChangeType: { unknown: 'Unknown', rangeEdited: 'RangeEdited' },
      ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      FillPattern: { none: 'None', solid: 'Solid' },
      ChartType: {
        columnClustered: 'ColumnClustered',
        columnStacked: 'ColumnStacked',
        columnStacked100: 'ColumnStacked100',
        barClustered: 'BarClustered',
        barStacked: 'BarStacked',
        barStacked100: 'BarStacked100',
        line: 'Line',
        lineMarkers: 'LineMarkers',
        pie: 'Pie',
        doughnut: 'Doughnut',
        area: 'Area',
        xyscatter: 'XYScatter',
        radar: 'Radar',
      },
      ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
      DataValidationType: {
        none: 'None',
        wholeNumber: 'WholeNumber',
        decimal: 'Decimal',
        list: 'List',
        date: 'Date',
        time: 'Time',
        textLength: 'TextLength',
        custom: 'Custom',
        inconsistent: 'Inconsistent',
        mixedCriteria: 'MixedCriteria',
      },
      DataValidationOperator: {
        between: 'Between',
        notBetween: 'NotBetween',
        equalTo: 'EqualTo',
        notEqualTo: 'NotEqualTo',
        greaterThan: 'GreaterThan',
        lessThan: 'LessThan',
        greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
        lessThanOrEqualTo: 'LessThanOrEqualTo',
      },
      DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
    };
  }

  /** `OfficeExtension` as add-in code sees it (`instanceof OfficeExtension.Error`). */
  readonly OfficeExtension = { Error: MemoryOfficeError, ClientResult: MemoryClientResult, ClientRequestContext: MemoryRequestContext };

  // --- HostCore -------------------------------------------------------------------------------

  /** @internal */
  recordSync(record: SyncRecordInput): void {
    this.syncCount++;
    this.syncLog.push({ index: this.syncCount, ...record });
  }

  /** @internal */
  registerHandler(scope: HandlerScope, handler: ChangedHandler): number {
    const id = this.nextHandlerId++;
    this.handlers.set(id, { scope, handler });
    return id;
  }

  /** @internal */
  unregisterHandler(id: number): void {
    this.handlers.delete(id);
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  /** @internal Events arrive after the request that caused them, on a later task, as in Office. */
  emitChanges(changes: readonly ChangeRecord[]): void {
    for (const change of changes) this.dispatch(change, 'Local');
  }

  private dispatch(change: ChangeRecord, source: 'Local' | 'Remote'): void {
    const sheetId = change.sheet.id;
    const address = rangeA1(change.range);
    const single = change.range.r1 === change.range.r2 && change.range.c1 === change.range.c2;
    const args: WorksheetChangedArgs = {
      type: 'WorksheetChanged',
      changeType: 'RangeEdited',
      source,
      triggerSource: change.triggerSource,
      worksheetId: sheetId,
      address,
      details: single
        ? {
            valueBefore: change.before ?? '',
            valueAfter: change.after ?? '',
            valueTypeBefore: valueTypeOf(change.before),
            valueTypeAfter: valueTypeOf(change.after),
          }
        : undefined,
      getRange: (ctx) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
      getRangeOrNullObject: (ctx) => ctx.workbook.worksheets.getItemOrNullObject(sheetId).getRange(address),
    };
    if (this.legacyEvents) delete (args as Partial<WorksheetChangedArgs>).triggerSource;
    const targets = [...this.handlers.values()].filter(
      ({ scope }) => scope.kind === 'collection' || (scope.kind === 'sheet' && scope.sheetId === sheetId),
    );
    this.eventLog.push({ sheet: change.sheet.name, address, triggerSource: change.triggerSource, source });
    if (targets.length === 0) return;
    const delivery = new Promise<void>((resolve) => {
      setTimeout(() => {
        Promise.all(
          targets.map(async ({ handler }) => {
            try {
              await handler(args);
            } catch (error) {
              this.handlerErrors.push(error);
            }
          }),
        ).then(() => resolve());
      }, 0);
    });
    this.pending.add(delivery);
    void delivery.then(() => this.pending.delete(delivery));
  }

  /** Resolves when every event dispatched so far has been handled. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
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
    this.dispatch({ sheet, range, triggerSource: 'Unknown', before, after: single ? valueOut(sheet.get(start.r1, start.c1)) : undefined }, 'Local');
  }

  /** A co-author's edit arriving from the service (source "Remote"). */
  remoteEdit(sheetName: string, address: string, value: unknown): void {
    const sheet = this.requireSheet(sheetName);
    const r = parseLocalAddress(address);
    const cell = sheet.ensure(r.r1, r.c1);
    enterValue(cell, value, address);
    sheet.prune(r.r1, r.c1);
    this.dispatch({ sheet, range: { r1: r.r1, c1: r.c1, r2: r.r1, c2: r.c1 }, triggerSource: 'Unknown' }, 'Remote');
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

  /** The user switches to another sheet. */
  userActivate(sheetName: string): void {
    this.book.activeSheetId = this.requireSheet(sheetName).id;
  }

  /** The user renames a sheet. */
  userRename(sheetName: string, newName: string): void {
    this.book.renameSheet(this.requireSheet(sheetName), newName);
  }

  /** The user adds a sheet: a blank one by name, or a copy of a grid under the grid's name. */
  userAddSheet(sheet: string | Grid): void {
    const name = typeof sheet === 'string' ? sheet : sheet.name;
    if (this.book.sheetByName(name)) throw new Error(`A sheet named ${name} exists`);
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
      out[sheet.name] = { cells, merges: sheet.merges.map((m) => rangeA1(m)) };
    }
    return out;
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
    this.syncCount = 0;
    this.syncLog.length = 0;
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

export function createMemoryHost(grids: readonly Grid[], options: MemoryHostOptions = {}): MemoryHost {
  return new MemoryHost(grids, options);
}

const SUPPORTED_SETS: Record<string, string> = { ExcelApi: '1.17', ExcelApiOnline: '1.1' };

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

/** The `Office` namespace as a task pane sees it. */
export function buildOffice(options: MemoryOfficeOptions = {}) {
  const platform = options.platform ?? 'OfficeOnline';
  const info = { host: 'Excel', platform };
  const context = {
    displayLanguage: options.displayLanguage ?? 'ru-RU',
    contentLanguage: options.displayLanguage ?? 'ru-RU',
    host: 'Excel',
    platform,
    officeTheme: options.officeTheme,
    diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const have = SUPPORTED_SETS[name];
        if (!have) return false;
        return minVersion === undefined ? true : versionAtMost(String(minVersion), have);
      },
    },
    document: { url: 'memory://workbook.xlsx' },
  };
  return {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    context,
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: { associate: (): void => undefined },
  };
}

/**
 * Puts `Office`, `Excel` and `OfficeExtension` on `target` (the preview page's `window`, or
 * `globalThis` in a test) over a workbook of the given grids, and returns the host so the
 * caller can act as the user (`host.userEdit`) or inspect it.
 */
export function installMemoryOffice(target: any, grids: readonly Grid[], options: MemoryOfficeOptions = {}): MemoryHost {
  const host = createMemoryHost(grids, options);
  target.Office = buildOffice(options);
  target.Excel = host.Excel;
  target.OfficeExtension = host.OfficeExtension;
  return host;
}

/** Removes what installMemoryOffice put on `target`. */
export function uninstallMemoryOffice(target: any): void {
  delete target.Office;
  delete target.Excel;
  delete target.OfficeExtension;
}

export { MemoryOfficeError };
