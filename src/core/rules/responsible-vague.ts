import { excelSerialToYmd, ruDate } from '../deadline/calendar';
import { isDateFormat } from '../deadline/cell-format';
import { normalize } from '../text';
import { defineRoadmapRule, fieldColumn } from './rule';

/** Compared whole, so «Заинтересованные лица, управление образования» names someone and passes. */
function bare(text: string): string {
  return normalize(text).replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export const responsibleVague = defineRoadmapRule({
  id: 'responsible-vague',
  domain: 'roadmap',
  scope: 'roadmap',
  meta: {
    type: 'problem',
    severity: 'warning',
    docs: {
      title: { ru: 'Ответственный не назван', en: 'Responsible names nobody' },
      description: {
        ru: 'Ответственный никого не называет: «все участники», «заинтересованные лица», «по согласованию».',
        en: 'The responsible names nobody: "all participants", "interested parties", "by agreement".',
      },
      fix: {
        ru: 'Назовите организацию или должность того, кто отвечает за мероприятие.',
        en: 'Name the organisation or the post of whoever answers for the event.',
      },
    },
    messages: {
      vague: {
        ru: 'Ответственный «{value}» никого не называет: укажите организацию или должность.',
        en: 'The responsible "{value}" names nobody: name an organisation or a post.',
      },
    },
  },
  create({ model, session, report }) {
    const col = fieldColumn(model, 'responsible');
    if (col === undefined) return {};
    const vague = new Set(session.profile.vagueResponsibles.map(bare));
    // Responsibles repeat from row to row: each distinct text is judged once.
    const judged = new Map<string, boolean>();
    const isVague = (text: string): boolean => {
      let v = judged.get(text);
      if (v === undefined) judged.set(text, (v = vague.has(bare(text))));
      return v;
    };
    return {
      event({ row }) {
        const value = row.values.responsible;
        if (!value || value.cell?.error !== undefined) return;
        // A date, a number or TRUE/FALSE in the responsible column names nobody either.
        const raw = value.cell?.value;
        let shown: string | undefined;
        if (typeof raw === 'number' && isDateFormat(value.cell?.format)) {
          const serial = excelSerialToYmd(raw);
          shown = serial ? ruDate(serial.shown) : value.text;
        } else if (typeof raw === 'number' || typeof raw === 'boolean' || isVague(value.text)) shown = value.text;
        if (shown !== undefined) report({ messageId: 'vague', data: { value: shown }, row: row.row, col, value: shown });
      },
    };
  },
});
