/** The engine's entry point: a sheet's grid and a profile in, the sheet's model and report out. */
import { a1, columnIndex, columnLetter } from './address';
import { analyzeDeadline, analyzeDeadlineText, combineDeadlines, type DeadlineAnalysis, type DeadlineOptions } from './deadline';
import { DeadlineMemo } from './deadline/memo';
import { formatMessage } from './descriptor';
import { compareFindings, type ColumnMapEntry, type Field, type Finding, type Language, type Severity, type SheetReport, type WorkbookFinding, type WorkbookReport } from './findings';
import { cellText, type Cell, type Grid } from './grid';
import { DEFAULT_PROFILE } from './profile/default-profile';
import type { Profile } from './profile/schema';
import { ruleSetting } from './profile/rule-setting';
import { fieldsNamedBy, findHeader, partialPlanHeader } from './roadmap/header';
import { userColumnsFor, type ColumnMapping } from './roadmap/user-columns';
import { MergeIndex } from './roadmap/merges';
import { buildRows, numberParts, type FieldPart, type FieldValue, type RoadmapModel } from './roadmap/model';
import { parsePlanPeriod, periodYears } from './roadmap/period';
import { indicatorHeaderRow, looksLikePlan } from './roadmap/sheet-kind';
import { FIELD_NAMES } from './rules/field-names';
import { RULES, type AnyRoadmapRule } from './rules';
import type { CheckSession, EventRow, RoadmapChecks, RuleScope, SectionPlace } from './rules/rule';
import { noRoadmap } from './workbook-findings';

export interface CheckOptions {
  profile?: Profile;
  language?: Language;
  /** The user's own columns for this check (the command line's --columns, the pane's «Столбцы»), over the profile's. */
  columns?: ColumnMapping;
  /** Deadlines judged by earlier checks, kept by the caller between live re-checks of a sheet. */
  deadlines?: DeadlineMemo;
}

export interface SheetCheck {
  report: SheetReport;
  model: RoadmapModel | null;
}

/** Builds the roadmap model of a sheet, or null when the sheet has no roadmap header. */
export function buildModel(grid: Grid, profile: Profile = DEFAULT_PROFILE, columns?: ColumnMapping): RoadmapModel | null {
  const merges = new MergeIndex(grid);
  const header = findHeader(grid, merges, profile, userColumnsFor(grid.name, profile.columns, columns));
  if (!header) return null;
  const title = grid
    .rowIndices()
    .filter((r) => r < header.row)
    .flatMap((r) => grid.rowCells(r).map(([, cell]) => cellText(cell)))
    .join(' ');
  const planPeriod = parsePlanPeriod(title);
  const namesFields = fieldsNamedBy(profile);
  const { rows, endRow } = buildRows(grid, merges, header, planPeriod, (r) => namesFields(grid, r));
  return { sheet: grid.name, header, planPeriod, rows, endRow };
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

  // A plan with its targets in a table below is a plan; a table of indicators first is not one.
  const indicatorRow = indicatorHeaderRow(grid);
  const model = buildModel(grid, profile, options.columns);
  if (indicatorRow !== null && (!model || model.header.row >= indicatorRow)) return { report: emptyReport('indicators'), model: null };
  if (!model) {
    const report = emptyReport('other');
    if (looksLikePlan(grid, partialPlanHeader(grid, profile))) {
      report.findings = runRules(grid, null, profile, language, options.deadlines);
    }
    return { report, model: null };
  }

  const columns: Partial<Record<Field, string>> = {};
  for (const [field, cols] of model.header.columns) columns[field] = columnLetter(cols[0]);
  const columnMap: ColumnMapEntry[] = [];
  for (const [field, cols] of model.header.columns) {
    const parts = model.header.parts.get(field);
    for (const col of cols) {
      const part = parts?.find((p) => p.col === col);
      const entry: ColumnMapEntry = { column: columnLetter(col), field, source: model.header.sources.get(col) ?? 'header' };
      if (part) entry.role = part.role;
      columnMap.push(entry);
    }
  }
  columnMap.sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
  const headers = [...model.header.headerText].sort((a, b) => a[0] - b[0]).map(([col, text]) => ({ column: columnLetter(col), text }));
  const report: SheetReport = {
    name: grid.name,
    kind: 'roadmap',
    headerRow: model.header.row + 1,
    columns,
    columnMap,
    headers,
    planPeriod: model.planPeriod,
    counts: {
      sections: model.rows.filter((r) => r.kind === 'section').length,
      events: model.rows.filter((r) => r.kind === 'event' || r.kind === 'sub-row').length,
    },
    findings: runRules(grid, model, profile, language, options.deadlines),
  };
  return { report, model };
}

export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetReport {
  return analyzeSheet(grid, options).report;
}

/** Checks every sheet, then the workbook as a whole: a workbook with no roadmap is a finding, never a clean pass. */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions = {}): WorkbookReport {
  const sheets = grids.map((g) => checkSheet(g, options));
  return { sheets, findings: workbookFindings(sheets, { language: options.language, scope: 'workbook' }) };
}

/** Names listed in a message before «…». */
const SHEETS_NAMED = 5;

/**
 * The findings about checked sheets as a whole — `no-roadmap` when no sheet is a roadmap and no
 * sheet has a finding of its own (a plan whose header was not found already says so). `scope`
 * says what was checked: the whole workbook, or the one sheet the user chose. For a face that
 * checks sheet by sheet (the pane) and judges them together.
 */
