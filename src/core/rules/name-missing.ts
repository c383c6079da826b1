import { defineRoadmapRule, emptyFieldChecks } from './rule';

export const nameMissing = defineRoadmapRule({
  id: 'name-missing',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет наименования мероприятия', en: 'No event name' },
      description: { ru: 'В строке есть данные, но нет наименования мероприятия.', en: 'A row has data but no event name.' },
      fix: {
        ru: 'Впишите, что именно делается, или удалите строку, если она лишняя.',
        en: 'Say what is done, or delete the row if it is not needed.',
      },
    },
    messages: {
      missing: { ru: 'Не указано наименование мероприятия.', en: 'The event has no name.' },
    },
  },
  create(context) {
    return emptyFieldChecks(context, 'name', { messageId: 'missing' });
  },
});
