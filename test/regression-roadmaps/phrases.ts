/**
 * The regression set's labels for deadline cells, written by the deadline policy of docs/spec.md
 * («Deadline policy»), not by what the engine answers. Every deadline text the generator writes
 * must be listed here: an unlisted phrase throws, so no cell gets a label by accident.
 *
 * - missing:  the cell is empty or only dashes;
 * - concrete: a calendar anchor — a date (also a day and month without a year, «до 25 сентября»),
 *             a month or month range (also without a year, «Ежегодно, июнь-август»), a quarter,
 *             a half-year, a year or years, an academic year with its years, a periodicity of a
 *             quarter or finer; any concrete part makes the whole cell concrete;
 * - vague:    no calendar anchor (the spec's list and phrases of the same kind);
 * - unlabelled: the spec's policy does not settle the class (kept in the sheets so the layout stays
 *             realistic, left out of the deadline-vague score; such a cell is never missing).
 */
export type DeadlineLabel = 'missing' | 'vague' | 'concrete' | 'unlabelled';

const MISSING = ['', '-', '—', '–', '- ', ' —'];

const CONCRETE = [
  // dates, written out or as numbers; «до X» ends at X
  '4 октября 2024 г.',
  'до 15 сентября',
  'до 1 декабря 2024 г.',
  'до 1 февраля 2024 г.',
  'до 01.03.2025',
  'до 01.06.2025',
  'до 15 августа',
  'до 25 мая 2025 г.',
  'с 01.09.2024 по 31.05.2025',
  '15.10.2024',
  '20.08.2025',
  'к 1 сентября 2025 г.',
  'не позднее 10.01.2025',
  'ежегодно до 20 декабря',
  // months and month ranges, with or without a year
  'сентябрь',
  'октябрь',
  'ноябрь',
  'февраль',
  'сентябрь-октябрь',
  'май 2025',
  'январь 2024 г.',
  'Сентябрь 2024 г.',
  'Ноябрь 2024 г.',
  'март 2025 г.',
  'декабрь 2024 – январь 2025',
  'Март-апрель 2025',
  'март – апрель 2025 г.',
  'июнь – июль 2025 г.',
  'июль-август',
  'февраль – март, ежегодно',
  'май – июль, ежегодно',
  'сентябрь, ежегодно',
  'Ежегодно, октябрь',
  'ежегодно, сентябрь',
  'август 2024 г., далее – ежегодно',
  'ноябрь – декабрь',
  'январь – февраль 2025 г.',
  'Октябрь 2024 г. – май 2025 г.',
  'апрель 2026 г.',
  'сентябрь 2025 г. (далее – по мере необходимости)',
  // quarters
  'IV квартал 2024',
  'I квартал 2025 г.',
  'II кв. 2025',
  '3 квартал 2025 года',
  'IV квартал 2024 г., далее – ежегодно',
  'III квартал 2026 г.',
  // half-years
  '2 полугодие 2025',
  'Первое полугодие 2025 года',
  'I полугодие 2025 г.',
  'II полугодие 2026 г.',
  // years
  '2024–2026',
  '2025-2026 гг.',
  '2025 г.',
  '2026 г.',
  '2027',
  '2025–2027 гг.',
  'В течение 2025 года',
  'в течение 2024-2025 гг.',
  '2024 год',
  // academic years with their years
  'в течение 2024/2025 учебного года',
  '2024-2025 учебный год',
  '2025/2026 уч. год',
  // periodicity of a quarter or finer
  'ежемесячно до 5 числа',
  'ежемесячно',
  'Ежемесячно',
  'ежеквартально',
  'Ежеквартально',
  'Ежеквартально, до 10 числа месяца, следующего за отчетным',
  'еженедельно',
  'еженедельно (понедельник)',
  '1 раз в квартал',
  // added with the second batch: line breaks, capitals, other wordings of the same anchors
  'Январь – декабрь 2025 г.',
  '2025 год',
  'до 31.12.2025 г.',
  'III-IV кварталы 2025 г.',
  'ежегодно, до 1 сентября',
  'с 1 по 15 сентября',
  '1 декада сентября',
  'ежедневно',
  'до конца 2025 года',
  'в течение 2025-2026 учебного года',
  'май, сентябрь',
  'ежегодно в мае',
  '01.09.2025 – 30.09.2025',
  'сентябрь 2025 г.',
  'октябрь – ноябрь 2025 г.',
  'ежемесячно (последняя пятница)',
  'декабрь 2025 г., май 2026 г.',
  'I полугодие 2025/2026 уч. года',
  'до 30 мая 2026 г.',
  '2 раза в месяц',
  'Ноябрь 2025 г.',
  'март 2026 г.',
  '1-я неделя сентября',
  'к 25.12.2025',
  'до 10 числа каждого месяца',
  'ежегодно (1 сентября)',
  'в течение I квартала 2026 г.',
  'IV кв.',
  'осенние каникулы 2025 г.',
  '01.09.2025г.',
  '1.09.2025',
  'окт. – нояб. 2025 г.',
  'дек. 2025 г.',
  '3-4 кв. 2025 г.',
  'ежегодно к 1 сентября',
  'еженедельно по пятницам',
  'один раз в месяц',
  'в 2025/2026 уч. году',
  'январь-июнь 2026',
];

