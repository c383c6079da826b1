/* eslint-disable @typescript-eslint/no-explicit-any -- the in-memory host imitates Office.js's untyped proxies */
/**
 * The proxy layer of the in-memory Excel host: the subset of the Excel JavaScript API that the
 * add-in uses, with Office.js's batching semantics.
 *
 * - A proxy (worksheet, range, fill…) holds nothing until a sync: method calls, property sets
 *   and `load` calls are queued on the request context.
 * - `context.sync()` sends the queue as one request (one round trip, counted by the host),
 *   executes it in order against the workbook model, and only then fills the loaded properties.
 * - Reading a property that was never loaded, or was loaded but not yet synced, throws
 *   `PropertyNotLoaded`, as Office.js does. A property the add-in set reads back what it set.
 * - A failing operation rejects the sync with a `RichApi.Error`-shaped error; the operations
 *   before it stay applied (Excel has no rollback) and no loaded value is delivered.
 * - Request and response payloads are measured as JSON; past the limit (5 MB, Excel on the
 *   web's documented limit) the sync throws `RequestPayloadSizeLimitExceeded` /
 *   `ResponsePayloadSizeLimitExceeded`.
 */
import type { CellRange } from '../../core/grid';
import { MemoryOfficeError, propertyNotLoaded } from './errors';
import {
  type CellState,
  type FillState,
  type HyperlinkState,
  type ChartState,
  type SheetModel,
  type ValidationState,
  type WorkbookModel,
  MAX_COLUMNS,
  MAX_ROWS,
  colsOf,
  enterValue,
  formulaOut,
  fullAddress,
  intersect,
  jsonBytes,
  parseLocalAddress,
  rangeA1,
  rangeArea,
  rowsOf,
  splitSheetAddress,
  textOut,
  valueOut,
  valueTypeOut,
} from './model';

/** Everything the proxies need from the host (implemented in `host.ts`). */
export interface HostCore {
  readonly book: WorkbookModel;
  payloadLimit: number;
  maxMergedAreas: number;
  recordSync(record: SyncRecordInput): void;
  /** Called after a successful (or partially applied) request with the changes it made. */
  emitChanges(changes: readonly ChangeRecord[]): void;
  registerHandler(scope: HandlerScope, handler: ChangedHandler): number;
  unregisterHandler(id: number): void;
}

export type HandlerScope = { kind: 'sheet'; sheetId: string } | { kind: 'collection' };
export type ChangedHandler = (args: WorksheetChangedArgs) => unknown;

export interface WorksheetChangedArgs {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  worksheetId: string;
  address: string;
  details?: { valueAfter: unknown; valueBefore: unknown; valueTypeAfter: string; valueTypeBefore: string };
  getRange(ctx: MemoryRequestContext): MemoryRange;
  getRangeOrNullObject(ctx: MemoryRequestContext): MemoryRange;
}

export interface ChangeRecord {
  sheet: SheetModel;
  range: CellRange;
  triggerSource: 'ThisLocalAddin' | 'Unknown';
  before?: unknown;
  after?: unknown;
}

export interface SyncRecordInput {
  operations: number;
  loads: number;
  writes: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

/** Per-request execution state: loaded values wait here until the whole request succeeded. */
class Execution {
  responseBytes = 0;
  readonly deliveries: Array<() => void> = [];
  readonly changes: ChangeRecord[] = [];
  constructor(readonly host: HostCore) {}
}

interface Operation {
  description: string;
  kind: 'instantiate' | 'load' | 'write' | 'method';
  requestBytes: number;
  run(exec: Execution): void;
}

const OPERATION_OVERHEAD_BYTES = 48;
const PROPERTY_OVERHEAD_BYTES = 12;

// -----------------------------------------------------------------------------------------------
// Request context and Excel.run

export class MemoryRequestContext {
  private queue: Operation[] = [];
  private closed = false;
  readonly workbook: MemoryWorkbook;
  /** Office.js keeps a list of tracked objects; the host accepts and ignores it. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: HostCore) {
    this.workbook = new MemoryWorkbook(this);
  }

  /** @internal */
  enqueue(op: Operation): void {
    if (this.closed) {
      throw new MemoryOfficeError(
        'InvalidObjectPath',
        `The object path '${op.description}' isn't working for what you're trying to do. An object from a finished Excel.run batch was used.`,
        op.description,
      );
    }
    this.queue.push(op);
  }

  /** @internal */
  get pendingOperations(): number {
    return this.queue.length;
  }

  /** @internal */
  reopen(): void {
    this.closed = false;
  }

  /** @internal */
  close(): void {
    this.closed = true;
    this.queue = [];
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    // An empty queue sends nothing: Office.js resolves it without a round trip.
    if (ops.length === 0) return passThroughValue as T;
    const requestBytes = ops.reduce((n, op) => n + OPERATION_OVERHEAD_BYTES + op.requestBytes, 0);
    const loads = ops.filter((op) => op.kind === 'load').length;
    const writes = ops.filter((op) => op.kind === 'write' || op.kind === 'method').length;
    // The request crosses a process (or the network): never synchronous.
    await Promise.resolve();
    if (requestBytes > this.host.payloadLimit) {
      this.host.recordSync({ operations: ops.length, loads, writes, requestBytes, responseBytes: 0, error: 'RequestPayloadSizeLimitExceeded' });
      throw new MemoryOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.host.payloadLimit} bytes).`,
      );
    }
    const exec = new Execution(this.host);
    try {
      for (const op of ops) {
        try {
          op.run(exec);
        } catch (error) {
          if (error instanceof MemoryOfficeError) {
            error.traceMessages.push(op.description);
            if (!error.debugInfo.errorLocation) error.debugInfo.errorLocation = op.description;
          }
          throw error;
        }
      }
      if (exec.responseBytes > this.host.payloadLimit) {
        throw new MemoryOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${exec.responseBytes} bytes) has exceeded the limit (${this.host.payloadLimit} bytes).`,
        );
      }
    } catch (error) {
      this.host.recordSync({
        operations: ops.length,
        loads,
        writes,
        requestBytes,
        responseBytes: exec.responseBytes,
        error: error instanceof MemoryOfficeError ? error.code : String(error),
      });
      this.host.emitChanges(exec.changes);
      throw error;
    }
    this.host.recordSync({ operations: ops.length, loads, writes, requestBytes, responseBytes: exec.responseBytes });
    for (const deliver of exec.deliveries) deliver();
    this.host.emitChanges(exec.changes);
    return passThroughValue as T;
  }
}

/**
 * `Excel.run(batch)` or `Excel.run(objectOrContext, batch)`: runs the batch with a context,
 * syncs what is still queued when it resolves, and retires the context (its objects can no
 * longer queue work — unless a later `run` is given the same context or one of its objects).
 */
export async function runBatch<T>(host: HostCore, first: unknown, second?: unknown): Promise<T> {
  let context: MemoryRequestContext;
  let batch: (ctx: MemoryRequestContext) => Promise<T> | T;
  if (typeof first === 'function') {
    context = new MemoryRequestContext(host);
    batch = first as typeof batch;
  } else if (typeof second === 'function') {
    const source = first as { context?: unknown } | MemoryRequestContext | undefined;
    const candidate = source instanceof MemoryRequestContext ? source : source?.context;
    context = candidate instanceof MemoryRequestContext ? candidate : new MemoryRequestContext(host);
    context.reopen();
    batch = second as typeof batch;
  } else {
    throw new MemoryOfficeError('InvalidArgument', 'Excel.run expects a batch function.');
  }
  try {
    const result = await batch(context);
    await context.sync();
    return result;
  } finally {
    context.close();
  }
}

// -----------------------------------------------------------------------------------------------
// Client objects

type Getter = (target: any, obj: any) => unknown;
type Setter = (target: any, value: unknown, exec: Execution, obj: any) => void;
interface PropertySpec {
  get?: Getter;
  set?: Setter;
  /** Included in `load()` with no argument. */
  scalar?: boolean;
}

const TYPE_PROPS = new WeakMap<object, Record<string, PropertySpec>>();

function defineProperties(cls: { prototype: object; typeName: string }, props: Record<string, PropertySpec>): void {
  TYPE_PROPS.set(cls.prototype, props);
  for (const name of Object.keys(props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: MemoryClientObject) {
        return this.readField(name);
      },
      set(this: MemoryClientObject, value: unknown) {
        this.writeField(name, value);
      },
    });
  }
}

function propsOf(obj: object): Record<string, PropertySpec> {
  let proto = Object.getPrototypeOf(obj);
  while (proto) {
    const props = TYPE_PROPS.get(proto);
    if (props) return props;
    proto = Object.getPrototypeOf(proto);
  }
  return {};
}

/** Parses Office.js load arguments: "a, b/c", ["a", "b"], { select: "a,b" }. */
function loadPaths(spec: unknown): string[] | null {
  if (spec === undefined || spec === null) return null;
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s) ?? []);
  if (typeof spec === 'object') {
    const select = (spec as { select?: unknown }).select;
    if (select !== undefined) return loadPaths(select);
    // { values: true, format: { fill: { color: true } } }
    const out: string[] = [];
    for (const [key, value] of Object.entries(spec as Record<string, unknown>)) {
      if (key.startsWith('$')) continue;
      if (value === true) out.push(key);
      else if (value && typeof value === 'object') for (const sub of loadPaths(value) ?? []) out.push(`${key}/${sub}`);
    }
    return out;
  }
  throw new MemoryOfficeError('InvalidArgument', 'Invalid load argument.');
}

