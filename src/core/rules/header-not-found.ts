import { defineRoadmapRule } from './rule';

export const headerNotFound = defineRoadmapRule({
  id: 'header-not-found',
  domain: 'roadmap',
  scope: 'sheet',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Не найдена строка заголовков', en: 'Header row not found' },
      description: {
        ru: 'Лист похож на план мероприятий, но в нём нет строки заголовков со стандартными графами.',
        en: 'The sheet looks like a plan but has no header row with the standard columns.',
      },
      fix: {
        ru: 'Добавьте над таблицей строку заголовков: «№ п/п», «Наименование мероприятия», «Срок», «Ответственный», «Результат».',
        en: 'Add a header row above the table: No., Event, Deadline, Responsible, Result.',
      },
    },
    messages: {
      noHeader: {
        ru: 'Не найдена строка заголовков: нужны графы «Наименование мероприятия», «Срок», «Ответственный» в первых 30 строках.',
        en: 'No header row found: the columns Event, Deadline and Responsible are expected within the first 30 rows.',
      },
    },
  },
  create(context) {
    return {
      sheet() {
        context.report({ messageId: 'noHeader', row: 0, col: 0, value: context.session.grid.name });
      },
    };
  },
});
