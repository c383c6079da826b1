/**
 * Consolidation: schools' indicator tables in, totals per indicator and column, the breakdown per
 * school, every source value and every finding out. Schools are added one at a time (a command
 * line reading hundreds of files keeps only one workbook in memory); the template is the
 * template workbook's table when one is given, else the first school's table.
 */
import { a1 } from '../address';
import { formatMessage } from '../descriptor';
import type { Language } from '../findings';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import { ruleSetting } from '../profile/rule-setting';
import type { Profile } from '../profile/schema';
import { compact, normalize } from '../text';
import { aggregate } from './aggregate';
import { containsWords, displayNames, fileStem, isKnownCanonicalUnit, isMeanIndicator, TextMemo } from './matcher';
import { indicatorTablesOf } from './school-tables';
import { findIndicatorTables } from './table-finder';
import type {
  Aggregate,
  ConsolidateOptions,
  ConsolidationFinding,
  ConsolidationResult,
  ConsolidationRuleId,
  IndicatorSummary,
  IndicatorTable,
  SchoolInput,
  SchoolReport,
  SchoolStatus,
  SourceValue,
  TemplateInput,
} from './types';
import type { ConsolidationChecks, IndicatorInfo, Place } from './rule';
import { CONSOLIDATION_RULES } from './rules';
import { readValue } from './value-reader';

interface TemplateIndicator {
  key: string;
  number: string;
  goal: string;
  name: string;
  unit: string;
  canonicalUnit: string;
  aggregate: Aggregate;
  percent: boolean;
}

interface Template {
  /** Index of the school whose table it is, or -1 for a template workbook. */
  school: number;
  sheet: string;
  indicators: TemplateIndicator[];
  /** Indicator indices by name key: more than one when a name repeats under different goals. */
  byKey: Map<string, number[]>;
  columns: string[];
}

/** A finding before the school's display name is known. */
interface PendingFinding extends Omit<ConsolidationFinding, 'file'> {
  /** The school's index; -1 for the template workbook; null for school-missing (file in data). */
  school: number | null;
}

interface PendingSource extends Omit<SourceValue, 'school' | 'file' | 'path'> {
  school: number;
}

interface SchoolState {
  path: string;
  sheet: string | null;
  status: SchoolStatus;
  headerRow: number | null;
  error: { code: string; message: string } | null;
  /** Normalised texts a school's name is looked for in: sheet names and the title above the table. */
  nameText: string;
  /**
   * Counted values, indicator by indicator, one per template column (NaN where none was counted):
   * a flat array, since a region keeps thousands of schools (a Map per indicator was 8 kB each).
   */
  values: Float64Array;
}

/** A school without a table: no values. */
const NO_VALUES = new Float64Array(0);

export class Consolidator {
  private readonly profile: Profile;
  private readonly language: Language;
  private readonly expected: readonly string[];
  private readonly templatePath: string | null;
  private template: Template | null = null;
  private readonly schools: SchoolState[] = [];
  private readonly findings: PendingFinding[] = [];
  private readonly sources: PendingSource[] = [];
  /** The enabled rules' checks, reporting into `findings`. */
  private readonly checks: ConsolidationChecks[];
  private readonly memo = new TextMemo();
  private readonly keepSources: boolean;

  constructor(options: ConsolidateOptions = {}) {
    this.profile = options.profile ?? DEFAULT_PROFILE;
    this.language = options.language ?? 'ru';
    this.checks = this.createChecks(this.findings);
    this.expected = options.expectedSchools ?? this.profile.consolidation.expectedSchools;
    this.templatePath = options.template?.path ?? null;
    this.keepSources = options.keepSources ?? true;
    if (options.template) {
      const template = this.templateFrom(options.template);
      if (!template) throw new TemplateError(options.template.path);
      this.template = template;
    }
  }

  /** Adds one school: its sheets (or its tables found from them), or the error that kept it from being read. */
  addSchool(input: SchoolInput): SchoolReport['status'] {
    const index = this.schools.length;
    const state: SchoolState = {
      path: input.path,
      sheet: null,
      status: 'ok',
      headerRow: null,
      error: null,
      nameText: '',
      values: NO_VALUES,
    };
    this.schools.push(state);
    if (input.error || !(input.sheets || input.tables)) {
      state.status = 'unreadable';
      state.error = input.error ?? { code: 'file-corrupt', message: 'unreadable' };
      return state.status;
    }
    const sheetNames = input.sheets ? input.sheets.map((s) => s.name) : input.tables!.sheetNames;
    state.nameText = normalize(sheetNames.join(' '));
    const tables = input.sheets ? findIndicatorTables(input.sheets, this.memo) : indicatorTablesOf(input.tables!);
    if (!tables.length) {
      state.status = 'no-table';
      for (const c of this.checks) c.noTable?.(index, sheetNames);
      return state.status;
    }
    if (!this.template) this.template = this.templateFromTable(bestTemplateTable(tables), index);
    const table = this.chooseTable(tables);
    state.sheet = table.sheet;
    state.headerRow = table.headerRow + 1;
    state.nameText = normalize(`${state.nameText} ${table.titleText}`);
    this.readSchoolTable(index, table);
    return state.status;
  }

