import { defineRoadmapRule, emptyFieldChecks } from './rule';

export const responsibleMissing = defineRoadmapRule({
  id: 'responsible-missing',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Не указан ответственный', en: 'No responsible' },
      description: {
        ru: 'У мероприятия не указан ответственный (с учётом объединённых ячеек и знаков «-//-»).',
        en: 'An event has no responsible (after merged cells and ditto marks).',
      },
      fix: {
        ru: 'Впишите организацию, должность или ФИО того, кто отвечает за мероприятие.',
        en: 'Enter the organisation, post or name of whoever answers for the event.',
      },
    },
    messages: {
      missing: { ru: 'Не указан ответственный исполнитель.', en: 'No responsible is named.' },
    },
  },
  create(context) {
    return emptyFieldChecks(context, 'responsible', { messageId: 'missing' });
  },
});
