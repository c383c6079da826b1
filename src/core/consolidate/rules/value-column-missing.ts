import { defineConsolidationRule } from '../rule';

export const valueColumnMissing = defineConsolidationRule({
  id: 'value-column-missing',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Нет столбца значений', en: 'Value column missing' },
      description: {
        ru: 'В таблице школы нет столбца значений из шаблона: по нему школа не вошла в свод.',
        en: 'A value column of the template is absent from the school’s table: the school is not counted for it.',
      },
      fix: { ru: 'Попросите школу добавить столбец с заголовком из шаблона.', en: 'Ask the school to add the column with the template’s header.' },
    },
    messages: {
      missing: { ru: 'Нет столбца «{column}»: по нему школа в свод не вошла.', en: 'The column «{column}» is missing: the school is not counted for it.' },
    },
  },
  create({ report }) {
    return {
      valueColumnMissing(school, at, column) {
        report({ messageId: 'missing', data: { column }, school, at, indicator: null, column });
      },
    };
  },
});
