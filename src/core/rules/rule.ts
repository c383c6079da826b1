/**
 * A roadmap rule as ESLint has them: a descriptor (id and meta) and `create(context)`, which
 * returns the rule's checks — functions the engine calls as it walks the sheet once: the sheet
 * without a header, the header, every row, every event. Rules never walk the model themselves.
 */
import type { DeadlineAnalysis } from '../deadline';
import type { FindingDescriptor, MessageRef, Messages } from '../descriptor';
import type { Field, Language, Severity } from '../findings';
import type { Grid } from '../grid';
import type { Profile } from '../profile/schema';
import type { HeaderMatch } from '../roadmap/header';
import type { FieldValue, RoadmapModel, RoadmapRow } from '../roadmap/model';
import { isBlankLike } from '../text';

/** Where a finding points and what it says: 0-based row and column, the value as read, the message. */
export type RoadmapReport<M extends Messages> = MessageRef<M> & {
  row: number;
  col: number;
  value: string;
  /** This finding's severity where it differs by case (column-missing: by the field). A profile's setting still wins. */
  severity?: Severity;
};

/** The section an event stands in: its index among the sheet's sections (0 before the first) and the number in its title. */
export interface SectionPlace {
  index: number;
  number: number | undefined;
}

/** An event row as the rules see it. */
export interface EventRow {
  row: RoadmapRow;
  section: SectionPlace;
  /** The event's number as parts («1.2.» → [1, 2]) and as a key («1.2»); null when unnumbered. */
  numberParts: readonly number[] | null;
  numberKey: string;
}

/** What one check shares with every rule: the sheet, the profile, and what is parsed once. */
export interface CheckSession {
  grid: Grid;
  profile: Profile;
  language: Language;
  /** A deadline value parsed by the deadline grammar, once per distinct content in this check. */
  deadlineOf(value: FieldValue | undefined): DeadlineAnalysis;
  /** A field's name in the check's language, for messages. */
  fieldName(field: Field): string;
}

/**
 * `roadmap` rules run on a sheet whose header was found, and see its model; `sheet` rules run on a
 * sheet that looks like a plan but has no header.
 */
export type RuleScope = 'roadmap' | 'sheet';

export interface RoadmapRuleContext<M extends Messages, O = undefined, S extends RuleScope = 'roadmap'> {
  session: CheckSession;
  /** The sheet's roadmap model (null for `sheet` rules). */
  model: S extends 'roadmap' ? RoadmapModel : null;
  /** The rule's options from the profile (`rules: { id: [severity, options] }`), or its defaults. */
  options: O;
  report(report: RoadmapReport<M>): void;
}

export interface RoadmapChecks {
  /** The sheet: once, before anything else (the only check of `sheet` rules). */
  sheet?(): void;
  /** The header found on a roadmap sheet. */
  header?(header: HeaderMatch): void;
  /** Every row of the model in order, with the row before it in the model. */
  row?(row: RoadmapRow, previous: RoadmapRow | undefined): void;
  /** Every event row in order. */
  event?(event: EventRow): void;
}

export interface RoadmapRule<M extends Messages = Messages, O = undefined, S extends RuleScope = RuleScope> extends FindingDescriptor<M> {
  domain: 'roadmap';
  scope: S;
  /** Options when the profile gives none (rules with a schema). */
  defaultOptions?: O;
  create(context: RoadmapRuleContext<M, O, S>): RoadmapChecks;
}

/** Declares a roadmap rule with its message ids and their data typed from the templates. */
export function defineRoadmapRule<const M extends Messages, O = undefined, const S extends RuleScope = 'roadmap'>(rule: RoadmapRule<M, O, S>): RoadmapRule<M, O, S> {
  return rule;
}

/**
 * A field with no value: nothing, a dash, or an error value (#N/A, #REF!…) — an error names no
 * event, person or result, and its code is kept as the finding's value.
 */
export function isEmptyValue(value: FieldValue | undefined): boolean {
  return !value || isBlankLike(value.text) || value.cell?.error !== undefined;
}

/** The main column of a field in this model, if the header has it. */
export function fieldColumn(model: RoadmapModel, field: Field): number | undefined {
  return model.header.columns.get(field)?.[0];
}

/** The checks of the «…-missing» rules: every event whose field is empty after merges and ditto marks. */
export function emptyFieldChecks<M extends Messages, O>(
  context: RoadmapRuleContext<M, O>,
  field: 'name' | 'responsible' | 'result',
  message: MessageRef<M>,
): RoadmapChecks {
  const col = fieldColumn(context.model, field);
  if (col === undefined) return {};
  return {
    event({ row }) {
      const value = row.values[field];
      if (isEmptyValue(value)) context.report({ ...message, row: row.row, col, value: value?.text ?? '' });
    },
  };
}
