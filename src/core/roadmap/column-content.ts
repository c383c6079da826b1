/**
 * What stands below a column, as a person reads it: numbers 1, 2, 3 / 1.1, 1.2 in a number column;
 * long phrases of what is done in a name column; dates, months, quarters and years — or «постоянно»,
 * «в течение года» — in a deadline column; organisations, posts and people in a responsible column;
 * documents and outcomes in a result column; marks («х», «+») in a plan-graph's period columns.
 * Each field gets a score from 0 to 1 per column; the header finder weighs it with the header's words.
 */
import { analyzeDeadline } from '../deadline';
import { cellText, type Cell, type Grid } from '../grid';
import type { MergeIndex } from './merges';

/** Rows below the header read to judge a column: enough for a pattern, cheap on a 50,000-row sheet. */
export const CONTENT_SAMPLE_ROWS = 40;

export interface ColumnContent {
  /** Share of the sampled rows with a value in this column. */
  filled: number;
  number: number;
  name: number;
  deadline: number;
  responsible: number;
  result: number;
  /** Share of marks («х», «+», «✓»): a plan-graph's period column. */
  marks: number;
  /** Share of amounts (money, counts with decimals): a finance column. */
  amounts: number;
}

const NUMBERING = /^(\d{1,3}\.){0,3}\d{1,3}\.?$|^[IVXLC]{1,6}\.?$/;
const MARK = /^[хxХX+✓✔√vV*•●◆■]$/;
const AMOUNT = /^[\d\s\u00a0]+[.,]\d+$|^\d[\d\s\u00a0]*(тыс|млн|руб)/i;
/** Words of a deadline that has no calendar anchor: a deadline all the same. */
const VAGUE_DEADLINE =
  /(постоянно|в течени|по мере|ежегодн|ежемесяч|ежекварт|еженедел|ежедневн|по графику|по запрос|по плану|систематич|регулярно|весь период|периодичес|раз в|по итогам|в соответствии|по согласовани|в период|каникул)/;
/** What a concrete deadline holds somewhere: a digit, a month, a quarter, a half-year, a year; only such a text is parsed. */
const MAY_ANCHOR = /\d|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|квартал|кв\.|полугод|год|ежекварт|ежемесяч|еженедел|ежедневн/;
/** Organisations, posts and people. */
const PERSON = /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+/u;
const POST_OR_BODY =
  /(директор|заместител|зам\.|руководител|учител|педагог|классн|специалист|методист|управлени|отдел|министерств|комитет|департамент|центр|администрац|служб|психолог|советник|воспитател|заведующ|инспектор|комисси|рабоч\p{L}* групп|совет|библиотекар|медицин|фельдшер|завхоз|вожат|тренер|куратор|мастер|начальник|председател|секретар|органы|организаци|учреждени|(^|[^а-яё])(мбоу|маоу|мкоу|гбоу|гоу|моу|мку|мбу|мау|гау|гку|гбу|дпо|иро|оо|доу|сош|цнппм|цпмсс|пдн|гибдд|мчс|ппк|ппмс)([^а-яё]|$)|школ|лицей|гимнази|колледж|техникум|семь|родител|администратор|специалисты|сотрудник|уполномоченн|ответственн\p{L}* лиц|все участники|заинтересованн)/u;
/** Documents and outcomes: what a result column holds. */
const OUTCOME =
  /(приказ|протокол|отч[её]т|справк|план|положени|программ|информаци|аналитическ|методическ|рекомендац|доля|%|охват|проведен|обеспечен|создан|повышен|увеличен|сформирован|разработан|утвержд|издан|подготовлен|размещен|публикаци|сертификат|диплом|свидетельств|удостоверени|материал|банк|реестр|перечень|график|мониторинг|анализ|заключени|результат|не менее|не ниже|100)/;
/** A phrase of what is done: it opens with a verbal noun («Проведение», «Организация», «Участие»). */
const ACTION = /^(\p{Lu}\p{Ll}+(ние|ция|тие|ка|ство|ание|ение)|участие|организац|проведен|разработ|подготов|обеспеч|создан|формирован|реализац|внедрен|обучен|повышен|информирован|анализ|мониторинг|консультирован|развити|совершенствован|актуализац|утвержден)/iu;

function valueTexts(grid: Grid, merges: MergeIndex, rows: readonly number[], col: number): Array<{ cell: Cell | undefined; text: string }> {
  const out: Array<{ cell: Cell | undefined; text: string }> = [];
  for (const r of rows) {
    const m = merges.at(r, col);
    // A value merged down from the row above is the same value: counted once, where it is written.
    if (m && m.r1 < r && m.c1 === m.c2) continue;
    const cell = grid.get(r, col);
    const text = cellText(cell);
    if (text) out.push({ cell, text });
  }
  return out;
}

