import { FIELDS } from '../findings';
import { defineRoadmapRule } from './rule';

export const columnMissing = defineRoadmapRule({
  id: 'column-missing',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'error',
    docs: {
      title: { ru: 'Нет столбца', en: 'Column missing' },
      description: {
        ru: 'В таблице нет графы, которую требует профиль (ошибка — для наименования, срока и ответственного; предупреждение — для номера и результата).',
        en: 'A column of the profile is absent (an error for event, deadline and responsible; a warning for number and result).',
      },
      fix: {
        ru: 'Добавьте столбец с этим заголовком и заполните его для каждого мероприятия.',
        en: 'Add a column with this header and fill it in for every event.',
      },
    },
    messages: {
      missing: { ru: 'Нет графы «{field}».', en: 'The column "{field}" is missing.' },
    },
  },
  create({ session, report }) {
    return {
      header(header) {
        for (const field of FIELDS) {
          if (header.columns.has(field)) continue;
          report({
            messageId: 'missing',
            data: { field: session.fieldName(field) },
            row: header.row,
            col: header.lastCol + 1,
            value: '',
            severity: session.profile.fields[field].required ? 'error' : 'warning',
          });
        }
      },
    };
  },
});
