/**
 * Scores the engine on a folder of roadmaps with truth files (the corpus's format, plus
 * `deadlineColumns`, `extraColumns` and `noResponsibleColumn`): per sheet, whether the header row
 * and every column's field are right; over the folder, precision and recall of the three rules a
 * reviewer returns plans for. Used by the tests on the fixtures and by `scripts/evaluate-roadmaps.ts`
 * on roadmaps kept outside the repository.
 */
import * as fs from 'node:fs';
import { columnLetter } from '../../src/core/address';
import { analyzeSheet } from '../../src/core/check';
import type { Field } from '../../src/core/findings';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { readTruthFiles } from './corpus';
import { score, type Score } from './scoring';

export const SCORED_RULES = ['responsible-missing', 'deadline-missing', 'deadline-vague'] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

export interface EvaluatedEvent {
  row: number;
  deadlineText?: string;
  deadlineClass: 'missing' | 'vague' | 'concrete';
  responsibleText?: string;
  responsibleMissing: boolean;
  mergedWithAbove?: boolean;
}

export interface EvaluatedSheet {
  sheet: string;
  headerRow: number;
  /** A field the sheet lacks is absent or null. */
  columns: Partial<Record<Field, string | null>>;
  deadlineColumns?: string[];
  extraColumns?: string[];
  /** The sheet has no responsible column: one column-missing for the sheet, no finding per row. */
  noResponsibleColumn?: boolean;
  events: EvaluatedEvent[];
}

export interface EvaluatedTruth {
  file: string;
  nonRoadmapSheets?: string[];
  sheets: EvaluatedSheet[];
}

export interface SheetVerdict {
  file: string;
  sheet: string;
  /** Header row and every field's columns as the truth has them, nothing mapped onto an extra column. */
  columnsRight: boolean;
  problems: string[];
}

export interface Evaluation {
  sheets: SheetVerdict[];
  /** Non-roadmap sheets taken for roadmaps or raising findings. */
  nonRoadmapProblems: string[];
  scores: Record<ScoredRule, Score>;
  /** Each rule's misses and false alarms, «file|sheet|row deadline / responsible». */
  misses: Record<ScoredRule, { missed: string[]; wrong: string[] }>;
}

function expected(rule: ScoredRule, ev: EvaluatedEvent): boolean {
  if (rule === 'responsible-missing') return ev.responsibleMissing;
  return ev.deadlineClass === (rule === 'deadline-missing' ? 'missing' : 'vague');
}