export abstract class MemoryClientObject {
  static typeName = 'ClientObject';
  /** undefined: not resolved yet; null: a null object. */
  private targetRef: unknown | null | undefined;
  private nullKnown: boolean | undefined;
  private readonly fields = new Map<string, unknown>();

  constructor(
    readonly context: MemoryRequestContext,
    resolver: (() => unknown | null) | null,
    private readonly parent: MemoryClientObject | null = null,
    private readonly fromParent: ((parentTarget: any) => unknown) | null = null,
    instantiateDescription?: string,
  ) {
    if (resolver) {
      // Like Office.js, creating an object through a method is an action in the request:
      // an invalid name or address fails the sync even if the object is never used.
      context.enqueue({
        description: instantiateDescription ?? this.typeName,
        kind: 'instantiate',
        requestBytes: instantiateDescription ? instantiateDescription.length : 0,
        run: (exec) => {
          const ref = resolver();
          this.targetRef = ref;
          exec.deliveries.push(() => {
            this.nullKnown = ref === null;
          });
        },
      });
    }
  }

  get typeName(): string {
    return (this.constructor as typeof MemoryClientObject).typeName;
  }

  /** @internal Sets the model object directly (items of a loaded collection). */
  bind(target: unknown): this {
    this.targetRef = target;
    this.nullKnown = target === null;
    return this;
  }

  /** @internal The model object behind the proxy, during execution. Throws for a null object. */
  target(): any {
    const t = this.peekTarget();
    if (t === null) {
      throw new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist (${this.typeName} is a null object).`, this.typeName);
    }
    return t;
  }

  /** @internal Like target() but gives null for a null object. */
  peekTarget(): any {
    if (this.parent && this.fromParent) {
      const parentTarget = this.parent.peekTarget();
      return parentTarget === null ? null : this.fromParent(parentTarget);
    }
    if (this.targetRef === undefined) {
      throw new MemoryOfficeError('InvalidObjectPath', `${this.typeName} was used before its creation was executed.`, this.typeName);
    }
    return this.targetRef;
  }

  get isNullObject(): boolean {
    if (this.parent) return this.parent.isNullObject;
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullKnown;
  }

  /** @internal Delivers a loaded value (items of a loaded collection). */
  deliverField(name: string, value: unknown): void {
    this.fields.set(name, value);
  }

  /** @internal */
  readField(name: string): unknown {
    if (!this.fields.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.fields.get(name);
  }

  /** @internal */
  writeField(name: string, value: unknown): void {
    const spec = propsOf(this)[name];
    if (!spec?.set) {
      throw new MemoryOfficeError('InvalidArgument', `The property '${name}' of ${this.typeName} is read-only.`, `${this.typeName}.${name}`);
    }
    const copy = cloneJson(value);
    this.fields.set(name, copy);
    this.context.enqueue({
      description: `${this.typeName}.${name} = …`,
      kind: 'write',
      requestBytes: jsonBytes(copy) + name.length,
      run: (exec) => spec.set!(this.target(), copy, exec, this),
    });
  }

  /** @internal Queues a method call that changes the workbook. */
  protected call(description: string, run: (exec: Execution) => void, requestBytes = 0): void {
    this.context.enqueue({ description, kind: 'method', requestBytes, run });
  }

  /** @internal Navigation children by name (format, fill, font, items…), for "a/b" load paths. */
  protected navigation(name: string): MemoryClientObject | null {
    const names = (this.constructor as { navigations?: readonly string[] }).navigations ?? [];
    if (!names.includes(name)) return null;
    const value = (this as any)[name];
    return value instanceof MemoryClientObject ? value : null;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    const props = propsOf(this);
    const direct: string[] = [];
    const nested = new Map<string, string[]>();
    if (paths === null) {
      for (const [name, p] of Object.entries(props)) if (p.get && p.scalar !== false) direct.push(name);
    } else {
      for (const path of paths) {
        const slash = path.indexOf('/');
        if (slash < 0) {
          if (this.navigation(path)) nested.set(path, [...(nested.get(path) ?? [])]);
          else direct.push(path);
        } else {
          const head = path.slice(0, slash);
          nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
        }
      }
    }
    for (const name of direct) {
      if (!props[name]?.get) {
        throw new MemoryOfficeError('InvalidArgument', `${this.typeName} has no property '${name}' to load.`, `${this.typeName}.load`);
      }
    }
    this.loadOwn(direct);
    for (const [head, rest] of nested) {
      const child = this.navigation(head);
      if (!child) throw new MemoryOfficeError('InvalidArgument', `${this.typeName} has no navigation property '${head}'.`, `${this.typeName}.load`);
      child.load(rest.length ? rest : undefined);
    }
    return this;
  }

  /** @internal */
  protected loadOwn(names: string[]): void {
    if (names.length === 0) return;
    const props = propsOf(this);
    this.context.enqueue({
      description: `${this.typeName}.load(${names.join(',')})`,
      kind: 'load',
      requestBytes: names.join(',').length,
      run: (exec) => {
        const target = this.peekTarget();
        const values = names.map((name) => (target === null ? null : props[name].get!(target, this)));
        for (let i = 0; i < names.length; i++) {
          exec.responseBytes += PROPERTY_OVERHEAD_BYTES + names[i].length + jsonBytes(values[i]);
        }
        exec.deliveries.push(() => {
          names.forEach((name, i) => this.fields.set(name, values[i]));
        });
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class MemoryClientResult<T> {
  private loaded = false;
  private result: T | undefined;
  /** @internal */
  deliver(value: T): void {
    this.loaded = true;
    this.result = value;
  }
  get value(): T {
    if (!this.loaded) throw propertyNotLoaded('ClientResult', 'value');
    return this.result as T;
  }
}

// -----------------------------------------------------------------------------------------------
// Workbook, worksheets

export class MemoryWorkbook extends MemoryClientObject {
  static override typeName = 'Workbook';
  readonly worksheets: MemoryWorksheetCollection;
  readonly settings: MemorySettingCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void; calculationMode: string };

  constructor(context: MemoryRequestContext) {
    super(context, null);
    this.bind(context.host.book);
    this.worksheets = new MemoryWorksheetCollection(context);
    this.settings = new MemorySettingCollection(context);
    this.application = { suspendApiCalculationUntilNextSync: () => undefined, calculationMode: 'Automatic' };
  }

  getSelectedRange(): MemoryRange {
    const book = this.context.host.book;
    return new MemoryRange(this.context, () => {
      const sheet = book.activeSheet;
      return { sheet, range: { ...sheet.selection } };
    }, 'Workbook.getSelectedRange()');
  }

  getActiveCell(): MemoryRange {
    const book = this.context.host.book;
    return new MemoryRange(this.context, () => {
      const sheet = book.activeSheet;
      return { sheet, range: { r1: sheet.selection.r1, c1: sheet.selection.c1, r2: sheet.selection.r1, c2: sheet.selection.c1 } };
    }, 'Workbook.getActiveCell()');
  }
}
defineProperties(MemoryWorkbook, {
  name: { get: () => 'Book1.xlsx' },
});

export class MemoryWorksheetCollection extends MemoryClientObject {
  static override typeName = 'WorksheetCollection';
  private loadedItems: MemoryWorksheet[] | undefined;
  readonly onChanged: MemoryEventHandlers;

  constructor(context: MemoryRequestContext) {
    super(context, null);
    this.bind(context.host.book);
    this.onChanged = new MemoryEventHandlers(context, () => ({ kind: 'collection' }));
  }

  get items(): MemoryWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  override load(spec?: unknown): this {
    const paths = loadPaths(spec) ?? [];
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const book = this.context.host.book;
    const itemsByRun: MemoryWorksheet[] = [];
    this.context.enqueue({
      description: 'WorksheetCollection.load(items)',
      kind: 'load',
      requestBytes: paths.join(',').length,
      run: (exec) => {
        itemsByRun.length = 0;
        for (const sheet of book.sheets) itemsByRun.push(new MemoryWorksheet(this.context, null).bind(sheet) as MemoryWorksheet);
        exec.responseBytes += 16 * book.sheets.length;
        exec.deliveries.push(() => {
          this.loadedItems = [...itemsByRun];
        });
      },
    });
    // Each item loads its properties in the same request, after the enumeration above.
    this.context.enqueue({
      description: 'WorksheetCollection.items.load',
      kind: 'load',
      requestBytes: 0,
      run: (exec) => {
        const props = MemoryWorksheet.props;
        const names = itemPaths.length ? itemPaths : Object.keys(props).filter((n) => props[n].get && props[n].scalar !== false);
        for (const item of itemsByRun) {
          const sheet = item.target() as SheetModel;
          const values = names.map((n) => {
            if (!props[n]?.get) throw new MemoryOfficeError('InvalidArgument', `Worksheet has no property '${n}'.`, 'WorksheetCollection.load');
            return props[n].get!(sheet, item);
          });
          values.forEach((v, i) => (exec.responseBytes += PROPERTY_OVERHEAD_BYTES + names[i].length + jsonBytes(v)));
          exec.deliveries.push(() => names.forEach((n, i) => item.deliverField(n, values[i])));
        }
      },
    });
    return this;
  }

  getActiveWorksheet(): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(this.context, () => book.activeSheet, 'WorksheetCollection.getActiveWorksheet()');
  }

  getItem(key: string): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(
      this.context,
      () => {
        const sheet = book.sheetByKey(key);
        if (!sheet) throw new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet '${key}'.`, 'WorksheetCollection.getItem');
        return sheet;
      },
      `WorksheetCollection.getItem(${JSON.stringify(key)})`,
    );
  }

  getItemOrNullObject(key: string): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(this.context, () => book.sheetByKey(key) ?? null, `WorksheetCollection.getItemOrNullObject(${JSON.stringify(key)})`);
  }

  getFirst(): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(this.context, () => book.sheets[0], 'WorksheetCollection.getFirst()');
  }

  getLast(): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(this.context, () => book.sheets[book.sheets.length - 1], 'WorksheetCollection.getLast()');
  }

  getCount(): MemoryClientResult<number> {
    const result = new MemoryClientResult<number>();
    const book = this.context.host.book;
    this.context.enqueue({
      description: 'WorksheetCollection.getCount()',
      kind: 'load',
      requestBytes: 0,
      run: (exec) => {
        const n = book.sheets.length;
        exec.deliveries.push(() => result.deliver(n));
      },
    });
    return result;
  }

  add(name?: string): MemoryWorksheet {
    const book = this.context.host.book;
    const sheet = new MemoryWorksheet(this.context, () => book.addSheet(name), `WorksheetCollection.add(${JSON.stringify(name ?? '')})`);
    return sheet;
  }
}

