import { defineConsolidationRule } from '../rule';

export const valueNumberAsText = defineConsolidationRule({
  id: 'value-number-as-text',
  domain: 'consolidation',
  meta: {
    type: 'suggestion',
    severity: 'warning',
    docs: {
      title: { ru: 'Число записано текстом', en: 'Number written as text' },
      description: {
        ru: 'Число записано текстом, часто с единицей («15 чел.»): в свод вошло число.',
        en: 'A number written as text, often with a unit ("15 people"): the number is counted.',
      },
      fix: { ru: 'Впишите в ячейку только число; единица стоит в своём столбце.', en: 'Enter the number alone; the unit has its own column.' },
    },
    messages: {
      asText: {
        ru: 'Число записано текстом: «{value}» ({column}). В свод вошло {number}; впишите в ячейку только число.',
        en: 'A number written as text: «{value}» ({column}). Counted as {number}; enter the number alone.',
      },
    },
  },
  create({ report }) {
    return {
      value(school, at, read, column, indicator, unitConflict) {
        if (read.kind === 'number' && read.asText && unitConflict === null) {
          report({ messageId: 'asText', data: { value: read.text, number: read.value, column }, school, at, indicator: indicator.index, column });
        }
      },
    };
  },
});
