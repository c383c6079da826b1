import { FIELDS } from '../findings';
import type { Rule } from './rule';

export const columnMissing: Rule = {
  id: 'column-missing',
  severity: 'error',
  scope: 'roadmap',
  description: {
    ru: 'В таблице нет графы, которую требует профиль (ошибка — для наименования, срока и ответственного; предупреждение — для номера и результата).',
    en: 'A column of the profile is absent (an error for event, deadline and responsible; a warning for number and result).',
  },
  messages: {
    ru: { default: 'Нет графы «{field}».' },
    en: { default: 'The column "{field}" is missing.' },
  },
  check(ctx) {
    const model = ctx.model!;
    for (const field of FIELDS) {
      if (model.header.columns.has(field)) continue;
      ctx.report({
        row: model.header.row,
        col: model.header.lastCol + 1,
        value: '',
        data: { field: ctx.fieldName(field) },
        severity: ctx.profile.fields[field].required ? 'error' : 'warning',
      });
    }
  },
};