  /** The summary of every school added so far. */
  result(): ConsolidationResult {
    const template = this.template;
    const paths = this.schools.map((s) => s.path);
    const names = displayNames(this.templatePath !== null ? [...paths, this.templatePath] : paths);
    const fileOf = (school: number | null): string => (school === null ? '' : school < 0 ? names[names.length - 1] : names[school]);

    // Expected schools: recognised by name in the file name, the sheet names or the title.
    const schoolNames = this.schools.map((_, i) => names[i]);
    const missing: string[] = [];
    const claimed = new Set<number>();
    for (const expected of this.expected) {
      const found = this.schools.findIndex((s, i) => !claimed.has(i) && schoolMatches(expected, s, names[i]));
      if (found < 0) missing.push(expected);
      else {
        claimed.add(found);
        schoolNames[found] = expected;
      }
    }
    const pending = [...this.findings];
    for (const c of this.createChecks(pending)) for (const school of missing) c.schoolMissing?.(school);

    const schools: SchoolReport[] = this.schools.map((s, i) => ({
      file: names[i],
      path: s.path,
      name: schoolNames[i],
      sheet: s.sheet,
      status: s.status,
      headerRow: s.headerRow,
      error: s.error,
    }));

    const columns = template?.columns ?? [];
    const indicators: IndicatorSummary[] = (template?.indicators ?? []).map((ind, k) => {
      const values: IndicatorSummary['values'] = {};
      const bySchool: IndicatorSummary['bySchool'] = {};
      // One pass over the schools (thousands in a region) gathers each column's values and the breakdown.
      const given = columns.map((): number[] => []);
      this.schools.forEach((s, i) => {
        const row: Record<string, number | null> | null = s.status === 'ok' ? {} : null;
        columns.forEach((column, j) => {
          const v = s.values[k * columns.length + j];
          const counted = v !== undefined && !Number.isNaN(v);
          if (counted) given[j].push(v);
          if (row) row[column] = counted ? v : null;
        });
        if (row) bySchool[names[i]] = row;
      });
      columns.forEach((column, j) => (values[column] = aggregate(given[j], ind.aggregate)));
      return { number: ind.number, goal: ind.goal, name: ind.name, unit: ind.unit, aggregate: ind.aggregate, values, bySchool };
    });

    const order = (f: PendingFinding): number => (f.school === null ? Number.MAX_SAFE_INTEGER : f.school);
    const findings: ConsolidationFinding[] = pending
      .map((f, seq) => ({ f, seq }))
      .sort((a, b) => order(a.f) - order(b.f) || a.seq - b.seq)
      .map(({ f }) => {
        const { school, ...rest } = f;
        return { file: school === null ? String(f.data.school ?? '') : fileOf(school), ...rest };
      });

    const sources: SourceValue[] = this.sources.map(({ school, ...rest }) => ({
      school: schoolNames[school],
      file: names[school],
      path: this.schools[school].path,
      ...rest,
    }));

    return {
      template: template ? { file: fileOf(template.school), sheet: template.sheet, source: template.school < 0 ? 'template' : 'school' } : null,
      schools,
      columns: [...columns],
      indicators,
      findings,
      sources,
    };
  }

