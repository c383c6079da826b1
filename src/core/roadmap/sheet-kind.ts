/** Telling roadmap sheets from others: an order's text, a passport table, an indicator table. */
import { cellText, type Grid } from '../grid';
import { normalize } from '../text';
import { HEADER_SEARCH_ROWS, type PartialHeader } from './header';

const UNIT_HEADER = /^(ед\.?\s*изм|единиц[аы]?\s+измерени)/;
const INDICATOR_HEADER = /показател/;
const PLAN_TITLE = /(план\s+мероприяти|дорожн\p{L}*\s+карт|план\s+работ)/u;
/** Documents about a plan that are no plan: an order, a passport, a list of the people in charge, a report on it. */
const NOT_A_PLAN_TITLE = /^(паспорт|приказ|распоряжени|постановлени|положени|список|реестр|состав|сведени|расписани|контакт|отчет|справк|информаци|мониторинг)/;

/** An indicator table: a header row with an indicator column and a unit column. */
export function looksLikeIndicatorTable(grid: Grid): boolean {
  return indicatorHeaderRow(grid) !== null;
}

/** The row of the first indicator table's header (an indicator column and a unit column), or null. */
export function indicatorHeaderRow(grid: Grid): number | null {
  for (const r of grid.rowIndices()) {
    if (r >= HEADER_SEARCH_ROWS) break;
    const texts = grid.rowCells(r).map(([, cell]) => normalize(cellText(cell)));
    if (texts.some((t) => t.length < 80 && INDICATOR_HEADER.test(t)) && texts.some((t) => UNIT_HEADER.test(t))) return r;
  }
  return null;
}

/**
 * A sheet that ought to be a roadmap even though no header was found: a row names a plan's fields
 * (`partialHeader`), or its title says it is a plan and a row names a number and a name or it holds
 * a table (rows of four or more cells). An order, a passport or a list of the people in charge does not, whatever its table.
 */
export function looksLikePlan(grid: Grid, partialHeader: PartialHeader): boolean {
  const top = grid.rowIndices().filter((r) => r < HEADER_SEARCH_ROWS);
  const firstText = top.map((r) => grid.rowCells(r).map(([, c]) => cellText(c)).find(Boolean) ?? '').find(Boolean) ?? '';
  const title = normalize(firstText);
  if (NOT_A_PLAN_TITLE.test(title)) return false;
  if (partialHeader === 'fields') return true;
  if (!PLAN_TITLE.test(title)) return false;
  if (partialHeader === 'numbered') return true;
  let tableRows = 0;
  for (const r of grid.rowIndices()) {
    if (grid.rowCells(r).length >= 4 && ++tableRows >= 5) return true;
  }
  return false;
}
