import { reportEmptyField, type Rule } from './rule';

export const responsibleMissing: Rule = {
  id: 'responsible-missing',
  severity: 'error',
  scope: 'roadmap',
  description: {
    ru: 'У мероприятия не указан ответственный (с учётом объединённых ячеек и знаков «-//-»).',
    en: 'An event has no responsible (after merged cells and ditto marks).',
  },
  messages: {
    ru: { default: 'Не указан ответственный исполнитель.' },
    en: { default: 'No responsible is named.' },
  },
  check(ctx) {
    reportEmptyField(ctx, 'responsible');
  },
};