  private templateFrom(input: TemplateInput): Template | null {
    const tables = findIndicatorTables(input.sheets, this.memo);
    if (!tables.length) return null;
    const table = bestTemplateTable(tables);
    const template = this.templateFromTable(table, -1);
    // The template's own repeats (same name, same goal) are reported, so no row is dropped silently.
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      if (!row.hasData) continue;
      const id = this.identity(row.key, row.goal);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, row.row);
      else {
        const k = template.indicators.findIndex((ind) => this.identity(ind.key, ind.goal) === id);
        const at = { sheet: table.sheet, row: row.row + 1, cell: a1(row.row, table.nameCol), value: row.name };
        for (const c of this.checks) c.duplicateIndicator?.(-1, at, row.name, first + 1, k);
      }
    }
    return template;
  }

  /** The school's table that matches the template best (most of its indicators, then of its columns). */
  private chooseTable(tables: IndicatorTable[]): IndicatorTable {
    const template = this.template!;
    let best = tables[0];
    let bestScore = -1;
    for (const t of tables) {
      const keys = new Set(t.rows.map((r) => r.key));
      const rows = [...keys].filter((k) => template.byKey.has(k)).length;
      const cols = new Set(t.valueColumns.map((v) => v.key.label).filter((l) => template.columns.includes(l))).size;
      const score = rows * 1000 + cols;
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    return best;
  }

  private readSchoolTable(school: number, table: IndicatorTable): void {
    const template = this.template!;
    const state = this.schools[school];
    state.values = new Float64Array(template.indicators.length * template.columns.length).fill(Number.NaN);
    const sheet = table.sheet;
    const headerCell = (col: number) => ({ sheet, row: table.headerRow + 1, cell: a1(table.headerRow, col) });

    // Value columns by meaning; the first of a repeated column counts.
    const columnOf = new Map<string, number>();
    for (const vc of table.valueColumns) {
      const label = vc.key.label;
      const known = template.columns.includes(label);
      const firstCol = columnOf.get(label);
      const first = known && firstCol !== undefined ? a1(table.headerRow, firstCol) : null;
      if (known && firstCol === undefined) columnOf.set(label, vc.col);
      const at = { ...headerCell(vc.col), value: vc.header };
      for (const c of this.checks) c.valueColumn?.(school, at, vc, known, first);
    }
    for (const label of template.columns) {
      if (columnOf.has(label)) continue;
      const at = { ...headerCell(table.nameCol), value: '' };
      for (const c of this.checks) c.valueColumnMissing?.(school, at, label);
    }

    const seen = new Map<number, number>();
    for (const row of table.rows) {
      const candidates = template.byKey.get(row.key);
      const nameCell = { sheet, row: row.row + 1, cell: a1(row.row, table.nameCol), value: row.name };
      if (!candidates) {
        if (row.hasData) for (const c of this.checks) c.unknownIndicator?.(school, nameCell, row.name);
        continue;
      }
      // A name that repeats under different goals: the one with this goal, else the next one not yet seen.
      const free = candidates.filter((c) => !seen.has(c));
      // (With one candidate left, as nearly always, it is the one: no identities to build and compare.)
      const k = free.length === 1 ? free[0] : free.find((c) => this.identity(template.indicators[c].key, template.indicators[c].goal) === this.identity(row.key, row.goal)) ?? free[0];
      if (k === undefined) {
        const first = candidates.find((c) => this.identity(template.indicators[c].key, template.indicators[c].goal) === this.identity(row.key, row.goal)) ?? candidates[0];
        for (const c of this.checks) c.duplicateIndicator?.(school, nameCell, row.name, (seen.get(first) ?? 0) + 1, first);
        continue;
      }
      seen.set(k, row.row);
      const ind = template.indicators[k];
      const info = indicatorInfo(ind, k);
      const unit = this.memo.unit(row.unit);
      const rowCounted = !(unit && ind.canonicalUnit && unit !== ind.canonicalUnit && row.unitCol !== null);
      if (!rowCounted && row.unitCol !== null) {
        const at = { sheet, row: row.row + 1, cell: a1(row.row, row.unitCol), value: row.unit };
        for (const c of this.checks) c.rowUnitMismatch?.(school, at, row.unit, info);
      }
      for (const [label, col] of columnOf) {
        const read = readValue(table.grid.get(row.row, col), table.grid.untyped);
        if (read.kind === 'empty') continue;
        const at = { sheet, row: row.row + 1, cell: a1(row.row, col), value: read.text };
        const source: PendingSource = { school, sheet, cell: at.cell, indicator: k, column: label, value: read.kind === 'number' ? read.value : null, text: read.text, counted: false };
        if (this.keepSources) this.sources.push(source);
        if (!rowCounted) continue;
        const unitConflict = read.kind === 'number' && this.conflictsWithUnit(read.unitText, ind) ? read.unitText : null;
        for (const c of this.checks) c.value?.(school, at, read, label, info, unitConflict);
        if (read.kind === 'number' && unitConflict === null) {
          source.counted = true;
          state.values[k * template.columns.length + template.columns.indexOf(label)] = read.value;
        }
      }
    }
    template.indicators.forEach((ind, k) => {
      if (seen.has(k)) return;
      const at = { ...headerCell(table.nameCol), value: '' };
      for (const c of this.checks) c.indicatorMissing?.(school, at, indicatorInfo(ind, k));
    });
  }

  /** A number's own unit against the indicator's: «15 %» among people, 47% in a count row. */
  private conflictsWithUnit(unitText: string, ind: TemplateIndicator): boolean {
    const valueUnit = unitText ? this.memo.unit(unitText) : '';
    return valueUnit === '%'
      ? ind.aggregate === 'sum' && ind.canonicalUnit !== ''
      : valueUnit !== '' && isKnownCanonicalUnit(valueUnit) && ind.canonicalUnit !== '' && isKnownCanonicalUnit(ind.canonicalUnit) && valueUnit !== ind.canonicalUnit;
  }

  /** The template a table makes: its indicators (each name under each goal once) and its value columns. */
  private templateFromTable(table: IndicatorTable, school: number): Template {
    const indicators: TemplateIndicator[] = [];
    const byKey = new Map<string, number[]>();
    const ids = new Set<string>();
    for (const row of table.rows) {
      const id = this.identity(row.key, row.goal);
      if (!row.hasData || ids.has(id)) continue;
      ids.add(id);
      const unit = this.memo.unit(row.unit);
      const mean = isMeanIndicator(row.unit, row.name, this.profile.consolidation.meanUnits);
      byKey.set(row.key, [...(byKey.get(row.key) ?? []), indicators.length]);
      indicators.push({
        key: row.key,
        number: row.number,
        goal: row.goal,
        name: row.name,
        unit: row.unit,
        canonicalUnit: unit,
        aggregate: mean ? 'mean' : 'sum',
        percent: unit === '%',
      });
    }
    const columns: string[] = [];
    for (const vc of table.valueColumns) if (!columns.includes(vc.key.label)) columns.push(vc.key.label);
    return { school, sheet: table.sheet, indicators, byKey, columns };
  }

  /** An indicator's identity: its name, and its goal (which tells apart one name under two goals). */
  private identity(key: string, goal: string): string {
    return `${key}|${this.memo.key(goal)}`;
  }

  /** The enabled rules' checks (the profile may turn a rule off or change its severity), reporting into `sink`. */
  private createChecks(sink: PendingFinding[]): ConsolidationChecks[] {
    const checks: ConsolidationChecks[] = [];
    for (const rule of CONSOLIDATION_RULES) {
      const setting = ruleSetting(this.profile, rule.id).severity;
      if (setting === 'off') continue;
      const severity = setting ?? rule.meta.severity;
      const language = this.language;
      checks.push(
        rule.create({
          language,
          report: ({ messageId, data, school, at, indicator, column }: { messageId: string; data?: Record<string, string | number>; school: number | null; at: Place; indicator: number | null; column: string | null }) => {
            const message = formatMessage(rule.meta.messages[messageId][language], data, language);
            sink.push({ school, rule: rule.id as ConsolidationRuleId, severity, ...at, message, indicator, column, data: data ?? {} });
          },
        }),
      );
    }
    return checks;
  }
}

