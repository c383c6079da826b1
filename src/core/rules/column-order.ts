import { defineRoadmapRule } from './rule';

export const columnOrder = defineRoadmapRule({
  id: 'column-order',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'info',
    docs: {
      title: { ru: 'Столбцы в другом порядке', en: 'Columns in another order' },
      description: {
        ru: 'Графы стоят в другом порядке, чем в профиле.',
        en: 'The columns stand in another order than the profile’s.',
      },
      fix: {
        ru: 'Переставьте столбцы в порядке шаблона, если регион требует именно его.',
        en: 'Move the columns into the template’s order if the region asks for it.',
      },
    },
    messages: {
      order: {
        ru: 'Порядок граф отличается от шаблона: ожидается {expected}.',
        en: 'The column order differs from the template: expected {expected}.',
      },
    },
  },
  create({ session, report }) {
    return {
      header(header) {
        const present = session.profile.order.filter((f) => header.columns.has(f));
        const columnOf = (field: (typeof present)[number]) => header.columns.get(field)?.[0] ?? 0;
        const actual = [...present].sort((a, b) => columnOf(a) - columnOf(b));
        const firstOff = actual.findIndex((f, i) => f !== present[i]);
        if (firstOff < 0) return;
        const col = columnOf(actual[firstOff]);
        report({
          messageId: 'order',
          data: { expected: present.map((f) => `«${session.fieldName(f)}»`).join(', ') },
          row: header.row,
          col,
          value: header.headerText.get(col) ?? '',
        });
      },
    };
  },
});
