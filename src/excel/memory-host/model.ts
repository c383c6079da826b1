/**
 * The workbook behind the in-memory Excel host: sheets of sparse cells with values, formulas,
 * number formats, fills, fonts and hyperlinks; merged areas, validations, conditional formats,
 * charts; chart sheets; workbook settings. The server (`server.ts`) reads and writes it while it
 * answers a request from Microsoft's runtime; the host (`host.ts`) changes it as a user would.
 */
import { a1, columnIndex, columnLetter } from '../../core/address';
import type { CellRange, Grid } from '../../core/grid';
import { ExcelError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type RawValue = string | number | boolean;

/** A cell's fill as Excel keeps it. Absent (undefined) means "No Fill". */
export interface FillState {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellState {
  /** null when the cell is empty or holds an error. */
  value: RawValue | null;
  error?: string;
  /** "=…" for a formula cell. */
  formula?: string;
  /** Number format code; absent means General. */
  format?: string;
  fill?: FillState;
  hyperlink?: HyperlinkState;
  bold?: boolean;
  fontColor?: string;
  italic?: boolean;
  wrapText?: boolean;
  /** Top, Center, Bottom (Excel's default, left absent), Justify, Distributed. */
  verticalAlignment?: string;
}

function hasContent(cell: CellState | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== '') || cell.error !== undefined || cell.formula !== undefined);
}

function hasFormatting(cell: CellState): boolean {
  return (
    cell.format !== undefined ||
    cell.fill !== undefined ||
    cell.hyperlink !== undefined ||
    cell.bold !== undefined ||
    cell.fontColor !== undefined ||
    cell.italic !== undefined ||
    cell.wrapText !== undefined ||
    cell.verticalAlignment !== undefined
  );
}

/** A data validation on a rectangle of a sheet: its rule (null: any value), input prompt and error alert. */
export interface ValidationState {
  range: CellRange;
  /** One of wholeNumber, decimal, date, time, textLength, list, custom — as Office.js takes it. */
  rule: Record<string, Record<string, unknown>> | null;
  prompt: { showPrompt: boolean; title: string; message: string } | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  ignoreBlanks: boolean;
}

/** A chart on a sheet: its type, the data it plots, its title and where it stands (points). */
export interface ChartState {
  id: string;
  name: string;
  type: string;
  /** The data's sheet (its id) and rectangle. */
  sourceSheet: string;
  source: CellRange;
  seriesBy: 'Auto' | 'Columns' | 'Rows';
  title: string;
  titleVisible: boolean;
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells setPosition was given, for a view that draws the chart over its own grid. */
  anchor?: { from: CellRange; to: CellRange | null };
}

/**
 * A conditional format of the custom kind (a formula) over one or more areas: where the formula
 * holds, its fill and font colour show over the cells' own. The host does not calculate, so a
 * custom rule is taken to hold everywhere it applies. Excel moves the areas with the cells when
 * rows are inserted or deleted.
 */
export interface ConditionalFormatState {
  id: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  areas: CellRange[];
}

let nextSheetSerial = 1;
let nextFormatSerial = 1;

export function newConditionalFormatId(): string {
  return `{00000000-0003-0000-0000-${String(nextFormatSerial++).padStart(12, '0')}}`;
}

export class SheetModel {
  readonly id: string;
  readonly cells = new Map<number, Map<number, CellState>>();
  merges: CellRange[] = [];
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  /** Data validations, later ones over earlier ones where they overlap. */
  validations: ValidationState[] = [];
  charts: ChartState[] = [];
  /** Conditional formats, the first one winning where several apply. */
  conditionalFormats: ConditionalFormatState[] = [];
  /** The AutoFilter's range, or null when the sheet has none. */
  autoFilter: CellRange | null = null;
  /** The cell the sheet's selection sits on (Excel keeps one per sheet). */
  selection: CellRange = { r1: 0, c1: 0, r2: 0, c2: 0 };

