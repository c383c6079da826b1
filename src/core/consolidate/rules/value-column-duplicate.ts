import { defineConsolidationRule } from '../rule';

export const valueColumnDuplicate = defineConsolidationRule({
  id: 'value-column-duplicate',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Повтор столбца значений', en: 'Duplicate value column' },
      description: {
        ru: 'Столбец значений повторяется: в свод вошёл только первый.',
        en: 'A value column repeats: only the first is counted.',
      },
      fix: { ru: 'Удалите лишний столбец или исправьте его заголовок.', en: 'Delete the extra column, or correct its header.' },
    },
    messages: {
      duplicate: {
        ru: 'Столбец «{column}» повторяется: в свод вошёл только первый ({first}).',
        en: 'The column «{column}» repeats: only the first ({first}) is counted.',
      },
    },
  },
  create({ report }) {
    return {
      valueColumn(school, at, column, known, first) {
        if (known && first !== null) report({ messageId: 'duplicate', data: { column: column.key.label, first }, school, at, indicator: null, column: column.key.label });
      },
    };
  },
});
