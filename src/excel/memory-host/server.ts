/**
 * The in-memory Excel's side of the wire. Microsoft's runtime (`excel-web-16.00.js`) turns an
 * add-in's proxies, `load` and `sync` into a request of `ObjectPaths` and `Actions`; this server
 * reads that request, runs it against the workbook model in order, and answers as Excel does:
 * query values in PascalCase, collections as `_Items`, `{ Id }` for objects that have one, null
 * for null objects, and an `Error` with Excel's code when an action fails (the actions before it
 * stay applied: Excel has no rollback).
 *
 * What Excel on the web enforces is enforced here: 5 MB per request and per response, no batch
 * while the user edits a cell unless it asked to wait (`delayForCellEdit`, request flag 64),
 * worksheet names without regard to case, chart sheets that are not worksheets, 512 merged areas
 * per `getMergedAreasOrNullObject`.
 */
import type { CellRange } from '../../core/grid';
import { ExcelError } from './errors';
import {
  type CellState,
  type ChartState,
  type ConditionalFormatState,
  type HyperlinkState,
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
  newConditionalFormatId,
  parseLocalAddress,
  rangeA1,
  rangeArea,
  rowsOf,
  splitSheetAddress,
  textOut,
  utf8Length,
  valueOut,
  valueTypeOut,
} from './model';

/** Excel on the web's limit for one request and one response (5 MB). */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** `Excel.run({ delayForCellEdit: true })` sets this request flag. */
const FLAG_DELAY_FOR_CELL_EDIT = 64;

/** What the runtime hands to `HttpUtility.setCustomSendRequestFunc`'s function. */
export interface WireRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  body: unknown;
}

export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** One round trip as the server saw it. */
export interface SyncRecord {
  /** 1-based, in the order the requests arrived. */
  index: number;
  /** UTF-8 bytes of the request body as the runtime serialises it. */
  requestBytes: number;
  /** UTF-8 bytes of the response body (0 when the request was refused). */
  responseBytes: number;
  /** Query actions (loads). */
  loads: number;
  /** Actions that change the workbook: property sets and writing methods. */
  writes: number;
  /** The request's flags; 64 is delayForCellEdit. */
  flags: number;
  /** True when the batch waited for the user to leave cell edit mode. */
  delayed: boolean;
  /** How many times each property set and method call came in the request, by its wire name ("Hyperlink", "Add"…). */
  calls: Record<string, number>;
  error?: string;
}

/** A change the add-in's request made to cells, for the WorksheetChanged event that follows. */
export interface CellChange {
  sheet: SheetModel;
  range: CellRange;
  before?: unknown;
  after?: unknown;
}

export interface ServerOptions {
  payloadLimit?: number;
}

// ---------------------------------------------------------------------------------------------
// The request's shape (what the runtime sends)

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

const PATH_GLOBAL = 1;
const PATH_METHOD = 3;
const PATH_PROPERTY = 4;
const PATH_INDEXER = 5;
const PATH_NULL = 7;
const ACTION_INSTANTIATE = 1;
const ACTION_QUERY = 2;
const ACTION_METHOD = 3;
const ACTION_SET = 4;
const ACTION_TRACE = 5;

// ---------------------------------------------------------------------------------------------
// Server-side objects: what a path resolves to

interface Obj {
  cls: string;
  sheet?: SheetModel;
  range?: CellRange;
  areas?: CellRange[];
  chart?: ChartState;
  format?: ConditionalFormatState;
  key?: string;
}

interface Exec {
  book: WorkbookModel;
  server: ExcelServer;
  changes: CellChange[];
}

interface Prop {
  get?(o: Obj, x: Exec): unknown;
  set?(o: Obj, value: unknown, x: Exec): void;
  /** Left out when a load names no property (objects, and reads too big to be a default). */
  notDefault?: boolean;
}

interface Method {
  run(o: Obj, args: unknown[], x: Exec): unknown;
  /** The method changes the workbook. */
  write?: boolean;
}

interface ClassDef {
  props?: Record<string, Prop>;
  /** Navigation properties by their wire name (PascalCase). */
  nav?: Record<string, (o: Obj, x: Exec) => Obj | null>;
  methods?: Record<string, Method>;
  indexer?(o: Obj, args: unknown[], x: Exec): Obj;
  items?(o: Obj, x: Exec): Obj[];
  id?(o: Obj): string;
}

const wire = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function fail(code: string, message: string, location?: string): never {
  throw new ExcelError(code, message, location);
}

function liveSheet(o: Obj, x: Exec): SheetModel {
  const sheet = o.sheet!;
  if (!x.book.sheets.includes(sheet)) fail('ItemNotFound', `The worksheet '${sheet.name}' was deleted.`, 'Worksheet');
  return sheet;
}

function checkBounds(range: CellRange, where: string): CellRange {
  const ok =
    [range.r1, range.c1, range.r2, range.c2].every(Number.isInteger) &&
    range.r1 >= 0 &&
    range.c1 >= 0 &&
    range.r2 >= range.r1 &&
    range.c2 >= range.c1 &&
    range.r2 < MAX_ROWS &&
    range.c2 < MAX_COLUMNS;
  if (!ok) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format: the range is outside the worksheet grid.', where);
  return range;
}

function localRange(sheet: SheetModel, address: unknown, where: string): CellRange {
  if (typeof address !== 'string') fail('InvalidArgument', 'The address must be a string.', where);
  const { sheet: named, local } = splitSheetAddress(address);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    fail('InvalidArgument', `The address '${address}' is not on worksheet '${sheet.name}'.`, where);
  }
  return parseLocalAddress(local);
}

/** A range given as an argument: a Range object (by its path) or an address on the sheet. */
function rangeArgument(value: unknown, sheet: SheetModel, where: string): CellRange {
  if (value && typeof value === 'object' && (value as Obj).cls === 'Range') return (value as Obj).range!;
  return localRange(sheet, value, where);
}

// ---------------------------------------------------------------------------------------------
// Cells

