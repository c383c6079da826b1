/**
 * Whether what was checked can go to the region, in three states, each with its reason:
 * - `not-ready`: an error is left (listed), or there is nothing to submit — no sheet is a roadmap
 *   with events (a passport, an indicator table, the add-in's own report sheet, an empty plan);
 * - `warnings`: no error, but warnings (counted per rule, vague deadlines first: reviewers return
 *   plans for them);
 * - `ready`: neither errors nor warnings (notes may remain: they are suggestions).
 *
 * Severity is the finding's own, so a region's profile that raises a rule to `error` makes it block.
 * Pure: reports and findings in, the verdict out. Callers leave ignored findings out.
 */
import { catalogOrder } from './catalog';
import type { Finding, Severity, SheetReport } from './findings';

export type VerdictState = 'not-ready' | 'warnings' | 'ready';

/**
 * Why no checked sheet can be submitted: the add-in's own sheet (its report or a summary), an
 * indicator table, a sheet that is not a roadmap, a roadmap with no event, or no sheet at all.
 */
export type NothingToSubmit = 'own-sheet' | 'indicators' | 'not-roadmap' | 'empty-plan' | 'no-sheets';

export interface RuleCount {
  rule: string;
  count: number;
}

export interface Verdict {
  state: VerdictState;
  /** Set when nothing checked is a roadmap with events: what the sheets are instead, and which. */
  nothing: { reason: NothingToSubmit; sheets: string[] } | null;
  /** The errors, in the order given (reading order): they block submission. */
  blocking: Finding[];
  /** Errors per rule, in the catalog's order. */
  errorRules: RuleCount[];
  /** Warnings per rule: those reviewers return plans for first, then the catalog's order. */
  warningRules: RuleCount[];
  counts: Record<Severity, number>;
  sheets: number;
  roadmaps: number;
  events: number;
}

/** Rules a regional reviewer returns a plan for, although their default severity is a warning. */
export const RETURNED_BY_REVIEWERS: readonly string[] = ['deadline-vague'];

export interface VerdictOptions {
  /** The add-in's own sheets (its report, consolidation summaries): never a plan to submit. */
  isOwnSheet?: (name: string) => boolean;
}

export function decideVerdict(reports: readonly SheetReport[], findings: readonly Finding[], options: VerdictOptions = {}): Verdict {
  const isOwn = options.isOwnSheet ?? (() => false);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const roadmaps = reports.filter((r) => r.kind === 'roadmap' && !isOwn(r.name));
  const events = roadmaps.reduce((n, r) => n + r.counts.events, 0);
  const nothing = events > 0 ? null : nothingToSubmit(reports, isOwn);
  const blocking = findings.filter((f) => f.severity === 'error');
  const state: VerdictState = nothing || counts.error > 0 ? 'not-ready' : counts.warning > 0 ? 'warnings' : 'ready';
  return {
    state,
    nothing,
    blocking,
    errorRules: perRule(blocking),
    warningRules: perRule(findings.filter((f) => f.severity === 'warning')),
    counts,
    sheets: reports.length,
    roadmaps: roadmaps.length,
    events,
  };
}

/** What the sheets are when none is a roadmap with events: the likeliest mistake first. */
function nothingToSubmit(reports: readonly SheetReport[], isOwn: (name: string) => boolean): { reason: NothingToSubmit; sheets: string[] } {
  const named = (test: (r: SheetReport) => boolean) => reports.filter(test).map((r) => r.name);
  const empty = named((r) => r.kind === 'roadmap' && !isOwn(r.name));
  if (empty.length) return { reason: 'empty-plan', sheets: empty };
  const others = named((r) => r.kind === 'other' && !isOwn(r.name));
  if (others.length) return { reason: 'not-roadmap', sheets: others };
  const tables = named((r) => r.kind === 'indicators' && !isOwn(r.name));
  if (tables.length) return { reason: 'indicators', sheets: tables };
  const own = named((r) => isOwn(r.name));
  if (own.length) return { reason: 'own-sheet', sheets: own };
  return { reason: 'no-sheets', sheets: [] };
}

function perRule(findings: readonly Finding[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const rank = (rule: string) => {
    const returned = RETURNED_BY_REVIEWERS.indexOf(rule);
    return returned >= 0 ? returned - RETURNED_BY_REVIEWERS.length : catalogOrder(rule);
  };
  return [...counts.entries()].map(([rule, count]) => ({ rule, count })).sort((a, b) => rank(a.rule) - rank(b.rule) || a.rule.localeCompare(b.rule));
}
