/**
 * Deadlines judged in earlier checks of the same sheet, kept by the caller (the pane, between live
 * re-checks): a re-check after one edit parses only the texts it has not met. The engine keeps no
 * state of its own; a memo lives as long as whoever made it. The judgement depends on the
 * profile's vague phrases and the plan's years, so each set of options has its own table.
 */
import type { DeadlineAnalysis, DeadlineOptions } from './index';

/** Past this many texts under one set of options a table starts afresh: a pane open all day stays small. */
const MAX_ENTRIES = 20_000;
/** Past this many sets of options (sheets with other plan periods, other profiles) the memo starts afresh. */
const MAX_TABLES = 16;

export interface DeadlineTable {
  /** By the text; a number cell (a date, a year) by its number format and value. */
  byText: Map<string, DeadlineAnalysis>;
  byNumber: Map<string, DeadlineAnalysis>;
}

export class DeadlineMemo {
  private readonly tables = new Map<string, DeadlineTable>();

  /** The table for these options (a new one when the options are new, or the table grew past its size). */
  tableFor(options: DeadlineOptions): DeadlineTable {
    const key = JSON.stringify([options.extraVague ?? [], options.planYears ?? null]);
    let table = this.tables.get(key);
    if (!table || table.byText.size + table.byNumber.size > MAX_ENTRIES) {
      if (!table && this.tables.size >= MAX_TABLES) this.tables.clear();
      table = { byText: new Map(), byNumber: new Map() };
      this.tables.set(key, table);
    }
    return table;
  }
}
