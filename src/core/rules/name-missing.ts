import { reportEmptyField, type Rule } from './rule';

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
    reportEmptyField(ctx, 'name');
  },
};
