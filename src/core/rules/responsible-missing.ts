import { isBlankLike } from '../text';
import { eventRows, fieldColumn, type Rule } from './rule';

export const responsibleMissing: Rule = {
  id: 'responsible-missing',
  severity: 'error',
  scope: 'roadmap',
  description: {
    ru: 'У мероприятия не указан ответственный (с учётом объединённых ячеек и знаков «-//-»).',
    en: 'An event has no responsible (after merged cells and ditto marks).',
  },
  messages: {
    ru: { default: 'Не указан ответственный исполнитель.' },
    en: { default: 'No responsible is named.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'responsible');
    if (col === undefined) return;
    for (const row of eventRows(model)) {
      const value = row.values.responsible;
      if (!value || isBlankLike(value.text)) ctx.report({ row: row.row, col, value: value?.text ?? '' });
    }
  },
};
