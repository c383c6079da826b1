import { defineRoadmapRule, fieldColumn } from './rule';

export const deadlineMissing = defineRoadmapRule({
  id: 'deadline-missing',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Не указан срок', en: 'No deadline' },
      description: { ru: 'У мероприятия не указан срок (пусто, «-», «—»).', en: 'An event has no deadline (empty, "-", "—").' },
      fix: {
        ru: 'Впишите дату, месяц, квартал или год выполнения.',
        en: 'Enter the date, month, quarter or year it is done by.',
      },
    },
    messages: {
      missing: { ru: 'Не указан срок выполнения.', en: 'No deadline is given.' },
    },
  },
  create({ model, session, report }) {
    const col = fieldColumn(model, 'deadline');
    if (col === undefined) return {};
    return {
      event({ row }) {
        const value = row.values.deadline;
        if (session.deadlineOf(value).class === 'missing') report({ messageId: 'missing', row: row.row, col, value: value?.text ?? '' });
      },
    };
  },
});
