/**
 * Matching by meaning: header words to the table's roles, value columns by period and plan / fact
 * words in any order, indicators by their normalised names, units by their common abbreviations,
 * expected schools by their names in the file name or the title.
 */
import { compact, normalize, words } from '../text';
import type { ColumnKey } from './types';

export type HeaderRole = 'number' | 'goal' | 'name' | 'unit' | 'value' | 'other';

// No lookbehind: Safari before 16.4 (Excel on older Macs) cannot even parse it. A start or a
// non-digit / non-letter before the match does the same for these non-global tests.
const YEAR_RANGE = /(?:^|\D)((?:19|20)\d{2})\s*[-/]\s*((?:19|20)\d{2})(?!\d)/;
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;
const DATE = /(?:^|\D)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)/;
const PLAN = /(?:^|[^\p{L}])(план|прогноз|целев)/u;
const FACT = /(?:^|[^\p{L}])(факт|достигнут|исполнен)/u;
const BASE = /(?:^|[^\p{L}])базов/u;
const VALUE_WORD = /(?:^|[^\p{L}])значени/u;
const PLAN_WORD = /(?:^|[^\p{L}])план/u;

/** Parses a value column's header; null when the header names no period, plan / fact or value. */
export function parseColumnKey(header: string): ColumnKey | null {
  const t = normalize(header);
  if (!t) return null;
  let date: string | null = null;
  let year: string | null = null;
  const d = DATE.exec(t);
  if (d) {
    date = `${d[1].padStart(2, '0')}.${d[2].padStart(2, '0')}.${d[3]}`;
  } else {
    const range = YEAR_RANGE.exec(t);
    if (range) year = `${range[1]}-${range[2]}`;
    else year = YEAR.exec(t)?.[1] ?? null;
  }
  // «Базовое значение на 01.01.2024» is the value at that date; «Базовое значение» alone is the base.
  const kind: ColumnKey['kind'] = FACT.test(t) ? 'факт' : PLAN.test(t) ? 'план' : BASE.test(t) && !date ? 'база' : null;
  if (!date && !year && !kind && !VALUE_WORD.test(t)) return null;
  const period = date ? `на ${date}` : year;
  const label = [period, kind].filter(Boolean).join(' ') || 'значение';
  return { label, year, date, kind };
}

/** What a header cell announces. Checked in an order that keeps «Значение показателя» a value and «Наименование цели» a goal. */
export function classifyHeader(text: string): HeaderRole {
  const t = normalize(text);
  if (!t) return 'other';
  const squeezed = t.replace(/\s+/g, '');
  if (/^(№|n|no|номер)\.?(п\/?п|пп)?\.?$/.test(squeezed)) return 'number';
  const w = ` ${words(t)} `;
  if (/ ед(иниц[аыи]?)? изм/.test(w) || / измерени/.test(w)) return 'unit';
  if (/показател|индикатор/.test(w)) {
    // «Наименование показателя», «Целевой показатель» name the indicator; «Значение показателя 2023» is a value.
    return VALUE_WORD.test(t) || YEAR.test(t) || DATE.test(t) || FACT.test(t) || PLAN_WORD.test(t) ? 'value' : 'name';
  }
  if (parseColumnKey(t)) return 'value';
  if (/ (цель|цели|целей|задача|задачи|направление|направления) /.test(w)) return 'goal';
  if (/ наименование /.test(w) && !/мероприят/.test(w)) return 'name';
  return 'other';
}

/** An indicator's matching key: case, ё/е, spaces and punctuation folded. */
export function indicatorKey(name: string): string {
  return compact(name);
}

const UNIT_SYNONYMS: Array<[RegExp, string]> = [
  [/^(%|процент\p{L}*|проц)$/u, '%'],
  [/^(чел|человек\p{L}*)$/u, 'человек'],
  [/^(ед|един|единиц\p{L}*|шт|штук\p{L}*)$/u, 'единиц'],
  [/^(доля|доли)$/u, 'доля'],
  [/^(руб|рубл\p{L}*)$/u, 'рублей'],
  [/^(тысруб|тысячрублей|тысрублей)$/u, 'тыс. рублей'],
  [/^(млнруб|млнрублей)$/u, 'млн рублей'],
  [/^(год|лет|года)$/u, 'лет'],
  [/^(балл\p{L}*)$/u, 'баллов'],
];

/**
 * A unit's canonical form: «чел.» = «человек», «ед.» = «единиц», «%» = «процент». An unknown
 * unit keeps its compact text; empty is ''.
 */
export function canonicalUnit(unit: string): string {
  const n = normalize(unit);
  if (!n) return '';
  if (n.includes('%')) return '%';
  const c = compact(n);
  for (const [pattern, canonical] of UNIT_SYNONYMS) if (pattern.test(c)) return canonical;
  return c;
}

/** True when a canonical unit is one of the known ones (so a number's unit can be judged against the row's). */
export function isKnownCanonicalUnit(canonical: string): boolean {
  return UNIT_SYNONYMS.some(([, known]) => known === canonical);
}

/**
 * What one consolidation judges once per distinct text: every school repeats the template's
 * headers, indicator names, goals and units. Owned by a consolidation, never shared between two.
 */
export class TextMemo {
  private readonly roles = new Map<string, HeaderRole>();
  private readonly keys = new Map<string, string>();
  private readonly units = new Map<string, string>();

  role(text: string): HeaderRole {
    return remembered(this.roles, text, classifyHeader);
  }

  key(name: string): string {
    return remembered(this.keys, name, indicatorKey);
  }

  unit(unit: string): string {
    return remembered(this.units, unit, canonicalUnit);
  }
}

function remembered<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  let value = memo.get(text);
  if (value === undefined) memo.set(text, (value = compute(text)));
  return value;
}

/** Whether an indicator is averaged: its unit names a percentage or share (profile meanUnits), or its name starts with «доля». */
export function isMeanIndicator(unit: string, name: string, meanUnits: readonly string[]): boolean {
  const u = normalize(unit);
  if (u && meanUnits.some((m) => u.includes(normalize(m)))) return true;
  return /^доля( |$)/.test(words(name));
}

/** Whether the words of `needle` appear, contiguous and whole, among the words of `haystack`. */
export function containsWords(haystack: string, needle: string): boolean {
  const n = words(needle);
  if (!n) return false;
  return ` ${words(haystack)} `.includes(` ${n} `);
}

/**
 * The shortest unique tail of each path: «school-01.xlsx», or «north/report.xlsx» beside
 * «south/report.xlsx». Keeps the order.
 */
export function displayNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split(/[\\/]+/).filter(Boolean));
  const result = parts.map((p) => p[p.length - 1] ?? '');
  for (let depth = 2; ; depth++) {
    const counts = new Map<string, number>();
    for (const r of result) counts.set(r, (counts.get(r) ?? 0) + 1);
    let changed = false;
    parts.forEach((p, i) => {
      if ((counts.get(result[i]) ?? 0) > 1 && p.length >= depth) {
        result[i] = p.slice(-depth).join('/');
        changed = true;
      }
    });
    if (!changed) break;
  }
  // Identical paths given twice stay identical; number the repeats so keys stay unique.
  const seen = new Map<string, number>();
  return result.map((r) => {
    const k = (seen.get(r) ?? 0) + 1;
    seen.set(r, k);
    return k === 1 ? r : `${r} (${k})`;
  });
}

/** The file name without folders and extension: what a school's name is compared with. */
export function fileStem(path: string): string {
  const base = path.split(/[\\/]+/).pop() ?? path;
  return base.replace(/\.[^.]+$/, '');
}
