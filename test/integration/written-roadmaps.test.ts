/**
 * Columns by meaning on roadmaps written for it by someone who had not seen the engine
 * (test/fixtures/written-roadmaps): the header row and every column right on every sheet, nothing
 * mapped onto a column the standard lacks, and the three rules a reviewer returns plans for at
 * precision and recall of at least 0.98.
 */
import * as path from 'node:path';
import { evaluate, formatEvaluation, SCORED_RULES } from '../support/roadmap-evaluation';

const DIR = path.resolve(__dirname, '../fixtures/written-roadmaps');
const result = evaluate(DIR);

test('every sheet: header row and columns as the truth has them', () => {
  // Printed so a run shows the figures and every miss, not only pass / fail.
  console.log(formatEvaluation('written roadmaps', result));
  expect(result.sheets.filter((s) => !s.columnsRight).map((s) => `${s.file} «${s.sheet}»: ${s.problems.join('; ')}`)).toEqual([]);
  expect(result.sheets.length).toBe(24);
});

test('sheets that are not roadmaps are not taken for one and raise nothing', () => {
  expect(result.nonRoadmapProblems).toEqual([]);
});

test.each(SCORED_RULES)('%s: precision and recall at least 0.98', (rule) => {
  expect(result.scores[rule].precision).toBeGreaterThanOrEqual(0.98);
  expect(result.scores[rule].recall).toBeGreaterThanOrEqual(0.98);
});
