import { cellText, type Grid } from '../grid';
import type { Rule } from './rule';

export const rowFragment: Rule = {
  id: 'row-fragment',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Строка похожа на кусок строки выше, разорванной при вставке из PDF или Word (в том числе разорванный заголовок раздела).',
    en: 'A row looks like a piece of the row above, broken by a page break when pasted from PDF or Word (a broken section title too).',
  },
  messages: {
    ru: {
      default: 'Строка похожа на продолжение строки {above}: объедините их.',
      section: 'Заголовок раздела разорван: «{value}» продолжает заголовок в строке {above}.',
    },
    en: {
      default: 'The row looks like the continuation of row {above}: merge them.',
      section: 'The section title is broken: "{value}" continues the title in row {above}.',
    },
  },
  check(ctx) {
    const model = ctx.model!;
    model.rows.forEach((row, i) => {
      const above = model.rows[i - 1];
      if (!above) return;
      if (row.kind === 'fragment' || (row.kind === 'section' && row.continuesPrevious)) {
        const [col, value] = firstOwnCell(ctx.grid, row.row, model.header.firstCol, model.header.lastCol);
        ctx.report({
          row: row.row,
          col,
          value,
          messageId: row.kind === 'section' ? 'section' : 'default',
          data: { above: above.row + 1, value },
        });
      }
    });
  },
};

function firstOwnCell(grid: Grid, r: number, c1: number, c2: number): [number, string] {
  for (const [c, cell] of grid.rowCells(r)) {
    if (c < c1 || c > c2) continue;
    const text = cellText(cell);
    if (text) return [c, text];
  }
  return [c1, ''];
}