function sheetPosition(sheet: SheetModel, book: WorkbookModel): number {
  return book.sheets.indexOf(sheet);
}

export class MemoryWorksheet extends MemoryClientObject {
  static override typeName = 'Worksheet';
  static navigations = ['freezePanes', 'charts', 'autoFilter'];
  static props: Record<string, PropertySpec>;
  private handlers?: MemoryEventHandlers;
  private panes?: MemoryFreezePanes;
  private chartsObj?: MemoryChartCollection;
  private filterObj?: MemoryAutoFilter;

  constructor(context: MemoryRequestContext, resolver: (() => SheetModel | null) | null, description?: string) {
    super(context, resolver, null, null, description);
  }

  private sheet(): SheetModel {
    const sheet = this.target() as SheetModel;
    if (!this.context.host.book.sheets.includes(sheet)) {
      throw new MemoryOfficeError('ItemNotFound', `The worksheet '${sheet.name}' was deleted.`, 'Worksheet');
    }
    return sheet;
  }

  get onChanged(): MemoryEventHandlers {
    this.handlers ??= new MemoryEventHandlers(this.context, () => ({ kind: 'sheet', sheetId: this.sheet().id }));
    return this.handlers;
  }

  get freezePanes(): MemoryFreezePanes {
    this.panes ??= new MemoryFreezePanes(this.context, this);
    return this.panes;
  }

  get charts(): MemoryChartCollection {
    this.chartsObj ??= new MemoryChartCollection(this.context, this);
    return this.chartsObj;
  }

  get autoFilter(): MemoryAutoFilter {
    this.filterObj ??= new MemoryAutoFilter(this.context, this);
    return this.filterObj;
  }

