import { columnLetter } from '../address';
import { defineRoadmapRule } from './rule';

export const columnMappingOutside = defineRoadmapRule({
  id: 'column-mapping-outside',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Столбец вне таблицы', en: 'Column outside the table' },
      description: {
        ru: 'Столбец, указанный пользователем для поля (в профиле, в «Столбцах» или в --columns), лежит правее последнего столбца листа: он не применён, поле распознано как обычно.',
        en: 'A column the user gave for a field (in the profile, «Столбцы» or --columns) lies right of the sheet’s last column: it is not used, and the field is recognised as usual.',
      },
      fix: {
        ru: 'Укажите столбец таблицы (буквой, как в Excel) или уберите сопоставление.',
        en: 'Give a column of the table (by its letter, as in Excel), or remove the mapping.',
      },
    },
    messages: {
      outside: {
        ru: 'Столбец {column} для поля «{field}» — за пределами таблицы (последний столбец листа — {last}): сопоставление не применено.',
        en: 'Column {column} for the field "{field}" is outside the table (the sheet’s last column is {last}): the mapping is not used.',
      },
    },
  },
  create({ session, report }) {
    return {
      header(header) {
        const last = columnLetter(Math.max(0, session.grid.colCount - 1));
        for (const { field, col } of header.refused) {
          report({ messageId: 'outside', data: { column: columnLetter(col), field: session.fieldName(field), last }, row: header.row, col: header.lastCol, value: columnLetter(col) });
        }
      },
    };
  },
});
