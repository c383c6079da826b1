import { defineConsolidationRule } from '../rule';

export const indicatorDuplicate = defineConsolidationRule({
  id: 'indicator-duplicate',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Повтор показателя', en: 'Duplicate indicator' },
      description: {
        ru: 'Показатель повторяется в таблице: в свод вошла только первая строка.',
        en: 'An indicator repeats in the table: only the first row is counted.',
      },
      fix: { ru: 'Удалите лишнюю строку или объедините значения в одной.', en: 'Delete the extra row, or bring the values into one.' },
    },
    messages: {
      duplicate: {
        ru: 'Показатель «{indicator}» повторяется (первый раз в строке {firstRow}): в свод вошла только первая строка.',
        en: 'Indicator «{indicator}» repeats (first in row {firstRow}): only the first row is counted.',
      },
    },
  },
  create({ report }) {
    return {
      duplicateIndicator(school, at, name, firstRow, indicator) {
        report({ messageId: 'duplicate', data: { indicator: name, firstRow }, school, at, indicator, column: null });
      },
    };
  },
});
