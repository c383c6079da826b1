/** A1 addresses within Excel's grid (XFD1048576 at most), 0-based. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** «E20» → { row: 19, col: 4 }; «$E$20» too; null for anything that is not a cell of the grid. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col < MAX_COLUMNS && row < MAX_ROWS ? { row, col } : null;
}

/** «A» → 0, «AA» → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** 0 → «A», 26 → «AA». */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
