import { reportEmptyField, type Rule } from './rule';

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
    reportEmptyField(ctx, 'result');
  },
};
