/**
 * Text tables as they really come: a .csv saved by Russian Excel (Windows-1251, `;`), by Excel
 * as «CSV UTF-8» (a BOM, `,` or `;`), by LibreOffice (UTF-8 without a BOM, any separator), and
 * Excel's «Текст Юникод» .txt (UTF-16 LE with a BOM, tab-separated).
 *
 * - **Encoding**: a BOM decides (UTF-8, UTF-16 LE / BE); without one, UTF-16 is recognised by its
 *   high bytes (0x00 for Latin, 0x04 for Cyrillic), then bytes that are valid UTF-8 are UTF-8, and
 *   anything else is Windows-1251 — the ANSI code page of a Russian Windows.
 * - **Separator**: Excel's own `sep=;` first line when there is one; otherwise whichever of `;`,
 *   tab and `,` splits the most of the first 50 records into one same number of fields, more than
 *   one (inside quotes nothing counts: «Срок, ответственный» in quotes is one field); a tie goes
 *   to `;`, then tab.
 * - **Cells are kept as the text written**: a CSV has no types, and reading «4.10» as 4.1 or
 *   «01.09.2023» as a serial number would change what the school wrote. The engine reads a number
 *   from text where it means one (consolidation values, event numbers).
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export type Separator = ';' | ',' | '\t';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether the bytes began with a byte order mark. */
  bom: boolean;
}

/** Bytes of text in the encoding they were saved in. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16, bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decode('windows-1251', bytes), encoding: 'windows-1251', bom: false };
  }
}

function decode(encoding: TextEncoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * UTF-16 without a BOM: in text of Latin, Cyrillic and common punctuation every other byte is a
 * high byte from a handful of values (0x00, 0x04, 0x20, 0x21), while the other half varies.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  const high = (b: number) => b === 0x00 || b === 0x04 || b === 0x20 || b === 0x21;
  let evenHigh = 0;
  let oddHigh = 0;
  let zeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (high(bytes[i])) evenHigh++;
    if (high(bytes[i + 1])) oddHigh++;
    if (bytes[i] === 0 || bytes[i + 1] === 0) zeros++;
  }
  const pairs = n / 2;
  // UTF-8 and Windows-1251 text has no NUL bytes at all; UTF-16 of any script has some (line breaks, digits, separators).
  if (zeros === 0) return null;
  if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.6) return 'utf-16le';
  if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.6) return 'utf-16be';
  return null;
}

const SEPARATORS: readonly Separator[] = [';', '\t', ','];
/** Records looked at to choose the separator. */
const SAMPLE_RECORDS = 50;

/** Excel's `sep=;` line, which it writes (and reads) to name the separator. */
const SEP_LINE = /^sep=(.)\r?\n/i;

export interface DelimitedText {
  rows: string[][];
  separator: Separator;
}

/** Splits decoded text into rows of fields, the separator detected. */
export function parseDelimited(text: string): DelimitedText {
  const sep = SEP_LINE.exec(text);
  if (sep && (SEPARATORS as readonly string[]).includes(sep[1])) {
    return { rows: splitRecords(text.slice(sep[0].length), sep[1]), separator: sep[1] as Separator };
  }
  const separator = detectSeparator(text);
  return { rows: splitRecords(text, separator), separator };
}

/** The separator that gives the first records one consistent number of fields, more than one. */
export function detectSeparator(text: string): Separator {
  let best: Separator = ';';
  let bestConsistent = 0;
  for (const candidate of SEPARATORS) {
    const counts = splitRecords(text, candidate, SAMPLE_RECORDS)
      .filter((r) => r.some((f) => f !== ''))
      .map((r) => r.length);
    const modal = mode(counts);
    const consistent = modal > 1 ? counts.filter((c) => c === modal).length : 0;
    // On a tie the order above decides: Russian Excel's `;`, then Excel's tab, then `,`
    // (a `,` in decimals «1,5;2,5» can split rows as evenly as the real `;`).
    if (consistent > bestConsistent) {
      best = candidate;
      bestConsistent = consistent;
    }
  }
  return best;
}

function mode(values: readonly number[]): number {
  const seen = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const count = (seen.get(v) ?? 0) + 1;
    seen.set(v, count);
    if (count > bestCount || (count === bestCount && v > best)) {
      best = v;
      bestCount = count;
    }
  }
  return best;
}

/**
 * RFC 4180 records: fields in double quotes may hold the separator, line breaks and doubled
 * quotes; a quote inside an unquoted field is kept as typed; CRLF, LF and CR all end a record.
 */
export function splitRecords(text: string, separator: string, limit = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  let atFieldStart = true;
  while (i < n && rows.length < limit) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      // A quoted field, up to its closing quote.
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, close);
        if (text[close + 1] === '"') {
          field += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      atFieldStart = false;
      continue;
    }
    if (ch === separator) {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    // A run of plain characters, up to the next separator or line break.
    let j = i + 1;
    while (j < n) {
      const c = text[j];
      if (c === separator || c === '\n' || c === '\r') break;
      j++;
    }
    field += text.slice(i, j);
    atFieldStart = false;
    i = j;
  }
  if (rows.length < limit && (field !== '' || row.length > 0)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