/** Refuses to build a dense array that could never fit in a response, before building it. */
function guardDense(range: CellRange, x: Exec, minBytesPerCell: number): void {
  const cells = rangeArea(range);
  if (cells > 5_000_000) fail('RangeExceedsLimit', `The range ${rangeA1(range)} has ${cells} cells, more than a request may read.`);
  if (cells * minBytesPerCell > x.server.payloadLimit) {
    fail('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${x.server.payloadLimit} bytes).`);
  }
}

function dense<T>(o: Obj, x: Exec, minBytes: number, f: (cell: CellState | undefined) => T): T[][] {
  const sheet = liveSheet(o, x);
  const range = o.range!;
  guardDense(range, x, minBytes);
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
function eachInput(range: CellRange, input: unknown, property: string, visit: (r: number, c: number, v: unknown) => void): void {
  if (!Array.isArray(input)) {
    if (rangeArea(range) > 2_000_000) fail('InvalidArgument', `Too many cells to set ${property} one by one.`, `Range.${property}`);
    for (let r = range.r1; r <= range.r2; r++) for (let c = range.c1; c <= range.c2; c++) visit(r, c, input);
    return;
  }
  if (input.length !== rowsOf(range) || input.some((row) => !Array.isArray(row) || row.length !== colsOf(range))) {
    fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`, `Range.${property}`);
  }
  input.forEach((row: unknown[], i) => row.forEach((v, j) => visit(range.r1 + i, range.c1 + j, v)));
}

function isCoveredByMerge(sheet: SheetModel, r: number, c: number): boolean {
  return sheet.merges.some((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2 && (r !== m.r1 || c !== m.c1));
}

function writeCells(o: Obj, input: unknown, x: Exec, property: string): void {
  const sheet = liveSheet(o, x);
  const range = o.range!;
  const single = range.r1 === range.r2 && range.c1 === range.c2;
  const before = single ? valueOut(sheet.get(range.r1, range.c1)) : undefined;
  let changed = false;
  eachInput(range, input, property, (r, c, v) => {
    if (v === null || v === undefined) return;
    if (v !== '' && isCoveredByMerge(sheet, r, c)) {
      fail('InvalidOperation', `Cell ${rangeA1({ r1: r, c1: c, r2: r, c2: c })} is inside a merged area and is not its top-left cell.`, `Range.${property}`);
    }
    const cell = sheet.ensure(r, c);
    enterValue(cell, v, `${sheet.name}!${rangeA1({ r1: r, c1: c, r2: r, c2: c })}`);
    sheet.prune(r, c);
    changed = true;
  });
  if (changed) x.changes.push({ sheet, range, before, after: single ? valueOut(sheet.get(range.r1, range.c1)) : undefined });
}

/** A property every cell of the areas shares, or null when they differ (as Excel reads a mixed range). */
function uniform<T>(sheet: SheetModel, areas: CellRange[], f: (cell: CellState | undefined) => T, emptyValue: T): T | null {
  let first: { v: string } | null = null;
  let stored = 0;
  let area = 0;
  let mixed = false;
  for (const range of areas) {
    area += rangeArea(range);
    sheet.forEachStored(range, (_r, _c, cell) => {
      stored++;
      const v = JSON.stringify(f(cell));
      if (!first) first = { v };
      else if (first.v !== v) mixed = true;
    });
  }
  if (mixed) return null;
  const seen = first as { v: string } | null;
  if (stored < area && seen && seen.v !== JSON.stringify(emptyValue)) return null;
  return seen ? (JSON.parse(seen.v) as T) : emptyValue;
}

const VERTICAL_ALIGNMENTS = new Set(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']);

function eachCell(sheet: SheetModel, areas: CellRange[], f: (cell: CellState) => void): void {
  if (areas.reduce((n, a) => n + rangeArea(a), 0) > 2_000_000) fail('InvalidArgument', 'The host formats at most 2,000,000 cells at a time.');
  for (const range of areas) {
    for (let r = range.r1; r <= range.r2; r++) {
      for (let c = range.c1; c <= range.c2; c++) {
        f(sheet.ensure(r, c));
        sheet.prune(r, c);
      }
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
  pink: '#FFC0CB',
};

/** Excel takes "#RRGGBB" or a colour name and reports "#RRGGBB" in upper case. */
export function normalizeColor(value: unknown): string {
  const text = String(value ?? '').trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(text)) return `#${[...text.slice(1)].map((ch) => ch + ch).join('')}`.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  return fail('InvalidArgument', `Invalid color '${text}'.`, 'RangeFill.color');
}

const FILL_PATTERNS = new Set([
  'None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75',
  'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8',
  'LinearGradient', 'RectangularGradient',
]);

const solidFill = (color: string) => ({ color, pattern: 'Solid', patternColor: null, tintAndShade: 0, patternTintAndShade: 0 });

function fillNumber(name: 'tintAndShade' | 'patternTintAndShade'): Prop {
  return {
    get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => (cell?.fill ? cell.fill[name] : null), null),
    set: (o, v, x) => {
      const n = Number(v);
      if (!(n >= -1 && n <= 1)) fail('InvalidArgument', `Invalid ${name} ${v}.`, `RangeFill.${name}`);
      eachCell(liveSheet(o, x), o.areas!, (cell) => {
        cell.fill ??= solidFill('#FFFFFF');
        cell.fill[name] = n;
      });
    },
  };
}

const STANDARD_COLUMN_WIDTH = 64; // points: Excel's default (8.43 characters)
const DEFAULT_ROW_HEIGHT = 15;

function columnLeft(sheet: SheetModel, column: number): number {
  let left = 0;
  for (let c = 0; c < column; c++) left += sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH;
  return left;
}

// ---------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8), with Excel's limits

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
const VALIDATION_LIMITS = { formula: 255, promptTitle: 32, promptMessage: 255, alertTitle: 32, alertMessage: 225 } as const;

function validationFormula(value: unknown, name: string): string {
  if (value && typeof value === 'object' && (value as Obj).cls === 'Range') {
    const o = value as Obj;
    return `=${fullAddress(o.sheet!, o.range!)}`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('InvalidArgument', `${name} is not a number.`, 'DataValidation.rule');
    return `=${value}`;
  }
  if (typeof value !== 'string' || value === '') fail('InvalidArgument', `${name} is required.`, 'DataValidation.rule');
  const text = value.startsWith('=') ? value : `=${value}`;
  if (text.length - 1 > VALIDATION_LIMITS.formula) fail('InvalidArgument', `${name} is longer than ${VALIDATION_LIMITS.formula} characters.`, 'DataValidation.rule');
  return text;
}

/** Checks a rule as Excel does and returns it as Excel reports it back (formulas as "=…"). */
function normalizeRule(input: unknown): Record<string, Record<string, unknown>> {
  if (!input || typeof input !== 'object') fail('InvalidArgument', 'The data validation rule must be an object.', 'DataValidation.rule');
  const body = input as Record<string, Record<string, unknown> | null | undefined>;
  const keys = Object.keys(body).filter((k) => body[k] !== undefined && body[k] !== null);
  if (keys.length !== 1 || !(keys[0] in VALIDATION_TYPES)) fail('InvalidArgument', 'A data validation rule has exactly one type.', 'DataValidation.rule');
  const type = keys[0];
  const rule = body[type];
  if (!rule || typeof rule !== 'object') fail('InvalidArgument', `The ${type} rule must be an object.`, 'DataValidation.rule');
  if (type === 'custom') return { custom: { formula: validationFormula(rule.formula, 'custom.formula') } };
  if (type === 'list') {
    const source = typeof rule.source === 'object' ? validationFormula(rule.source, 'list.source') : rule.source;
    if (typeof source !== 'string' || source === '' || source.length > VALIDATION_LIMITS.formula) fail('InvalidArgument', 'list.source is missing or too long.', 'DataValidation.rule');
    return { list: { inCellDropDown: rule.inCellDropDown !== false, source } };
  }
  const operator = String(rule.operator ?? '');
  if (!VALIDATION_OPERATORS.has(operator)) fail('InvalidArgument', `Invalid operator '${operator}'.`, 'DataValidation.rule');
  const out: Record<string, unknown> = { operator, formula1: validationFormula(rule.formula1, `${type}.formula1`) };
  if (operator === 'Between' || operator === 'NotBetween') out.formula2 = validationFormula(rule.formula2, `${type}.formula2`);
  return { [type]: out };
}

function limitedText(value: unknown, max: number, name: string, where: string): string {
  const text = value === undefined || value === null ? '' : String(value);
  if (text.length > max) fail('InvalidArgument', `${name} is longer than ${max} characters.`, where);
  return text;
}

const contains = (outer: CellRange, inner: CellRange): boolean => inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;

function governing(sheet: SheetModel, range: CellRange): ValidationState | undefined | 'mixed' {
  const touching = sheet.validations.filter((v) => intersect(v.range, range));
  if (touching.length === 0) return undefined;
  const last = touching[touching.length - 1];
  return contains(last.range, range) ? last : 'mixed';
}

function validationEntry(sheet: SheetModel, range: CellRange): ValidationState {
  const same = sheet.validations.find((v) => v.range.r1 === range.r1 && v.range.c1 === range.c1 && v.range.r2 === range.r2 && v.range.c2 === range.c2);
  if (same) return same;
  sheet.validations = sheet.validations.filter((v) => !contains(range, v.range));
  const entry: ValidationState = { range: { ...range }, rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };
  sheet.validations.push(entry);
  return entry;
}

function settled(sheet: SheetModel, range: CellRange): ValidationState | undefined {
  const v = governing(sheet, range);
  return v === 'mixed' ? undefined : v;
}

// ---------------------------------------------------------------------------------------------
// Charts

const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter', 'Radar',
]);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const CHART_TITLE_MAX = 255;
let nextChartSerial = 1;

