import { defineConsolidationRule } from '../rule';

export const indicatorMissing = defineConsolidationRule({
  id: 'indicator-missing',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет показателя', en: 'Indicator missing' },
      description: {
        ru: 'В таблице школы нет показателя из шаблона: по нему школа не вошла в свод.',
        en: 'An indicator of the template is absent from the school’s table: the school is not counted for it.',
      },
      fix: { ru: 'Попросите школу добавить строку показателя и заполнить её.', en: 'Ask the school to add the indicator’s row and fill it in.' },
    },
    messages: {
      missing: { ru: 'Нет показателя «{indicator}»: в свод по нему школа не вошла.', en: 'Indicator «{indicator}» is missing: the school is not counted for it.' },
    },
  },
  create({ report }) {
    return {
      indicatorMissing(school, at, indicator) {
        report({ messageId: 'missing', data: { indicator: indicator.name }, school, at, indicator: indicator.index, column: null });
      },
    };
  },
});