  activate(): void {
    this.call('Worksheet.activate()', () => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.', 'Worksheet.activate');
      this.context.host.book.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call('Worksheet.delete()', () => this.context.host.book.deleteSheet(this.sheet()));
  }

  getRange(address?: string): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.sheet();
        if (address === undefined || address === '') return { sheet, range: { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLUMNS - 1 } };
        const { sheet: named, local } = splitSheetAddress(address);
        if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
          throw new MemoryOfficeError('InvalidArgument', `The address '${address}' is not on worksheet '${sheet.name}'.`, 'Worksheet.getRange');
        }
        return { sheet, range: parseLocalAddress(local) };
      },
      `Worksheet.getRange(${JSON.stringify(address ?? '')})`,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const range = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
        checkBounds(range, 'Worksheet.getRangeByIndexes');
        return { sheet: this.sheet(), range };
      },
      `Worksheet.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }

  getCell(row: number, column: number): MemoryRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.sheet();
        // A blank sheet's used range is A1 (getUsedRange never throws for a blank sheet).
        return { sheet, range: sheet.usedRange(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
      },
      `Worksheet.getUsedRange(${!!valuesOnly})`,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const used = sheet.usedRange(!!valuesOnly);
        return used ? { sheet, range: used } : null;
      },
      `Worksheet.getUsedRangeOrNullObject(${!!valuesOnly})`,
    );
  }

  getNextOrNullObject(): MemoryWorksheet {
    const book = this.context.host.book;
    return new MemoryWorksheet(this.context, () => {
      const here = this.peekTarget() as SheetModel | null;
      if (!here) return null;
      return book.sheets[book.sheets.indexOf(here) + 1] ?? null;
    }, 'Worksheet.getNextOrNullObject()');
  }
}
MemoryWorksheet.props = {
  name: {
    get: (s: SheetModel) => s.name,
    set: (s: SheetModel, v, _e, obj: MemoryWorksheet) => obj.context.host.book.renameSheet(s, String(v)),
  },
  id: { get: (s: SheetModel) => s.id },
  position: {
    get: (s: SheetModel, obj: MemoryWorksheet) => sheetPosition(s, obj.context.host.book),
    set: (s: SheetModel, v, _e, obj: MemoryWorksheet) => {
      const sheets = obj.context.host.book.sheets;
      const to = Number(v);
      if (!Number.isInteger(to) || to < 0 || to >= sheets.length) throw new MemoryOfficeError('InvalidArgument', `Invalid position ${v}.`, 'Worksheet.position');
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(to, 0, s);
    },
  },
  visibility: {
    get: (s: SheetModel) => s.visibility,
    set: (s: SheetModel, v) => {
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new MemoryOfficeError('InvalidArgument', `Invalid visibility ${v}.`, 'Worksheet.visibility');
      s.visibility = v;
    },
  },
  tabColor: { get: (s: SheetModel) => s.tabColor, set: (s: SheetModel, v) => (s.tabColor = String(v)) },
};
defineProperties(MemoryWorksheet, MemoryWorksheet.props);

function checkBounds(range: CellRange, where: string): void {
  if (
    !Number.isInteger(range.r1) ||
    !Number.isInteger(range.c1) ||
    range.r1 < 0 ||
    range.c1 < 0 ||
    range.r2 < range.r1 ||
    range.c2 < range.c1 ||
    range.r2 >= MAX_ROWS ||
    range.c2 >= MAX_COLUMNS
  ) {
    throw new MemoryOfficeError('InvalidArgument', `The range is outside the worksheet grid.`, where);
  }
}

export class MemoryFreezePanes extends MemoryClientObject {
  static override typeName = 'WorksheetFreezePanes';
  constructor(context: MemoryRequestContext, private readonly sheetObj: MemoryWorksheet) {
    super(context, null, sheetObj, (s) => s);
  }
  freezeRows(count = 1): void {
    this.call('WorksheetFreezePanes.freezeRows()', () => {
      const s = this.sheetObj.target() as SheetModel;
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  freezeColumns(count = 1): void {
    this.call('WorksheetFreezePanes.freezeColumns()', () => {
      const s = this.sheetObj.target() as SheetModel;
      s.frozenColumns = count;
      s.frozenRows = 0;
    });
  }
  freezeAt(range: MemoryRange | string): void {
    this.call('WorksheetFreezePanes.freezeAt()', () => {
      const s = this.sheetObj.target() as SheetModel;
      const r = typeof range === 'string' ? parseLocalAddress(splitSheetAddress(range).local) : (range.target() as RangeRef).range;
      s.frozenRows = r.r2 + 1;
      s.frozenColumns = r.c2 + 1;
    });
  }
  unfreeze(): void {
    this.call('WorksheetFreezePanes.unfreeze()', () => {
      const s = this.sheetObj.target() as SheetModel;
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}

// -----------------------------------------------------------------------------------------------
// Ranges

export interface RangeRef {
  sheet: SheetModel;
  range: CellRange;
}

/** Refuses to materialise a dense array that could never fit in a response. */
function guardDense(ref: RangeRef, exec: Execution | undefined, host: HostCore, minBytesPerCell: number): void {
  const cells = rangeArea(ref.range);
  if (cells > 5_000_000) {
    throw new MemoryOfficeError('RangeExceedsLimit', `The range ${rangeA1(ref.range)} has ${cells} cells, more than the 5,000,000 a request may read.`);
  }
  const bytes = cells * minBytesPerCell + (exec?.responseBytes ?? 0);
  if (bytes > host.payloadLimit) {
    throw new MemoryOfficeError(
      'ResponsePayloadSizeLimitExceeded',
      `The response payload size (at least ${bytes} bytes) has exceeded the limit (${host.payloadLimit} bytes).`,
    );
  }
}

function dense<T>(ref: RangeRef, host: HostCore, minBytes: number, f: (cell: CellState | undefined) => T): T[][] {
  guardDense(ref, undefined, host, minBytes);
  const { sheet, range } = ref;
  const out: T[][] = [];
  for (let r = range.r1; r <= range.r2; r++) {
    const row = sheet.cells.get(r);
    const line: T[] = new Array(colsOf(range));
    for (let c = range.c1; c <= range.c2; c++) line[c - range.c1] = f(row?.get(c));
    out.push(line);
  }
  return out;
}

/** Validates an input matrix against the range, as Excel does; a scalar applies to every cell. */
function eachInput(ref: RangeRef, input: unknown, property: string, visit: (r: number, c: number, v: unknown) => void): void {
  const { range } = ref;
  if (!Array.isArray(input)) {
    if (rangeArea(range) > 2_000_000) throw new MemoryOfficeError('InvalidArgument', `Too many cells to set ${property} one by one.`, `Range.${property}`);
    for (let r = range.r1; r <= range.r2; r++) for (let c = range.c1; c <= range.c2; c++) visit(r, c, input);
    return;
  }
  if (input.length !== rowsOf(range) || input.some((row) => !Array.isArray(row) || row.length !== colsOf(range))) {
    throw new MemoryOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
      `Range.${property}`,
    );
  }
  input.forEach((row: unknown[], i) => row.forEach((v, j) => visit(range.r1 + i, range.c1 + j, v)));
}

function writeCells(ref: RangeRef, input: unknown, exec: Execution, property: string): void {
  const { sheet, range } = ref;
  const single = range.r1 === range.r2 && range.c1 === range.c2;
  const before = single ? valueOut(sheet.get(range.r1, range.c1)) : undefined;
  let changed = false;
  eachInput(ref, input, property, (r, c, v) => {
    if (v === null || v === undefined) return;
    if (isCoveredByMerge(sheet, r, c) && v !== '') {
      throw new MemoryOfficeError('InvalidOperation', `Cell ${rangeA1({ r1: r, c1: c, r2: r, c2: c })} is inside a merged area and is not its top-left cell.`, `Range.${property}`);
    }
    const cell = sheet.ensure(r, c);
    enterValue(cell, v, `${sheet.name}!${rangeA1({ r1: r, c1: c, r2: r, c2: c })}`);
    sheet.prune(r, c);
    changed = true;
  });
  if (changed) {
    exec.changes.push({ sheet, range, triggerSource: 'ThisLocalAddin', before, after: single ? valueOut(sheet.get(range.r1, range.c1)) : undefined });
  }
}

function isCoveredByMerge(sheet: SheetModel, r: number, c: number): boolean {
  return sheet.merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1));
}

function uniform<T>(ref: RangeRef, f: (cell: CellState | undefined) => T, emptyValue: T): T | null {
  const { sheet, range } = ref;
  const area = rangeArea(range);
  let first: { v: T } | null = null;
  let stored = 0;
  let mixed = false;
  sheet.forEachStored(range, (_r, _c, cell) => {
    stored++;
    const v = f(cell);
    if (!first) first = { v };
    else if (JSON.stringify(first.v) !== JSON.stringify(v)) mixed = true;
  });
  if (mixed) return null;
  const firstValue = first as { v: T } | null;
  if (stored < area) {
    if (firstValue && JSON.stringify(firstValue.v) !== JSON.stringify(emptyValue)) return null;
    return emptyValue;
  }
  return firstValue ? firstValue.v : emptyValue;
}

export class MemoryRange extends MemoryClientObject {
  static override typeName = 'Range';
  static navigations = ['format', 'worksheet', 'dataValidation'];
  private formatObj?: MemoryRangeFormat;
  private sheetObj?: MemoryWorksheet;
  private validationObj?: MemoryDataValidation;

  constructor(context: MemoryRequestContext, resolver: (() => RangeRef | null) | null, description?: string) {
    super(context, resolver, null, null, description);
  }

  /** @internal */
  ref(): RangeRef {
    const ref = this.target() as RangeRef;
    if (!this.context.host.book.sheets.includes(ref.sheet)) {
      throw new MemoryOfficeError('ItemNotFound', `The worksheet '${ref.sheet.name}' was deleted.`, 'Range');
    }
    return ref;
  }

  get format(): MemoryRangeFormat {
    this.formatObj ??= new MemoryRangeFormat(this.context, this);
    return this.formatObj;
  }

  get dataValidation(): MemoryDataValidation {
    this.validationObj ??= new MemoryDataValidation(this.context, this);
    return this.validationObj;
  }

  get worksheet(): MemoryWorksheet {
    this.sheetObj ??= new MemoryWorksheet(this.context, () => {
      const ref = this.peekTarget() as RangeRef | null;
      return ref ? ref.sheet : null;
    }, 'Range.worksheet');
    return this.sheetObj;
  }

  private derived(description: string, f: (ref: RangeRef) => RangeRef | null): MemoryRange {
    return new MemoryRange(this.context, () => {
      const ref = this.peekTarget() as RangeRef | null;
      if (ref === null) return null;
      const out = f(ref);
      if (out) checkBounds(out.range, description);
      return out;
    }, description);
  }

  getCell(row: number, column: number): MemoryRange {
    return this.derived(`Range.getCell(${row},${column})`, ({ sheet, range }) => ({
      sheet,
      range: { r1: range.r1 + row, c1: range.c1 + column, r2: range.r1 + row, c2: range.c1 + column },
    }));
  }

  getRow(row: number): MemoryRange {
    return this.derived(`Range.getRow(${row})`, ({ sheet, range }) => ({ sheet, range: { r1: range.r1 + row, c1: range.c1, r2: range.r1 + row, c2: range.c2 } }));
  }

  getColumn(column: number): MemoryRange {
    return this.derived(`Range.getColumn(${column})`, ({ sheet, range }) => ({ sheet, range: { r1: range.r1, c1: range.c1 + column, r2: range.r2, c2: range.c1 + column } }));
  }

  getEntireColumn(): MemoryRange {
    return this.derived('Range.getEntireColumn()', ({ sheet, range }) => ({ sheet, range: { r1: 0, c1: range.c1, r2: MAX_ROWS - 1, c2: range.c2 } }));
  }

  getEntireRow(): MemoryRange {
    return this.derived('Range.getEntireRow()', ({ sheet, range }) => ({ sheet, range: { r1: range.r1, c1: 0, r2: range.r2, c2: MAX_COLUMNS - 1 } }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): MemoryRange {
    return this.derived(`Range.getOffsetRange(${rowOffset},${columnOffset})`, ({ sheet, range }) => ({
      sheet,
      range: { r1: range.r1 + rowOffset, c1: range.c1 + columnOffset, r2: range.r2 + rowOffset, c2: range.c2 + columnOffset },
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): MemoryRange {
    return this.derived(`Range.getResizedRange(${deltaRows},${deltaColumns})`, ({ sheet, range }) => ({
      sheet,
      range: { r1: range.r1, c1: range.c1, r2: range.r2 + deltaRows, c2: range.c2 + deltaColumns },
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): MemoryRange {
    return this.derived(`Range.getAbsoluteResizedRange(${numRows},${numColumns})`, ({ sheet, range }) => ({
      sheet,
      range: { r1: range.r1, c1: range.c1, r2: range.r1 + numRows - 1, c2: range.c1 + numColumns - 1 },
    }));
  }

  private intersection(other: MemoryRange | string, orNull: boolean): MemoryRange {
    if (other instanceof MemoryRange && other.context !== this.context) {
      throw new MemoryOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    }
    return this.derived(`Range.getIntersection${orNull ? 'OrNullObject' : ''}()`, ({ sheet, range }) => {
      const otherRange = typeof other === 'string' ? parseLocalAddress(splitSheetAddress(other).local) : (other.target() as RangeRef).range;
      const hit = intersect(range, otherRange);
      if (!hit) {
        if (orNull) return null;
        throw new MemoryOfficeError('ItemNotFound', 'The ranges do not intersect.', 'Range.getIntersection');
      }
      return { sheet, range: hit };
    });
  }

  getIntersection(other: MemoryRange | string): MemoryRange {
    return this.intersection(other, false);
  }

  getIntersectionOrNullObject(other: MemoryRange | string): MemoryRange {
    return this.intersection(other, true);
  }

  getUsedRange(valuesOnly?: boolean): MemoryRange {
    return this.derived(`Range.getUsedRange(${!!valuesOnly})`, ({ sheet, range }) => {
      const used = sheet.usedRange(!!valuesOnly);
      const hit = used && intersect(used, range);
      return { sheet, range: hit ?? { r1: range.r1, c1: range.c1, r2: range.r1, c2: range.c1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    return this.derived(`Range.getUsedRangeOrNullObject(${!!valuesOnly})`, ({ sheet, range }) => {
      const used = sheet.usedRange(!!valuesOnly);
      const hit = used && intersect(used, range);
      return hit ? { sheet, range: hit } : null;
    });
  }

  /**
   * The merged areas whose top-left cell lies in this range — the real Excel behaviour
   * (OfficeDev/office-js#3611): an area that starts above or left of the range is not returned.
   * More than `maxMergedAreas` (512) fails, as documented.
   */
  getMergedAreasOrNullObject(): MemoryRangeAreas {
    const host = this.context.host;
    return new MemoryRangeAreas(this.context, () => {
      const ref = this.peekTarget() as RangeRef | null;
      if (!ref) return null;
      const { sheet, range } = ref;
      const areas = sheet.merges.filter((m) => m.r1 >= range.r1 && m.r1 <= range.r2 && m.c1 >= range.c1 && m.c1 <= range.c2);
      if (areas.length > host.maxMergedAreas) {
        throw new MemoryOfficeError(
          'GeneralException',
          `The range has ${areas.length} merged areas; getMergedAreasOrNullObject returns at most ${host.maxMergedAreas}.`,
          'Range.getMergedAreasOrNullObject',
        );
      }
      if (areas.length === 0) return null;
      return { sheet, areas: areas.map((a) => ({ ...a })) };
    }, 'Range.getMergedAreasOrNullObject()');
  }

  select(): void {
    this.call('Range.select()', () => {
      const { sheet, range } = this.ref();
      if (sheet.visibility !== 'Visible') throw new MemoryOfficeError('InvalidOperation', 'Cannot select a range on a hidden worksheet.', 'Range.select');
      this.context.host.book.activeSheetId = sheet.id;
      sheet.selection = { ...range };
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' = 'All'): void {
    this.call(`Range.clear(${applyTo})`, (exec) => {
      const { sheet, range } = this.ref();
      let contentChanged = false;
      const touched: Array<[number, number]> = [];
      sheet.forEachStored(range, (r, c, cell) => {
        touched.push([r, c]);
        if (applyTo === 'All' || applyTo === 'Contents') {
          if (cell.value !== null || cell.error || cell.formula) contentChanged = true;
          cell.value = null;
          delete cell.error;
          delete cell.formula;
        }
        if (applyTo === 'All' || applyTo === 'Formats') {
          delete cell.format;
          delete cell.fill;
          delete cell.bold;
          delete cell.italic;
          delete cell.fontColor;
          delete cell.wrapText;
        }
        if (applyTo === 'All' || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') delete cell.hyperlink;
        if (applyTo === 'Hyperlinks') {
          delete cell.fontColor;
        }
      });
      for (const [r, c] of touched) sheet.prune(r, c);
      if (contentChanged) exec.changes.push({ sheet, range, triggerSource: 'ThisLocalAddin' });
    });
  }

  merge(across = false): void {
    this.call('Range.merge()', () => {
      const { sheet, range } = this.ref();
      const parts = across ? Array.from({ length: rowsOf(range) }, (_, i) => ({ r1: range.r1 + i, c1: range.c1, r2: range.r1 + i, c2: range.c2 })) : [range];
      for (const part of parts) {
        if (rangeArea(part) < 2) continue;
        sheet.merges = sheet.merges.filter((m) => !intersect(m, part));
        sheet.merges.push({ ...part });
      }
    });
  }

  unmerge(): void {
    this.call('Range.unmerge()', () => {
      const { sheet, range } = this.ref();
      sheet.merges = sheet.merges.filter((m) => !intersect(m, range));
    });
  }

  override toJSON(): Record<string, unknown> {
    return super.toJSON();
  }
}

function rangeProps(): Record<string, PropertySpec> {
  const host = (obj: MemoryRange): HostCore => obj.context.host;
  const r = (t: RangeRef, obj: MemoryRange): RangeRef => {
    if (!obj.context.host.book.sheets.includes(t.sheet)) throw new MemoryOfficeError('ItemNotFound', `The worksheet '${t.sheet.name}' was deleted.`);
    return t;
  };
  return {
    address: { get: (t: RangeRef, obj) => fullAddress(r(t, obj).sheet, t.range) },
    addressLocal: { get: (t: RangeRef, obj) => fullAddress(r(t, obj).sheet, t.range) },
    rowCount: { get: (t: RangeRef) => rowsOf(t.range) },
    columnCount: { get: (t: RangeRef) => colsOf(t.range) },
    rowIndex: { get: (t: RangeRef) => t.range.r1 },
    columnIndex: { get: (t: RangeRef) => t.range.c1 },
    cellCount: { get: (t: RangeRef) => rangeArea(t.range) },
    isEntireColumn: { get: (t: RangeRef) => t.range.r1 === 0 && t.range.r2 === MAX_ROWS - 1 },
    isEntireRow: { get: (t: RangeRef) => t.range.c1 === 0 && t.range.c2 === MAX_COLUMNS - 1 },
    values: {
      get: (t: RangeRef, obj) => dense(r(t, obj), host(obj), 3, valueOut),
      set: (t: RangeRef, v, exec) => writeCells(t, v, exec, 'values'),
    },
    formulas: {
      get: (t: RangeRef, obj) => dense(r(t, obj), host(obj), 3, formulaOut),
      set: (t: RangeRef, v, exec) => writeCells(t, v, exec, 'formulas'),
    },
    text: { get: (t: RangeRef, obj) => dense(r(t, obj), host(obj), 3, textOut) },
    valueTypes: { get: (t: RangeRef, obj) => dense(r(t, obj), host(obj), 8, valueTypeOut) },
    numberFormat: {
      get: (t: RangeRef, obj) => dense(r(t, obj), host(obj), 10, (cell) => cell?.format ?? 'General'),
      set: (t: RangeRef, v) =>
        eachInput(t, v, 'numberFormat', (row, col, f) => {
          if (f === null || f === undefined) return;
          if (typeof f !== 'string') throw new MemoryOfficeError('InvalidArgument', 'A number format must be a string.', 'Range.numberFormat');
          const cell = t.sheet.ensure(row, col);
          if (f === 'General' || f === '') delete cell.format;
          else cell.format = f;
          t.sheet.prune(row, col);
        }),
    },
    hyperlink: {
      scalar: false,
      get: (t: RangeRef) => {
        const link = t.sheet.get(t.range.r1, t.range.c1)?.hyperlink;
        return link ? { ...link } : null;
      },
      set: (t: RangeRef, v, exec) => {
        const link = v as HyperlinkState | null;
        const texts: unknown[][] = [];
        for (let row = t.range.r1; row <= t.range.r2; row++) {
          const line: unknown[] = [];
          for (let col = t.range.c1; col <= t.range.c2; col++) {
            const cell = t.sheet.ensure(row, col);
            if (!link || (!link.address && !link.documentReference)) {
              delete cell.hyperlink;
              line.push(null);
            } else {
              cell.hyperlink = { ...link };
              // The link's text becomes the cell's value (literal text, never a formula).
              const shown = link.textToDisplay ?? (cell.value === null && !cell.formula ? link.documentReference ?? link.address : undefined);
              if (shown !== undefined) {
                delete cell.formula;
                delete cell.error;
                cell.value = shown === '' ? null : shown;
              }
              line.push(shown ?? null);
            }
            t.sheet.prune(row, col);
          }
          texts.push(line);
        }
        if (texts.some((line) => line.some((x) => x !== null))) exec.changes.push({ sheet: t.sheet, range: t.range, triggerSource: 'ThisLocalAddin' });
      },
    },
  };
}
defineProperties(MemoryRange, rangeProps());

export class MemoryRangeAreas extends MemoryClientObject {
  static override typeName = 'RangeAreas';
  static navigations = ['areas'];
  private areasObj?: MemoryRangeCollection;
  constructor(context: MemoryRequestContext, resolver: () => { sheet: SheetModel; areas: CellRange[] } | null, description: string) {
    super(context, resolver, null, null, description);
  }
  get areas(): MemoryRangeCollection {
    this.areasObj ??= new MemoryRangeCollection(this.context, this);
    return this.areasObj;
  }
}
defineProperties(MemoryRangeAreas, {
  address: { get: (t: { sheet: SheetModel; areas: CellRange[] }) => t.areas.map((a) => fullAddress(t.sheet, a)).join(',') },
  areaCount: { get: (t: { areas: CellRange[] }) => t.areas.length },
  cellCount: { get: (t: { areas: CellRange[] }) => t.areas.reduce((n, a) => n + rangeArea(a), 0) },
});

export class MemoryRangeCollection extends MemoryClientObject {
  static override typeName = 'RangeCollection';
  private loadedItems?: MemoryRange[];
  constructor(context: MemoryRequestContext, private readonly owner: MemoryRangeAreas) {
    super(context, null, owner, (t) => t);
  }
  get items(): MemoryRange[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }
  override load(spec?: unknown): this {
    const names = (loadPaths(spec) ?? ['address']).map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const props = propsOf(MemoryRange.prototype);
    this.context.enqueue({
      description: 'RangeCollection.load(items)',
      kind: 'load',
      requestBytes: names.join(',').length,
      run: (exec) => {
        const t = this.owner.peekTarget() as { sheet: SheetModel; areas: CellRange[] } | null;
        const items = (t?.areas ?? []).map((a) => new MemoryRange(this.context, null).bind({ sheet: t!.sheet, range: a }) as MemoryRange);
        const loaded = items.map((item) =>
          names.map((n) => {
            if (!props[n]?.get) throw new MemoryOfficeError('InvalidArgument', `Range has no property '${n}'.`);
            const v = props[n].get!(item.target(), item);
            exec.responseBytes += PROPERTY_OVERHEAD_BYTES + n.length + jsonBytes(v);
            return v;
          }),
        );
        exec.deliveries.push(() => {
          items.forEach((item, i) => names.forEach((n, j) => item.deliverField(n, loaded[i][j])));
          this.loadedItems = items;
        });
      },
    });
    return this;
  }
}

// -----------------------------------------------------------------------------------------------
// Formats

export class MemoryRangeFormat extends MemoryClientObject {
  static override typeName = 'RangeFormat';
  static navigations = ['fill', 'font'];
  readonly fill: MemoryRangeFill;
  readonly font: MemoryRangeFont;
  constructor(context: MemoryRequestContext, private readonly rangeObj: MemoryRange) {
    super(context, null, rangeObj, (t) => t);
    this.fill = new MemoryRangeFill(context, this);
    this.font = new MemoryRangeFont(context, this);
  }
  autofitColumns(): void {
    this.call('RangeFormat.autofitColumns()', () => {
      const { sheet, range } = this.rangeObj.ref();
      for (let c = range.c1; c <= Math.min(range.c2, range.c1 + 1000); c++) {
        let longest = 0;
        sheet.forEachStored({ r1: range.r1, c1: c, r2: range.r2, c2: c }, (_r, _c, cell) => (longest = Math.max(longest, textOut(cell).length)));
        sheet.columnWidths.set(c, Math.min(409, Math.max(8.43, longest * 1.1)) * 7);
      }
    });
  }
  autofitRows(): void {
    this.call('RangeFormat.autofitRows()', () => undefined);
  }
}
const STANDARD_COLUMN_WIDTH = 64; // points, Excel's default (8.43 characters)
defineProperties(MemoryRangeFormat, {
  columnWidth: {
    get: (t: RangeRef) => {
      const widths = new Set<number>();
      for (let c = t.range.c1; c <= Math.min(t.range.c2, t.range.c1 + MAX_COLUMNS); c++) widths.add(t.sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    },
    set: (t: RangeRef, v) => {
      const w = Number(v);
      if (!Number.isFinite(w) || w < 0) throw new MemoryOfficeError('InvalidArgument', `Invalid column width ${v}.`, 'RangeFormat.columnWidth');
      for (let c = t.range.c1; c <= t.range.c2; c++) t.sheet.columnWidths.set(c, w);
    },
  },
  wrapText: {
    get: (t: RangeRef) => uniform(t, (cell) => !!cell?.wrapText, false),
    set: (t: RangeRef, v) => eachCell(t, (cell) => (v ? (cell.wrapText = true) : delete cell.wrapText)),
  },
});

function eachCell(t: RangeRef, f: (cell: CellState) => void): void {
  if (rangeArea(t.range) > 2_000_000) throw new MemoryOfficeError('InvalidArgument', 'The host formats at most 2,000,000 cells at a time.');
  for (let r = t.range.r1; r <= t.range.r2; r++) {
    for (let c = t.range.c1; c <= t.range.c2; c++) {
      f(t.sheet.ensure(r, c));
      t.sheet.prune(r, c);
    }
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgreen: '#90EE90',
  lightyellow: '#FFFFE0',
  pink: '#FFC0CB',
};

/** Excel takes "#RRGGBB" or a color name and reports "#RRGGBB" in upper case. */
export function normalizeColor(value: unknown): string {
  const text = String(value ?? '').trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return `#${[...text.slice(1)].map((ch) => ch + ch).join('')}`.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  throw new MemoryOfficeError('InvalidArgument', `Invalid color '${text}'.`, 'RangeFill.color');
}

