/**
 * Every code the product can report, in one list: roadmap rules, the workbook with no roadmap, consolidation rules, files and
 * sheets that cannot be read. The docs (docs/rules.md, docs/troubleshooting.md), the pane's group
 * titles and order, the report sheet's titles and the profile's JSON Schema all come from here.
 */
import { CONSOLIDATION_RULES } from './consolidate/rules';
import type { FindingDescriptor } from './descriptor';
import { FILE_FINDINGS } from './file-findings';
import type { Language, Severity } from './findings';
import { RULES } from './rules';
import { WORKBOOK_FINDINGS } from './workbook-findings';

export const CATALOG: readonly FindingDescriptor[] = [...RULES, ...WORKBOOK_FINDINGS, ...CONSOLIDATION_RULES, ...FILE_FINDINGS];

const BY_ID: ReadonlyMap<string, FindingDescriptor> = new Map(CATALOG.map((d) => [d.id, d]));

export function descriptorOf(id: string): FindingDescriptor | undefined {
  return BY_ID.get(id);
}

/** The code's short title in a language; an unknown id shows itself. */
export function findingTitle(id: string, language: Language): string {
  return BY_ID.get(id)?.meta.docs.title[language] ?? id;
}

/** Where a code stands in the catalog: findings are grouped in this order (unknown ids last). */
export function catalogOrder(id: string): number {
  const i = CATALOG.findIndex((d) => d.id === id);
  return i < 0 ? CATALOG.length : i;
}

/** The ids a profile's `rules` may name: the roadmap and consolidation rules. */
export const CONFIGURABLE_RULE_IDS: readonly string[] = [...RULES, ...CONSOLIDATION_RULES].map((r) => r.id);

interface SeverityWords {
  /** The word on a finding: «Ошибка». */
  label: string;
  /** A group heading: «Ошибки». */
  plural: string;
  /** «3 ошибки», «1 warning». */
  count(n: number): string;
}

/** Russian plural forms: 1 ошибка, 2 ошибки, 5 ошибок, 11 ошибок, 21 ошибка. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs >= 11 && abs <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

function pluralEn(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** The one place severities are named for people: the pane, the command line and the written sheets. */
export const SEVERITY_WORDS: Record<Language, Record<Severity, SeverityWords>> = {
  ru: {
    error: { label: 'Ошибка', plural: 'Ошибки', count: (n) => `${n} ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}` },
    warning: { label: 'Предупреждение', plural: 'Предупреждения', count: (n) => `${n} ${pluralRu(n, 'предупреждение', 'предупреждения', 'предупреждений')}` },
    info: { label: 'Примечание', plural: 'Примечания', count: (n) => `${n} ${pluralRu(n, 'примечание', 'примечания', 'примечаний')}` },
  },
  en: {
    error: { label: 'Error', plural: 'Errors', count: (n) => `${n} ${pluralEn(n, 'error', 'errors')}` },
    warning: { label: 'Warning', plural: 'Warnings', count: (n) => `${n} ${pluralEn(n, 'warning', 'warnings')}` },
    info: { label: 'Note', plural: 'Notes', count: (n) => `${n} ${pluralEn(n, 'note', 'notes')}` },
  },
};
