import { fieldColumn, type Rule } from './rule';

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
    const events = ctx.events();
    for (let i = 0; i < events.row.length; i++) {
      if (events.deadlineOf(i).class === 'missing') ctx.report({ row: events.row[i], col, value: events.deadline[i]?.text ?? '' });
    }
  },
};
