import { defineRoadmapRule, fieldColumn } from './rule';

export interface NumberDuplicateOptions {
  /** `section` (the default): numbers may restart in each section («1…8» per stage); `sheet`: every number once per sheet. */
  within: 'section' | 'sheet';
}

export const numberDuplicate = defineRoadmapRule({
  id: 'number-duplicate',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'warning',
    docs: {
      title: { ru: 'Повтор номера', en: 'Duplicate number' },
      description: { ru: 'Номер мероприятия повторяется в разделе.', en: 'An event number repeats within its section.' },
      fix: { ru: 'Перенумеруйте мероприятия раздела по порядку.', en: 'Renumber the section’s events in order.' },
    },
    messages: {
      duplicate: { ru: 'Номер {number} уже есть в строке {firstRow}.', en: 'Number {number} is already used in row {firstRow}.' },
    },
    schema: (z) => z.strictObject({ within: z.enum(['section', 'sheet']) }),
  },
  defaultOptions: { within: 'section' } as NumberDuplicateOptions,
  create({ model, options, report }) {
    const col = fieldColumn(model, 'number');
    if (col === undefined) return {};
    // The first row of each number: cleared at each section when numbers may restart there.
    const seen = new Map<string, number>();
    let section = -1;
    return {
      event({ row, section: place, numberParts, numberKey }) {
        if (!numberParts) return;
        if (options.within === 'section' && place.index !== section) {
          seen.clear();
          section = place.index;
        }
        const first = seen.get(numberKey);
        if (first === undefined) seen.set(numberKey, row.row);
        else report({ messageId: 'duplicate', data: { number: row.number, firstRow: first + 1 }, row: row.row, col, value: row.number });
      },
    };
  },
});
