/**
 * The pure pieces of the pane's new views: the event named on a finding's row, the totals shown
 * before anything is written (numbers as a Russian or English reader writes them), the listbox's
 * keys and F8 for «Далее».
 */
import { consolidate } from '../../src/core/consolidate';
import { Grid } from '../../src/core/grid';
import { eventNames } from '../../src/taskpane/state/event-names';
import { listKeyAction, PAGE, stepKey } from '../../src/taskpane/state/list-keys';
import { formatNumber, totalsView } from '../../src/taskpane/state/totals-view';
import { schoolSheet } from '../core/consolidate/helpers';
import { finding, report } from './helpers';

describe('eventNames', () => {
  it('names the event of each finding’s row from the name column, a merged name from its top cell, none on the header', () => {
    const grid = new Grid('План');
    grid.set(2, 1, { value: 'Наименование мероприятия' });
    grid.set(3, 1, { value: '  Совещание   с руководителями ' });
    grid.set(4, 1, { value: 'Экскурсии на предприятия' });
    grid.addMerge({ r1: 4, c1: 1, r2: 6, c2: 1 });
    grid.set(5, 2, { value: 'Постоянно' });
    grid.set(6, 2, { value: 'В течение года' });
    const checked = { ...report('План', [finding('C3', 'column-order', 'info'), finding('D4', 'responsible-missing', 'error'), finding('C6'), finding('C7'), finding('C9')]), columns: { name: 'B' } };
    expect([...eventNames(grid, checked)]).toEqual([
      [4, 'Совещание с руководителями'],
      [6, 'Экскурсии на предприятия'],
      [7, 'Экскурсии на предприятия'],
    ]);
    expect(eventNames(grid, { ...checked, kind: 'other' }).size).toBe(0);
    expect(eventNames(grid, { ...checked, columns: {} }).size).toBe(0);
  });
});

describe('totals in the pane', () => {
  it('writes numbers as the language does: thousands grouped, a decimal comma in Russian, means with one decimal', () => {
    expect(formatNumber(1234567, 'ru')).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
    expect(formatNumber(47, 'ru', 'mean')).toBe('47,0');
    expect(formatNumber(46.666, 'en', 'mean')).toBe('46.7');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
  });

  it('gives each indicator’s total per column with the count of schools behind it, and the schools’ values', () => {
    const result = consolidate([
      { path: 'a/sch-1.xlsx', sheets: [schoolSheet('Показатели', [[1200, 12], [50, 60], [1, 1]])] },
      { path: 'a/sch-2.xlsx', sheets: [schoolSheet('Показатели', [[1500, 9], [40, 'нет данных'], [1, 1]])] },
      { path: 'a/sch-3.xlsx', error: { code: 'file-corrupt', message: 'повреждён' } },
    ]);
    const view = totalsView(result, 'ru');
    expect(view.schools).toBe(2);
    const first = view.indicators[0];
    expect(first.columns).toEqual([
      { column: '2023 план', value: '2\u00a0700', n: 2 },
      { column: '2023 факт', value: '21', n: 2 },
    ]);
    expect(first.bySchool).toEqual([
      { school: 'sch-1.xlsx', values: [{ column: '2023 план', value: '1\u00a0200' }, { column: '2023 факт', value: '12' }] },
      { school: 'sch-2.xlsx', values: [{ column: '2023 план', value: '1\u00a0500' }, { column: '2023 факт', value: '9' }] },
    ]);
    // A share in percent is averaged: one decimal.
    expect(view.indicators[1].aggregate).toBe('mean');
    expect(view.indicators[1].columns[1]).toEqual({ column: '2023 факт', value: '60,0', n: 1 });
  });
});

describe('the listbox’s keys', () => {
  it('moves within the list: arrows by one, pages by ten, Home and End; from nowhere, down is the first', () => {
    expect(listKeyAction('ArrowDown', 3, 20)).toEqual({ kind: 'move', index: 4 });
    expect(listKeyAction('ArrowUp', 3, 20)).toEqual({ kind: 'move', index: 2 });
    expect(listKeyAction('ArrowDown', 19, 20)).toEqual({ kind: 'move', index: 19 });
    expect(listKeyAction('ArrowUp', 0, 20)).toEqual({ kind: 'move', index: 0 });
    expect(listKeyAction('ArrowDown', -1, 20)).toEqual({ kind: 'move', index: 0 });
    expect(listKeyAction('PageDown', 15, 20)).toEqual({ kind: 'move', index: 19 });
    expect(listKeyAction('PageUp', 15, 20)).toEqual({ kind: 'move', index: 15 - PAGE });
    expect(listKeyAction('Home', 7, 20)).toEqual({ kind: 'move', index: 0 });
    expect(listKeyAction('End', 7, 20)).toEqual({ kind: 'move', index: 19 });
  });

  it('Enter and Space select the cell, Delete ignores; nothing without an active finding, a modifier, or a list', () => {
    expect(listKeyAction('Enter', 2, 5)).toEqual({ kind: 'select' });
    expect(listKeyAction(' ', 2, 5)).toEqual({ kind: 'select' });
    expect(listKeyAction('Delete', 2, 5)).toEqual({ kind: 'ignore' });
    expect(listKeyAction('Backspace', 2, 5)).toEqual({ kind: 'ignore' });
    expect(listKeyAction('Enter', -1, 5)).toBeNull();
    expect(listKeyAction('ArrowDown', 2, 5, { ctrl: true })).toBeNull();
    expect(listKeyAction('ArrowDown', 0, 0)).toBeNull();
    expect(listKeyAction('a', 2, 5)).toBeNull();
  });

  it('F8 is «Далее», Shift+F8 «Назад»', () => {
    expect(stepKey('F8')).toBe(1);
    expect(stepKey('F8', { shift: true })).toBe(-1);
    expect(stepKey('F8', { ctrl: true })).toBeNull();
    expect(stepKey('F7')).toBeNull();
  });
});
