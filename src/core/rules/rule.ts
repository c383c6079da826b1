/**
 * A rule the way ESLint has them: a stable id, a default severity, a description and message
 * templates in Russian and English beside its check. Rule ids are an interface: never rename one.
 */
import type { Grid } from '../grid';
import { isBlankLike } from '../text';
import type { Field, Language, Severity } from '../findings';
import type { Profile } from '../profile/schema';
import type { DeadlineAnalysis } from '../deadline';
import type { RoadmapModel, RoadmapRow } from '../roadmap/model';

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
export function reportEmptyField(ctx: RuleContext, field: Field): void {
  const model = ctx.model!;
  const col = fieldColumn(model, field);
  if (col === undefined) return;
  for (const row of eventRows(model)) {
    const value = row.values[field];
    if (!value || isBlankLike(value.text)) ctx.report({ row: row.row, col, value: value?.text ?? '' });
  }
}