  constructor(public name: string) {
    this.id = `{00000000-0001-0000-0000-${String(nextSheetSerial++).padStart(12, '0')}}`;
  }

  get(r: number, c: number): CellState | undefined {
    return this.cells.get(r)?.get(c);
  }

  ensure(r: number, c: number): CellState {
    let row = this.cells.get(r);
    if (!row) {
      row = new Map();
      this.cells.set(r, row);
    }
    let cell = row.get(c);
    if (!cell) {
      cell = { value: null };
      row.set(c, cell);
    }
    return cell;
  }

  /** Drops a cell that holds neither content nor formatting, so used ranges stay honest. */
  prune(r: number, c: number): void {
    const row = this.cells.get(r);
    const cell = row?.get(c);
    if (!row || !cell) return;
    if (!hasContent(cell) && !hasFormatting(cell)) {
      row.delete(c);
      if (row.size === 0) this.cells.delete(r);
    }
  }

  /** Visits the stored cells inside a rectangle (never the empty ones: a whole-sheet range stays cheap). */
  forEachStored(range: CellRange, visit: (r: number, c: number, cell: CellState) => void): void {
    const rowKeys = [...this.cells.keys()].filter((r) => r >= range.r1 && r <= range.r2).sort((x, y) => x - y);
    for (const r of rowKeys) {
      const row = this.cells.get(r)!;
      const colKeys = [...row.keys()].filter((c) => c >= range.c1 && c <= range.c2).sort((x, y) => x - y);
      for (const c of colKeys) visit(r, c, row.get(c)!);
    }
  }

  /** The used range: every cell with content (valuesOnly) or also with formatting; null when blank. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [r, row] of this.cells) {
      for (const [c, cell] of row) {
        if (valuesOnly ? !hasContent(cell) : !hasContent(cell) && !hasFormatting(cell)) continue;
        if (r < r1) r1 = r;
        if (r > r2) r2 = r;
        if (c < c1) c1 = c;
        if (c > c2) c2 = c;
      }
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        r1 = Math.min(r1, m.r1);
        c1 = Math.min(c1, m.c1);
        r2 = Math.max(r2, m.r2);
        c2 = Math.max(c2, m.c2);
      }
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

/** A chart sheet: a tab that holds one chart and no cells. It is not in `worksheets`. */
export interface ChartSheetState {
  id: string;
  name: string;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly chartSheets: ChartSheetState[] = [];
  /** The active tab: a worksheet's id, or a chart sheet's. */
  activeSheetId = '';
  readonly settings = new Map<string, unknown>();

  /** A worksheet by name, compared as Excel compares sheet names: without regard to case. */
  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Whether any tab — worksheet or chart sheet — has the name (without regard to case). */
  nameTaken(name: string, except?: SheetModel): boolean {
    const lower = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower) || this.chartSheets.some((c) => c.name.toLowerCase() === lower);
  }