const FILL_PATTERNS = new Set([
  'None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75',
  'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8',
  'LinearGradient', 'RectangularGradient',
]);

function solidFill(color: string): FillState {
  return { color, pattern: 'Solid', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 };
}

export class MemoryRangeFill extends MemoryClientObject {
  static override typeName = 'RangeFill';
  constructor(context: MemoryRequestContext, private readonly formatObj: MemoryRangeFormat) {
    super(context, null, formatObj, (t) => t);
  }
  clear(): void {
    this.call('RangeFill.clear()', () => {
      const t = this.formatObj.target() as RangeRef;
      t.sheet.forEachStored(t.range, (r, c, cell) => {
        delete cell.fill;
        t.sheet.prune(r, c);
      });
    });
  }
}
/**
 * Reading a fill: "No Fill" reads as color "#FFFFFF", pattern "None", tintAndShade null —
 * the color alone cannot tell it from a white fill (OfficeDev/office-js#4900, #6218).
 * A multi-cell range whose cells differ reads null.
 */
defineProperties(MemoryRangeFill, {
  color: {
    get: (t: RangeRef) => uniform(t, (cell) => cell?.fill?.color ?? '#FFFFFF', '#FFFFFF'),
    set: (t: RangeRef, v) => {
      const color = normalizeColor(v);
      eachCell(t, (cell) => {
        if (!cell.fill || cell.fill.pattern === 'None') cell.fill = solidFill(color);
        else {
          cell.fill.color = color;
          cell.fill.tintAndShade = 0;
        }
      });
    },
  },
  pattern: {
    get: (t: RangeRef) => uniform(t, (cell) => cell?.fill?.pattern ?? 'None', 'None'),
    set: (t: RangeRef, v) => {
      const pattern = String(v);
      if (!FILL_PATTERNS.has(pattern)) throw new MemoryOfficeError('InvalidArgument', `Invalid fill pattern '${pattern}'.`, 'RangeFill.pattern');
      eachCell(t, (cell) => {
        if (pattern === 'None') delete cell.fill;
        else if (!cell.fill) cell.fill = { ...solidFill('#FFFFFF'), pattern };
        else cell.fill.pattern = pattern;
      });
    },
  },
  patternColor: {
    get: (t: RangeRef) => uniform(t, (cell) => cell?.fill?.patternColor ?? null, null),
    set: (t: RangeRef, v) => {
      const color = v === null ? null : normalizeColor(v);
      eachCell(t, (cell) => {
        cell.fill ??= solidFill('#FFFFFF');
        cell.fill.patternColor = color;
      });
    },
  },
  tintAndShade: {
    get: (t: RangeRef) => uniform(t, (cell) => (cell?.fill ? cell.fill.tintAndShade : null), null),
    set: (t: RangeRef, v) => {
      const n = Number(v);
      if (!(n >= -1 && n <= 1)) throw new MemoryOfficeError('InvalidArgument', `Invalid tintAndShade ${v}.`, 'RangeFill.tintAndShade');
      eachCell(t, (cell) => {
        cell.fill ??= solidFill('#FFFFFF');
        cell.fill.tintAndShade = n;
      });
    },
  },
  patternTintAndShade: {
    get: (t: RangeRef) => uniform(t, (cell) => (cell?.fill ? cell.fill.patternTintAndShade : null), null),
    set: (t: RangeRef, v) => {
      const n = Number(v);
      if (!(n >= -1 && n <= 1)) throw new MemoryOfficeError('InvalidArgument', `Invalid patternTintAndShade ${v}.`, 'RangeFill.patternTintAndShade');
      eachCell(t, (cell) => {
        cell.fill ??= solidFill('#FFFFFF');
        cell.fill.patternTintAndShade = n;
      });
    },
  },
});

