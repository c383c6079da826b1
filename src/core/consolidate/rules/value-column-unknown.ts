import { defineConsolidationRule } from '../rule';

export const valueColumnUnknown = defineConsolidationRule({
  id: 'value-column-unknown',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Столбца нет в шаблоне', en: 'Column not in the template' },
      description: {
        ru: 'В таблице школы есть столбец значений, которого нет в шаблоне: его значения не вошли в свод.',
        en: 'The school’s table has a value column the template lacks: its values are left out of the summary.',
      },
      fix: {
        ru: 'Проверьте год и слова «план» / «факт» в заголовке: они должны быть как в шаблоне.',
        en: 'Check the year and the plan / fact words of the header: they must be the template’s.',
      },
    },
    messages: {
      unknown: {
        ru: 'Столбца «{header}» нет в шаблоне: его значения в свод не вошли.',
        en: 'The column «{header}» is not in the template: its values are left out of the summary.',
      },
    },
  },
  create({ report }) {
    return {
      valueColumn(school, at, column, known) {
        if (!known) report({ messageId: 'unknown', data: { header: column.header, column: column.key.label }, school, at, indicator: null, column: column.key.label });
      },
    };
  },
});
