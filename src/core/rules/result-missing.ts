import { defineRoadmapRule, emptyFieldChecks } from './rule';

export const resultMissing = defineRoadmapRule({
  id: 'result-missing',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'suggestion',
    severity: 'warning',
    docs: {
      title: { ru: 'Не указан результат', en: 'No result' },
      description: { ru: 'Графа результата есть, но у мероприятия она пуста.', en: 'The result column exists and the event’s cell is empty.' },
      fix: {
        ru: 'Впишите, что получится в итоге: документ, мероприятие, показатель.',
        en: 'Enter what comes out of it: a document, an event held, a figure.',
      },
    },
    messages: {
      missing: { ru: 'Не указан ожидаемый результат.', en: 'No expected result is given.' },
    },
  },
  create(context) {
    return emptyFieldChecks(context, 'result', { messageId: 'missing' });
  },
});