export class MemoryRangeFont extends MemoryClientObject {
  static override typeName = 'RangeFont';
  constructor(context: MemoryRequestContext, formatObj: MemoryRangeFormat) {
    super(context, null, formatObj, (t) => t);
  }
}
defineProperties(MemoryRangeFont, {
  bold: {
    get: (t: RangeRef) => uniform(t, (cell) => !!cell?.bold, false),
    set: (t: RangeRef, v) => eachCell(t, (cell) => (v ? (cell.bold = true) : delete cell.bold)),
  },
  italic: {
    get: (t: RangeRef) => uniform(t, (cell) => !!cell?.italic, false),
    set: (t: RangeRef, v) => eachCell(t, (cell) => (v ? (cell.italic = true) : delete cell.italic)),
  },
  color: {
    get: (t: RangeRef) => uniform(t, (cell) => cell?.fontColor ?? '#000000', '#000000'),
    set: (t: RangeRef, v) => {
      const color = normalizeColor(v);
      eachCell(t, (cell) => (color === '#000000' ? delete cell.fontColor : (cell.fontColor = color)));
    },
  },
  name: { get: () => 'Calibri' },
  size: { get: () => 11 },
});

// -----------------------------------------------------------------------------------------------
// Settings

export class MemorySettingCollection extends MemoryClientObject {
  static override typeName = 'SettingCollection';
  private loadedItems?: MemorySetting[];
  constructor(context: MemoryRequestContext) {
    super(context, null);
    this.bind(context.host.book.settings);
  }
  get items(): MemorySetting[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }
  override load(): this {
    const settings = this.context.host.book.settings;
    this.context.enqueue({
      description: 'SettingCollection.load(items)',
      kind: 'load',
      requestBytes: 0,
      run: (exec) => {
        const entries = [...settings.entries()].map(([k, v]) => [k, cloneJson(v)] as const);
        exec.responseBytes += jsonBytes(entries);
        exec.deliveries.push(() => {
          this.loadedItems = entries.map(([k, v]) => {
            const s = new MemorySetting(this.context, null, k).bind(k) as MemorySetting;
            s.deliverField('key', k);
            s.deliverField('value', v);
            return s;
          });
        });
      },
    });
    return this;
  }
  add(key: string, value: unknown): MemorySetting {
    const settings = this.context.host.book.settings;
    const copy = cloneJson(value);
    const setting = new MemorySetting(this.context, null, key);
    this.context.enqueue({
      description: `SettingCollection.add(${JSON.stringify(key)})`,
      kind: 'write',
      requestBytes: key.length + jsonBytes(copy),
      run: () => {
        if (typeof key !== 'string' || key === '') throw new MemoryOfficeError('InvalidArgument', 'A setting key must be a non-empty string.', 'SettingCollection.add');
        if (copy === undefined) throw new MemoryOfficeError('InvalidArgument', 'A setting value cannot be undefined.', 'SettingCollection.add');
        settings.set(key, cloneJson(copy));
        setting.bind(key);
      },
    });
    return setting;
  }
  getItem(key: string): MemorySetting {
    const settings = this.context.host.book.settings;
    return new MemorySetting(this.context, () => {
      if (!settings.has(key)) throw new MemoryOfficeError('ItemNotFound', `The setting '${key}' doesn't exist.`, 'SettingCollection.getItem');
      return key;
    }, key);
  }
  getItemOrNullObject(key: string): MemorySetting {
    const settings = this.context.host.book.settings;
    return new MemorySetting(this.context, () => (settings.has(key) ? key : null), key);
  }
  getCount(): MemoryClientResult<number> {
    const result = new MemoryClientResult<number>();
    const settings = this.context.host.book.settings;
    this.context.enqueue({
      description: 'SettingCollection.getCount()',
      kind: 'load',
      requestBytes: 0,
      run: (exec) => {
        const n = settings.size;
        exec.deliveries.push(() => result.deliver(n));
      },
    });
    return result;
  }
}

