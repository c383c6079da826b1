/**
 * Consolidation's data model: a school's indicator table as found, the values read from it,
 * and the summary built from many schools. Rows and columns are 0-based inside, A1 for people.
 */
import type { Grid } from '../grid';
import type { Language, Severity } from '../findings';
import type { Profile } from '../profile/schema';
import type { SchoolTables } from './school-tables';

/** The rule ids of consolidation findings (docs/spec.md «Consolidation», plus two a user would expect). */
export type ConsolidationRuleId =
  | 'indicator-table-not-found'
  | 'indicator-missing'
  | 'indicator-unknown'
  | 'indicator-duplicate'
  | 'value-not-number'
  | 'value-number-as-text'
  | 'value-negative'
  | 'value-percent-out-of-range'
  | 'unit-mismatch'
  | 'value-column-missing'
  | 'value-column-unknown'
  | 'value-column-duplicate'
  | 'school-missing';

/** A value column, recognised by its period and plan / fact words («2023 план» = «План 2023»). */
export interface ColumnKey {
  /** The canonical label, also the matching key: «2023 план», «2024 факт», «на 01.01.2024», «значение». */
  label: string;
  /** «2023», «2023-2024», or null. */
  year: string | null;
  /** «01.01.2024» for «на 01.01.2024», or null. */
  date: string | null;
  kind: 'план' | 'факт' | 'база' | null;
}

export interface ValueColumn {
  col: number;
  /** The header as written (both header rows when the header spans two). */
  header: string;
  key: ColumnKey;
}

export interface IndicatorRow {
  row: number;
  /** The goal's number («1.»), carried down its merged or blank cells. */
  number: string;
  goal: string;
  name: string;
  /** The name's matching key: compact() of the name (case, ё/е, spaces, punctuation folded). */
  key: string;
  unit: string;
  /** 0-based column of the unit cell, or null when the table has no unit column. */
  unitCol: number | null;
  /** True when the row has a unit or any value cell: a real indicator, not a stray line. */
  hasData: boolean;
}

export interface IndicatorTable {
  /** The sheet the table stands on (its value cells are read from it). */
  grid: Grid;
  sheet: string;
  /** 0-based rows of the header (headerEnd > headerRow when it spans two rows). */
  headerRow: number;
  headerEnd: number;
  nameCol: number;
  unitCol: number | null;
  numberCol: number | null;
  goalCol: number | null;
  valueColumns: ValueColumn[];
  rows: IndicatorRow[];
  /** The texts above the header (title, school name), for recognising a school. */
  titleText: string;
}

/** What one value cell holds. */
export type ReadValue =
  | { kind: 'empty'; text: string }
  | {
      kind: 'number';
      value: number;
      text: string;
      /** Written as text («176 чел.», «45%», «176»). */
      asText: boolean;
      /** The unit written beside the number in a text cell («чел.»), or '%' for a percent-formatted cell. */
      unitText: string;
      /** A fraction in a percent-formatted cell, read as percent (0.47 → 47). */
      percentFormatted: boolean;
    }
  | { kind: 'text'; text: string };

export interface ConsolidationFinding {
  /** The school's file as shown (the shortest unique tail of its path); the expected name for school-missing. */
  file: string;
  /** '' when the finding is about the whole file. */
  sheet: string;
  /** 1-based row, or null when the finding has no cell. */
  row: number | null;
  /** A1 address, or '' when the finding has no cell. */
  cell: string;
  rule: ConsolidationRuleId;
  severity: Severity;
  /** The cell's text as read. */
  value: string;
  message: string;
  /** Index into the summary's indicators, when the finding concerns one. */
  indicator: number | null;
  /** The value column's label, when the finding concerns one. */
  column: string | null;
  /** Message parameters, so a view can render the message in another language. */
  data: Record<string, string | number>;
}

export interface SchoolInput {
  /** The path as the user gave it. */
  path: string;
  /** The sheets, or absent when the file could not be read. */
  sheets?: readonly Grid[];
  /** Instead of the sheets: their names and indicator tables, found where the file was read (school-tables.ts). */
  tables?: SchoolTables;
  /** Why the file could not be read. */
  error?: { code: string; message: string };
}

export type SchoolStatus = 'ok' | 'unreadable' | 'no-table';

export interface SchoolReport {
  /** The file as shown: the shortest unique tail of the path («school-01.xlsx»). */
  file: string;
  path: string;
  /** The school's name from the expected-schools list when it was recognised, else the file. */
  name: string;
  sheet: string | null;
  status: SchoolStatus;
  /** 1-based header row of the indicator table. */
  headerRow: number | null;
  error: { code: string; message: string } | null;
}

export type Aggregate = 'sum' | 'mean';

export interface Total {
  /** The sum or mean; null when no school gave a value. */
  value: number | null;
  /** How many schools gave a value. */
  n: number;
}

export interface IndicatorSummary {
  number: string;
  goal: string;
  name: string;
  unit: string;
  aggregate: Aggregate;
  values: Record<string, Total>;
  /** Per school (by file), per column: the value counted, or null when the school gave none. */
  bySchool: Record<string, Record<string, number | null>>;
}

/** One value cell of one school: what the «Источники» sheet lists. */
export interface SourceValue {
  school: string;
  file: string;
  path: string;
  sheet: string;
  cell: string;
  indicator: number;
  column: string;
  /** The number read, or null (empty, text). */
  value: number | null;
  /** The cell's text as written. */
  text: string;
  /** Whether the value entered the totals. */
  counted: boolean;
}

export interface ConsolidationResult {
  template: { file: string; sheet: string; source: 'school' | 'template' } | null;
  schools: SchoolReport[];
  columns: string[];
  indicators: IndicatorSummary[];
  findings: ConsolidationFinding[];
  sources: SourceValue[];
}

export interface TemplateInput {
  path: string;
  sheets: readonly Grid[];
}

export interface ConsolidateOptions {
  profile?: Profile;
  /** A template workbook: its table's indicators and columns define the summary. Default: the first school's table. */
  template?: TemplateInput;
  /** Expected schools; overrides profile.consolidation.expectedSchools when given. */
  expectedSchools?: readonly string[];
  language?: Language;
  /**
   * Whether the result lists every source value (`sources`, the «Источники» sheet). Default true;
   * false when nothing will write the summary workbook: a region's thousands of schools then keep
   * only their totals.
   */
  keepSources?: boolean;
}
