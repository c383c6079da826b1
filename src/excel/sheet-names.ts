/**
 * Names for sheets the add-in adds: valid for Excel (1–31 characters, none of \ / ? * [ ] :, no
 * apostrophe at either end, not «History») and unique in the workbook, compared as Excel does —
 * without regard to case. A taken name gets « (2)», « (3)»…, its base shortened to stay in 31.
 */

export const MAX_SHEET_NAME = 31;

/** A valid sheet name from any text: forbidden characters become «_», the rest is trimmed to 31. */
export function sanitizeSheetName(wanted: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot stand in a sheet name
  let name = wanted.replace(/[\\/?*[\]:]/g, '_').replace(/[\u0000-\u001f]/g, ' ').trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  if (name.toLowerCase() === 'history') name = `${name}_`;
  if (!name) name = 'Лист';
  return name.slice(0, MAX_SHEET_NAME).replace(/'+$/, '').trim() || 'Лист';
}

/** The wanted name, or «wanted (n)» with the least n ≥ 2 that no sheet has. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const base = sanitizeSheetName(wanted);
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Unique names for several new sheets at once (each also unlike the ones before it). */
export function uniqueSheetNames(wanted: readonly string[], taken: Iterable<string>): string[] {
  const used = [...taken];
  return wanted.map((w) => {
    const name = uniqueSheetName(w, used);
    used.push(name);
    return name;
  });
}
