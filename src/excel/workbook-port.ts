/**
 * The contract between the task pane and Excel. The pane calls only this; `office-workbook.ts`
 * implements it on Office.js (the real Excel, or Microsoft's runtime on the in-memory Excel for
 * tests and the preview). Every method is one read `sync` and at most one write `sync`, whatever
 * the row count — more only past Excel's 5 MB per request or response.
 *
 * The members after `onUserEdit` came with consolidation, the verdict, profiles and new plans.
 * They are optional, so an implementation written before them (a test's fake) still is a port;
 * the pane says so when it meets a port without one.
 */
import type { CellRange, Grid } from '../core/grid';
import type { Finding, Language } from '../core/findings';
import type { SheetColumnMappings } from '../core/roadmap/user-columns';

export interface SheetChange {
  sheet: string;
  /** A1 address of the changed range. */
  address: string;
}

export interface WorkbookPort {
  /** The active sheet as a grid (values, number formats, merged areas): one sync. */
  readActiveSheet(): Promise<Grid>;
  /** Every worksheet as a grid: one sync for all sheets (chunked past the payload limit). */
  readAllSheets(): Promise<Grid[]>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Shows the cells of the findings in their severity's colour (conditional formats: the cells'
   * own values and formats are never written); replaces the previous highlight.
   */
  highlight(findings: readonly Finding[]): Promise<void>;
  /** Removes the highlight: every cell shows exactly what it had. */
  clearHighlight(): Promise<void>;
  /**
   * Writes (or rewrites) the add-in's report sheet — a row per finding with a hyperlink to its
   * cell, the event's name beside it, the rule's title in the language — and returns its name:
   * «Замечания», or «Замечания (2)» when a sheet of the user's has that name.
   */
  writeReport(findings: readonly ReportEntry[], language: Language): Promise<string>;
  /** Keys of ignored findings, kept in the workbook's settings. */
  loadIgnored(): Promise<Set<string>>;
  saveIgnored(keys: ReadonlySet<string>): Promise<void>;
  /** Calls back after the user's own edits (debounced); the add-in's writes are ignored. Returns an unsubscribe. */
  onUserEdit(callback: (change: SheetChange) => void, debounceMs?: number): Promise<() => Promise<void>>;

  /**
   * Adds new sheets after the last one: cells, merged areas, widths, styles, data validation and
   * charts. A name that is taken becomes «Свод (2)», «Свод (3)»…: no sheet is ever overwritten.
   * Text cells are written as text (never a formula, a number or a date). Returns the names
   * given, in order. One read sync (the sheet names) and one write sync — more write syncs only
   * when the cells exceed one request's payload.
   */
  addSheets?(sheets: readonly NewSheet[], options?: AddSheetsOptions): Promise<string[]>;
  /** The region's profile kept in the workbook (setting `roadmapChecker.profile`), or null. One sync. */
  loadProfile?(): Promise<StoredProfile | null>;
  /** Keeps a profile in the workbook, or removes it (null). One sync. */
  saveProfile?(profile: StoredProfile | null): Promise<void>;
  /** The user's own columns per sheet kept in the workbook (setting `roadmapChecker.columns`). One sync. */
  loadColumns?(): Promise<SheetColumnMappings>;
  /** Keeps the user's own columns per sheet in the workbook. One sync. */
  saveColumns?(columns: SheetColumnMappings): Promise<void>;
}

/** A finding as the report sheet lists it: with the name of the event on its row, when it has one. */
export interface ReportEntry extends Finding {
  event?: string;
}

/** A cell of a new sheet: a number (with an optional format) or a text. */
export interface NewCell {
  value: string | number;
  /** Number format of a number; ignored on text, which is always written as text ("@"). */
  format?: string;
}

export interface NewSheetStyle {
  /** A1 range on the new sheet. */
  range: string;
  bold?: boolean;
  wrap?: boolean;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
}

export type ValidationRule =
  | { custom: { formula: string } }
  | { textLength: { operator: 'Between' | 'GreaterThan' | 'GreaterThanOrEqualTo' | 'LessThanOrEqualTo'; formula1: string | number; formula2?: string | number } }
  | { list: { inCellDropDown: boolean; source: string } };

export interface NewSheetValidation {
  /** A1 range on the new sheet. */
  range: string;
  rule?: ValidationRule;
  /** The input hint shown when a cell of the range is selected (title ≤ 32, message ≤ 255 characters). */
  prompt?: { title: string; message: string };
  /** What a value breaking the rule gets (title ≤ 32, message ≤ 225 characters). */
  errorAlert?: { style: 'Stop' | 'Warning' | 'Information'; title: string; message: string };
}

export interface NewSheetChart {
  type: 'ColumnClustered' | 'BarClustered' | 'Line';
  /** A1 range of the data on the new sheet: series names in its first row, categories in its first column. */
  source: string;
  seriesBy: 'Columns' | 'Rows';
  title: string;
  /** Where the chart stands: its top-left and bottom-right cells. */
  from: string;
  to: string;
  name?: string;
}

export interface NewSheet {
  /** The name wanted; made unique and valid (31 characters, no []:*?/\) when needed. */
  name: string;
  /** Cells row by row from A1; null (or a short row) leaves a cell empty. */
  rows: ReadonlyArray<ReadonlyArray<NewCell | null>>;
  merges?: readonly CellRange[];
  /** Column widths in points, from column A; 0 or absent keeps Excel's width. */
  columnWidths?: readonly number[];
  styles?: readonly NewSheetStyle[];
  /** Rows frozen at the top. */
  freezeRows?: number;
  /** Columns frozen at the left (with freezeRows, both at once). */
  freezeColumns?: number;
  /** An AutoFilter over the table at A1: its rows down to the first empty one. */
  filter?: boolean;
  validations?: readonly NewSheetValidation[];
  charts?: readonly NewSheetChart[];
  /** The cell selected on the sheet (A1). */
  select?: string;
}

export interface AddSheetsOptions {
  /** The index (in `sheets`) of the sheet to activate; none when absent. */
  activate?: number;
}

/** A profile kept in the workbook: the JSON as loaded (validated again when read) and where it came from. */
export interface StoredProfile {
  json: unknown;
  fileName: string | null;
}

/** A finding's identity for «ignore»: stable across re-checks while the cell's value stays the same. */
export function findingKey(f: Pick<Finding, 'rule' | 'sheet' | 'cell' | 'value'>): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.value}`;
}
