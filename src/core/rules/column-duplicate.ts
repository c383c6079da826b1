import { defineRoadmapRule } from './rule';

export const columnDuplicate = defineRoadmapRule({
  id: 'column-duplicate',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'warning',
    docs: {
      title: { ru: 'Повтор столбца', en: 'Duplicate column' },
      description: {
        ru: 'Две графы означают одно и то же поле (например, два столбца «Срок»).',
        en: 'Two columns map to one field (two "Deadline" columns, say).',
      },
      fix: {
        ru: 'Оставьте одну графу или переименуйте вторую так, чтобы было ясно, что в ней.',
        en: 'Keep one of the columns, or rename the other so that it says what it holds.',
      },
    },
    messages: {
      duplicate: {
        ru: 'Графа повторяет поле «{field}»: данные возьмутся из первой.',
        en: 'This column repeats the field "{field}": the first one is used.',
      },
    },
  },
  create({ session, report }) {
    return {
      header(header) {
        for (const [field, cols] of header.columns) {
          // A field read from several columns («Срок»: начало / окончание, a plan-graph) is one field by design.
          if (header.parts.has(field)) continue;
          for (const col of cols.slice(1)) {
            report({
              messageId: 'duplicate',
              data: { field: session.fieldName(field) },
              row: header.row,
              col,
              value: header.headerText.get(col) ?? '',
            });
          }
        }
      },
    };
  },
});
