import { isBlankLike } from '../text';
import { eventRows, fieldColumn, type Rule } from './rule';

export const nameMissing: Rule = {
  id: 'name-missing',
  severity: 'error',
  scope: 'roadmap',
  description: {
    ru: 'В строке есть данные, но нет наименования мероприятия.',
    en: 'A row has data but no event name.',
  },
  messages: {
    ru: { default: 'Не указано наименование мероприятия.' },
    en: { default: 'The event has no name.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'name');
    if (col === undefined) return;
    for (const row of eventRows(model)) {
      const value = row.values.name;
      if (!value || isBlankLike(value.text)) ctx.report({ row: row.row, col, value: value?.text ?? '' });
    }
  },
};
