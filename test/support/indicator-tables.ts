/**
 * Schools' indicator tables for the consolidation rules' tests, laid out as the usual form is: a
 * title, a blank row, the header in row 3 (A «№ п/п», B the goal, C the indicator, D its unit, E
 * «2023 план», F «2023 факт»), the indicators from row 4 under one goal. The first school's
 * table is the template, as when no template workbook is given.
 */
import type { RowSpec, SchoolsSpec, SheetSpec } from './rule-tester';

export type SchoolSpec = SchoolsSpec['schools'][number];

export const INDICATOR_HEADER: RowSpec = ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', '2023 план', '2023 факт'];

export const PEOPLE = 'Количество обучающихся';
export const SHARE = 'Доля обучающихся, принявших участие';
export const SCHOOLS = 'Количество школ';

export interface TableOptions {
  header?: RowSpec;
  /** The sheet's name. */
  name?: string;
  /** The title in row 1. */
  title?: string;
}

/** A sheet with the indicator table; each row is the indicator's name, its unit and its values (columns C onwards). */
export function indicatorSheet(indicators: RowSpec[], opts: TableOptions = {}): SheetSpec {
  return {
    name: opts.name ?? 'Показатели',
    rows: [[opts.title ?? 'Показатели школы'], [], opts.header ?? INDICATOR_HEADER, ...indicators.map((row, i) => [i === 0 ? '1.' : null, i === 0 ? 'Цель' : null, ...row])],
  };
}

/** A school's file with one sheet holding its indicator table. */
export function school(path: string, indicators: RowSpec[], opts?: TableOptions): SchoolSpec {
  return { path, sheets: [indicatorSheet(indicators, opts)] };
}

/** The first school, whose table is the template: people, a percentage and units, planned and actual for 2023. */
export const TEMPLATE_SCHOOL = school('school-01.xlsx', [
  [PEOPLE, 'человек', 10, 11],
  [SHARE, '%', 50, 60],
  [SCHOOLS, 'единиц', 1, 1],
]);

/** The template school, then a second school with the given indicator rows. */
export function againstTemplate(indicators: RowSpec[], opts?: TableOptions & { path?: string }): SchoolsSpec {
  return { schools: [TEMPLATE_SCHOOL, school(opts?.path ?? 'school-02.xlsx', indicators, opts)] };
}