export class MemorySetting extends MemoryClientObject {
  static override typeName = 'Setting';
  constructor(context: MemoryRequestContext, resolver: (() => string | null) | null, key: string) {
    super(context, resolver, null, null, resolver ? `SettingCollection.getItem(${JSON.stringify(key)})` : undefined);
  }
  delete(): void {
    this.call('Setting.delete()', () => {
      this.context.host.book.settings.delete(this.target() as string);
    });
  }
}
defineProperties(MemorySetting, {
  key: { get: (k: string) => k },
  value: {
    get: (k: string, obj: MemorySetting) => cloneJson(obj.context.host.book.settings.get(k)),
    set: (k: string, v, _e, obj: MemorySetting) => obj.context.host.book.settings.set(k, cloneJson(v)),
  },
});

// -----------------------------------------------------------------------------------------------
// Events

export class MemoryEventHandlerResult {
  constructor(
    readonly context: MemoryRequestContext,
    private readonly idBox: { id?: number },
  ) {}
  remove(): void {
    this.context.enqueue({
      description: 'EventHandlerResult.remove()',
      kind: 'method',
      requestBytes: 0,
      run: () => {
        if (this.idBox.id !== undefined) this.context.host.unregisterHandler(this.idBox.id);
        this.idBox.id = undefined;
      },
    });
  }
}

export class MemoryEventHandlers {
  constructor(
    private readonly context: MemoryRequestContext,
    private readonly scope: () => HandlerScope,
  ) {}
  /** Registers at the next sync, as Office.js does. */
  add(handler: ChangedHandler): MemoryEventHandlerResult {
    if (typeof handler !== 'function') throw new MemoryOfficeError('InvalidArgument', 'An event handler must be a function.');
    const box: { id?: number } = {};
    this.context.enqueue({
      description: 'EventHandlers.add()',
      kind: 'method',
      requestBytes: 0,
      run: () => {
        box.id = this.context.host.registerHandler(this.scope(), handler);
      },
    });
    return new MemoryEventHandlerResult(this.context, box);
  }
  remove(): void {
    throw new MemoryOfficeError('InvalidOperation', 'Remove a handler through the EventHandlerResult that add() returned.');
  }
}

export { sheetPosition, checkBounds };
export type { Execution };

// -----------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8): a rule, an input prompt and an error alert on a range.
// Excel's limits are kept: one rule type at a time, formulas up to 255 characters, a prompt's
// title up to 32 and message up to 255 characters, an alert's message up to 225.

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  list: 'List',
  custom: 'Custom',
};
const VALIDATION_OPERATORS = new Set(['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo']);
const ALERT_STYLES = new Set(['Stop', 'Warning', 'Information']);
export const VALIDATION_LIMITS = { formula: 255, promptTitle: 32, promptMessage: 255, alertTitle: 32, alertMessage: 225 } as const;

function invalidValidation(message: string, where = 'DataValidation.rule'): MemoryOfficeError {
  return new MemoryOfficeError('InvalidArgument', message, where);
}

function validationFormula(value: unknown, name: string): string {
  if (value instanceof MemoryRange) {
    const ref = value.target() as RangeRef;
    return `=${fullAddress(ref.sheet, ref.range)}`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidValidation(`${name} is not a number.`);
    return `=${value}`;
  }
  if (typeof value !== 'string' || value === '') throw invalidValidation(`${name} is required.`);
  const text = value.startsWith('=') ? value : `=${value}`;
  if (text.length - 1 > VALIDATION_LIMITS.formula) throw invalidValidation(`${name} is longer than ${VALIDATION_LIMITS.formula} characters.`);
  return text;
}

/** Checks a rule as Excel does and returns it as Excel reports it back (formulas as "=…"). */
function normalizeRule(input: unknown): Record<string, Record<string, unknown>> {
  if (!input || typeof input !== 'object') throw invalidValidation('The data validation rule must be an object.');
  const keys = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined && (input as Record<string, unknown>)[k] !== null);
  if (keys.length !== 1 || !(keys[0] in VALIDATION_TYPES)) throw invalidValidation(`A data validation rule has exactly one type (${Object.keys(VALIDATION_TYPES).join(', ')}).`);
  const type = keys[0];
  const body = (input as Record<string, Record<string, unknown>>)[type];
  if (!body || typeof body !== 'object') throw invalidValidation(`The ${type} rule must be an object.`);
  if (type === 'custom') return { custom: { formula: validationFormula(body.formula, 'custom.formula') } };
  if (type === 'list') {
    const source = body.source instanceof MemoryRange ? validationFormula(body.source, 'list.source') : body.source;
    if (typeof source !== 'string' || source === '') throw invalidValidation('list.source is required.');
    if (source.length > VALIDATION_LIMITS.formula) throw invalidValidation(`list.source is longer than ${VALIDATION_LIMITS.formula} characters.`);
    return { list: { inCellDropDown: body.inCellDropDown !== false, source } };
  }
  const operator = String(body.operator ?? '');
  if (!VALIDATION_OPERATORS.has(operator)) throw invalidValidation(`Invalid operator '${operator}'.`);
  const out: Record<string, unknown> = { operator, formula1: validationFormula(body.formula1, `${type}.formula1`) };
  if (operator === 'Between' || operator === 'NotBetween') out.formula2 = validationFormula(body.formula2, `${type}.formula2`);
  return { [type]: out };
}

function clippedText(value: unknown, max: number, name: string, where: string): string {
  const text = value === undefined || value === null ? '' : String(value);
  if (text.length > max) throw invalidValidation(`${name} is longer than ${max} characters.`, where);
  return text;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
}

/** The validation that governs the whole range, or undefined when none does; 'mixed' when cells differ. */
function governing(sheet: SheetModel, range: CellRange): ValidationState | undefined | 'mixed' {
  const touching = sheet.validations.filter((v) => intersect(v.range, range));
  if (touching.length === 0) return undefined;
  const last = touching[touching.length - 1];
  return contains(last.range, range) ? last : 'mixed';
}

