/**
 * A rule the way ESLint has them: a stable id, a default severity, a description and message
 * templates in Russian and English beside its check. Rule ids are an interface: never rename one.
 */
import type { Grid } from '../grid';
import { isBlankLike } from '../text';
import type { Field, Language, Severity } from '../findings';
import type { Profile } from '../profile/schema';
import type { DeadlineAnalysis } from '../deadline';
import type { FieldValue, RoadmapModel, RoadmapRow } from '../roadmap/model';

export interface LocalizedText {
  ru: string;
  en: string;
}

export interface ReportDescriptor {
  /** 0-based row and column of the cell the finding points at. */
  row: number;
  col: number;
  value: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this finding (column-missing: error or warning by field). */
  severity?: Severity;
}

export interface RuleContext {
  grid: Grid;
  profile: Profile;
  language: Language;
  /** Null only for sheet rules that run when no header was found. */
  model: RoadmapModel | null;
  /** The deadline of a row, parsed once and shared by every rule. */
  deadline(row: RoadmapRow): DeadlineAnalysis;
  /** Localised field name for messages. */
  fieldName(field: Field): string;
  report(descriptor: ReportDescriptor): void;
  /** The model's event rows as one table shared by the row rules (roadmap rules only). */
  events(): EventTable;
}

/**
 * The event rows, read once for every row rule: each rule walking the rows' objects on its own
 * paid a cache miss per row and object (the model is tens of MB on a large sheet); arrays and
 * bits side by side are read at memory speed.
 */
export interface EventTable {
  rows: readonly RoadmapRow[];
  /** Each event's 0-based row index. */
  row: Int32Array;
  /** Each event's value of the field after merges and ditto marks, by event. */
  name: ReadonlyArray<FieldValue | undefined>;
  deadline: ReadonlyArray<FieldValue | undefined>;
  responsible: ReadonlyArray<FieldValue | undefined>;
  result: ReadonlyArray<FieldValue | undefined>;
  /** Bit EMPTY_BIT[field] set when the field is empty or blank-like («-», «—»). */
  empty: Uint8Array;
  /** The event's deadline, as ctx.deadline(rows[i]). */
  deadlineOf(i: number): DeadlineAnalysis;
}

type RowField = 'name' | 'deadline' | 'responsible' | 'result';
const EMPTY_BIT: Record<RowField, number> = { name: 1, deadline: 2, responsible: 4, result: 8 };

/**
 * A field with no value: nothing, a dash, or an error value (#N/A, #REF!…) — an error names no
 * event, person or result, and its code is kept as the finding's value.
 */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  return !value || isBlankLike(value.text) || value.cell?.error !== undefined;
}

/** Builds the event table in one pass over the model's rows. */
export function buildEventTable(model: RoadmapModel, deadlineOf: (value: FieldValue | undefined) => DeadlineAnalysis): EventTable {
  const rows = eventRows(model);
  const n = rows.length;
  const row = new Int32Array(n);
  const name: Array<FieldValue | undefined> = new Array(n);
  const deadline: Array<FieldValue | undefined> = new Array(n);
  const responsible: Array<FieldValue | undefined> = new Array(n);
  const result: Array<FieldValue | undefined> = new Array(n);
  const empty = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const v = r.values;
    row[i] = r.row;
    name[i] = v.name;
    deadline[i] = v.deadline;
    responsible[i] = v.responsible;
    result[i] = v.result;
    empty[i] =
      (isEmptyValue(v.name) ? EMPTY_BIT.name : 0) |
      (isEmptyValue(v.deadline) ? EMPTY_BIT.deadline : 0) |
      (isEmptyValue(v.responsible) ? EMPTY_BIT.responsible : 0) |
      (isEmptyValue(v.result) ? EMPTY_BIT.result : 0);
  }
  const deadlines: Array<DeadlineAnalysis | undefined> = new Array(n);
  return {
    rows,
    row,
    name,
    deadline,
    responsible,
    result,
    empty,
    deadlineOf: (i) => (deadlines[i] ??= deadlineOf(deadline[i])),
  };
}

export interface Rule {
  id: string;
  severity: Severity;
  description: LocalizedText;
  /** Message templates by message id; `default` is used when a report names none. */
  messages: { ru: Record<string, string>; en: Record<string, string> };
  /** 'sheet' rules run on a sheet that looks like a plan but has no header; 'roadmap' rules on a found roadmap. */
  scope: 'sheet' | 'roadmap';
  check(context: RuleContext): void;
}

/** Rows that rules judge as events: numbered or unnumbered event rows (sub-rows share the event's cells). */
export function eventRows(model: RoadmapModel): readonly RoadmapRow[] {
  let rows = EVENT_ROWS.get(model);
  // Computed once per model (every row rule asks), and again only if the rows were replaced.
  if (!rows || rows.source !== model.rows || rows.length !== model.rows.length) {
    rows = { source: model.rows, length: model.rows.length, events: model.rows.filter((r) => r.kind === 'event') };
    EVENT_ROWS.set(model, rows);
  }
  return rows.events;
}

const EVENT_ROWS = new WeakMap<RoadmapModel, { source: RoadmapRow[]; length: number; events: RoadmapRow[] }>();

/** The main column of a field in this model, if the header has it. */
export function fieldColumn(model: RoadmapModel, field: Field): number | undefined {
  return model.header.columns.get(field)?.[0];
}

/** Reports every event whose field is empty after merges and ditto marks (the «…-missing» rules). */
export function reportEmptyField(ctx: RuleContext, field: RowField): void {
  const model = ctx.model!;
  const col = fieldColumn(model, field);
  if (col === undefined) return;
  const events = ctx.events();
  const values = events[field];
  const bit = EMPTY_BIT[field];
  for (let i = 0; i < events.row.length; i++) {
    if (events.empty[i] & bit) ctx.report({ row: events.row[i], col, value: values[i]?.text ?? '' });
  }
}
