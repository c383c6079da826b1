/** The engine's entry point: a sheet's grid and a profile in, the sheet's model and report out. */
import { a1, columnLetter } from './address';
import { analyzeDeadline, type DeadlineAnalysis } from './deadline';
import { compareFindings, formatMessage, type Field, type Finding, type Language, type SheetReport } from './findings';
import { cellText, type Cell, type Grid } from './grid';
import { DEFAULT_PROFILE } from './profile/default-profile';
import type { Profile } from './profile/schema';
import { bestPartialHeader, findHeader } from './roadmap/header';
import { MergeIndex } from './roadmap/merges';
import { buildRows, type RoadmapModel, type RoadmapRow } from './roadmap/model';
import { parsePlanPeriod, periodYears } from './roadmap/period';
import { looksLikeIndicatorTable, looksLikePlan } from './roadmap/sheet-kind';
import { FIELD_NAMES } from './rules/field-names';
import { RULES } from './rules';
import type { Rule, RuleContext } from './rules/rule';

export interface CheckOptions {
  profile?: Profile;
  language?: Language;
  /** Only these rules (ids) run; all when absent. For rule tests. */
  onlyRules?: readonly string[];
}

export interface SheetCheck {
  report: SheetReport;
  model: RoadmapModel | null;
}

/** Builds the roadmap model of a sheet, or null when the sheet has no roadmap header. */
export function buildModel(grid: Grid, profile: Profile = DEFAULT_PROFILE): RoadmapModel | null {
  const merges = new MergeIndex(grid);
  const header = findHeader(grid, merges, profile);
  if (!header) return null;
  const title = grid
    .rowIndices()
    .filter((r) => r < header.row)
    .flatMap((r) => grid.rowCells(r).map(([, cell]) => cellText(cell)))
    .join(' ');
  const { rows, endRow } = buildRows(grid, merges, header);
  return { sheet: grid.name, header, planPeriod: parsePlanPeriod(title), rows, endRow };
}

export function analyzeSheet(grid: Grid, options: CheckOptions = {}): SheetCheck {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const language = options.language ?? 'ru';
  const emptyReport = (kind: SheetReport['kind']): SheetReport => ({
    name: grid.name,
    kind,
    headerRow: null,
    columns: {},
    planPeriod: null,
    counts: { sections: 0, events: 0 },
    findings: [],
  });

  if (looksLikeIndicatorTable(grid)) return { report: emptyReport('indicators'), model: null };
  const model = buildModel(grid, profile);
  if (!model) {
    const report = emptyReport('other');
    if (looksLikePlan(grid, bestPartialHeader(grid, new MergeIndex(grid), profile))) {
      report.findings = runRules(grid, null, profile, language, 'sheet', options.onlyRules);
    }
    return { report, model: null };
  }

  const columns: Partial<Record<Field, string>> = {};
  for (const [field, cols] of model.header.columns) columns[field] = columnLetter(cols[0]);
  const report: SheetReport = {
    name: grid.name,
    kind: 'roadmap',
    headerRow: model.header.row + 1,
    columns,
    planPeriod: model.planPeriod,
    counts: {
      sections: model.rows.filter((r) => r.kind === 'section').length,
      events: model.rows.filter((r) => r.kind === 'event' || r.kind === 'sub-row').length,
    },
    findings: runRules(grid, model, profile, language, 'roadmap', options.onlyRules),
  };
  return { report, model };
}

export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetReport {
  return analyzeSheet(grid, options).report;
}

export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): SheetReport[] {
  return grids.map((g) => checkSheet(g, options));
}

function runRules(
  grid: Grid,
  model: RoadmapModel | null,
  profile: Profile,
  language: Language,
  scope: Rule['scope'],
  onlyRules: readonly string[] | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const deadlines = new Map<RoadmapRow, DeadlineAnalysis>();
  // Most deadlines repeat («Постоянно», «В течение года»…): each distinct cell is parsed once.
  // Analyses are read-only to the rules, so rows with the same cell share one.
  const byCell = new Map<string, DeadlineAnalysis>();
  const planYears = periodYears(model?.planPeriod ?? null);
  for (const rule of RULES) {
    if (rule.scope !== scope || (onlyRules && !onlyRules.includes(rule.id))) continue;
    const setting = profile.rules[rule.id];
    if (setting === 'off') continue;
    const context: RuleContext = {
      grid,
      profile,
      language,
      model,
      deadline(row) {
        let analysis = deadlines.get(row);
        if (!analysis) {
          const value = row.values.deadline;
          const cell = value?.cell ?? (value ? { value: value.text } : undefined);
          const key = deadlineKey(cell);
          analysis = byCell.get(key);
          if (!analysis) {
            analysis = analyzeDeadline(cell, { extraVague: profile.vagueDeadlines, planYears });
            byCell.set(key, analysis);
          }
          deadlines.set(row, analysis);
        }
        return analysis;
      },
      fieldName: (field) => FIELD_NAMES[language][field],
      report(d) {
        const template = rule.messages[language][d.messageId ?? 'default'] ?? rule.messages[language].default;
        findings.push({
          rule: rule.id,
          severity: setting ?? d.severity ?? rule.severity,
          sheet: grid.name,
          row: d.row + 1,
          cell: a1(d.row, d.col),
          value: d.value,
          message: formatMessage(template, d.data),
          ...(d.data ? { data: d.data } : {}),
        });
      },
    };
    rule.check(context);
  }
  return findings.sort(compareFindings);
}

/** What analyzeDeadline reads of a cell (its error, or its value's type and value, and its format), as a key. */
function deadlineKey(cell: Cell | undefined): string {
  if (!cell) return 'none';
  if (cell.error) return `e${cell.error}`;
  const v = cell.value;
  if (typeof v === 'number') return `n${v}|${cell.format === undefined ? '' : `f${cell.format}`}`;
  if (typeof v === 'boolean') return `b${v}`;
  return `s${v ?? ''}`;
}