/** The rows a column's content is judged on: below the header, not full-width section rows. */
export function sampleRows(grid: Grid, merges: MergeIndex, after: number, firstCol: number, lastCol: number): number[] {
  const rows: number[] = [];
  for (const r of grid.rowIndices()) {
    if (r <= after) continue;
    const starting = merges.startingAt(r).some((m) => m.c2 - m.c1 >= Math.max(2, (lastCol - firstCol) / 2));
    const cells = grid.rowCells(r).filter(([c, cell]) => c >= firstCol && c <= lastCol && cellText(cell));
    if (!starting && cells.length >= 2) rows.push(r);
    if (rows.length >= CONTENT_SAMPLE_ROWS) break;
  }
  return rows;
}

/** A text cell's deadline class, remembered for the header search (every candidate header reads the same cells). */
export type DeadlineJudge = (cell: Cell) => 'missing' | 'vague' | 'concrete';

export function deadlineJudge(): DeadlineJudge {
  const classes = new Map<string, 'missing' | 'vague' | 'concrete'>();
  return (cell) => {
    const text = cellText(cell);
    let known = classes.get(text);
    if (known === undefined) classes.set(text, (known = analyzeDeadline(cell).class));
    return known;
  };
}

/**
 * Whether a number comes next after the one before as numbering does: one more at some level with
 * the levels above kept and those below starting at 1 («1.2» → «1.3», «1.3» → «2», «1.3» → «2.1»),
 * or a restart at 1 («2» → «2.1», a section's «1»).
 */
function followsInNumbering(previous: readonly number[] | null, parts: readonly number[]): boolean {
  if (!previous || parts[parts.length - 1] === 1) return true;
  for (let level = 0; level < parts.length && level < previous.length; level++) {
    if (parts[level] === previous[level] + 1) return parts.slice(level + 1).every((p) => p === 1);
    if (parts[level] !== previous[level]) return false;
  }
  return false;
}

export function columnContent(grid: Grid, merges: MergeIndex, rows: readonly number[], col: number, judge: DeadlineJudge): ColumnContent {
  const values = valueTexts(grid, merges, rows, col);
  const n = values.length;
  const empty: ColumnContent = { filled: 0, number: 0, name: 0, deadline: 0, responsible: 0, result: 0, marks: 0, amounts: 0 };
  if (n === 0 || rows.length === 0) return empty;
  let number = 0;
  let name = 0;
  let deadline = 0;
  let responsible = 0;
  let result = 0;
  let marks = 0;
  let amounts = 0;
  let previous: number[] | null = null;
  for (const { cell, text } of values) {
    const t = text.toLowerCase();
    if (NUMBERING.test(text) || (typeof cell?.value === 'number' && Number.isInteger(cell.value) && cell.value > 0 && cell.value < 1000 && !cell.format)) {
      const parts = text.replace(/\.$/, '').split('.').map(Number);
      // Numbering counts up by one; classes («7», «6», «9», «9») or counts are numbers that do not.
      number += followsInNumbering(previous, parts) ? 1 : 0.25;
      previous = parts;
    }
    if (MARK.test(text)) marks += 1;
    if (AMOUNT.test(text)) amounts += 1;
    const words = t.split(/\s+/).length;
    if (text.length >= 25 && words >= 3) name += ACTION.test(text) ? 1 : 0.6;
    else if (text.length >= 12 && words >= 2 && ACTION.test(text)) name += 0.6;
    if (text.length <= 80) {
      const isDate = typeof cell?.value === 'number' && cell.format !== undefined;
      if (isDate || (typeof cell?.value === 'string' && MAY_ANCHOR.test(t) && judge(cell) === 'concrete')) deadline += 1;
      else if (VAGUE_DEADLINE.test(t)) deadline += 0.8;
    }
    if (text.length <= 200 && (PERSON.test(text) || POST_OR_BODY.test(t))) responsible += 1;
    if (OUTCOME.test(t)) result += 1;
  }
  const filled = n / rows.length;
  // A column filled on a few rows says little about the rest: its scores count by how filled it is.
  const weight = Math.min(1, 0.4 + filled);
  return {
    filled,
    number: (number / n) * Math.min(1, filled * 1.5),
    name: (name / n) * weight,
    deadline: (deadline / n) * weight,
    responsible: (responsible / n) * weight,
    result: (result / n) * weight,
    marks: marks / n,
    amounts: amounts / n,
  };
}
