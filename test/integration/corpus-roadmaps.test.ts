/**
 * The engine against test/fixtures/corpus/seeds and variants and their truth files: every sheet's
 * header row and columns, the plan period and counts, and precision / recall of the three rules a
 * reviewer rejects for (printed, and at least 0.98 on each set).
 */
import { analyzeSheet } from '../../src/core/check';
import { periodYears } from '../../src/core/roadmap/period';
import { corpusCases, loadWorkbook, type CorpusCase } from '../support/corpus';
import { formatScore, score, type Score } from '../support/scoring';

const SCORED_RULES = ['responsible-missing', 'deadline-missing', 'deadline-vague'] as const;
type ScoredRule = (typeof SCORED_RULES)[number];

function expectedRule(rule: ScoredRule, ev: { responsibleMissing: boolean; deadlineClass: string }): boolean {
  if (rule === 'responsible-missing') return ev.responsibleMissing;
  return ev.deadlineClass === (rule === 'deadline-missing' ? 'missing' : 'vague');
}

function scoreSet(cases: CorpusCase[]): Record<ScoredRule, Score> {
  const expected = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  const predicted = Object.fromEntries(SCORED_RULES.map((r) => [r, new Set<string>()])) as Record<ScoredRule, Set<string>>;
  for (const c of cases) {
    const workbook = loadWorkbook(c.xlsx);
    for (const truthSheet of c.truth.sheets) {
      const grid = workbook.sheets.find((s) => s.name === truthSheet.sheet)!;
      const { report } = analyzeSheet(grid);
      // A sub-row sharing the event above's cells may carry its findings on either row: left out.
      const skipped = new Set(truthSheet.events.filter((e) => e.mergedWithAbove).map((e) => e.row));
      for (const ev of truthSheet.events) {
        if (skipped.has(ev.row)) continue;
        for (const rule of SCORED_RULES) if (expectedRule(rule, ev)) expected[rule].add(`${c.name}|${truthSheet.sheet}|${ev.row}`);
      }
      for (const f of report.findings) {
        if ((SCORED_RULES as readonly string[]).includes(f.rule) && !skipped.has(f.row)) {
          predicted[f.rule as ScoredRule].add(`${c.name}|${truthSheet.sheet}|${f.row}`);
        }
      }
    }
  }
  return Object.fromEntries(SCORED_RULES.map((r) => [r, score(expected[r], predicted[r])])) as Record<ScoredRule, Score>;
}

describe.each(['seeds', 'variants'] as const)('corpus %s', (set) => {
  const cases = corpusCases(set);

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const workbook = loadWorkbook(c.xlsx);

    test.each(c.truth.sheets.map((s) => [s.sheet, s] as const))('sheet «%s»: header, columns, period, counts', (_sheet, truthSheet) => {
      const grid = workbook.sheets.find((s) => s.name === truthSheet.sheet);
      expect(grid).toBeDefined();
      const { report } = analyzeSheet(grid!);
      expect(report.kind).toBe('roadmap');
      expect(report.headerRow).toBe(truthSheet.headerRow);
      expect(report.columns).toEqual(truthSheet.columns);
      const years = periodYears(report.planPeriod);
      expect([years?.from ?? null, years?.to ?? null]).toEqual(truthSheet.planPeriod);
      expect(report.counts.sections).toBe(truthSheet.sections);
      expect(report.counts.events).toBe(truthSheet.events.length);
    });

    const nonRoadmaps = c.truth.nonRoadmapSheets ?? [];
    if (nonRoadmaps.length) {
      test.each(nonRoadmaps)('sheet «%s» is not taken for a roadmap and raises nothing', (name) => {
        const { report } = analyzeSheet(workbook.sheets.find((s) => s.name === name)!);
        expect(report.kind).not.toBe('roadmap');
        expect(report.findings).toEqual([]);
      });
    }
  });

  test('precision and recall of the reviewer rules are at least 0.98', () => {
    const scores = scoreSet(cases);
    // Printed so a run shows the figures, not only pass / fail.
    console.log(`${set}:\n${SCORED_RULES.map((r) => formatScore(r, scores[r])).join('\n')}`);
    for (const rule of SCORED_RULES) {
      expect(scores[rule].precision).toBeGreaterThanOrEqual(0.98);
      expect(scores[rule].recall).toBeGreaterThanOrEqual(0.98);
    }
  });
});
