/** A1 addressing: 0-based indices inside the engine, letters and 1-based rows for people. */

export function columnLetter(col: number): string {
  if ((col | 0) === col && col >= 0 && col < LETTERS.length) return LETTERS[col];
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The first 256 columns' letters (A…IV), looked up rather than built for every finding. */
const LETTERS: readonly string[] = Array.from({ length: 256 }, (_, c) => lettersOf(c));

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Parses "B7" (or "$B$7") to 0-based indices; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "A1:C3" or "B2" into an inclusive 0-based range. */
export function parseRange(address: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const [from, to = from] = address.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return { r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) };
}

/** Quotes a sheet name for use in a formula or range address: 'ДК 1.3'!B7. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
