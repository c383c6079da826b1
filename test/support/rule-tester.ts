/**
 * RuleTester in ESLint's manner: each rule gets valid sheets (no finding of that rule) and invalid
 * sheets with the findings expected (cell, and message id or text where it matters).
 */
import { analyzeSheet } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { Grid, type Cell, type CellRange } from '../../src/core/grid';
import { parseRange } from '../../src/core/address';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import type { Profile } from '../../src/core/profile/schema';
import type { Rule } from '../../src/core/rules/rule';

export type RowSpec = Array<string | number | Cell | null | undefined>;

export interface SheetSpec {
  /** Rows from A1 down; null / undefined / '' leave a cell empty. */
  rows: RowSpec[];
  /** Merged areas in A1 notation, e.g. "D5:D7". */
  merges?: string[];
  profile?: Profile;
  name?: string;
}

export interface InvalidCase extends SheetSpec {
  errors: Array<{ cell: string; messageId?: string; message?: RegExp | string; severity?: Finding['severity'] }>;
}

export function gridOf(spec: SheetSpec): Grid {
  const grid = new Grid(spec.name ?? 'План');
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      grid.set(r, c, typeof v === 'object' ? v : { value: v });
    }),
  );
  for (const m of spec.merges ?? []) grid.addMerge(parseRange(m) as CellRange);
  return grid;
}

/** A standard header row for hand-made sheets. */
export const HEADER: RowSpec = ['№ п/п', 'Наименование мероприятия', 'Срок', 'Ответственный', 'Ожидаемый результат'];
export const TITLE: RowSpec = ['План мероприятий («дорожная карта») на 2023-2025 годы'];

/** A roadmap with the title, the header and the given rows below it (row 3 onwards). */
export function roadmap(rows: RowSpec[], extra: Omit<SheetSpec, 'rows'> = {}): SheetSpec {
  return { rows: [TITLE, [], HEADER, ...rows], ...extra };
}

export function findingsOf(rule: Rule, spec: SheetSpec): Finding[] {
  return analyzeSheet(gridOf(spec), { profile: spec.profile ?? DEFAULT_PROFILE, onlyRules: [rule.id] }).report.findings;
}

export function ruleTester(rule: Rule, cases: { valid: SheetSpec[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    test('has Russian and English messages for the same ids', () => {
      expect(Object.keys(rule.messages.ru).sort()).toEqual(Object.keys(rule.messages.en).sort());
      expect(rule.messages.ru.default ?? Object.values(rule.messages.ru)[0]).toBeTruthy();
    });

    test.each(cases.valid.map((spec, i) => [i, spec] as const))('valid #%i', (_i, spec) => {
      expect(findingsOf(rule, spec)).toEqual([]);
    });

    test.each(cases.invalid.map((spec, i) => [i, spec] as const))('invalid #%i', (_i, spec) => {
      const findings = findingsOf(rule, spec);
      expect(findings.map((f) => f.cell)).toEqual(spec.errors.map((e) => e.cell));
      spec.errors.forEach((expected, i) => {
        const f = findings[i];
        expect(f.rule).toBe(rule.id);
        if (expected.severity) expect(f.severity).toBe(expected.severity);
        if (expected.messageId) {
          const template = rule.messages.ru[expected.messageId];
          expect(template).toBeDefined();
          expect(f.message.startsWith(template.split('{')[0])).toBe(true);
        }
        if (expected.message) expect(f.message).toMatch(expected.message);
      });
    });
  });
}
