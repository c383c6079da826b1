/**
 * Whether a number cell's format shows it as a date. Readers hand over the format code as a
 * string: SheetJS renders built-in ids as their codes (14 → "m/d/yy"), Office.js gives the
 * invariant code ("dd.mm.yyyy"); a bare id ("14") is accepted too.
 */

/** Built-in number format ids that show a date (14–17, 22, and the East Asian 27–36, 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const trimmed = format.trim();
  if (/^\d+$/.test(trimmed)) return DATE_FORMAT_IDS.has(Number(trimmed));
  // Literal text ("г."), escaped characters (\-), and bracketed parts ([$-419], [Red], [h]) say nothing.
  const codes = trimmed
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '')
    .toLowerCase();
  if (/general|основной/.test(codes)) return false;
  // d or y is a date; m alone is a month («mmmm») unless hours or seconds make it minutes.
  // Russian-localised codes (ДД.ММ.ГГГГ) are read the same way.
  if (/[dyдг]/.test(codes)) return true;
  return /[mм]/.test(codes) && !/[hsчс]/.test(codes);
}
