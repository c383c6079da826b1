import { defineConsolidationRule } from '../rule';

export const valuePercentOutOfRange = defineConsolidationRule({
  id: 'value-percent-out-of-range',
  domain: 'consolidation',
  meta: {
    type: 'problem',
    severity: 'error',
    docs: {
      title: { ru: 'Процент вне 0–100', en: 'Percentage outside 0–100' },
      description: { ru: 'Процент меньше 0 или больше 100: в свод вошёл как есть.', en: 'A percentage below 0 or above 100: it is counted as written.' },
      fix: {
        ru: 'Проверьте значение; доля 0,47 в ячейке без формата процентов — это 0,47 %, а не 47 %.',
        en: 'Check the value; a share of 0.47 in a cell without a percent format is 0.47 %, not 47 %.',
      },
    },
    messages: {
      outOfRange: {
        ru: 'Процент {number} ({column}) вне пределов 0–100. В свод вошло как есть — исправьте.',
        en: 'The percentage {number} ({column}) is outside 0–100. It is counted as written — correct it.',
      },
    },
  },
  create({ report }) {
    return {
      value(school, at, read, column, indicator, unitConflict) {
        if (read.kind === 'number' && unitConflict === null && indicator.percent && (read.value < 0 || read.value > 100)) {
          report({ messageId: 'outOfRange', data: { number: read.value, column }, school, at, indicator: indicator.index, column });
        }
      },
    };
  },
});
