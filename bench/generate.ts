/**
 * Generated inputs for the benchmarks: deterministic (a seeded PRNG), no network, no corpus.
 *
 * - roadmapBook(rows): one roadmap sheet the way municipal plans look — a preamble, a merged
 *   title with the plan period, a header, the column-number row, sections merged across the
 *   table, numbered events («3.14.»), sub-rows under a responsible merged over them, ditto marks,
 *   date cells, vague and missing deadlines and responsibles, page-break fragments, a signature.
 *   Deadlines and responsibles repeat the way they do in real plans (a few dozen phrases).
 * - schoolBook(i): one school's indicator table (the Kaliningrad table of the corpus in shape:
 *   goals merged over their indicators, years × plan/fact), with the usual defects.
 */
import * as XLSX from '@e965/xlsx';
import { Grid } from '../src/core/grid';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

const SECTION_TITLES = [
  'Организационно-управленческие мероприятия',
  'Нормативно-правовое обеспечение',
  'Кадровое обеспечение',
  'Информационное сопровождение',
  'Мониторинг и оценка качества образования',
  'Работа с обучающимися и родителями',
  'Профориентационная работа',
  'Методическое сопровождение',
];

const NAMES = [
  'Совещание с руководителями общеобразовательных организаций по вопросам',
  'Мониторинг показателей эффективности реализации программы',
  'Курсы повышения квалификации педагогических работников по теме',
  'Профориентационные пробы на базе организаций среднего профессионального образования',
  'Организация и проведение муниципального этапа конкурса',
  'Размещение информации на официальных сайтах образовательных организаций о ходе реализации',
  'Анализ результатов государственной итоговой аттестации и подготовка предложений',
  'Проведение родительских собраний по вопросам',
  'Разработка и утверждение плана мероприятий',
  'Участие в региональных семинарах и вебинарах',
];

const TOPICS = ['функциональной грамотности', 'профессионального самоопределения', 'цифровой образовательной среды', 'инклюзивного образования', 'наставничества', 'воспитательной работы'];

/** Deadlines as plans write them: most concrete, about a third vague, a few missing. Repeated across rows. */
const DEADLINES = [
  'Постоянно',
  'В течение года',
  'В течение учебного года',
  'По мере необходимости',
  'Сентябрь – октябрь 2023 г.',
  'I квартал 2024 года',
  'IV кв. 2023',
  'Ежегодно, июнь-август',
  'Март-апрель ежегодно',
  'Ежеквартально',
  'Ежемесячно (третий четверг месяца)',
  'Первое полугодие 2024 года',
  '2023-2024 учебный год',
  'В течение 2023-2024 гг.',
  'до 25 сентября 2023 г.',
  'Август – декабрь 2023 года, далее – ежегодно',
  'I квартал 2024 года (далее - по мере необходимости)',
  'Ежегодно',
  'май-сентябрь 2024',
  '2025 г.',
  'Не менее 2 раз в год',
  'По отдельному плану',
  'Декабрь 2023',
  '-',
];

const PEOPLE = [
  'Управление образования',
  'Руководители ОО',
  'Иванова И.И., заместитель директора по УВР',
  'Петров П.П., начальник отдела общего образования',
  'МКУ «Информационно-методический центр»',
  'Заинтересованные лица',
  'Все участники',
  'Классные руководители, педагоги-психологи',
  'Сидорова А.В.',
];

const RESULTS = ['Протокол совещания', 'Аналитическая справка', 'Приказ', 'Информация на сайте', 'Отчёт', 'План мероприятий', 'Сертификаты участников', ''];

export interface SheetSpec {
  name: string;
  /** Cells by 0-based row and column. */
  cells: Array<{ r: number; c: number; cell: XLSX.CellObject }>;
  merges: XLSX.Range[];
}

