/**
 * RuleTester in ESLint's manner, for roadmap and consolidation rules: each rule gets valid inputs
 * (no finding of that rule) and invalid inputs with every finding expected — its cell, its whole
 * message with the data filled in, its severity. The other rules are turned off through the profile,
 * as a region would. Across its invalid cases a rule must produce every message it declares, and
 * each finding must read whole in English too.
 */
import { analyzeSheet } from '../../src/core/check';
import { consolidate, type ConsolidationFinding, type SchoolInput } from '../../src/core/consolidate';
import type { AnyConsolidationRule } from '../../src/core/consolidate/rules';
import { CONSOLIDATION_RULES } from '../../src/core/consolidate/rules';
import { formatMessage, type FindingDescriptor } from '../../src/core/descriptor';
import type { Finding, Severity } from '../../src/core/findings';
import { Grid, type Cell, type CellRange } from '../../src/core/grid';
import { parseRange } from '../../src/core/address';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import type { Profile } from '../../src/core/profile/schema';
import { RULES, type AnyRoadmapRule } from '../../src/core/rules';

export type RowSpec = Array<string | number | Cell | null | undefined>;

export interface SheetSpec {
  /** Rows from A1 down; null / undefined / '' leave a cell empty. */
  rows: RowSpec[];
  /** Merged areas in A1 notation, e.g. "D5:D7". */
  merges?: string[];
  profile?: Profile;
  name?: string;
}

export interface ExpectedFinding {
  cell: string;
  /** The whole Russian message, data filled in. */
  message: string;
  /** The rule's default when not given. */
  severity?: Severity;
}

export interface InvalidCase extends SheetSpec {
  errors: ExpectedFinding[];
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

/** A roadmap with the title, the header and the given rows below it (row 4 onwards). */
export function roadmap(rows: RowSpec[], extra: Omit<SheetSpec, 'rows'> = {}): SheetSpec {
  return { rows: [TITLE, [], HEADER, ...rows], ...extra };
}

/** The profile with every rule but `id` turned off (a rule's own setting in the profile is kept). */
function onlyRule(profile: Profile, id: string): Profile {
  const rules: Profile['rules'] = {};
  for (const r of [...RULES, ...CONSOLIDATION_RULES]) if (r.id !== id) rules[r.id] = 'off';
  return { ...profile, rules: { ...rules, ...(profile.rules[id] !== undefined ? { [id]: profile.rules[id] } : {}) } };
}

export function findingsOf(rule: AnyRoadmapRule, spec: SheetSpec, language: 'ru' | 'en' = 'ru'): Finding[] {
  return analyzeSheet(gridOf(spec), { profile: onlyRule(spec.profile ?? DEFAULT_PROFILE, rule.id), language }).report.findings;
}

/** The message ids whose Russian template the message is (a template's placeholders match any text). */
function messageIdsOf(rule: FindingDescriptor, message: string): string[] {
  return Object.entries(rule.meta.messages)
    .filter(([, m]) => new RegExp(`^${m.ru.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`).test(message))
    .map(([id]) => id);
}

/** Each finding's data fills its English template whole (the same placeholders in both languages). */
function expectWholeInEnglish(rule: FindingDescriptor, ru: { message: string; data?: Record<string, string | number> }): void {
  const ids = messageIdsOf(rule, ru.message);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(formatMessage(rule.meta.messages[id].en, ru.data)).not.toMatch(/\{\w+\}/);
}

function expectEveryMessageUsed(rule: FindingDescriptor, messages: string[]): void {
  test('every message of the rule is produced by an invalid case', () => {
    const used = new Set(messages.flatMap((m) => messageIdsOf(rule, m)));
    expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort());
  });
}

export function ruleTester(rule: AnyRoadmapRule, cases: { valid: SheetSpec[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    test.each(cases.valid.map((spec, i) => [i, spec] as const))('valid #%i', (_i, spec) => {
      expect(findingsOf(rule, spec)).toEqual([]);
    });

    test.each(cases.invalid.map((spec, i) => [i, spec] as const))('invalid #%i', (_i, spec) => {
      const findings = findingsOf(rule, spec);
      expect(findings.map((f) => ({ cell: f.cell, message: f.message, severity: f.severity }))).toEqual(
        spec.errors.map((e) => ({ cell: e.cell, message: e.message, severity: e.severity ?? rule.meta.severity })),
      );
      for (const f of findings) {
        expect(f.rule).toBe(rule.id);
        expectWholeInEnglish(rule, f);
      }
      expect(findingsOf(rule, spec, 'en').map((f) => f.cell)).toEqual(findings.map((f) => f.cell));
    });

    expectEveryMessageUsed(rule, cases.invalid.flatMap((c) => c.errors.map((e) => e.message)));
  });
}

export interface SchoolsSpec {
  /** Each school: a file name and its sheets (or an error when it could not be read). */
  schools: Array<{ path: string; sheets?: SheetSpec[]; error?: { code: string; message: string } }>;
  profile?: Profile;
  expectedSchools?: string[];
}

export interface ExpectedConsolidationFinding {
  file: string;
  cell: string;
  message: string;
  severity?: Severity;
}

export function consolidationFindingsOf(rule: AnyConsolidationRule, spec: SchoolsSpec): ConsolidationFinding[] {
  const schools: SchoolInput[] = spec.schools.map((s) => ({ path: s.path, sheets: s.sheets?.map(gridOf), error: s.error }));
  const profile = onlyRule(spec.profile ?? DEFAULT_PROFILE, rule.id);
  return consolidate(schools, { profile, expectedSchools: spec.expectedSchools }).findings;
}

export function consolidationRuleTester(
  rule: AnyConsolidationRule,
  cases: { valid: SchoolsSpec[]; invalid: Array<SchoolsSpec & { errors: ExpectedConsolidationFinding[] }> },
): void {
  describe(rule.id, () => {
    test.each(cases.valid.map((spec, i) => [i, spec] as const))('valid #%i', (_i, spec) => {
      expect(consolidationFindingsOf(rule, spec)).toEqual([]);
    });

    test.each(cases.invalid.map((spec, i) => [i, spec] as const))('invalid #%i', (_i, spec) => {
      const findings = consolidationFindingsOf(rule, spec);
      expect(findings.map((f) => ({ file: f.file, cell: f.cell, message: f.message, severity: f.severity }))).toEqual(
        spec.errors.map((e) => ({ file: e.file, cell: e.cell, message: e.message, severity: e.severity ?? rule.meta.severity })),
      );
      for (const f of findings) {
        expect(f.rule).toBe(rule.id);
        expectWholeInEnglish(rule, f);
      }
    });

    expectEveryMessageUsed(rule, cases.invalid.flatMap((c) => c.errors.map((e) => e.message)));
  });
}
