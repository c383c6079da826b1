import type { Rule } from './rule';

export const headerNotFound: Rule = {
  id: 'header-not-found',
  severity: 'error',
  scope: 'sheet',
  description: {
    ru: 'Лист похож на план мероприятий, но в нём нет строки заголовков со стандартными графами.',
    en: 'The sheet looks like a plan but has no header row with the standard columns.',
  },
  messages: {
    ru: { default: 'Не найдена строка заголовков: нужны графы «Наименование мероприятия», «Срок», «Ответственный» в первых 30 строках.' },
    en: { default: 'No header row found: the columns Event, Deadline and Responsible are expected within the first 30 rows.' },
  },
  check(ctx) {
    ctx.report({ row: 0, col: 0, value: ctx.grid.name });
  },
};
