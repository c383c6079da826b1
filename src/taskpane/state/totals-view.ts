/**
 * The consolidation's totals as the pane shows them before anything is written: per indicator its
 * name, unit and aggregate, each value column's total with how many schools gave a value, and
 * the per-school values behind it. Numbers as a reader of the language writes them — thousands
 * separated («1 234» in Russian, «1,234» in English), a decimal comma in Russian, means with one
 * decimal. Plain functions over the engine's result: no React, no Office.
 */
import type { Aggregate, ConsolidationResult } from '../../core/consolidate/types';
import type { Language } from '../../core/findings';

export interface ColumnTotal {
  column: string;
  /** The total as shown, or null when no school gave a value. */
  value: string | null;
  /** Schools that gave a value. */
  n: number;
}

export interface SchoolValues {
  school: string;
  /** A value per column with any value, as shown; null where the school gave none. */
  values: Array<{ column: string; value: string | null }>;
}

export interface IndicatorTotals {
  number: string;
  name: string;
  unit: string;
  aggregate: Aggregate;
  columns: ColumnTotal[];
  bySchool: SchoolValues[];
}

export interface TotalsView {
  /** Schools whose table entered the totals: the «из N» of each column's count. */
  schools: number;
  indicators: IndicatorTotals[];
}

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

/** A number as the pane shows it: grouped thousands; a mean with one decimal, anything else with up to two. */
export function formatNumber(value: number, language: Language, aggregate: Aggregate = 'sum'): string {
  const digits = aggregate === 'mean' ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(LOCALES[language], { useGrouping: true, ...digits }).format(value);
}

export function totalsView(result: ConsolidationResult, language: Language): TotalsView {
  const schools = result.schools.filter((s) => s.status === 'ok');
  return {
    schools: schools.length,
    indicators: result.indicators.map((ind) => {
      const given = result.columns.filter((col) => (ind.values[col]?.n ?? 0) > 0);
      return {
        number: ind.number,
        name: ind.name,
        unit: ind.unit,
        aggregate: ind.aggregate,
        columns: result.columns.map((column) => {
          const total = ind.values[column];
          return { column, value: total && total.value !== null ? formatNumber(total.value, language, ind.aggregate) : null, n: total?.n ?? 0 };
        }),
        bySchool: schools.map((school) => {
          const values = ind.bySchool[school.file] ?? {};
          return {
            school: school.name,
            values: given.map((column) => {
              const v = values[column];
              return { column, value: v === null || v === undefined ? null : formatNumber(v, language) };
            }),
          };
        }),
      };
    }),
  };
}