/** The roadmap sheet with `events` data rows below the header (sections, events, sub-rows, fragments). */
export function roadmapSheet(events: number, seed = 1, name = 'План'): SheetSpec {
  const r = rng(seed);
  const cells: SheetSpec['cells'] = [];
  const merges: XLSX.Range[] = [];
  const put = (row: number, c: number, cell: XLSX.CellObject) => cells.push({ r: row, c, cell });
  const text = (row: number, c: number, v: string) => put(row, c, { t: 's', v });
  const merge = (r1: number, c1: number, r2: number, c2: number) => merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });

  text(0, 3, 'Приложение 1 к приказу управления образования от 01.09.2023 № 123');
  text(2, 0, 'План мероприятий («дорожная карта») по повышению качества образования на 2023-2025 годы');
  merge(2, 0, 2, 4);
  ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный исполнитель', 'Ожидаемый результат'].forEach((h, c) => text(4, c, h));
  [1, 2, 3, 4, 5].forEach((n, c) => put(5, c, { t: 'n', v: n }));

  let row = 6;
  let section = 0;
  let item = 0;
  let written = 0;
  while (written < events) {
    if (written === 0 || r() < 0.04) {
      section += 1;
      item = 0;
      text(row, 0, `${section}. ${pick(r, SECTION_TITLES)}`);
      merge(row, 0, row, 4);
      row++;
      written++;
      continue;
    }
    item += 1;
    const kind = r();
    put(row, 0, { t: 's', v: `${section}.${item}.` });
    text(row, 1, `${pick(r, NAMES)} ${pick(r, TOPICS)} (${section}.${item})`);
    // Deadline: a phrase from the list, a date cell, or a unique date.
    const d = r();
    if (d < 0.12) put(row, 2, { t: 'n', v: 45000 + Math.floor(r() * 900), z: 'dd.mm.yyyy' });
    else if (d < 0.2) text(row, 2, `до ${1 + Math.floor(r() * 28)}.${String(1 + Math.floor(r() * 12)).padStart(2, '0')}.${2023 + Math.floor(r() * 3)}`);
    else if (d > 0.985) {
      /* no deadline */
    } else text(row, 2, pick(r, DEADLINES));
    const result = pick(r, RESULTS);
    if (result) text(row, 4, result);
    if (kind < 0.08) {
      // A responsible merged over this event and two sub-rows under it.
      text(row, 3, pick(r, PEOPLE));
      merge(row, 3, row + 2, 3);
      merge(row, 2, row + 2, 2);
      for (let k = 1; k <= 2; k++) text(row + k, 1, `${pick(r, NAMES)} (подпункт ${k})`);
      row += 3;
      written += 3;
      continue;
    }
    if (kind < 0.12) text(row, 3, '-//-');
    else if (kind < 0.14) {
      /* responsible missing */
    } else text(row, 3, pick(r, PEOPLE));
    row++;
    written++;
    if (kind > 0.995) {
      // A page-break fragment: the rest of the name on the next row.
      text(row, 1, 'и подведение итогов');
      row++;
      written++;
    }
  }
  row += 1;
  text(row, 1, 'И.о. начальника управления образования');
  text(row, 3, '____________ А.А. Кузнецов');
  return { name, cells, merges };
}

export function sheetToWorksheet(spec: SheetSpec): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxR = 0;
  let maxC = 0;
  for (const { r, c, cell } of spec.cells) {
    ws[XLSX.utils.encode_cell({ r, c })] = cell;
    if (r > maxR) maxR = r;
    if (c > maxC) maxC = c;
  }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
  ws['!merges'] = spec.merges;
  return ws;
}

