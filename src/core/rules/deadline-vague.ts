import { defineRoadmapRule, fieldColumn } from './rule';

export const deadlineVague = defineRoadmapRule({
  id: 'deadline-vague',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Неконкретный срок', en: 'Vague deadline' },
      description: {
        ru: 'Срок без календарной привязки: «Постоянно», «В течение года», «По мере необходимости», «Ежегодно» без месяца.',
        en: 'A deadline with no calendar anchor: "permanently", "during the year", "as needed", "yearly" with no month.',
      },
      fix: {
        ru: 'Укажите дату, месяц, квартал или год; для регулярных мероприятий — когда именно («ежегодно, сентябрь», «ежеквартально»).',
        en: 'Give a date, month, quarter or year; for recurring events say when ("yearly, September", "quarterly").',
      },
    },
    messages: {
      vague: {
        ru: 'Срок «{value}» не привязан к календарю: укажите дату, месяц, квартал или год.',
        en: 'The deadline "{value}" has no calendar anchor: give a date, month, quarter or year.',
      },
    },
  },
  create({ model, session, report }) {
    const col = fieldColumn(model, 'deadline');
    if (col === undefined) return {};
    return {
      event({ row }) {
        const deadline = session.deadlineOf(row.values.deadline);
        if (deadline.class === 'vague') report({ messageId: 'vague', data: { value: deadline.text }, row: row.row, col, value: deadline.text });
      },
    };
  },
});
