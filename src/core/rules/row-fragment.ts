import { cellText, type Grid } from '../grid';
import { defineRoadmapRule } from './rule';

export const rowFragment = defineRoadmapRule({
  id: 'row-fragment',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'warning',
    docs: {
      title: { ru: 'Обрывок строки', en: 'Row fragment' },
      description: {
        ru: 'Строка похожа на кусок строки выше, разорванной при вставке из PDF или Word (в том числе разорванный заголовок раздела).',
        en: 'A row looks like a piece of the row above, broken by a page break when pasted from PDF or Word (a broken section title too).',
      },
      fix: {
        ru: 'Перенесите текст в строку выше и удалите лишнюю строку.',
        en: 'Move the text into the row above and delete the extra row.',
      },
    },
    messages: {
      fragment: {
        ru: 'Строка похожа на продолжение строки {above}: объедините их.',
        en: 'The row looks like the continuation of row {above}: merge them.',
      },
      section: {
        ru: 'Заголовок раздела разорван: «{value}» продолжает заголовок в строке {above}.',
        en: 'The section title is broken: "{value}" continues the title in row {above}.',
      },
    },
  },
  create({ model, session, report }) {
    const { firstCol, lastCol } = model.header;
    return {
      row(row, previous) {
        if (!previous) return;
        const brokenTitle = row.kind === 'section' && row.continuesPrevious === true;
        if (row.kind !== 'fragment' && !brokenTitle) return;
        const [col, value] = firstOwnCell(session.grid, row.row, firstCol, lastCol);
        const at = { row: row.row, col, value };
        if (brokenTitle) report({ messageId: 'section', data: { above: previous.row + 1, value }, ...at });
        else report({ messageId: 'fragment', data: { above: previous.row + 1, value }, ...at });
      },
    };
  },
});

function firstOwnCell(grid: Grid, r: number, c1: number, c2: number): [number, string] {
  for (const [c, cell] of grid.rowCells(r)) {
    if (c < c1 || c > c2) continue;
    const text = cellText(cell);
    if (text) return [c, text];
  }
  return [c1, ''];
}
