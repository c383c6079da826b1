import { fieldColumn, type Rule } from './rule';
import { numberedEvents } from './numbering';

export const numberDuplicate: Rule = {
  id: 'number-duplicate',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Номер мероприятия повторяется в разделе.',
    en: 'An event number repeats within its section.',
  },
  messages: {
    ru: { default: 'Номер {number} уже есть в строке {firstRow}.' },
    en: { default: 'Number {number} is already used in row {firstRow}.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'number');
    if (col === undefined) return;
    // Flat numbering may restart in each stage («1…8» per stage), so repeats count within a section.
    // Events come section by section: one map per section, keyed by the number alone.
    const seen = new Map<string, number>();
    let section = -1;
    for (const ev of numberedEvents(model)) {
      if (ev.sectionIndex !== section) {
        seen.clear();
        section = ev.sectionIndex;
      }
      const first = seen.get(ev.key);
      if (first === undefined) seen.set(ev.key, ev.row.row);
      else ctx.report({ row: ev.row.row, col, value: ev.row.number, data: { number: ev.row.number, firstRow: first + 1 } });
    }
  },
};
