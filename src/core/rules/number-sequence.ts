import { fieldColumn, type Rule } from './rule';
import { numberedEvents, type NumberedEvent } from './numbering';

export const numberSequence: Rule = {
  id: 'number-sequence',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Нумерация пропускает номер, идёт назад или не совпадает с номером раздела (пункты 4.x в разделе 14).',
    en: 'The numbering skips, goes back, or does not match its section (items 4.x under section 14).',
  },
  messages: {
    ru: {
      section: 'Пункт {number} стоит в разделе {section}: ожидался номер вида {section}.x.',
      skip: 'После {previous} идёт {number}: пропущен номер.',
      back: 'После {previous} идёт {number}: нумерация идёт назад.',
    },
    en: {
      section: 'Item {number} stands in section {section}: a number like {section}.x was expected.',
      skip: '{number} follows {previous}: a number is skipped.',
      back: '{number} follows {previous}: the numbering goes back.',
    },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'number');
    if (col === undefined) return;
    let previous: NumberedEvent | undefined;
    for (const ev of numberedEvents(model)) {
      const report = (messageId: string, data: Record<string, string | number>) =>
        ctx.report({ row: ev.row.row, col, value: ev.row.number, messageId, data: { number: ev.key, ...data } });
      if (ev.parts.length > 1 && ev.sectionNumber !== undefined && ev.parts[0] !== ev.sectionNumber) {
        report('section', { section: ev.sectionNumber });
        previous = ev;
        continue;
      }
      const sibling =
        previous &&
        previous.parts.length === ev.parts.length &&
        samePrefix(previous.parts, ev.parts) &&
        // A flat list may restart at 1 in a new section.
        !(ev.sectionIndex !== previous.sectionIndex && ev.parts.length === 1 && ev.parts[0] === 1);
      if (sibling && previous) {
        const last = ev.parts[ev.parts.length - 1];
        const prevLast = previous.parts[previous.parts.length - 1];
        if (last > prevLast + 1) report('skip', { previous: previous.key });
        else if (last < prevLast) report('back', { previous: previous.key });
      }
      previous = ev;
    }
  },
};

/** The parts before the last are equal (the lengths are equal): compared without joining strings. */
function samePrefix(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}
