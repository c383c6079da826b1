/**
 * The contract between the task pane and Excel. The pane calls only this; `office-workbook.ts`
 * implements it on Office.js (the real Excel, or the in-memory host for tests and the preview).
 * Every method is one read `sync` or one write `sync`, whatever the row count.
 */
import type { Grid } from '../core/grid';
import type { Finding, Language } from '../core/findings';

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
  /** Fills the cells of the findings; remembers each cell's original fill. Values untouched. */
  highlight(findings: readonly Finding[]): Promise<void>;
  /** Restores every highlighted cell's original fill exactly. */
  clearHighlight(): Promise<void>;
  /** Writes (or rewrites) the report sheet «Замечания» with a hyperlink from each finding to its cell. */
  writeReport(findings: readonly Finding[], language: Language): Promise<string>;
  /** Keys of ignored findings, kept in the workbook's settings. */
  loadIgnored(): Promise<Set<string>>;
  saveIgnored(keys: ReadonlySet<string>): Promise<void>;
  /** Calls back after the user's own edits (debounced); the add-in's writes are ignored. Returns an unsubscribe. */
  onUserEdit(callback: (change: SheetChange) => void, debounceMs?: number): Promise<() => Promise<void>>;
}

/** A finding's identity for «ignore»: stable across re-checks while the cell's value stays the same. */
export function findingKey(f: Pick<Finding, 'rule' | 'sheet' | 'cell' | 'value'>): string {
  return `${f.rule}|${f.sheet}|${f.cell}|${f.value}`;
}