/** The entry for exactly this range (created when there is none; entries it covers are replaced). */
function validationEntry(sheet: SheetModel, range: CellRange): ValidationState {
  const same = sheet.validations.find((v) => v.range.r1 === range.r1 && v.range.c1 === range.c1 && v.range.r2 === range.r2 && v.range.c2 === range.c2);
  if (same) return same;
  sheet.validations = sheet.validations.filter((v) => !contains(range, v.range));
  const entry: ValidationState = { range: { ...range }, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
  sheet.validations.push(entry);
  return entry;
}

export class MemoryDataValidation extends MemoryClientObject {
  static override typeName = 'DataValidation';
  constructor(context: MemoryRequestContext, private readonly rangeObj: MemoryRange) {
    super(context, null, rangeObj, (t) => t);
  }
  /** Removes the validations that touch the range (the host does not split a partly covered one). */
  clear(): void {
    this.call('DataValidation.clear()', () => {
      const { sheet, range } = this.rangeObj.ref();
      sheet.validations = sheet.validations.filter((v) => !intersect(v.range, range));
    });
  }
}
defineProperties(MemoryDataValidation, {
  type: {
    get: (t: RangeRef) => {
      const v = governing(t.sheet, t.range);
      if (v === 'mixed') return 'Inconsistent';
      if (!v?.rule) return 'None';
      return VALIDATION_TYPES[Object.keys(v.rule)[0]];
    },
  },
  rule: {
    get: (t: RangeRef) => {
      const v = governing(t.sheet, t.range);
      return v && v !== 'mixed' && v.rule ? cloneJson(v.rule) : {};
    },
    set: (t: RangeRef, value) => {
      const rule = normalizeRule(value);
      validationEntry(t.sheet, t.range).rule = rule;
    },
  },
  prompt: {
    get: (t: RangeRef) => {
      const v = governing(t.sheet, t.range);
      return v && v !== 'mixed' && v.prompt ? { ...v.prompt } : { showPrompt: false, title: '', message: '' };
    },
    set: (t: RangeRef, value) => {
      const p = (value ?? {}) as Record<string, unknown>;
      const where = 'DataValidation.prompt';
      const prompt = {
        showPrompt: p.showPrompt !== false,
        title: clippedText(p.title, VALIDATION_LIMITS.promptTitle, 'prompt.title', where),
        message: clippedText(p.message, VALIDATION_LIMITS.promptMessage, 'prompt.message', where),
      };
      validationEntry(t.sheet, t.range).prompt = prompt;
    },
  },
  errorAlert: {
    get: (t: RangeRef) => {
      const v = governing(t.sheet, t.range);
      return v && v !== 'mixed' && v.errorAlert ? { ...v.errorAlert } : { showAlert: true, style: 'Stop', title: '', message: '' };
    },
    set: (t: RangeRef, value) => {
      const a = (value ?? {}) as Record<string, unknown>;
      const where = 'DataValidation.errorAlert';
      const style = String(a.style ?? 'Stop');
      if (!ALERT_STYLES.has(style)) throw invalidValidation(`Invalid alert style '${style}'.`, where);
      const alert = {
        showAlert: a.showAlert !== false,
        style,
        title: clippedText(a.title, VALIDATION_LIMITS.alertTitle, 'errorAlert.title', where),
        message: clippedText(a.message, VALIDATION_LIMITS.alertMessage, 'errorAlert.message', where),
      };
      validationEntry(t.sheet, t.range).errorAlert = alert;
    },
  },
  ignoreBlanks: {
    get: (t: RangeRef) => {
      const v = governing(t.sheet, t.range);
      return v && v !== 'mixed' ? v.ignoreBlanks : true;
    },
    set: (t: RangeRef, value) => {
      validationEntry(t.sheet, t.range).ignoreBlanks = !!value;
    },
  },
});

// -----------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1): add, title, position; the host keeps the chart's source range and
// derives its series from the cells when a test asks (`host.charts(sheet)`).

export const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter', 'Radar',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const CHART_TITLE_MAX = 255;
const DEFAULT_ROW_HEIGHT = 15;
let nextChartSerial = 1;

interface ChartRef {
  sheet: SheetModel;
  chart: ChartState;
}

function columnLeft(sheet: SheetModel, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH;
  return left;
}

export class MemoryChartCollection extends MemoryClientObject {
  static override typeName = 'ChartCollection';
  private loadedItems?: MemoryChart[];
  constructor(context: MemoryRequestContext, private readonly sheetObj: MemoryWorksheet) {
    super(context, null, sheetObj, (s) => s);
  }
  get items(): MemoryChart[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }
  add(type: string, sourceData: MemoryRange, seriesBy: string = 'Auto'): MemoryChart {
    if (!(sourceData instanceof MemoryRange)) throw new MemoryOfficeError('InvalidArgument', 'The chart source must be a Range.', 'ChartCollection.add');
    if (sourceData.context !== this.context) throw new MemoryOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    return new MemoryChart(
      this.context,
      () => {
        const sheet = this.sheetObj.target() as SheetModel;
        if (!CHART_TYPES.has(type)) throw new MemoryOfficeError('InvalidArgument', `Invalid chart type '${type}'.`, 'ChartCollection.add');
        if (!SERIES_BY.has(seriesBy)) throw new MemoryOfficeError('InvalidArgument', `Invalid seriesBy '${seriesBy}'.`, 'ChartCollection.add');
        const source = sourceData.ref();
        const serial = nextChartSerial++;
        const chart: ChartState = {
          id: `{00000000-0002-0000-0000-${String(serial).padStart(12, '0')}}`,
          name: `Chart ${sheet.charts.length + 1}`,
          type,
          sourceSheet: source.sheet.id,
          source: { ...source.range },
          seriesBy: seriesBy as ChartState['seriesBy'],
          title: '',
          titleVisible: true,
          top: 0,
          left: 0,
          width: 360,
          height: 216,
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
      `ChartCollection.add(${JSON.stringify(type)})`,
    );
  }
  getItem(name: string): MemoryChart {
    return new MemoryChart(
      this.context,
      () => {
        const sheet = this.sheetObj.target() as SheetModel;
        const chart = sheet.charts.find((c) => c.name === name || c.id === name);
        if (!chart) throw new MemoryOfficeError('ItemNotFound', `The requested resource doesn't exist: chart '${name}'.`, 'ChartCollection.getItem');
        return { sheet, chart };
      },
      `ChartCollection.getItem(${JSON.stringify(name)})`,
    );
  }
  getCount(): MemoryClientResult<number> {
    const result = new MemoryClientResult<number>();
    this.context.enqueue({
      description: 'ChartCollection.getCount()',
      kind: 'load',
      requestBytes: 0,
      run: (exec) => {
        const n = (this.sheetObj.target() as SheetModel).charts.length;
        exec.deliveries.push(() => result.deliver(n));
      },
    });
    return result;
  }
  override load(spec?: unknown): this {
    const names = (loadPaths(spec) ?? []).map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const props = propsOf(MemoryChart.prototype);
    const wanted = names.length ? names : Object.keys(props).filter((n) => props[n].get && props[n].scalar !== false);
    this.context.enqueue({
      description: 'ChartCollection.load(items)',
      kind: 'load',
      requestBytes: wanted.join(',').length,
      run: (exec) => {
        const sheet = this.sheetObj.target() as SheetModel;
        const items = sheet.charts.map((chart) => new MemoryChart(this.context, null).bind({ sheet, chart }) as MemoryChart);
        const loaded = items.map((item) =>
          wanted.map((n) => {
            if (!props[n]?.get) throw new MemoryOfficeError('InvalidArgument', `Chart has no property '${n}'.`, 'ChartCollection.load');
            const v = props[n].get!(item.target(), item);
            exec.responseBytes += PROPERTY_OVERHEAD_BYTES + n.length + jsonBytes(v);
            return v;
          }),
        );
        exec.deliveries.push(() => {
          items.forEach((item, i) => wanted.forEach((n, j) => item.deliverField(n, loaded[i][j])));
          this.loadedItems = items;
        });
      },
    });
    return this;
  }
}

export class MemoryChart extends MemoryClientObject {
  static override typeName = 'Chart';
  static navigations = ['title'];
  private titleObj?: MemoryChartTitle;
  constructor(context: MemoryRequestContext, resolver: (() => ChartRef | null) | null, description?: string) {
    super(context, resolver, null, null, description);
  }
  /** @internal */
  chartRef(): ChartRef {
    const ref = this.target() as ChartRef;
    if (!ref.sheet.charts.includes(ref.chart)) throw new MemoryOfficeError('ItemNotFound', 'The chart was deleted.', 'Chart');
    return ref;
  }
  get title(): MemoryChartTitle {
    this.titleObj ??= new MemoryChartTitle(this.context, this);
    return this.titleObj;
  }
  setPosition(startCell: MemoryRange | string, endCell?: MemoryRange | string): void {
    this.call('Chart.setPosition()', () => {
      const { sheet, chart } = this.chartRef();
      const at = (cell: MemoryRange | string): CellRange =>
        typeof cell === 'string' ? parseLocalAddress(splitSheetAddress(cell).local) : (cell.target() as RangeRef).range;
      const start = at(startCell);
      chart.anchor = { from: { ...start }, to: endCell === undefined ? null : { ...at(endCell) } };
      chart.left = columnLeft(sheet, start.c1);
      chart.top = start.r1 * DEFAULT_ROW_HEIGHT;
      if (endCell !== undefined) {
        const end = at(endCell);
        if (end.r2 < start.r1 || end.c2 < start.c1) throw new MemoryOfficeError('InvalidArgument', 'The end cell is above or left of the start cell.', 'Chart.setPosition');
        chart.width = columnLeft(sheet, end.c2 + 1) - chart.left;
        chart.height = (end.r2 + 1) * DEFAULT_ROW_HEIGHT - chart.top;
      }
    });
  }
  delete(): void {
    this.call('Chart.delete()', () => {
      const { sheet, chart } = this.chartRef();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
const chartNumber = (name: string) => ({
  get: (t: ChartRef) => t.chart[name as 'top'],
  set: (t: ChartRef, v: unknown) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new MemoryOfficeError('InvalidArgument', `Invalid ${name} ${v}.`, `Chart.${name}`);
    t.chart[name as 'top'] = n;
  },
});
defineProperties(MemoryChart, {
  id: { get: (t: ChartRef) => t.chart.id },
  name: { get: (t: ChartRef) => t.chart.name, set: (t: ChartRef, v) => (t.chart.name = String(v)) },
  chartType: {
    get: (t: ChartRef) => t.chart.type,
    set: (t: ChartRef, v) => {
      if (!CHART_TYPES.has(String(v))) throw new MemoryOfficeError('InvalidArgument', `Invalid chart type '${v}'.`, 'Chart.chartType');
      t.chart.type = String(v);
    },
  },
  top: chartNumber('top'),
  left: chartNumber('left'),
  width: chartNumber('width'),
  height: chartNumber('height'),
});

export class MemoryChartTitle extends MemoryClientObject {
  static override typeName = 'ChartTitle';
  constructor(context: MemoryRequestContext, chartObj: MemoryChart) {
    super(context, null, chartObj, (t) => t);
  }
}
defineProperties(MemoryChartTitle, {
  text: {
    get: (t: ChartRef) => t.chart.title,
    set: (t: ChartRef, v) => {
      const text = String(v ?? '');
      if (text.length > CHART_TITLE_MAX) throw new MemoryOfficeError('InvalidArgument', `A chart title is at most ${CHART_TITLE_MAX} characters.`, 'ChartTitle.text');
      t.chart.title = text;
    },
  },
  visible: { get: (t: ChartRef) => t.chart.titleVisible, set: (t: ChartRef, v) => (t.chart.titleVisible = !!v) },
});

// -----------------------------------------------------------------------------------------------
// AutoFilter (ExcelApi 1.9): the filter's range only; the host never hides rows.

export class MemoryAutoFilter extends MemoryClientObject {
  static override typeName = 'AutoFilter';
  constructor(context: MemoryRequestContext, private readonly sheetObj: MemoryWorksheet) {
    super(context, null, sheetObj, (s) => s);
  }
  apply(range: MemoryRange | string): void {
    this.call('AutoFilter.apply()', () => {
      const sheet = this.sheetObj.target() as SheetModel;
      const target = typeof range === 'string' ? parseLocalAddress(splitSheetAddress(range).local) : (range.target() as RangeRef).range;
      if (rowsOf(target) < 1) throw new MemoryOfficeError('InvalidArgument', 'An AutoFilter needs a range.', 'AutoFilter.apply');
      sheet.autoFilter = { ...target };
    });
  }
  remove(): void {
    this.call('AutoFilter.remove()', () => {
      (this.sheetObj.target() as SheetModel).autoFilter = null;
    });
  }
}
defineProperties(MemoryAutoFilter, {
  enabled: { get: (s: SheetModel) => s.autoFilter !== null },
  isDataFiltered: { get: () => false },
});

