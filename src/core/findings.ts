/** What the engine reports: findings with stable rule ids, and the per-sheet report around them. */

export type Severity = 'error' | 'warning' | 'info';
export type Language = 'ru' | 'en';
export type Field = 'number' | 'name' | 'deadline' | 'responsible' | 'result';
export const FIELDS: readonly Field[] = ['number', 'name', 'deadline', 'responsible', 'result'];

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** 1-based row; the header row for column findings. */
  row: number;
  /** A1 address of the cell the finding points at. */
  cell: string;
  /** The cell's text as read (after merges and ditto marks are resolved, the source value). */
  value: string;
  message: string;
  /** Message parameters, so a view can re-render the message in another language. */
  data?: Record<string, string | number>;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type SheetKind = 'roadmap' | 'indicators' | 'other';

export interface PlanPeriod {
  /** ISO dates; from is null for «до июня 2026». */
  from: string | null;
  to: string | null;
}

/** How one column of a roadmap was read: its field, how that was decided, its part in a field read from several columns. */
export interface ColumnMapEntry {
  column: string;
  field: Field;
  /** `header`: by its header's words; `content`: by what stands below it; `user`: the user's own mapping. */
  source: 'header' | 'content' | 'user';
  /** A deadline's `start` / `end`, a plan-graph's `period`, another `part` of a field read from several columns. */
  role?: 'start' | 'end' | 'part' | 'period';
}

export interface SheetReport {
  name: string;
  kind: SheetKind;
  /** 1-based; null when no header was found. */
  headerRow: number | null;
  /** Each field's main column. */
  columns: Partial<Record<Field, string>>;
  /** Every mapped column, left to right (empty when no header was found). */
  columnMap?: ColumnMapEntry[];
  /** Every column of the header with its text, left to right: what a user may map a field to. */
  headers?: Array<{ column: string; text: string }>;
  planPeriod: PlanPeriod | null;
  counts: { sections: number; events: number };
  findings: Finding[];
}

/** A finding about a workbook, or a selection of sheets, as a whole: no sheet or cell to point at. */
export interface WorkbookFinding {
  rule: string;
  severity: Severity;
  message: string;
  data?: Record<string, string | number>;
}

/** A checked workbook: each sheet's report, and the findings about the whole. */
export interface WorkbookReport {
  sheets: SheetReport[];
  findings: WorkbookFinding[];
}

/** Orders findings as a person reads a sheet: by row, then column, then severity. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.row - b.row ||
    columnOf(a.cell) - columnOf(b.cell) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.rule === b.rule ? 0 : a.rule.localeCompare(b.rule))
  );
}

/** The column number of an A1 address's leading capital letters (0 when none). */
function columnOf(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}