const VAGUE = [
  'Постоянно',
  'постоянно',
  'В течение года',
  'в течение года',
  'в течение учебного года',
  'В течение учебного года',
  'весь период',
  'Весь период',
  'В течение всего периода',
  'весь период реализации программы',
  'в течение срока реализации программы',
  'по графику',
  'По графику',
  'по графику Рособрнадзора',
  'по отдельному графику',
  'В соответствии с графиком',
  'По мере необходимости',
  'по мере необходимости',
  'по мере поступления',
  'По мере поступления документов',
  'в сроки, установленные министерством',
  'в сроки, установленные Рособрнадзором',
  'по запросу',
  'По отдельному плану',
  'По плану ИМЦ',
  'согласно плану работы школы',
  'Ежегодно',
  'ежегодно',
  'Не менее 2 раз в год',
  '2 раза в год',
  'Каникулярный период',
  'перед каникулами',
  'Систематически',
  'ежегодно в течение учебного года',
  'в установленные сроки',
  'по мере выделения финансирования',
  'в течение периода действия программы',
  'ПОСТОЯННО',
  'В ТЕЧЕНИЕ ГОДА',
  'по согласованию',
  'регулярно',
  'по необходимости',
  'по плану ШМО',
  'в течение учебного года по отдельному графику',
  'раз в полгода',
  'в течение всего срока действия дорожной карты',
  'в период реализации проекта',
  'в соответствии с планом работы управления',
  'по мере финансирования',
  'в течение каникул',
  'периодически',
  'по запросам ОО',
  'в течение учебного года (по графику)',
  'ежегодно, в течение года',
  'согласно графику',
];

/**
 * Phrases the spec's policy leaves open: a school «четверть» is neither a quarter of the calendar
 * nor a named month; «летний период» names a season, not a month; «после …» / «к началу
 * учебного года» hang on an event, not a date.
 */
const UNLABELLED = ['по итогам года', '1 раз в четверть', 'летний период', 'после утверждения плана', 'к началу учебного года', 'по итогам четверти'];

const LABELS = new Map<string, DeadlineLabel>();
for (const [list, label] of [
  [MISSING, 'missing'],
  [CONCRETE, 'concrete'],
  [VAGUE, 'vague'],
  [UNLABELLED, 'unlabelled'],
] as const) {
  for (const phrase of list) {
    const key = normalizeSpaces(phrase);
    if (LABELS.has(key) && LABELS.get(key) !== label) throw new Error(`phrase labelled twice: «${phrase}»`);
    LABELS.set(key, label);
  }
}

/** Line breaks (Alt+Enter), non-breaking and repeated spaces are layout, not words. */
function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function deadlineLabel(text: string): DeadlineLabel {
  const label = LABELS.get(normalizeSpaces(text));
  if (!label) throw new Error(`regression-set deadline phrase without a label: «${text}»`);
  return label;
}

/** A ditto mark: the value of the row above (docs/spec.md: «-//-», «-"-», «то же»). */
export const DITTO = /^(?:-\/\/-|-"-|–"–|"|〃|то\s+же)$/i;

/**
 * Responsible cells the spec does not settle: a lone dash is not listed among the missing forms
 * (the dash rule is the deadline's), nor among the vague responsibles. Left out of the score.
 */
const RESPONSIBLE_UNLABELLED = new Set(['-', '—']);

export function responsibleLabel(text: string): boolean | null {
  const t = text.trim();
  if (t === '') return true;
  if (RESPONSIBLE_UNLABELLED.has(t)) return null;
  return false;
}
