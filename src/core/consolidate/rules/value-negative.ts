import { defineConsolidationRule } from '../rule';

export const valueNegative = defineConsolidationRule({
  id: 'value-negative',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Отрицательное значение', en: 'Negative value' },
      description: { ru: 'Отрицательное значение показателя: в свод вошло как есть.', en: 'A negative value: it is counted as written.' },
      fix: { ru: 'Проверьте и исправьте значение.', en: 'Check the value and correct it.' },
    },
    messages: {
      negative: {
        ru: 'Отрицательное значение {number} ({column}): так быть не может. В свод вошло как есть — исправьте.',
        en: 'A negative value {number} ({column}) cannot be right. It is counted as written — correct it.',
      },
    },
  },
  create({ report }) {
    return {
      value(school, at, read, column, indicator, unitConflict) {
        // A percentage below zero is value-percent-out-of-range's.
        if (read.kind === 'number' && unitConflict === null && !indicator.percent && read.value < 0) {
          report({ messageId: 'negative', data: { number: read.value, column }, school, at, indicator: indicator.index, column });
        }
      },
    };
  },
});
