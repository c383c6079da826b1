/** The engine's entry point: a sheet's grid and a profile in, the sheet's model and report out. */
import { a1, columnLetter } from './address';
import { analyzeDeadline, type DeadlineAnalysis, type DeadlineOptions } from './deadline';
import { compareFindings, formatMessage, type Field, type Finding, type Language, type SheetReport } from './findings';
import { cellText, type Cell, type Grid } from './grid';
import { DEFAULT_PROFILE } from './profile/default-profile';
import type { Profile } from './profile/schema';
import { bestPartialHeader, findHeader } from './roadmap/header';
import { MergeIndex } from './roadmap/merges';
import { buildRows, type FieldValue, type RoadmapModel, type RoadmapRow } from './roadmap/model';
import { parsePlanPeriod, periodYears } from './roadmap/period';
import { looksLikeIndicatorTable, looksLikePlan } from './roadmap/sheet-kind';
import { FIELD_NAMES } from './rules/field-names';
import { RULES } from './rules';
import { buildEventTable, type EventTable, type Rule, type RuleContext } from './rules/rule';

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
  const planYears = periodYears(model?.planPeriod ?? null);
  const deadlines = new DeadlineCache({ extraVague: profile.vagueDeadlines, planYears });
  // Built on the first rule's asking and shared by all.
  let events: EventTable | undefined;
  const eventTable = (): EventTable => (events ??= buildEventTable(model!, (value) => deadlines.ofValue(value)));
  for (const rule of RULES) {
    if (rule.scope !== scope || (onlyRules && !onlyRules.includes(rule.id))) continue;
    const setting = profile.rules[rule.id];
    if (setting === 'off') continue;
    const context: RuleContext = {
      grid,
      profile,
      language,
      model,
      deadline: (row) => deadlines.of(row),
      events: eventTable,
      fieldName: (field) => FIELD_NAMES[language][field],
      report(d) {
        const template = rule.messages[language][d.messageId ?? 'default'] ?? rule.messages[language].default;
        const finding: Finding = {
          rule: rule.id,
          severity: setting ?? d.severity ?? rule.severity,
          sheet: grid.name,
          row: d.row + 1,
          cell: a1(d.row, d.col),
          value: d.value,
          message: formatMessage(template, d.data),
        };
        if (d.data) finding.data = d.data;
        findings.push(finding);
      },
    };
    rule.check(context);
  }
  return findings.sort(compareFindings);
}

/**
 * Each row's deadline, parsed once and shared by every rule. Most deadlines repeat («Постоянно»,
 * «В течение года»…), so each distinct cell content is parsed once too: analyses are read-only
 * to the rules, and rows with the same content share one.
 */
class DeadlineCache {
  /** By the row's index in the sheet, with the row itself to be sure it is the same one. */
  private readonly rows: Array<RoadmapRow | undefined> = [];
  private readonly analyses: Array<DeadlineAnalysis | undefined> = [];
  private readonly byText = new Map<string, DeadlineAnalysis>();
  /** Number cells: by number format, then value. */
  private readonly byNumber = new Map<string | undefined, Map<number, DeadlineAnalysis>>();

  constructor(private readonly options: DeadlineOptions) {}

  of(row: RoadmapRow): DeadlineAnalysis {
    const r = row.row;
    if (this.rows[r] === row) return this.analyses[r]!;
    const analysis = this.ofValue(row.values.deadline);
    this.rows[r] = row;
    this.analyses[r] = analysis;
    return analysis;
  }

  /** The analysis of a deadline value (a row's values.deadline). */
  ofValue(value: FieldValue | undefined): DeadlineAnalysis {
    return this.analyze(value?.cell ?? (value ? { value: value.text } : undefined));
  }

  /** What analyzeDeadline reads of a cell is its error, or its value (type and value) and number format. */
  private analyze(cell: Cell | undefined): DeadlineAnalysis {
    if (!cell || cell.error || typeof cell.value === 'boolean') return analyzeDeadline(cell, this.options);
    const v = cell.value;
    if (typeof v === 'number') {
      let byValue = this.byNumber.get(cell.format);
      if (!byValue) this.byNumber.set(cell.format, (byValue = new Map()));
      let analysis = byValue.get(v);
      if (!analysis) byValue.set(v, (analysis = analyzeDeadline(cell, this.options)));
      return analysis;
    }
    const text = v ?? '';
    let analysis = this.byText.get(text);
    if (!analysis) this.byText.set(text, (analysis = analyzeDeadline(cell, this.options)));
    return analysis;
  }
}