  /** Worksheets are found by name (case-insensitive) or by id, as in `worksheets.getItem(key)`. */
  sheetByKey(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** The active worksheet; Excel has none while a chart sheet is active. */
  get activeSheet(): SheetModel {
    if (this.chartSheets.some((c) => c.id === this.activeSheetId)) {
      throw new ExcelError('ItemNotFound', 'The active sheet is a chart sheet, not a worksheet.', 'WorksheetCollection.getActiveWorksheet');
    }
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new ExcelError('ItemNotFound', 'The workbook has no worksheet.');
    return sheet;
  }

  addSheet(name: string | undefined): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.sheets.length + 1;
      while (this.nameTaken(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    validateSheetName(finalName);
    if (this.nameTaken(finalName)) {
      throw new ExcelError('ItemAlreadyExists', `A worksheet named '${finalName}' already exists.`, 'WorksheetCollection.add');
    }
    const sheet = new SheetModel(finalName);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  addChartSheet(name: string): ChartSheetState {
    validateSheetName(name);
    if (this.nameTaken(name)) throw new ExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const chartSheet = { id: new SheetModel(name).id, name };
    this.chartSheets.push(chartSheet);
    return chartSheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new ExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    if (this.activeSheetId === sheet.id) {
      this.activeSheetId = (this.sheets[Math.max(0, index - 1)] ?? this.sheets[0]).id;
    }
  }

  renameSheet(sheet: SheetModel, name: string): void {
    validateSheetName(name);
    if (this.nameTaken(name, sheet)) {
      throw new ExcelError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`, 'Worksheet.name');
    }
    sheet.name = name;
  }

  /** Loads the grids a reader produced (values, number formats, merges). */
  static fromGrids(grids: readonly Grid[]): WorkbookModel {
    const book = new WorkbookModel();
    for (const grid of grids) {
      const sheet = book.addSheet(grid.name);
      for (const r of grid.rowIndices()) {
        for (const [c, cell] of grid.rowCells(r)) {
          const state = sheet.ensure(r, c);
          if (cell.error) {
            state.value = null;
            state.error = cell.error;
          } else {
            state.value = cell.value;
          }
          if (cell.format) state.format = cell.format;
          sheet.prune(r, c);
        }
      }
      sheet.merges = grid.merges.map((m) => ({ ...m }));
    }
    if (book.sheets.length === 0) book.addSheet('Sheet1');
    book.activeSheetId = book.sheets[0].id;
    return book;
  }
}

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/;

export function validateSheetName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    FORBIDDEN_IN_SHEET_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new ExcelError('InvalidArgument', `The worksheet name '${name}' is not valid.`, 'Worksheet.name');
  }
}

// ---------------------------------------------------------------------------------------------
// Inserting and deleting rows: everything below moves, as in Excel

/**
 * A rectangle after `count` rows were inserted before row `at` (count > 0) or the rows
 * [at, at - count) deleted (count < 0); null when it lay wholly in the deleted rows.
 */
export function shiftedRange(range: CellRange, at: number, count: number): CellRange | null {
  if (count > 0) {
    if (range.r1 >= at) return { ...range, r1: range.r1 + count, r2: range.r2 + count };
    if (range.r2 >= at) return { ...range, r2: range.r2 + count };
    return { ...range };
  }
  const end = at - count; // first row after the deleted ones
  const row = (r: number): number => (r < at ? r : r >= end ? r + count : at);
  if (range.r1 >= at && range.r2 < end) return null;
  const r1 = row(range.r1);
  const r2 = range.r2 >= end ? range.r2 + count : range.r2 < at ? range.r2 : at - 1;
  return r2 < r1 ? null : { ...range, r1, r2 };
}

/** Inserts (count > 0) or deletes (count < 0) whole rows at `at`, moving cells and everything anchored to them. */
export function shiftRows(sheet: SheetModel, at: number, count: number): void {
  const moved = new Map<number, Map<number, CellState>>();
  for (const [r, row] of sheet.cells) {
    if (count < 0 && r >= at && r < at - count) continue;
    const to = r >= at ? r + count : r;
    if (to < MAX_ROWS) moved.set(to, row);
  }
  sheet.cells.clear();
  for (const [r, row] of moved) sheet.cells.set(r, row);
  const shift = (range: CellRange): CellRange | null => shiftedRange(range, at, count);
  sheet.merges = sheet.merges.map(shift).filter((m): m is CellRange => m !== null && (m.r1 !== m.r2 || m.c1 !== m.c2));
  sheet.validations = sheet.validations.flatMap((v) => {
    const range = shift(v.range);
    return range ? [{ ...v, range }] : [];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((f) => {
    const areas = f.areas.map(shift).filter((a): a is CellRange => a !== null);
    return areas.length ? [{ ...f, areas }] : [];
  });
  sheet.autoFilter = sheet.autoFilter && shift(sheet.autoFilter);
  for (const chart of sheet.charts) {
    const source = shift(chart.source);
    if (source) chart.source = source;
  }
  sheet.selection = shift(sheet.selection) ?? { r1: at, c1: sheet.selection.c1, r2: at, c2: sheet.selection.c1 };
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** Excel quotes a sheet name in an address unless it is a plain identifier that is not a cell reference. */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A rectangle's A1 text as Excel prints it: "B7", "A1:C3", "A:C" (whole columns), "2:5" (whole rows). */
export function rangeA1(range: CellRange): string {
  const wholeColumns = range.r1 === 0 && range.r2 === MAX_ROWS - 1;
  const wholeRows = range.c1 === 0 && range.c2 === MAX_COLUMNS - 1;
  if (wholeRows) return `${range.r1 + 1}:${range.r2 + 1}`;
  if (wholeColumns) return `${columnLetter(range.c1)}:${columnLetter(range.c2)}`;
  const from = a1(range.r1, range.c1);
  return range.r1 === range.r2 && range.c1 === range.c2 ? from : `${from}:${a1(range.r2, range.c2)}`;
}

export function fullAddress(sheet: SheetModel, range: CellRange): string {
  return `${sheetPrefix(sheet.name)}!${rangeA1(range)}`;
}

/** Splits "'My sheet'!A1:B2" into the unquoted sheet name and the local part. */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses a local A1 address: "B7", "$A$1:C3", "A:C", "2:5". Throws InvalidArgument like Excel. */
export function parseLocalAddress(local: string): CellRange {
  const text = local.trim().replace(/\$/g, '');
  const parts = text.split(':');
  if (parts.length > 2 || text === '') throw badAddress(local);
  const cellRe = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const colRe = /^([A-Za-z]{1,3})$/;
  const rowRe = /^(\d{1,7})$/;
  const [p, q = parts[0]] = parts;
  let range: CellRange;
  if (cellRe.test(p) && cellRe.test(q)) {
    const a = cellRe.exec(p)!;
    const b = cellRe.exec(q)!;
    range = order(Number(a[2]) - 1, columnIndex(a[1]), Number(b[2]) - 1, columnIndex(b[1]));
  } else if (parts.length === 2 && colRe.test(p) && colRe.test(q)) {
    range = order(0, columnIndex(p), MAX_ROWS - 1, columnIndex(q));
  } else if (parts.length === 2 && rowRe.test(p) && rowRe.test(q)) {
    range = order(Number(p) - 1, 0, Number(q) - 1, MAX_COLUMNS - 1);
  } else {
    throw badAddress(local);
  }
  if (range.r1 < 0 || range.c1 < 0 || range.r2 >= MAX_ROWS || range.c2 >= MAX_COLUMNS) throw badAddress(local);
  return range;
}

function order(r1: number, c1: number, r2: number, c2: number): CellRange {
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

function badAddress(address: string): ExcelError {
  return new ExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: '${address}'.`, 'Worksheet.getRange');
}

export function rowsOf(range: CellRange): number {
  return range.r2 - range.r1 + 1;
}

export function colsOf(range: CellRange): number {
  return range.c2 - range.c1 + 1;
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
  return r.r1 > r.r2 || r.c1 > r.c2 ? null : r;
}

// ---------------------------------------------------------------------------------------------
// Entering values: what Excel does with a value written through `range.values` / `formulas`

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_RE = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DOTTED_DATE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Excel's serial day number of a calendar date (1900 system). */
function serialOf(year: number, month: number, day: number): number | null {
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Applies one input to a cell the way Excel does for a value written through the API:
 * `null` leaves the cell alone; in a Text ("@") cell a string stays the literal text;
 * otherwise a string that starts with "=", "+", "-" (or "@") becomes a formula, a leading
 * apostrophe marks text, and numbers, percents, TRUE/FALSE and dates are converted.
 */
export function enterValue(cell: CellState, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  delete cell.error;
  delete cell.formula;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new ExcelError('InvalidArgument', `Invalid number at ${where}.`, where);
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') {
    throw new ExcelError('InvalidArgument', `Unsupported value type ${typeof input} at ${where}.`, where);
  }
  if (input.length > 32_767) throw new ExcelError('InvalidArgument', `Text longer than 32,767 characters at ${where}.`, where);
  if (input === '') {
    cell.value = null;
    return;
  }
  if (cell.format === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (NUMBER_RE.test(input)) {
    cell.value = Number(input);
    return;
  }
  const first = input[0];
  if ((first === '=' || first === '+' || first === '-' || first === '@') && input.length > 1) {
    const formula = first === '=' ? input : `=${input}`;
    cell.formula = formula;
    const result = evaluateFormula(formula);
    if (typeof result === 'number') cell.value = result;
    else {
      cell.value = null;
      cell.error = result.error;
    }
    return;
  }
  const percent = PERCENT_RE.exec(input);
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (cell.format === undefined) cell.format = '0%';
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === 'true';
    return;
  }
  const iso = ISO_DATE_RE.exec(input);
  const dotted = DOTTED_DATE_RE.exec(input);
  const serial = iso
    ? serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : dotted
      ? serialOf(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
      : null;
  if (serial !== null) {
    cell.value = serial;
    if (cell.format === undefined) cell.format = iso ? 'yyyy-mm-dd' : 'dd.mm.yyyy';
    return;
  }
  cell.value = input;
}

/**
 * The host does not calculate: a formula of number literals and + - * / ( ) gets its result,
 * anything else (functions, references, text) evaluates to #NAME? — enough to show that text
 * written as a formula is no longer the text.
 */
export function evaluateFormula(formula: string): number | { error: string } {
  const src = formula.slice(1).replace(/\s+/g, '');
  let i = 0;
  const fail = { error: '#NAME?' };
  function expr(): number | null {
    let left = term();
    while (left !== null && (src[i] === '+' || src[i] === '-')) {
      const op = src[i++];
      const right = term();
      if (right === null) return null;
      left = op === '+' ? left + right : left - right;
    }
    return left;
  }
  function term(): number | null {
    let left = unary();
    while (left !== null && (src[i] === '*' || src[i] === '/')) {
      const op = src[i++];
      const right = unary();
      if (right === null) return null;
      if (op === '/' && right === 0) throw new DivZero();
      left = op === '*' ? left * right : left / right;
    }
    return left;
  }
  function unary(): number | null {
    if (src[i] === '+') {
      i++;
      return unary();
    }
    if (src[i] === '-') {
      i++;
      const v = unary();
      return v === null ? null : -v;
    }
    if (src[i] === '(') {
      i++;
      const v = expr();
      if (src[i] !== ')') return null;
      i++;
      return v;
    }
    const m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  }
  class DivZero {}
  try {
    const v = expr();
    return v === null || i !== src.length ? fail : v;
  } catch (e) {
    if (e instanceof DivZero) return { error: '#DIV/0!' };
    throw e;
  }
}

/** What `range.values` returns for a cell: the value, "" when empty, the error code for an error. */
export function valueOut(cell: CellState | undefined): RawValue {
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value ?? '';
}

/** What `range.formulas` returns: the formula for a formula cell, the value otherwise. */
export function formulaOut(cell: CellState | undefined): RawValue {
  if (cell?.formula) return cell.formula;
  return valueOut(cell);
}

/** What `range.text` returns (the host's rendering is plain: no number formatting). */
export function textOut(cell: CellState | undefined): string {
  const v = valueOut(cell);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export function valueTypeOut(cell: CellState | undefined): string {
  if (!cell || (!cell.error && (cell.value === null || cell.value === ''))) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

/** UTF-8 byte length of a string, without TextEncoder or Buffer (keeps the host DOM- and Node-free). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function rangeArea(range: CellRange): number {
  return rowsOf(range) * colsOf(range);
}

