/**
 * What the pane shows of a consolidation: a row per school with a status badge — ready, warnings,
 * errors, unreadable — and its findings; a row per expected school that sent nothing (missing).
 * Plain functions over the engine's result: no React, no Office.
 */
import type { ConsolidationFinding, ConsolidationResult } from '../../core/consolidate/types';

export type SchoolBadge = 'ready' | 'warnings' | 'errors' | 'unreadable' | 'missing';
export const SCHOOL_BADGES: readonly SchoolBadge[] = ['ready', 'warnings', 'errors', 'unreadable', 'missing'];

export interface SchoolRow {
  /** Unique among the rows. */
  key: string;
  /** The expected name when the school was recognised, else its file (or sheet). */
  name: string;
  /** The file as shown («school-01.xlsx»), or '' for a missing school. */
  file: string;
  /** The sheet its table was read from. */
  sheet: string | null;
  badge: SchoolBadge;
  findings: ConsolidationFinding[];
  errors: number;
  warnings: number;
  /** Why the file could not be read. */
  error: { code: string; message: string } | null;
}

export function schoolRows(result: ConsolidationResult): SchoolRow[] {
  const byFile = new Map<string, ConsolidationFinding[]>();
  for (const f of result.findings) {
    if (f.rule === 'school-missing') continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const rows: SchoolRow[] = result.schools.map((s, i) => {
    const findings = byFile.get(s.file) ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const badge: SchoolBadge = s.status === 'unreadable' ? 'unreadable' : s.status === 'no-table' || errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'ready';
    return { key: `school-${i}`, name: s.name, file: s.file, sheet: s.sheet, badge, findings, errors, warnings, error: s.error };
  });
  result.findings
    .filter((f) => f.rule === 'school-missing')
    .forEach((f, i) => {
      rows.push({ key: `missing-${i}`, name: String(f.data.school ?? f.value), file: '', sheet: null, badge: 'missing', findings: [f], errors: 1, warnings: 0, error: null });
    });
  return rows;
}

export function badgeCounts(rows: readonly SchoolRow[]): Record<SchoolBadge, number> {
  const counts: Record<SchoolBadge, number> = { ready: 0, warnings: 0, errors: 0, unreadable: 0, missing: 0 };
  for (const r of rows) counts[r.badge]++;
  return counts;
}
