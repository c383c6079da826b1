/**
 * What the pane shows of a check: the findings in reading order, each with a unique id and its
 * «ignore» key, filtered by severity and ignore state, and grouped by severity and rule.
 * Plain functions over plain data: no React, no Office.
 */
import { compareFindings, SEVERITY_RANK, type Finding, type Severity, type SheetReport } from '../../core/findings';
import { findingKey, type ReportEntry } from '../../excel/workbook-port';
import { catalogOrder } from '../../core/catalog';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface ViewFinding {
  finding: Finding;
  /** Unique within one check: the ignore key, the message, and an occurrence number for exact repeats. */
  uid: string;
  /** The ignore key (`findingKey`): rule, sheet, cell and value. */
  key: string;
  ignored: boolean;
  /** The sheet's position in the checked workbook, for reading order across sheets. */
  sheetIndex: number;
  /** The name of the event on the finding's row, when it is on one. */
  event?: string;
}

export type SeverityFilter = Record<Severity, boolean>;
export const ALL_SEVERITIES: SeverityFilter = { error: true, warning: true, info: true };

/** Compares two findings in reading order: sheet (in workbook order), row, column, severity, rule. */
export function compareInWorkbook(a: Finding, b: Finding, sheetOrder: readonly string[]): number {
  return sheetRank(a.sheet, sheetOrder) - sheetRank(b.sheet, sheetOrder) || compareFindings(a, b);
}

function sheetRank(sheet: string, sheetOrder: readonly string[]): number {
  const i = sheetOrder.indexOf(sheet);
  return i < 0 ? sheetOrder.length : i;
}

/** Every finding of the reports in reading order, with ids, ignore state and the event's name where known. */
export function indexFindings(reports: readonly SheetReport[], ignored: ReadonlySet<string>, eventOf: (f: Finding) => string | undefined = () => undefined): ViewFinding[] {
  const sheetOrder = reports.map((r) => r.name);
  const all = reports.flatMap((r) => r.findings);
  const sorted = [...all].sort((a, b) => compareInWorkbook(a, b, sheetOrder));
  const seen = new Map<string, number>();
  return sorted.map((finding) => {
    const key = findingKey(finding);
    const base = `${key}|${finding.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const event = eventOf(finding);
    const v: ViewFinding = { finding, key, uid: n === 0 ? base : `${base}#${n}`, ignored: ignored.has(key), sheetIndex: sheetRank(finding.sheet, sheetOrder) };
    if (event) v.event = event;
    return v;
  });
}

/** The findings the list shows: of the chosen severities, and not ignored unless ignored ones are shown. */
export function visibleFindings(all: readonly ViewFinding[], filter: SeverityFilter, showIgnored: boolean): ViewFinding[] {
  return all.filter((v) => filter[v.finding.severity] && (showIgnored || !v.ignored));
}

/** The findings that are neither ignored nor filtered out: what «Далее» steps through and «Подсветить» fills. */
export function activeFindings(all: readonly ViewFinding[], filter: SeverityFilter): ViewFinding[] {
  return visibleFindings(all, filter, false);
}

/** Counts of the not-ignored findings per severity (whatever the filter: the filter's buttons show them). */
export function severityCounts(all: readonly ViewFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const v of all) if (!v.ignored) counts[v.finding.severity]++;
  return counts;
}

export function ignoredCount(all: readonly ViewFinding[]): number {
  return all.reduce((n, v) => n + (v.ignored ? 1 : 0), 0);
}

export interface RuleGroup {
  rule: string;
  severity: Severity;
  /** Findings of the group, reading order kept. */
  items: ViewFinding[];
  /** Not-ignored findings in the group. */
  count: number;
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

/**
 * Groups findings by severity (errors first) and then by rule, rules in the spec's order (unknown rules
 * after, by id), so groups keep their place while the user fixes cells.
 */
export function groupFindings(list: readonly ViewFinding[]): SeverityGroup[] {
  const bySeverity = new Map<Severity, Map<string, RuleGroup>>();
  for (const v of list) {
    const { severity, rule } = v.finding;
    let rules = bySeverity.get(severity);
    if (!rules) bySeverity.set(severity, (rules = new Map()));
    let group = rules.get(rule);
    if (!group) rules.set(rule, (group = { rule, severity, items: [], count: 0 }));
    group.items.push(v);
    if (!v.ignored) group.count++;
  }
  return [...bySeverity.entries()]
    .sort((a, b) => SEVERITY_RANK[a[0]] - SEVERITY_RANK[b[0]])
    .map(([severity, rules]) => {
      const groups = [...rules.values()].sort((a, b) => catalogOrder(a.rule) - catalogOrder(b.rule) || a.rule.localeCompare(b.rule));
      return { severity, count: groups.reduce((n, g) => n + g.count, 0), rules: groups };
    });
}

/** Findings that are not ignored, for the verdict and the highlight. */
export function notIgnored(all: readonly ViewFinding[]): Finding[] {
  return all.filter((v) => !v.ignored).map((v) => v.finding);
}

/** The report sheet's rows: the findings not ignored, each with its event's name. */
export function reportEntries(all: readonly ViewFinding[]): ReportEntry[] {
  return all.filter((v) => !v.ignored).map((v) => (v.event ? { ...v.finding, event: v.event } : v.finding));
}

/** The list as the pane shows it, group after group: the order the arrow keys move in. */
export function listOrder(groups: readonly SeverityGroup[]): ViewFinding[] {
  return groups.flatMap((s) => s.rules.flatMap((r) => r.items));
}
