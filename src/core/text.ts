/** Text normalisation shared by the header finder, the deadline grammar and consolidation. */

/** Lower case, ё→е, every dash and quote folded, runs of white space (incl. NBSP) to one space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[«»“”„"]/g, '"')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** normalize() and then every character that is not a letter or digit dropped: for matching names by meaning. */
export function compact(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** normalize() with punctuation turned into spaces: words separated by single spaces. */
export function words(text: string): string {
  return normalize(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** ASCII letters and digits, and the Cyrillic block: none of them is white space, a dash, «_» or «.». */
function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x400 && code <= 0x4ff);
}

/** True when the text is empty or only dashes, dots and spaces: «-», «—», «--», «.», «…». */
export function isBlankLike(text: string): boolean {
  // A letter or digit first (the usual case) is not blank: no need for the pattern.
  if (text.length > 0 && isLetterOrDigit(text.charCodeAt(0))) return false;
  return /^[\s\-\u2010-\u2015\u2212_.\u2026]*$/.test(text);
}

const DITTO_CHARS = /^[\s\u200b\-\u2010-\u2015\u2212/"«»“”„'тожесамёТОЖЕСАМЁ]*$/;

/** A ditto mark: «-//-», «-"-», «то же», «—»«—»… meaning the value of the row above. */
export function isDitto(text: string): boolean {
  // Only these characters can normalise into a ditto mark: anything else rules one out at once.
  if (!DITTO_CHARS.test(text)) return false;
  const t = normalize(text);
  return /^(-\s*\/\/\s*-|\/\/|-\s*"\s*-|"|''|то же|тоже|то же самое)$/.test(t);
}