export function bookBytes(sheets: SheetSpec[]): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(book, sheetToWorksheet(s), s.name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

/** A roadmap workbook of `events` rows: the sheet above and a short cover sheet. */
export function roadmapBook(events: number, seed = 1): Uint8Array {
  const cover: SheetSpec = { name: 'Приказ', cells: [{ r: 0, c: 0, cell: { t: 's', v: 'Приказ об утверждении плана мероприятий' } }], merges: [] };
  return bookBytes([cover, roadmapSheet(events, seed)]);
}

/** The same roadmap as a grid, straight from the spec (no file): for the host and live re-check benches. */
export function roadmapGrid(events: number, seed = 1, name = 'План'): Grid {
  const spec = roadmapSheet(events, seed, name);
  const grid = new Grid(name);
  for (const { r, c, cell } of spec.cells) {
    grid.set(r, c, cell.t === 'n' ? (cell.z ? { value: cell.v as number, format: String(cell.z) } : { value: cell.v as number }) : { value: String(cell.v) });
  }
  for (const m of spec.merges) grid.addMerge({ r1: m.s.r, c1: m.s.c, r2: m.e.r, c2: m.e.c });
  return grid;
}

// ---------------------------------------------------------------------------------------------
// Schools

const GOALS: Array<{ goal: string; indicators: Array<[string, string]> }> = [
  {
    goal: 'Сопровождение профессионального самоопределения обучающихся',
    indicators: [
      ['Количество общеобразовательных организаций, в которых утверждены планы профориентационной работы', 'единиц'],
      ['Количество обучающихся, выбравших для сдачи ГИА предметы, соответствующие профилю обучения', 'человек'],
    ],
  },
  { goal: 'Взаимодействие с предприятиями', indicators: [['Количество школьников, посетивших предприятия в рамках профориентационных мероприятий', 'человек']] },
  {
    goal: 'Проведение ранней профориентации обучающихся',
    indicators: [
      ['Количество обучающихся, охваченных мероприятиями ранней профориентации', 'человек'],
      ['Количество обучающихся, зачисленных на программы дополнительного образования', 'человек'],
      ['Доля обучающихся 6-11 классов, принявших участие в проекте «Билет в будущее»', '%'],
    ],
  },
  { goal: 'Профориентация обучающихся с ОВЗ', indicators: [['Количество обучающихся с ОВЗ, принявших участие в профориентационных мероприятиях', 'человек']] },
  { goal: 'Выявление предпочтений обучающихся', indicators: [['Количество обучающихся, принявших участие в мониторинге профессиональных намерений', 'человек']] },
  { goal: 'Взаимодействие с организациями СПО и ВО', indicators: [['Количество обучающихся, принявших участие в днях открытых дверей', 'человек']] },
  { goal: 'Психолого-педагогическая поддержка', indicators: [['Количество обучающихся, получивших консультационную помощь', 'человек']] },
  { goal: 'Конкурсное движение', indicators: [['Количество обучающихся, участвующих в конкурсах профориентационной направленности', 'человек']] },
  { goal: 'Анализ рынка труда', indicators: [['Количество обучающихся, принявших участие в ярмарках вакансий', 'человек']] },
  {
    goal: 'Содействие в поступлении в организации СПО и ВО',
    indicators: [
      ['Количество выпускников, поступивших в организации СПО области', 'человек'],
      ['Количество выпускников, поступивших в организации ВО области', 'человек'],
      ['Доля выпускников, поступивших по профилю обучения', '%'],
    ],
  },
];

const VALUE_HEADERS = ['2023 план', '2023 факт', '2024 план', '2024 факт', '2025 план', '2025 факт'];

/** School i's workbook: the indicator table (columns shuffled for some schools), a note sheet for every sixth, a defect or two. */
export function schoolBook(i: number): Uint8Array {
  const r = rng(1000 + i);
  const cells: SheetSpec['cells'] = [];
  const merges: XLSX.Range[] = [];
  const text = (row: number, c: number, v: string) => cells.push({ r: row, c, cell: { t: 's', v } });
  const num = (row: number, c: number, v: number, z?: string) => cells.push({ r: row, c, cell: z ? { t: 'n', v, z } : { t: 'n', v } });

  text(0, 0, `Показатели развития системы профессиональной ориентации обучающихся, МАОУ СОШ № ${i + 1}`);
  merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } });
  const headers = ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения'];
  const values = i % 4 === 3 ? [...VALUE_HEADERS].reverse() : VALUE_HEADERS;
  [...headers, ...values].forEach((h, c) => text(2, c, h));
  let row = 3;
  GOALS.forEach((g, gi) => {
    text(row, 0, `${gi + 1}.`);
    text(row, 1, g.goal);
    if (g.indicators.length > 1) {
      merges.push({ s: { r: row, c: 0 }, e: { r: row + g.indicators.length - 1, c: 0 } });
      merges.push({ s: { r: row, c: 1 }, e: { r: row + g.indicators.length - 1, c: 1 } });
    }
    for (const [name, unit] of g.indicators) {
      text(row, 2, name);
      text(row, 3, unit);
      values.forEach((_, k) => {
        const c = 4 + k;
        const defect = r();
        if (defect < 0.02) return; // missing value
        if (unit === '%') {
          const v = Math.round(r() * 100);
          if (defect < 0.06) num(row, c, v / 100, '0%');
          else num(row, c, v);
        } else {
          const v = Math.floor(r() * 300);
          if (defect < 0.04) text(row, c, `${v} чел.`);
          else if (defect < 0.05) text(row, c, 'нет данных');
          else num(row, c, v);
        }
      });
      row++;
    }
  });
  row++;
  text(row, 1, 'Директор');
  text(row, 3, '____________');
  const sheets: SheetSpec[] = [{ name: i % 5 === 2 ? 'Лист1' : 'Показатели', cells, merges }];
  if (i % 6 === 0) sheets.unshift({ name: 'Записка', cells: [{ r: 0, c: 0, cell: { t: 's', v: 'Пояснительная записка' } }, { r: 1, c: 0, cell: { t: 's', v: 'Текст записки' } }], merges: [] });
  return bookBytes(sheets);
}