export function workbookFindings(reports: readonly SheetReport[], options: { language?: Language; scope: 'workbook' | 'sheet' }): WorkbookFinding[] {
  if (reports.some((r) => r.kind === 'roadmap' || r.findings.length > 0)) return [];
  const language = options.language ?? 'ru';
  const indicators = reports.find((r) => r.kind === 'indicators');
  const quoted = reports.slice(0, SHEETS_NAMED).map((r) => `«${r.name}»`);
  if (reports.length > SHEETS_NAMED) quoted.push('…');
  const [messageId, data] =
    options.scope === 'sheet' && reports.length === 1
      ? (['sheet', { sheet: reports[0].name }] as const)
      : indicators
        ? (['indicators', { sheet: indicators.name }] as const)
        : (['workbook', { sheets: quoted.join(', ') || '—' }] as const);
  return [{ rule: noRoadmap.id, severity: noRoadmap.meta.severity, message: formatMessage(noRoadmap.meta.messages[messageId][language], data), data: { ...data } }];
}

/**
 * Runs the rules of the sheet's scope: each rule's `create` once, then one walk over the model
 * calling every rule's checks — the header, each row, each event with its section and number.
 */
function runRules(grid: Grid, model: RoadmapModel | null, profile: Profile, language: Language, deadlines: DeadlineMemo = new DeadlineMemo()): Finding[] {
  const findings: Finding[] = [];
  const session = checkSession(grid, model, profile, language, deadlines);
  const scope: RuleScope = model ? 'roadmap' : 'sheet';
  const checks: RoadmapChecks[] = [];
  for (const rule of RULES) {
    if (rule.scope !== scope) continue;
    const setting = ruleSetting(profile, rule.id);
    if (setting.severity === 'off') continue;
    checks.push(rule.create({ session, model, options: setting.options ?? rule.defaultOptions, report: reporter(rule, session, setting.severity, findings) }));
  }
  for (const c of checks) c.sheet?.();
  if (model) walkModel(model, checks);
  return findings.sort(compareFindings);
}

/** A report of any rule: its message id and data were checked where the rule was declared. */
interface AnyReport {
  messageId: string;
  data?: Record<string, string | number>;
  row: number;
  col: number;
  value: string;
  severity?: Severity;
}

function reporter(rule: AnyRoadmapRule, session: CheckSession, setting: Severity | undefined, findings: Finding[]) {
  return (d: AnyReport): void => {
    const template = rule.meta.messages[d.messageId][session.language];
    const finding: Finding = {
      rule: rule.id,
      severity: setting ?? d.severity ?? rule.meta.severity,
      sheet: session.grid.name,
      row: d.row + 1,
      cell: a1(d.row, d.col),
      value: d.value,
      message: formatMessage(template, d.data, session.language),
    };
    if (d.data) finding.data = d.data;
    findings.push(finding);
  };
}

/** Calls the checks on the header, then on every row in order, and on every event with its section. */
function walkModel(model: RoadmapModel, checks: readonly RoadmapChecks[]): void {
  const onHeader = checks.flatMap((c) => (c.header ? [c.header] : []));
  const onRow = checks.flatMap((c) => (c.row ? [c.row] : []));
  const onEvent = checks.flatMap((c) => (c.event ? [c.event] : []));
  for (const visit of onHeader) visit(model.header);
  let section: SectionPlace = { index: 0, number: undefined };
  for (let i = 0; i < model.rows.length; i++) {
    const row = model.rows[i];
    for (const visit of onRow) visit(row, model.rows[i - 1]);
    // The second half of a title broken in two keeps the first half's section.
    if (row.kind === 'section' && !row.continuesPrevious) section = { index: section.index + 1, number: row.sectionNumber };
    if (row.kind !== 'event' || onEvent.length === 0) continue;
    const parts = numberParts(row.number);
    const event: EventRow = { row, section, numberParts: parts, numberKey: parts ? parts.join('.') : '' };
    for (const visit of onEvent) visit(event);
  }
}

/** The per-check context every rule shares; deadlines are parsed once per distinct cell content (and kept in the caller's memo, if any). */
function checkSession(grid: Grid, model: RoadmapModel | null, profile: Profile, language: Language, deadlines: DeadlineMemo): CheckSession {
  const deadlineOptions: DeadlineOptions = { extraVague: profile.vagueDeadlines, planYears: periodYears(model?.planPeriod ?? null) };
  const { byText, byNumber } = deadlines.tableFor(deadlineOptions);
  const analyze = (cell: Cell | undefined): DeadlineAnalysis => {
    if (!cell || cell.error || typeof cell.value === 'boolean') return analyzeDeadline(cell, deadlineOptions);
    const [memo, key] = typeof cell.value === 'number' ? [byNumber, `${cell.format ?? ''}\u0000${cell.value}`] : [byText, cell.value ?? ''];
    let analysis = memo.get(key);
    if (!analysis) memo.set(key, (analysis = analyzeDeadline(cell, deadlineOptions)));
    return analysis;
  };
  // A deadline read from several columns: each part judged, then together (combineDeadlines).
  const byParts = new WeakMap<FieldValue, DeadlineAnalysis>();
  const ofParts = (value: FieldValue & { parts: FieldPart[] }): DeadlineAnalysis => {
    let analysis = byParts.get(value);
    if (!analysis) {
      const judged = value.parts.map((p) => (p.period !== undefined ? analyzeDeadlineText(p.period, deadlineOptions) : analyze(p.cell)));
      byParts.set(value, (analysis = combineDeadlines(judged, value.parts[0].role === 'period' ? 'periods' : 'range')));
    }
    return analysis;
  };
  return {
    grid,
    profile,
    language,
    deadlineOf: (value: FieldValue | undefined) =>
      value?.parts ? ofParts(value as FieldValue & { parts: FieldPart[] }) : analyze(value?.cell ?? (value ? { value: value.text } : undefined)),
    fieldName: (field) => FIELD_NAMES[language][field],
  };
}
