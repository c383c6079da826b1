import { eventRows, fieldColumn, type Rule } from './rule';

export const deadlineMissing: Rule = {
  id: 'deadline-missing',
  severity: 'error',
  scope: 'roadmap',
  description: {
    ru: 'У мероприятия не указан срок (пусто, «-», «—»).',
    en: 'An event has no deadline (empty, "-", "—").',
  },
  messages: {
    ru: { default: 'Не указан срок выполнения.' },
    en: { default: 'No deadline is given.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'deadline');
    if (col === undefined) return;
    for (const row of eventRows(model)) {
      if (ctx.deadline(row).class === 'missing') ctx.report({ row: row.row, col, value: row.values.deadline?.text ?? '' });
    }
  },
};