export function evaluate(dir: string): Evaluation {
  const sheets: SheetVerdict[] = [];
  const nonRoadmapProblems: string[] = [];
  const expectedKeys = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  const predictedKeys = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  const describe = new Map<string, string>();

  for (const { truth, xlsx } of readTruthFiles<EvaluatedTruth>(dir)) {
    const workbook = readWorkbook(new Uint8Array(fs.readFileSync(xlsx)), xlsx);
    for (const name of truth.nonRoadmapSheets ?? []) {
      const grid = workbook.sheets.find((s) => s.name === name);
      const report = grid && analyzeSheet(grid).report;
      if (!report) nonRoadmapProblems.push(`${truth.file}|${name}: no such sheet`);
      else if (report.kind === 'roadmap' || report.findings.length) nonRoadmapProblems.push(`${truth.file}|${name}: ${report.kind}, ${report.findings.length} findings`);
    }
    for (const t of truth.sheets) {
      const grid = workbook.sheets.find((s) => s.name === t.sheet);
      const problems: string[] = [];
      if (!grid) {
        sheets.push({ file: truth.file, sheet: t.sheet, columnsRight: false, problems: ['no such sheet'] });
        continue;
      }
      const { report, model } = analyzeSheet(grid);
      if (report.kind !== 'roadmap') problems.push(`kind ${report.kind}`);
      if (report.headerRow !== t.headerRow) problems.push(`header row ${report.headerRow}, truth ${t.headerRow}`);
      const fields = new Set<Field>([...(Object.keys(t.columns) as Field[]), ...(Object.keys(report.columns) as Field[])]);
      for (const field of fields) {
        if ((report.columns[field] ?? null) !== (t.columns[field] ?? null)) problems.push(`${field} ${report.columns[field] ?? '—'}, truth ${t.columns[field] ?? '—'}`);
      }
      const mapped = new Map<string, Field>();
      for (const [field, cols] of model?.header.columns ?? []) for (const c of cols) mapped.set(columnLetter(c), field);
      const deadlineCols = [...mapped].filter(([, f]) => f === 'deadline').map(([c]) => c).sort();
      const truthDeadline = [...(t.deadlineColumns ?? (t.columns.deadline ? [t.columns.deadline] : []))].sort();
      if (deadlineCols.join() !== truthDeadline.join()) problems.push(`deadline columns ${deadlineCols.join(',') || '—'}, truth ${truthDeadline.join(',') || '—'}`);
      for (const extra of t.extraColumns ?? []) if (mapped.has(extra)) problems.push(`extra column ${extra} mapped to ${mapped.get(extra)}`);
      sheets.push({ file: truth.file, sheet: t.sheet, columnsRight: problems.length === 0, problems });

      // A sub-row sharing the event above's cells may carry its findings on either row: left out.
      const skipped = new Set(t.events.filter((e) => e.mergedWithAbove).map((e) => e.row));
      for (const ev of t.events) {
        if (skipped.has(ev.row)) continue;
        const key = `${truth.file}|${t.sheet}|${ev.row}`;
        describe.set(key, `«${ev.deadlineText ?? ''}» / «${ev.responsibleText ?? ''}»`);
        for (const rule of SCORED_RULES) if (expected(rule, ev) && !(rule === 'responsible-missing' && t.noResponsibleColumn)) expectedKeys[rule].add(key);
      }
      for (const f of report.findings) {
        if (!(SCORED_RULES as readonly string[]).includes(f.rule) || skipped.has(f.row)) continue;
        const key = `${truth.file}|${t.sheet}|${f.row}`;
        if (!describe.has(key)) describe.set(key, `«${f.value}» (not an event of the truth)`);
        predictedKeys[f.rule as ScoredRule].add(key);
      }
    }
  }
  const scores = Object.fromEntries(SCORED_RULES.map((r) => [r, score(expectedKeys[r], predictedKeys[r])])) as Record<ScoredRule, Score>;
  const misses = Object.fromEntries(
    SCORED_RULES.map((r) => [
      r,
      {
        missed: [...expectedKeys[r]].filter((k) => !predictedKeys[r].has(k)).map((k) => `${k} ${describe.get(k)}`),
        wrong: [...predictedKeys[r]].filter((k) => !expectedKeys[r].has(k)).map((k) => `${k} ${describe.get(k)}`),
      },
    ]),
  ) as Evaluation['misses'];
  return { sheets, nonRoadmapProblems, scores, misses };
}

export function formatEvaluation(label: string, e: Evaluation): string {
  const right = e.sheets.filter((s) => s.columnsRight).length;
  const lines = [`${label}: columns right on ${right} of ${e.sheets.length} sheets (${((right / Math.max(1, e.sheets.length)) * 100).toFixed(1)} %)`];
  for (const s of e.sheets.filter((x) => !x.columnsRight)) lines.push(`  ✗ ${s.file} «${s.sheet}»: ${s.problems.join('; ')}`);
  for (const p of e.nonRoadmapProblems) lines.push(`  ✗ not a roadmap: ${p}`);
  for (const r of SCORED_RULES) {
    const s = e.scores[r];
    lines.push(`  ${r.padEnd(20)} precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
    for (const m of e.misses[r].missed) lines.push(`      missed ${m}`);
    for (const m of e.misses[r].wrong) lines.push(`      wrong  ${m}`);
  }
  return lines.join('\n');
}
