import { normalize } from '../text';
import { fieldColumn, type Rule } from './rule';

/** Compared whole, so «Заинтересованные лица, управление образования» names someone and passes. */
function bare(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export const responsibleVague: Rule = {
  id: 'responsible-vague',
  severity: 'warning',
  scope: 'roadmap',
  description: {
    ru: 'Ответственный никого не называет: «все участники», «заинтересованные лица», «по согласованию».',
    en: 'The responsible names nobody: "all participants", "interested parties", "by agreement".',
  },
  messages: {
    ru: { default: 'Ответственный «{value}» никого не называет: укажите организацию или должность.' },
    en: { default: 'The responsible "{value}" names nobody: name an organisation or a post.' },
  },
  check(ctx) {
    const model = ctx.model!;
    const col = fieldColumn(model, 'responsible');
    if (col === undefined) return;
    const vague = new Set(ctx.profile.vagueResponsibles.map(bare));
    // Responsibles repeat from row to row: each distinct text is judged once.
    const judged = new Map<string, boolean>();
    const isVague = (text: string): boolean => {
      let v = judged.get(text);
      if (v === undefined) judged.set(text, (v = vague.has(bare(text))));
      return v;
    };
    const events = ctx.events();
    for (let i = 0; i < events.row.length; i++) {
      const value = events.responsible[i];
      if (value && isVague(value.text)) ctx.report({ row: events.row[i], col, value: value.text, data: { value: value.text } });
    }
  },
};
