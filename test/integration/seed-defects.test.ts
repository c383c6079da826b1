/** The real defects of the seeds, found where a reviewer would point. */
import * as path from 'node:path';
import { analyzeSheet } from '../../src/core/check';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';

function findings(file: string, sheet: string) {
  const grid = loadWorkbook(path.join(CORPUS_DIR, 'seeds', file)).sheets.find((s) => s.name === sheet)!;
  return analyzeSheet(grid).report.findings;
}

test('the career-guidance project: the event without a responsible', () => {
  const missing = findings('career-guidance-project-2023-2027.xlsx', 'Дорожная карта').filter((f) => f.rule === 'responsible-missing');
  expect(missing.map((f) => f.cell)).toEqual(['E20']);
  expect(missing[0].severity).toBe('error');
});

describe('Sarov, roadmap 1.3', () => {
  const all = findings('sarov-quality-management-2021-2022.xlsx', 'ДК 1.3');

  test('items numbered 4.x under section 14', () => {
    const wrong = all.filter((f) => f.rule === 'number-sequence');
    expect(wrong.map((f) => [f.cell, f.value])).toEqual([
      ['A68', '4.1.'],
      ['A69', '4.2.'],
    ]);
    expect(wrong[0].message).toContain('14');
  });

  test('the section title broken in two', () => {
    const broken = all.filter((f) => f.rule === 'row-fragment');
    expect(broken.map((f) => f.cell)).toEqual(['A20']);
    expect(broken[0].value).toBe('4. и талантов у детей и молодежи');
  });

  test('the items after the broken title keep section 3: no false numbering findings', () => {
    expect(all.filter((f) => f.rule === 'number-sequence' && f.row >= 21 && f.row <= 27)).toEqual([]);
  });
});

test('an order and a passport are not roadmaps', () => {
  const order = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'sarov-quality-management-2021-2022.xlsx')).sheets.find((s) => s.name === 'Приказ')!;
  const passport = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'nogliki-career-guidance-2021-2023.xlsx')).sheets.find((s) => s.name === 'Паспорт')!;
  expect(analyzeSheet(order).report.kind).toBe('other');
  expect(analyzeSheet(passport).report.kind).toBe('other');
  const indicators = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'kaliningrad-career-guidance-2023-2025.xlsx')).sheets.find((s) => s.name === 'Показатели')!;
  expect(analyzeSheet(indicators).report.kind).toBe('indicators');
});