/** The template indicator as the rules see it. */
function indicatorInfo(ind: TemplateIndicator, index: number): IndicatorInfo {
  return { index, name: ind.name, unit: ind.unit, percent: ind.percent };
}


/** The template workbook has no indicator table. */
export class TemplateError extends Error {
  constructor(readonly path: string) {
    super(`No indicator table in the template ${path}`);
    this.name = 'TemplateError';
  }
}

/** Of a workbook's tables, the one with the most indicators (then the most value columns). */
function bestTemplateTable(tables: IndicatorTable[]): IndicatorTable {
  let best = tables[0];
  const size = (t: IndicatorTable) => t.rows.filter((r) => r.hasData).length * 1000 + t.valueColumns.length;
  for (const t of tables) if (size(t) > size(best)) best = t;
  return best;
}

function schoolMatches(expected: string, school: SchoolState, file: string): boolean {
  const stem = fileStem(school.path);
  if (compact(expected) === compact(stem) || compact(expected) === compact(file)) return true;
  return containsWords(stem, expected) || containsWords(school.nameText, expected);
}

/** Consolidates schools in one call (the pane's way; the command line adds them one by one). */
export function consolidate(schools: readonly SchoolInput[], options: ConsolidateOptions = {}): ConsolidationResult {
  const c = new Consolidator(options);
  for (const s of schools) c.addSchool(s);
  return c.result();
}
