import { fieldColumn, type Rule } from './rule';

export const deadlineVague: Rule = {
  id: 'deadline-vague',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Срок без календарной привязки: «Постоянно», «В течение года», «По мере необходимости», «Ежегодно» без месяца.',
    en: 'A deadline with no calendar anchor: "permanently", "during the year", "as needed", "yearly" with no month.',
  },
  messages: {
    ru: { default: 'Срок «{value}» не привязан к календарю: укажите дату, месяц, квартал или год.' },
    en: { default: 'The deadline "{value}" has no calendar anchor: give a date, month, quarter or year.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'deadline');
    if (col === undefined) return;
    const events = ctx.events();
    for (let i = 0; i < events.row.length; i++) {
      const deadline = events.deadlineOf(i);
      if (deadline.class === 'vague') ctx.report({ row: events.row[i], col, value: deadline.text, data: { value: deadline.text } });
    }
  },
};
