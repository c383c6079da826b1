/**
 * Ignored findings are kept as `findingKey`s (rule, sheet, cell, value) in the workbook's settings:
 * a finding stays ignored across re-checks while its cell's value is unchanged, and comes back when
 * the value changes. These helpers never mutate the set they are given.
 */
import type { ViewFinding } from './findings-view';

export function withIgnored(keys: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(keys);
  next.add(key);
  return next;
}

export function withoutIgnored(keys: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(keys);
  next.delete(key);
  return next;
}

/** Marks the findings ignored or not by the set: a new list, the findings themselves shared. */
export function applyIgnored(all: readonly ViewFinding[], keys: ReadonlySet<string>): ViewFinding[] {
  return all.map((v) => (v.ignored === keys.has(v.key) ? v : { ...v, ignored: keys.has(v.key) }));
}

/**
 * Drops the keys of one sheet that no longer match a finding of that sheet, so the settings do not
 * grow for ever as values change. Keys of sheets that were not checked are kept.
 */
export function pruneIgnored(keys: ReadonlySet<string>, checkedSheets: readonly string[], all: readonly ViewFinding[]): Set<string> {
  const live = new Set(all.map((v) => v.key));
  const next = new Set<string>();
  for (const key of keys) {
    // The key is rule|sheet|cell|value; a sheet name may itself hold «|», so match by prefix.
    const afterRule = key.slice(key.indexOf('|') + 1);
    const ofCheckedSheet = checkedSheets.some((sheet) => afterRule.startsWith(`${sheet}|`));
    if (!ofCheckedSheet || live.has(key)) next.add(key);
  }
  return next;
}
