import { isBlankLike } from '../text';
import { eventRows, fieldColumn, type Rule } from './rule';

export const resultMissing: Rule = {
  id: 'result-missing',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Графа результата есть, но у мероприятия она пуста.',
    en: 'The result column exists and the event’s cell is empty.',
  },
  messages: {
    ru: { default: 'Не указан ожидаемый результат.' },
    en: { default: 'No expected result is given.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'result');
    if (col === undefined) return;
    for (const row of eventRows(model)) {
      const value = row.values.result;
      if (!value || isBlankLike(value.text)) ctx.report({ row: row.row, col, value: value?.text ?? '' });
    }
  },
};