function liveChart(o: Obj, x: Exec): ChartState {
  const sheet = liveSheet(o, x);
  if (!sheet.charts.includes(o.chart!)) fail('ItemNotFound', 'The chart was deleted.', 'Chart');
  return o.chart!;
}

function liveFormat(o: Obj, x: Exec): ConditionalFormatState {
  const sheet = liveSheet(o, x);
  if (!sheet.conditionalFormats.includes(o.format!)) fail('ItemNotFound', 'The conditional format was deleted.', 'ConditionalFormat');
  return o.format!;
}

const chartNumber = (name: 'top' | 'left' | 'width' | 'height'): Prop => ({
  get: (o, x) => liveChart(o, x)[name],
  set: (o, v, x) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) fail('InvalidArgument', `Invalid ${name} ${v}.`, `Chart.${name}`);
    liveChart(o, x)[name] = n;
  },
});

/** A new, unmerged copy of the areas a RangeAreas or a Range stands for. */
const areasOf = (o: Obj): CellRange[] => (o.areas ?? [o.range!]).map((a) => ({ ...a }));

// ---------------------------------------------------------------------------------------------
// The classes: properties (camelCase, as `load` names them), navigation properties and methods
// (PascalCase, as the wire names them)

const CLASSES: Record<string, ClassDef> = {
  Workbook: {
    nav: {
      Worksheets: () => ({ cls: 'WorksheetCollection' }),
      Settings: () => ({ cls: 'SettingCollection' }),
    },
  },

  WorksheetCollection: {
    items: (_o, x) => x.book.sheets.map((sheet) => ({ cls: 'Worksheet', sheet })),
    indexer: (_o, [key], x) => {
      const sheet = x.book.sheetByKey(String(key));
      if (!sheet) fail('ItemNotFound', `The requested resource doesn't exist: worksheet '${key}'.`, 'WorksheetCollection.getItem');
      return { cls: 'Worksheet', sheet };
    },
    methods: {
      GetItem: { run: (o, args, x) => CLASSES.WorksheetCollection.indexer!(o, args, x) },
      GetItemOrNullObject: {
        run: (_o, [key], x) => {
          const sheet = x.book.sheetByKey(String(key));
          return sheet ? { cls: 'Worksheet', sheet } : null;
        },
      },
      GetItemAt: {
        run: (_o, [index], x) => {
          const sheet = x.book.sheets[Number(index)];
          if (!sheet) fail('ItemNotFound', `There is no worksheet at ${index}.`, 'WorksheetCollection.getItemAt');
          return { cls: 'Worksheet', sheet };
        },
      },
      GetActiveWorksheet: { run: (_o, _a, x) => ({ cls: 'Worksheet', sheet: x.book.activeSheet }) },
      GetFirst: { run: (_o, _a, x) => ({ cls: 'Worksheet', sheet: x.book.sheets[0] }) },
      GetLast: { run: (_o, _a, x) => ({ cls: 'Worksheet', sheet: x.book.sheets[x.book.sheets.length - 1] }) },
      GetCount: { run: (_o, _a, x) => x.book.sheets.length },
      Add: {
        write: true,
        run: (_o, [name], x) => ({ cls: 'Worksheet', sheet: x.book.addSheet(name === null || name === undefined ? undefined : String(name)) }),
      },
      _RegisterDataChangedEvent: { run: (_o, _a, x) => x.server.changedListeners++ },
      _UnregisterDataChangedEvent: { run: (_o, _a, x) => (x.server.changedListeners = Math.max(0, x.server.changedListeners - 1)) },
    },
  },

  Worksheet: {
    id: (o) => o.sheet!.id,
    props: {
      name: {
        get: (o, x) => liveSheet(o, x).name,
        set: (o, v, x) => x.book.renameSheet(liveSheet(o, x), String(v)),
      },
      id: { get: (o, x) => liveSheet(o, x).id },
      position: {
        get: (o, x) => x.book.sheets.indexOf(liveSheet(o, x)),
        set: (o, v, x) => {
          const sheets = x.book.sheets;
          const to = Number(v);
          if (!Number.isInteger(to) || to < 0 || to >= sheets.length) fail('InvalidArgument', `Invalid position ${v}.`, 'Worksheet.position');
          sheets.splice(sheets.indexOf(liveSheet(o, x)), 1);
          sheets.splice(to, 0, o.sheet!);
        },
      },
      visibility: {
        get: (o, x) => liveSheet(o, x).visibility,
        set: (o, v, x) => {
          if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') fail('InvalidArgument', `Invalid visibility ${v}.`, 'Worksheet.visibility');
          liveSheet(o, x).visibility = v;
        },
      },
      tabColor: { get: (o, x) => liveSheet(o, x).tabColor, set: (o, v, x) => (liveSheet(o, x).tabColor = String(v)) },
    },
    nav: {
      FreezePanes: (o) => ({ cls: 'WorksheetFreezePanes', sheet: o.sheet }),
      Charts: (o) => ({ cls: 'ChartCollection', sheet: o.sheet }),
      AutoFilter: (o) => ({ cls: 'AutoFilter', sheet: o.sheet }),
    },
    methods: {
      Activate: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'A hidden worksheet cannot be activated.', 'Worksheet.activate');
          x.book.activeSheetId = sheet.id;
        },
      },
      Delete: { write: true, run: (o, _a, x) => x.book.deleteSheet(liveSheet(o, x)) },
      GetRange: {
        run: (o, [address], x) => {
          const sheet = liveSheet(o, x);
          const whole = address === undefined || address === null || address === '';
          return { cls: 'Range', sheet, range: whole ? { r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLUMNS - 1 } : localRange(sheet, address, 'Worksheet.getRange') };
        },
      },
      GetRanges: {
        run: (o, [address], x) => {
          const sheet = liveSheet(o, x);
          if (typeof address !== 'string' || !address.trim()) fail('InvalidArgument', 'getRanges needs an address.', 'Worksheet.getRanges');
          const areas = address.split(/[,;]/).map((part) => localRange(sheet, part.trim(), 'Worksheet.getRanges'));
          return { cls: 'RangeAreas', sheet, areas };
        },
      },
      GetRangeByIndexes: {
        run: (o, [row, column, rows, columns], x) => {
          const range = { r1: Number(row), c1: Number(column), r2: Number(row) + Number(rows) - 1, c2: Number(column) + Number(columns) - 1 };
          return { cls: 'Range', sheet: liveSheet(o, x), range: checkBounds(range, 'Worksheet.getRangeByIndexes') };
        },
      },
      GetCell: {
        run: (o, [row, column], x) => ({ cls: 'Range', sheet: liveSheet(o, x), range: checkBounds({ r1: Number(row), c1: Number(column), r2: Number(row), c2: Number(column) }, 'Worksheet.getCell') }),
      },
      GetUsedRange: {
        run: (o, [valuesOnly], x) => {
          const sheet = liveSheet(o, x);
          // A blank sheet's used range is A1: getUsedRange never fails on a blank sheet.
          return { cls: 'Range', sheet, range: sheet.usedRange(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
        },
      },
      GetUsedRangeOrNullObject: {
        run: (o, [valuesOnly], x) => {
          const sheet = liveSheet(o, x);
          const used = sheet.usedRange(!!valuesOnly);
          return used ? { cls: 'Range', sheet, range: used } : null;
        },
      },
    },
  },

  Range: {
    props: {
      address: { get: (o, x) => fullAddress(liveSheet(o, x), o.range!) },
      addressLocal: { get: (o, x) => fullAddress(liveSheet(o, x), o.range!) },
      rowCount: { get: (o) => rowsOf(o.range!) },
      columnCount: { get: (o) => colsOf(o.range!) },
      rowIndex: { get: (o) => o.range!.r1 },
      columnIndex: { get: (o) => o.range!.c1 },
      cellCount: { get: (o) => rangeArea(o.range!) },
      values: { get: (o, x) => dense(o, x, 3, valueOut), set: (o, v, x) => writeCells(o, v, x, 'values') },
      formulas: { get: (o, x) => dense(o, x, 3, formulaOut), set: (o, v, x) => writeCells(o, v, x, 'formulas') },
      text: { get: (o, x) => dense(o, x, 3, textOut) },
      valueTypes: { get: (o, x) => dense(o, x, 8, valueTypeOut) },
      numberFormat: {
        get: (o, x) => dense(o, x, 10, (cell) => cell?.format ?? 'General'),
        set: (o, v, x) => {
          const sheet = liveSheet(o, x);
          eachInput(o.range!, v, 'numberFormat', (r, c, f) => {
            if (f === null || f === undefined) return;
            if (typeof f !== 'string') fail('InvalidArgument', 'A number format must be a string.', 'Range.numberFormat');
            const cell = sheet.ensure(r, c);
            if (f === 'General' || f === '') delete cell.format;
            else cell.format = f;
            sheet.prune(r, c);
          });
        },
      },
      hyperlink: {
        notDefault: true,
        get: (o, x) => {
          const link = liveSheet(o, x).get(o.range!.r1, o.range!.c1)?.hyperlink;
          return link ? { ...link } : null;
        },
        set: (o, v, x) => {
          const sheet = liveSheet(o, x);
          const link = v as HyperlinkState | null;
          const range = o.range!;
          let shownAny = false;
          for (let r = range.r1; r <= range.r2; r++) {
            for (let c = range.c1; c <= range.c2; c++) {
              const cell = sheet.ensure(r, c);
              if (!link || (!link.address && !link.documentReference)) delete cell.hyperlink;
              else {
                cell.hyperlink = { ...link };
                // The link's text becomes the cell's value (literal text, never a formula).
                const shown = link.textToDisplay ?? (cell.value === null && !cell.formula ? link.documentReference ?? link.address : undefined);
                if (shown !== undefined) {
                  delete cell.formula;
                  delete cell.error;
                  cell.value = shown === '' ? null : shown;
                  shownAny = true;
                }
              }
              sheet.prune(r, c);
            }
          }
          if (shownAny) x.changes.push({ sheet, range });
        },
      },
    },
    nav: {
      Format: (o) => ({ cls: 'RangeFormat', sheet: o.sheet, areas: [o.range!] }),
      DataValidation: (o) => ({ cls: 'DataValidation', sheet: o.sheet, range: o.range }),
      ConditionalFormats: (o) => ({ cls: 'ConditionalFormatCollection', sheet: o.sheet, areas: [o.range!] }),
      Worksheet: (o) => ({ cls: 'Worksheet', sheet: o.sheet }),
    },
    methods: {
      _KeepReference: { run: () => undefined },
      // The runtime splits a large `values` / `numberFormat` set into blocks of rows: it checks
      // the array's size against the range first, then writes getRow(i).getBoundingRect(getRow(j)).
      _ValidateArraySize: {
        run: (o, [rows, columns]) => {
          if (Number(rows) !== rowsOf(o.range!) || Number(columns) !== colsOf(o.range!)) {
            fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", 'Range._ValidateArraySize');
          }
        },
      },
      GetRow: {
        run: (o, [row]) => {
          const r = o.range!.r1 + Number(row);
          return { cls: 'Range', sheet: o.sheet, range: checkBounds({ r1: r, c1: o.range!.c1, r2: r, c2: o.range!.c2 }, 'Range.getRow') };
        },
      },
      GetColumn: {
        run: (o, [column]) => {
          const c = o.range!.c1 + Number(column);
          return { cls: 'Range', sheet: o.sheet, range: checkBounds({ r1: o.range!.r1, c1: c, r2: o.range!.r2, c2: c }, 'Range.getColumn') };
        },
      },
      GetBoundingRect: {
        run: (o, [other]) => {
          const b = rangeArgument(other, o.sheet!, 'Range.getBoundingRect');
          const a = o.range!;
          return { cls: 'Range', sheet: o.sheet, range: { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) } };
        },
      },
      GetEntireColumn: { run: (o) => ({ cls: 'Range', sheet: o.sheet, range: { r1: 0, c1: o.range!.c1, r2: MAX_ROWS - 1, c2: o.range!.c2 } }) },
      GetEntireRow: { run: (o) => ({ cls: 'Range', sheet: o.sheet, range: { r1: o.range!.r1, c1: 0, r2: o.range!.r2, c2: MAX_COLUMNS - 1 } }) },
      GetCell: {
        run: (o, [row, column]) => {
          const r = o.range!.r1 + Number(row);
          const c = o.range!.c1 + Number(column);
          return { cls: 'Range', sheet: o.sheet, range: checkBounds({ r1: r, c1: c, r2: r, c2: c }, 'Range.getCell') };
        },
      },
      GetMergedAreasOrNullObject: {
        // The merged areas whose top-left cell lies in the range — what Excel returns
        // (OfficeDev/office-js#3611) — and no more than 512 of them.
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          const range = o.range!;
          const areas = sheet.merges.filter((m) => m.r1 >= range.r1 && m.r1 <= range.r2 && m.c1 >= range.c1 && m.c1 <= range.c2);
          if (areas.length > x.server.maxMergedAreas) {
            fail('GeneralException', `The range has ${areas.length} merged areas; at most ${x.server.maxMergedAreas} can be returned.`, 'Range.getMergedAreasOrNullObject');
          }
          return areas.length ? { cls: 'RangeAreas', sheet, areas: areas.map((a) => ({ ...a })) } : null;
        },
      },
      Select: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'Cannot select a range on a hidden worksheet.', 'Range.select');
          x.book.activeSheetId = sheet.id;
          sheet.selection = { ...o.range! };
        },
      },
      Clear: {
        write: true,
        run: (o, [applyTo], x) => {
          const sheet = liveSheet(o, x);
          const how = (applyTo as string | null | undefined) ?? 'All';
          const touched: Array<[number, number]> = [];
          let contentChanged = false;
          sheet.forEachStored(o.range!, (r, c, cell) => {
            touched.push([r, c]);
            if (how === 'All' || how === 'Contents') {
              if (cell.value !== null || cell.error || cell.formula) contentChanged = true;
              cell.value = null;
              delete cell.error;
              delete cell.formula;
            }
            if (how === 'All' || how === 'Formats') {
              for (const key of ['format', 'fill', 'bold', 'italic', 'fontColor', 'wrapText', 'verticalAlignment'] as const) delete cell[key];
            }
            if (how === 'All' || how === 'Hyperlinks' || how === 'RemoveHyperlinks') delete cell.hyperlink;
          });
          if (how === 'All' || how === 'Formats') {
            sheet.conditionalFormats = sheet.conditionalFormats.flatMap((f) => {
              const areas = f.areas.filter((a) => !contains(o.range!, a));
              return areas.length ? [{ ...f, areas }] : [];
            });
          }
          for (const [r, c] of touched) sheet.prune(r, c);
          if (contentChanged) x.changes.push({ sheet, range: o.range! });
        },
      },
      Merge: {
        write: true,
        run: (o, [across], x) => {
          const sheet = liveSheet(o, x);
          const range = o.range!;
          const parts = across ? Array.from({ length: rowsOf(range) }, (_, i) => ({ r1: range.r1 + i, c1: range.c1, r2: range.r1 + i, c2: range.c2 })) : [range];
          for (const part of parts) {
            if (rangeArea(part) < 2) continue;
            sheet.merges = sheet.merges.filter((m) => !intersect(m, part));
            sheet.merges.push({ ...part });
          }
        },
      },
      Unmerge: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          sheet.merges = sheet.merges.filter((m) => !intersect(m, o.range!));
        },
      },
    },
  },

  RangeAreas: {
    props: {
      address: { get: (o, x) => o.areas!.map((a) => fullAddress(liveSheet(o, x), a)).join(',') },
      areaCount: { get: (o) => o.areas!.length },
      cellCount: { get: (o) => o.areas!.reduce((n, a) => n + rangeArea(a), 0) },
    },
    nav: {
      Format: (o) => ({ cls: 'RangeFormat', sheet: o.sheet, areas: o.areas }),
      ConditionalFormats: (o) => ({ cls: 'ConditionalFormatCollection', sheet: o.sheet, areas: o.areas }),
    },
    methods: { _KeepReference: { run: () => undefined } },
  },

  RangeFormat: {
    props: {
      columnWidth: {
        get: (o, x) => {
          const sheet = liveSheet(o, x);
          const widths = new Set<number>();
          for (const a of o.areas!) for (let c = a.c1; c <= a.c2; c++) widths.add(sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH);
          return widths.size === 1 ? [...widths][0] : null;
        },
        set: (o, v, x) => {
          const sheet = liveSheet(o, x);
          const w = Number(v);
          if (!Number.isFinite(w) || w < 0) fail('InvalidArgument', `Invalid column width ${v}.`, 'RangeFormat.columnWidth');
          for (const a of o.areas!) for (let c = a.c1; c <= a.c2; c++) sheet.columnWidths.set(c, w);
        },
      },
      wrapText: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => !!cell?.wrapText, false),
        set: (o, v, x) => eachCell(liveSheet(o, x), o.areas!, (cell) => (v ? (cell.wrapText = true) : delete cell.wrapText)),
      },
      verticalAlignment: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => cell?.verticalAlignment ?? 'Bottom', 'Bottom'),
        set: (o, v, x) => {
          const alignment = String(v);
          if (!VERTICAL_ALIGNMENTS.has(alignment)) fail('InvalidArgument', `Invalid vertical alignment '${alignment}'.`, 'RangeFormat.verticalAlignment');
          eachCell(liveSheet(o, x), o.areas!, (cell) => (alignment === 'Bottom' ? delete cell.verticalAlignment : (cell.verticalAlignment = alignment)));
        },
      },
    },
    nav: {
      Fill: (o) => ({ cls: 'RangeFill', sheet: o.sheet, areas: o.areas }),
      Font: (o) => ({ cls: 'RangeFont', sheet: o.sheet, areas: o.areas }),
    },
  },

  // "No Fill" reads as color "#FFFFFF", pattern "None", tintAndShade null: the colour alone
  // cannot tell it from a white fill (OfficeDev/office-js#4900). A mixed range reads null.
  RangeFill: {
    props: {
      color: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => cell?.fill?.color ?? '#FFFFFF', '#FFFFFF'),
        set: (o, v, x) => {
          const color = normalizeColor(v);
          eachCell(liveSheet(o, x), o.areas!, (cell) => {
            if (!cell.fill || cell.fill.pattern === 'None') cell.fill = solidFill(color);
            else {
              cell.fill.color = color;
              cell.fill.tintAndShade = 0;
            }
          });
        },
      },
      pattern: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => cell?.fill?.pattern ?? 'None', 'None'),
        set: (o, v, x) => {
          const pattern = String(v);
          if (!FILL_PATTERNS.has(pattern)) fail('InvalidArgument', `Invalid fill pattern '${pattern}'.`, 'RangeFill.pattern');
          eachCell(liveSheet(o, x), o.areas!, (cell) => {
            if (pattern === 'None') delete cell.fill;
            else if (!cell.fill) cell.fill = { ...solidFill('#FFFFFF'), pattern };
            else cell.fill.pattern = pattern;
          });
        },
      },
      patternColor: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => cell?.fill?.patternColor ?? null, null),
        set: (o, v, x) => {
          const color = v === null ? null : normalizeColor(v);
          eachCell(liveSheet(o, x), o.areas!, (cell) => {
            cell.fill ??= solidFill('#FFFFFF');
            cell.fill.patternColor = color;
          });
        },
      },
      tintAndShade: fillNumber('tintAndShade'),
      patternTintAndShade: fillNumber('patternTintAndShade'),
    },
    methods: {
      Clear: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          for (const a of o.areas!) {
            sheet.forEachStored(a, (r, c, cell) => {
              delete cell.fill;
              sheet.prune(r, c);
            });
          }
        },
      },
    },
  },

  RangeFont: {
    props: {
      bold: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => !!cell?.bold, false),
        set: (o, v, x) => eachCell(liveSheet(o, x), o.areas!, (cell) => (v ? (cell.bold = true) : delete cell.bold)),
      },
      italic: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => !!cell?.italic, false),
        set: (o, v, x) => eachCell(liveSheet(o, x), o.areas!, (cell) => (v ? (cell.italic = true) : delete cell.italic)),
      },
      color: {
        get: (o, x) => uniform(liveSheet(o, x), o.areas!, (cell) => cell?.fontColor ?? '#000000', '#000000'),
        set: (o, v, x) => {
          const color = normalizeColor(v);
          eachCell(liveSheet(o, x), o.areas!, (cell) => (color === '#000000' ? delete cell.fontColor : (cell.fontColor = color)));
        },
      },
    },
  },

  DataValidation: {
    props: {
      type: {
        get: (o, x) => {
          const v = governing(liveSheet(o, x), o.range!);
          if (v === 'mixed') return 'Inconsistent';
          return v?.rule ? VALIDATION_TYPES[Object.keys(v.rule)[0]] : 'None';
        },
      },
      rule: {
        get: (o, x) => structuredClone(settled(liveSheet(o, x), o.range!)?.rule ?? {}),
        set: (o, v, x) => {
          const rule = normalizeRule(v);
          validationEntry(liveSheet(o, x), o.range!).rule = rule;
        },
      },
      prompt: {
        get: (o, x) => ({ ...(settled(liveSheet(o, x), o.range!)?.prompt ?? { showPrompt: false, title: '', message: '' }) }),
        set: (o, v, x) => {
          const p = (v ?? {}) as Record<string, unknown>;
          const where = 'DataValidation.prompt';
          const prompt = {
            showPrompt: p.showPrompt !== false,
            title: limitedText(p.title, VALIDATION_LIMITS.promptTitle, 'prompt.title', where),
            message: limitedText(p.message, VALIDATION_LIMITS.promptMessage, 'prompt.message', where),
          };
          validationEntry(liveSheet(o, x), o.range!).prompt = prompt;
        },
      },
      errorAlert: {
        get: (o, x) => ({ ...(settled(liveSheet(o, x), o.range!)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' }) }),
        set: (o, v, x) => {
          const a = (v ?? {}) as Record<string, unknown>;
          const where = 'DataValidation.errorAlert';
          const style = String(a.style ?? 'Stop');
          if (!ALERT_STYLES.has(style)) fail('InvalidArgument', `Invalid alert style '${style}'.`, where);
          const alert = {
            showAlert: a.showAlert !== false,
            style,
            title: limitedText(a.title, VALIDATION_LIMITS.alertTitle, 'errorAlert.title', where),
            message: limitedText(a.message, VALIDATION_LIMITS.alertMessage, 'errorAlert.message', where),
          };
          validationEntry(liveSheet(o, x), o.range!).errorAlert = alert;
        },
      },
      ignoreBlanks: {
        get: (o, x) => settled(liveSheet(o, x), o.range!)?.ignoreBlanks ?? true,
        set: (o, v, x) => (validationEntry(liveSheet(o, x), o.range!).ignoreBlanks = !!v),
      },
    },
    methods: {
      Clear: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          sheet.validations = sheet.validations.filter((v) => !intersect(v.range, o.range!));
        },
      },
    },
  },

  // Conditional formats (ExcelApi 1.6; on RangeAreas 1.9): the custom kind, the one the add-in uses.
  ConditionalFormatCollection: {
    items: (o, x) =>
      liveSheet(o, x)
        .conditionalFormats.filter((f) => f.areas.some((a) => o.areas!.some((b) => intersect(a, b))))
        .map((format) => ({ cls: 'ConditionalFormat', sheet: o.sheet, format })),
    indexer: (o, [id], x) => {
      const format = liveSheet(o, x).conditionalFormats.find((f) => f.id === id);
      if (!format) fail('ItemNotFound', `The conditional format '${id}' doesn't exist.`, 'ConditionalFormatCollection.getItem');
      return { cls: 'ConditionalFormat', sheet: o.sheet, format };
    },
    methods: {
      GetItem: { run: (o, args, x) => CLASSES.ConditionalFormatCollection.indexer!(o, args, x) },
      GetCount: { run: (o, _a, x) => CLASSES.ConditionalFormatCollection.items!(o, x).length },
      Add: {
        write: true,
        run: (o, [type], x) => {
          if (type !== 'Custom') fail('InvalidArgument', `The host adds only custom conditional formats, not '${type}'.`, 'ConditionalFormatCollection.add');
          const format: ConditionalFormatState = { id: newConditionalFormatId(), formula: '', fill: null, fontColor: null, areas: areasOf(o) };
          // A new format comes first: it wins where it overlaps older ones.
          liveSheet(o, x).conditionalFormats.unshift(format);
          return { cls: 'ConditionalFormat', sheet: o.sheet, format };
        },
      },
      ClearAll: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          const gone = new Set(CLASSES.ConditionalFormatCollection.items!(o, x).map((f) => f.format));
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !gone.has(f));
        },
      },
    },
  },

  ConditionalFormat: {
    id: (o) => o.format!.id,
    props: {
      id: { get: (o, x) => liveFormat(o, x).id },
      type: { get: (o, x) => (liveFormat(o, x), 'Custom') },
      priority: { get: (o, x) => liveSheet(o, x).conditionalFormats.indexOf(liveFormat(o, x)) },
      stopIfTrue: { get: () => false },
    },
    nav: {
      Custom: (o) => ({ cls: 'CustomConditionalFormat', sheet: o.sheet, format: o.format }),
      CustomOrNullObject: (o) => ({ cls: 'CustomConditionalFormat', sheet: o.sheet, format: o.format }),
    },
    methods: {
      Delete: {
        write: true,
        run: (o, _a, x) => {
          const format = liveFormat(o, x);
          const sheet = liveSheet(o, x);
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
        },
      },
      GetRange: {
        run: (o, _a, x) => {
          const format = liveFormat(o, x);
          if (format.areas.length !== 1) fail('InvalidOperation', 'The conditional format applies to several areas: use getRanges.', 'ConditionalFormat.getRange');
          return { cls: 'Range', sheet: o.sheet, range: { ...format.areas[0] } };
        },
      },
      GetRanges: { run: (o, _a, x) => ({ cls: 'RangeAreas', sheet: o.sheet, areas: liveFormat(o, x).areas.map((a) => ({ ...a })) }) },
    },
  },
  CustomConditionalFormat: {
    nav: {
      Rule: (o) => ({ cls: 'ConditionalFormatRule', sheet: o.sheet, format: o.format }),
      Format: (o) => ({ cls: 'ConditionalRangeFormat', sheet: o.sheet, format: o.format }),
    },
  },
  ConditionalFormatRule: {
    props: {
      formula: {
        get: (o, x) => liveFormat(o, x).formula,
        set: (o, v, x) => {
          const text = String(v ?? '');
          if (!text.startsWith('=') || text.length > 8192) fail('InvalidArgument', 'A conditional format formula starts with "=".', 'ConditionalFormatRule.formula');
          liveFormat(o, x).formula = text;
        },
      },
    },
  },
  ConditionalRangeFormat: {
    nav: {
      Fill: (o) => ({ cls: 'ConditionalRangeFill', sheet: o.sheet, format: o.format }),
      Font: (o) => ({ cls: 'ConditionalRangeFont', sheet: o.sheet, format: o.format }),
    },
  },
  ConditionalRangeFill: {
    props: { color: { get: (o, x) => liveFormat(o, x).fill, set: (o, v, x) => (liveFormat(o, x).fill = normalizeColor(v)) } },
    methods: { Clear: { write: true, run: (o, _a, x) => (liveFormat(o, x).fill = null) } },
  },
  ConditionalRangeFont: {
    props: { color: { get: (o, x) => liveFormat(o, x).fontColor, set: (o, v, x) => (liveFormat(o, x).fontColor = normalizeColor(v)) } },
  },

  WorksheetFreezePanes: {
    methods: {
      FreezeRows: {
        write: true,
        run: (o, [count], x) => {
          const sheet = liveSheet(o, x);
          sheet.frozenRows = count === undefined || count === null ? 1 : Number(count);
          sheet.frozenColumns = 0;
        },
      },
      FreezeColumns: {
        write: true,
        run: (o, [count], x) => {
          const sheet = liveSheet(o, x);
          sheet.frozenColumns = count === undefined || count === null ? 1 : Number(count);
          sheet.frozenRows = 0;
        },
      },
      FreezeAt: {
        write: true,
        run: (o, [range], x) => {
          // The rows above and the columns left of the range's bottom-right corner stay in view.
          const sheet = liveSheet(o, x);
          const frozen = rangeArgument(range, sheet, 'WorksheetFreezePanes.freezeAt');
          sheet.frozenRows = frozen.r2 + 1;
          sheet.frozenColumns = frozen.c2 + 1;
        },
      },
      Unfreeze: {
        write: true,
        run: (o, _a, x) => {
          const sheet = liveSheet(o, x);
          sheet.frozenRows = 0;
          sheet.frozenColumns = 0;
        },
      },
    },
  },

  AutoFilter: {
    props: { enabled: { get: (o, x) => liveSheet(o, x).autoFilter !== null } },
    methods: {
      Apply: {
        write: true,
        run: (o, [range], x) => {
          const sheet = liveSheet(o, x);
          sheet.autoFilter = { ...rangeArgument(range, sheet, 'AutoFilter.apply') };
        },
      },
      Remove: { write: true, run: (o, _a, x) => (liveSheet(o, x).autoFilter = null) },
    },
  },

  ChartCollection: {
    items: (o, x) => liveSheet(o, x).charts.map((chart) => ({ cls: 'Chart', sheet: o.sheet, chart })),
    indexer: (o, [name], x) => {
      const chart = liveSheet(o, x).charts.find((c) => c.name === name || c.id === name);
      if (!chart) fail('ItemNotFound', `The requested resource doesn't exist: chart '${name}'.`, 'ChartCollection.getItem');
      return { cls: 'Chart', sheet: o.sheet, chart };
    },
    methods: {
      GetCount: { run: (o, _a, x) => liveSheet(o, x).charts.length },
      GetItem: { run: (o, args, x) => CLASSES.ChartCollection.indexer!(o, args, x) },
      Add: {
        write: true,
        run: (o, [type, source, seriesBy], x) => {
          const sheet = liveSheet(o, x);
          const by = seriesBy === undefined || seriesBy === null ? 'Auto' : String(seriesBy);
          if (!CHART_TYPES.has(String(type))) fail('InvalidArgument', `Invalid chart type '${type}'.`, 'ChartCollection.add');
          if (!SERIES_BY.has(by)) fail('InvalidArgument', `Invalid seriesBy '${by}'.`, 'ChartCollection.add');
          if (!source || (source as Obj).cls !== 'Range') fail('InvalidArgument', 'The chart source must be a Range.', 'ChartCollection.add');
          const data = source as Obj;
          const serial = nextChartSerial++;
          const chart: ChartState = {
            id: `{00000000-0002-0000-0000-${String(serial).padStart(12, '0')}}`,
            name: `Chart ${sheet.charts.length + 1}`,
            type: String(type),
            sourceSheet: liveSheet(data, x).id,
            source: { ...data.range! },
            seriesBy: by as ChartState['seriesBy'],
            title: '',
            titleVisible: true,
            top: 0,
            left: 0,
            width: 360,
            height: 216,
          };
          sheet.charts.push(chart);
          return { cls: 'Chart', sheet, chart };
        },
      },
    },
  },
  Chart: {
    id: (o) => o.chart!.id,
    props: {
      id: { get: (o, x) => liveChart(o, x).id },
      name: { get: (o, x) => liveChart(o, x).name, set: (o, v, x) => (liveChart(o, x).name = String(v)) },
      chartType: {
        get: (o, x) => liveChart(o, x).type,
        set: (o, v, x) => {
          if (!CHART_TYPES.has(String(v))) fail('InvalidArgument', `Invalid chart type '${v}'.`, 'Chart.chartType');
          liveChart(o, x).type = String(v);
        },
      },
      top: chartNumber('top'),
      left: chartNumber('left'),
      width: chartNumber('width'),
      height: chartNumber('height'),
    },
    nav: { Title: (o) => ({ cls: 'ChartTitle', sheet: o.sheet, chart: o.chart }) },
    methods: {
      SetPosition: {
        write: true,
        run: (o, [startCell, endCell], x) => {
          const chart = liveChart(o, x);
          const sheet = o.sheet!;
          const start = rangeArgument(startCell, sheet, 'Chart.setPosition');
          const end = endCell === undefined || endCell === null ? null : rangeArgument(endCell, sheet, 'Chart.setPosition');
          if (end && (end.r2 < start.r1 || end.c2 < start.c1)) fail('InvalidArgument', 'The end cell is above or left of the start cell.', 'Chart.setPosition');
          chart.anchor = { from: { ...start }, to: end ? { ...end } : null };
          chart.left = columnLeft(sheet, start.c1);
          chart.top = start.r1 * DEFAULT_ROW_HEIGHT;
          if (end) {
            chart.width = columnLeft(sheet, end.c2 + 1) - chart.left;
            chart.height = (end.r2 + 1) * DEFAULT_ROW_HEIGHT - chart.top;
          }
        },
      },
      Delete: {
        write: true,
        run: (o, _a, x) => {
          const chart = liveChart(o, x);
          o.sheet!.charts = o.sheet!.charts.filter((c) => c !== chart);
        },
      },
    },
  },
  ChartTitle: {
    props: {
      text: {
        get: (o, x) => liveChart(o, x).title,
        set: (o, v, x) => {
          const text = String(v ?? '');
          if (text.length > CHART_TITLE_MAX) fail('InvalidArgument', `A chart title is at most ${CHART_TITLE_MAX} characters.`, 'ChartTitle.text');
          liveChart(o, x).title = text;
        },
      },
      visible: { get: (o, x) => liveChart(o, x).titleVisible, set: (o, v, x) => (liveChart(o, x).titleVisible = !!v) },
    },
  },

  SettingCollection: {
    items: (_o, x) => [...x.book.settings.keys()].map((key) => ({ cls: 'Setting', key })),
    indexer: (_o, [key], x) => {
      if (!x.book.settings.has(String(key))) fail('ItemNotFound', `The setting '${key}' doesn't exist.`, 'SettingCollection.getItem');
      return { cls: 'Setting', key: String(key) };
    },
    methods: {
      GetItem: { run: (o, args, x) => CLASSES.SettingCollection.indexer!(o, args, x) },
      GetItemOrNullObject: { run: (_o, [key], x) => (x.book.settings.has(String(key)) ? { cls: 'Setting', key: String(key) } : null) },
      GetCount: { run: (_o, _a, x) => x.book.settings.size },
      Add: {
        write: true,
        run: (_o, [key, value], x) => {
          if (typeof key !== 'string' || key === '') fail('InvalidArgument', 'A setting key must be a non-empty string.', 'SettingCollection.add');
          if (value === undefined) fail('InvalidArgument', 'A setting value cannot be undefined.', 'SettingCollection.add');
          x.book.settings.set(key, structuredClone(value));
          return { cls: 'Setting', key };
        },
      },
    },
  },
  Setting: {
    props: {
      key: { get: (o) => o.key },
      value: {
        get: (o, x) => structuredClone(x.book.settings.get(o.key!)),
        set: (o, v, x) => x.book.settings.set(o.key!, structuredClone(v)),
      },
    },
    methods: { Delete: { write: true, run: (o, _a, x) => x.book.settings.delete(o.key!) } },
  },
};

