/** Cell addresses and texts as the adapter writes them. */
import { columnIndex } from '../core/address';

/** The most characters Excel keeps in a cell. */
export const MAX_CELL_TEXT = 32_767;

/** "$b$7" → "B7"; null when it is not a single cell of the grid. */
export function normalizeCell(cell: string): string | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(cell.trim());
  if (!m) return null;
  const col = columnIndex(m[1]);
  if (col < 0 || col >= 16_384 || Number(m[2]) < 1 || Number(m[2]) > 1_048_576) return null;
  return `${m[1].toUpperCase()}${Number(m[2])}`;
}

/** Text clipped to what a cell holds, with an ellipsis where it was cut. */
export function clip(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}
