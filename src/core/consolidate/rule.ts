/**
 * A consolidation check as a rule, in the roadmap rules' shape: a descriptor (id and meta) and
 * `create(context)` returning checks the consolidator calls with what it found in each school —
 * a school without a table, each value column, each indicator row, each value. The consolidator
 * decides what is counted; the rules say what is wrong.
 */
import type { FindingDescriptor, MessageRef, Messages } from '../descriptor';
import type { Language } from '../findings';
import type { ReadValue, ValueColumn } from './types';

/** Where a finding points: the sheet, the 1-based row (null: the whole file), the A1 cell and the value as read. */
export interface Place {
  sheet: string;
  row: number | null;
  cell: string;
  value: string;
}

/** A finding as a rule reports it: the school (its index; -1 the template; null an absent expected school). */
export type ConsolidationReport<M extends Messages> = MessageRef<M> & {
  school: number | null;
  at: Place;
  /** The template indicator and the value column the finding concerns, when it concerns one. */
  indicator: number | null;
  column: string | null;
};

/** A template indicator as the rules see it. */
export interface IndicatorInfo {
  index: number;
  name: string;
  unit: string;
  /** A percentage indicator: its values must lie in 0–100. */
  percent: boolean;
}

export interface ConsolidationChecks {
  /** A school workbook with no indicator table on any sheet. */
  noTable?(school: number, sheets: readonly string[]): void;
  /** A value column of a school's table: counted, not in the template (`known` false), or a repeat of `first`. */
  valueColumn?(school: number, at: Place, column: ValueColumn, known: boolean, first: string | null): void;
  /** A value column of the template that a school's table lacks. */
  valueColumnMissing?(school: number, at: Place, column: string): void;
  /** A row whose indicator the template lacks (rows with a unit or a value only). */
  unknownIndicator?(school: number, at: Place, name: string): void;
  /** A repeated indicator (in a school's table, or the template's own: school -1); `indicator` is the first. */
  duplicateIndicator?(school: number, at: Place, name: string, firstRow: number, indicator: number): void;
  /** A row whose unit contradicts the template's: its values are left out. */
  rowUnitMismatch?(school: number, at: Place, unit: string, indicator: IndicatorInfo): void;
  /**
   * A value cell of a counted row. `unitConflict` is the unit written beside a number when it
   * contradicts the indicator's (set only for numbers); such values are left out, as text is.
   */
  value?(school: number, at: Place, read: Exclude<ReadValue, { kind: 'empty' }>, column: string, indicator: IndicatorInfo, unitConflict: string | null): void;
  /** A template indicator a school's table lacks. */
  indicatorMissing?(school: number, at: Place, indicator: IndicatorInfo): void;
  /** A school of the expected list with no file. */
  schoolMissing?(name: string): void;
}

export interface ConsolidationRuleContext<M extends Messages> {
  language: Language;
  report(report: ConsolidationReport<M>): void;
}

export interface ConsolidationRule<M extends Messages = Messages> extends FindingDescriptor<M> {
  domain: 'consolidation';
  create(context: ConsolidationRuleContext<M>): ConsolidationChecks;
}

export function defineConsolidationRule<const M extends Messages>(rule: ConsolidationRule<M>): ConsolidationRule<M> {
  return rule;
}