function classOf(o: Obj): ClassDef {
  const def = CLASSES[o.cls];
  if (!def) fail('GeneralException', `The in-memory Excel has no class ${o.cls}.`);
  return def;
}

/** Properties a load that names none returns: every scalar one. */
function defaultSelect(def: ClassDef): string[] {
  return Object.entries(def.props ?? {})
    .filter(([, p]) => p.get && !p.notDefault)
    .map(([name]) => name);
}

/** A query's value: the selected properties in PascalCase, following navigation paths ("rule/formula"). */
function queryObject(o: Obj, select: string[], x: Exec): Record<string, unknown> {
  const def = classOf(o);
  const out: Record<string, unknown> = {};
  for (const path of select) {
    const [head, ...rest] = path.split('/');
    if (rest.length) {
      const nav = def.nav?.[wire(head)];
      if (!nav) fail('InvalidArgument', `${o.cls} has no navigation property '${head}'.`);
      const child = nav(o, x);
      const nested = child === null ? null : queryObject(child, [rest.join('/')], x);
      const previous = out[wire(head)];
      out[wire(head)] = nested && previous && typeof previous === 'object' ? { ...previous, ...nested } : nested;
      continue;
    }
    const prop = def.props?.[head];
    if (!prop?.get) fail('InvalidArgument', `${o.cls} has no property '${head}'.`, `${o.cls}.${head}`);
    out[wire(head)] = prop.get(o, x);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The server

export class ExcelServer {
  payloadLimit: number;
  maxMergedAreas = 512;
  /** How many `onChanged` registrations the add-in holds on the worksheet collection. */
  changedListeners = 0;
  readonly syncLog: SyncRecord[] = [];
  /** When the user is editing a cell: the promise that ends when they leave edit mode. */
  private editing: { done: Promise<void>; end: () => void } | null = null;

  constructor(
    readonly book: WorkbookModel,
    /** Called after each request with the cell changes it made (for the events that follow). */
    private readonly onChanges: (changes: CellChange[]) => void,
    options: ServerOptions = {},
  ) {
    this.payloadLimit = options.payloadLimit ?? EXCEL_PAYLOAD_LIMIT;
  }

  get syncCount(): number {
    return this.syncLog.length;
  }

  get inCellEdit(): boolean {
    return this.editing !== null;
  }

  /** The user starts typing in a cell: batches that did not ask to wait fail until they stop. */
  beginCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  /** The function for `HttpUtility.setCustomSendRequestFunc`. */
  async send(request: WireRequest): Promise<WireResponse> {
    const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const requestBytes = utf8Length(text);
    const flags = Number(/[?&]flags=(\d+)/.exec(request.url)?.[1] ?? 0);
    const body = JSON.parse(text) as RequestBody;
    const record: SyncRecord = {
      index: this.syncLog.length + 1,
      requestBytes,
      responseBytes: 0,
      loads: body.Actions.filter((a) => a.ActionType === ACTION_QUERY).length,
      writes: 0,
      flags,
      delayed: false,
      calls: {},
    };
    for (const action of body.Actions) {
      if (action.ActionType === ACTION_METHOD || action.ActionType === ACTION_SET) record.calls[action.Name] = (record.calls[action.Name] ?? 0) + 1;
    }
    // The request crosses to Excel (and, on the web, the network): never synchronous.
    await Promise.resolve();
    if (requestBytes > this.payloadLimit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      this.syncLog.push(record);
      const message = `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.payloadLimit} bytes).`;
      return { statusCode: 413, headers: {}, body: JSON.stringify({ error: { code: 'RequestPayloadSizeLimitExceeded', message } }) };
    }
    while (this.editing) {
      if (!(flags & FLAG_DELAY_FOR_CELL_EDIT)) {
        record.error = 'InvalidOperationInCellEditMode';
        this.syncLog.push(record);
        const error = new ExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
        return this.respond({ Error: errorBody(error) });
      }
      record.delayed = true;
      await this.editing.done;
    }
    this.syncLog.push(record);
    const x: Exec = { book: this.book, server: this, changes: [] };
    const { results, error, writes } = this.execute(body, x);
    record.writes = writes;
    const response = error ? { Error: error } : { Results: results };
    let out = JSON.stringify(response);
    record.responseBytes = utf8Length(out);
    if (!error && record.responseBytes > this.payloadLimit) {
      const tooBig = new ExcelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.payloadLimit} bytes).`);
      out = JSON.stringify({ Error: errorBody(tooBig) });
      record.responseBytes = utf8Length(out);
      record.error = tooBig.code;
    }
    if (error) record.error = error.Code;
    if (x.changes.length) this.onChanges(x.changes);
    return { statusCode: 200, headers: {}, body: out };
  }

  private respond(response: unknown): WireResponse {
    return { statusCode: 200, headers: {}, body: JSON.stringify(response) };
  }

  /** Runs the actions in order; stops at the first failure (what ran before it stays done). */
  private execute(body: RequestBody, x: Exec): { results: unknown[]; error: ReturnType<typeof errorBody> | null; writes: number } {
    const resolved = new Map<number, Obj | null>();
    const results: unknown[] = [];
    let writes = 0;
    const resolve = (id: number): Obj | null => {
      if (resolved.has(id)) return resolved.get(id)!;
      const info = body.ObjectPaths[String(id)];
      if (!info) fail('InvalidObjectPath', `The object path ${id} is missing from the request.`);
      const obj = this.evaluatePath(info, resolve, x, () => writes++);
      resolved.set(id, obj);
      return obj;
    };
    const args = (info: ArgumentInfo | undefined): unknown[] => {
      const list = info?.Arguments ?? [];
      const refs = info?.ReferencedObjectPathIds ?? [];
      return list.map((value, i) => (refs[i] ? resolve(refs[i]) : value));
    };
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        switch (action.ActionType) {
          case ACTION_INSTANTIATE: {
            const obj = resolve(action.ObjectPathId);
            if (obj === null) results.push({ ActionId: action.Id, Value: null });
            else {
              const id = classOf(obj).id?.(obj);
              if (id !== undefined) results.push({ ActionId: action.Id, Value: { Id: id } });
            }
            break;
          }
          case ACTION_QUERY: {
            const obj = resolve(action.ObjectPathId);
            if (obj === null) {
              results.push({ ActionId: action.Id, Value: null });
              break;
            }
            const def = classOf(obj);
            if (action.QueryInfo?.Expand?.length || action.QueryInfo?.Top !== undefined || action.QueryInfo?.Skip !== undefined) {
              fail('InvalidArgument', 'The in-memory Excel answers loads by Select only.');
            }
            if (def.items) {
              const items = def.items(obj, x);
              const select = action.QueryInfo?.Select ?? (items[0] ? defaultSelect(classOf(items[0])) : []);
              results.push({ ActionId: action.Id, Value: { _Items: items.map((item) => queryObject(item, select, x)) } });
            } else {
              results.push({ ActionId: action.Id, Value: queryObject(obj, action.QueryInfo?.Select ?? defaultSelect(def), x) });
            }
            break;
          }
          case ACTION_METHOD: {
            const obj = resolve(action.ObjectPathId);
            // What is asked of a null object is no error: it does nothing and returns null.
            if (obj === null) {
              results.push({ ActionId: action.Id, Value: null });
              break;
            }
            const method = classOf(obj).methods?.[action.Name];
            if (!method) fail('InvalidArgument', `${obj.cls} has no method ${action.Name}.`, `${obj.cls}.${action.Name}`);
            if (method.write) writes++;
            const value = method.run(obj, args(action.ArgumentInfo), x);
            results.push({ ActionId: action.Id, Value: value === undefined || (value && typeof value === 'object') ? null : value });
            break;
          }
          case ACTION_SET: {
            const obj = resolve(action.ObjectPathId);
            if (obj === null) break;
            const name = action.Name.charAt(0).toLowerCase() + action.Name.slice(1);
            const prop = classOf(obj).props?.[name];
            if (!prop?.set) fail('InvalidArgument', `${obj.cls}.${name} cannot be set.`, `${obj.cls}.${name}`);
            writes++;
            prop.set(obj, args(action.ArgumentInfo)[0], x);
            break;
          }
          case ACTION_TRACE:
            results.push({ ActionId: action.Id, Value: null });
            break;
          default:
            fail('InvalidArgument', `The in-memory Excel does not know action type ${action.ActionType}.`);
        }
      } catch (error) {
        if (!(error instanceof ExcelError)) throw error;
        return { results, error: errorBody(error, index), writes };
      }
    }
    return { results, error: null, writes };
  }

  private evaluatePath(info: ObjectPathInfo, resolve: (id: number) => Obj | null, x: Exec, countWrite: () => void): Obj | null {
    if (info.ObjectPathType === PATH_GLOBAL) return { cls: 'Workbook' };
    if (info.ObjectPathType === PATH_NULL) return null;
    const parent = info.ParentObjectPathId === undefined ? null : resolve(info.ParentObjectPathId);
    if (parent === null) return null;
    const def = classOf(parent);
    const list = info.ArgumentInfo?.Arguments ?? [];
    const refs = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    const args = list.map((value, i) => (refs[i] ? resolve(refs[i]) : value));
    switch (info.ObjectPathType) {
      case PATH_PROPERTY: {
        const nav = def.nav?.[info.Name];
        if (!nav) fail('InvalidArgument', `${parent.cls} has no navigation property ${info.Name}.`);
        return nav(parent, x);
      }
      case PATH_INDEXER:
        if (!def.indexer) fail('InvalidArgument', `${parent.cls} has no indexer.`);
        return def.indexer(parent, args, x);
      case PATH_METHOD: {
        const method = def.methods?.[info.Name];
        if (!method) fail('InvalidArgument', `${parent.cls} has no method ${info.Name}.`, `${parent.cls}.${info.Name}`);
        if (method.write) countWrite();
        const value = method.run(parent, args, x);
        if (value !== null && (typeof value !== 'object' || !('cls' in value))) fail('InvalidArgument', `${parent.cls}.${info.Name} returns no object.`);
        return value as Obj | null;
      }
      default:
        return fail('InvalidArgument', `The in-memory Excel does not know object path type ${info.ObjectPathType}.`);
    }
  }
}

function errorBody(error: ExcelError, actionIndex?: number) {
  return { Code: error.code, Message: error.message, HttpStatusCode: error.httpStatus, Location: error.location ?? '', ActionIndex: actionIndex };
}
