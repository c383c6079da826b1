import { defineRoadmapRule, fieldColumn, type EventRow } from './rule';

export const numberSequence = defineRoadmapRule({
  id: 'number-sequence',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'layout',
    severity: 'warning',
    docs: {
      title: { ru: 'Нарушена нумерация', en: 'Numbering out of sequence' },
      description: {
        ru: 'Нумерация пропускает номер, идёт назад или не совпадает с номером раздела (пункты 4.x в разделе 14).',
        en: 'The numbering skips, goes back, or does not match its section (items 4.x under section 14).',
      },
      fix: {
        ru: 'Перенумеруйте мероприятия по порядку, с номером своего раздела впереди.',
        en: 'Renumber the events in order, with their section’s number first.',
      },
    },
    messages: {
      section: {
        ru: 'Пункт {number} стоит в разделе {section}: ожидался номер вида {section}.x.',
        en: 'Item {number} stands in section {section}: a number like {section}.x was expected.',
      },
      skip: { ru: 'После {previous} идёт {number}: пропущен номер.', en: '{number} follows {previous}: a number is skipped.' },
      back: { ru: 'После {previous} идёт {number}: нумерация идёт назад.', en: '{number} follows {previous}: the numbering goes back.' },
    },
  },
  create({ model, report }) {
    const col = fieldColumn(model, 'number');
    if (col === undefined) return {};
    let previous: EventRow | undefined;
    return {
      event(event) {
        const parts = event.numberParts;
        if (!parts) return;
        const at = { row: event.row.row, col, value: event.row.number };
        const sectionNumber = event.section.number;
        if (parts.length > 1 && sectionNumber !== undefined && parts[0] !== sectionNumber) {
          report({ messageId: 'section', data: { number: event.numberKey, section: sectionNumber }, ...at });
        } else if (previous?.numberParts && isSibling(previous, event)) {
          const last = parts[parts.length - 1];
          const previousLast = previous.numberParts[previous.numberParts.length - 1];
          const data = { number: event.numberKey, previous: previous.numberKey };
          if (last > previousLast + 1) report({ messageId: 'skip', data, ...at });
          else if (last < previousLast) report({ messageId: 'back', data, ...at });
        }
        previous = event;
      },
    };
  },
});

/** Numbers at one level under one parent («1.2» after «1.1»); a flat list may restart at 1 in a new section. */
function isSibling(previous: EventRow, event: EventRow): boolean {
  const a = previous.numberParts!;
  const b = event.numberParts!;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return !(event.section.index !== previous.section.index && b.length === 1 && b[0] === 1);
}
