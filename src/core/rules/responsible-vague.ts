import { isDateFormat } from '../deadline/cell-format';
import { normalize } from '../text';
import { fieldColumn, type Rule } from './rule';

/** Compared whole, so «Заинтересованные лица, управление образования» names someone and passes. */
function bare(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** An Excel date serial as dd.mm.yyyy, the way the cell shows it. */
function serialDateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86_400_000));
  if (Number.isNaN(d.getTime())) return String(serial);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
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
      if (!value || value.cell?.error !== undefined) continue;
      // A date, a number or TRUE/FALSE in the responsible column names nobody either.
      const raw = value.cell?.value;
      if (typeof raw === 'number' || typeof raw === 'boolean') {
        const shown = typeof raw === 'number' && isDateFormat(value.cell?.format) ? serialDateText(raw) : value.text;
        ctx.report({ row: events.row[i], col, value: shown, data: { value: shown } });
      } else if (isVague(value.text)) ctx.report({ row: events.row[i], col, value: value.text, data: { value: value.text } });
    }
  },
};
