/**
 * `no-roadmap`: a workbook (or the one sheet chosen) with no roadmap is a finding of its own —
 * never «all clear» — whole messages compared, in both languages; and it is not raised where a
 * sheet is a roadmap or already has a finding of its own (a plan whose header was not found).
 */
import * as path from 'node:path';
import { checkWorkbook, workbookFindings } from '../../src/core/check';
import { parseProfile } from '../../src/core/profile/schema';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';
import { grid } from './consolidate/helpers';

const seed = (file: string) => loadWorkbook(path.join(CORPUS_DIR, 'seeds', file)).sheets;
const passport = () => seed('nogliki-career-guidance-2021-2023.xlsx').find((s) => s.name === 'Паспорт')!;
const order = () => seed('sarov-quality-management-2021-2022.xlsx').find((s) => s.name === 'Приказ')!;
const indicators = () => seed('kaliningrad-career-guidance-2023-2025.xlsx').find((s) => s.name === 'Показатели')!;

test('a workbook of a passport and an order: one error naming its sheets, in Russian and English', () => {
  expect(checkWorkbook([passport(), order()]).findings).toEqual([
    {
      rule: 'no-roadmap',
      severity: 'error',
      message: 'В файле нет дорожной карты: ни на одном листе («Паспорт», «Приказ») нет таблицы мероприятий с графами «Мероприятие», «Срок», «Ответственный». Проверьте, тот ли это файл.',
      data: { sheets: '«Паспорт», «Приказ»' },
    },
  ]);
  expect(checkWorkbook([passport()], { language: 'en' }).findings[0].message).toBe(
    'The file holds no roadmap: no sheet («Паспорт») has a table of events with the columns «Мероприятие», «Срок», «Ответственный». Check that this is the right file.',
  );
});

test('an indicator table sent for a plan is named as such', () => {
  expect(checkWorkbook([indicators()]).findings.map((f) => f.message)).toEqual([
    'В файле нет дорожной карты, а на листе «Показатели» — таблица показателей: её сводят командой consolidate или на вкладке «Свод», а не проверяют как план.',
  ]);
});

test('the one sheet the user chose (the pane\'s «Проверить лист»)', () => {
  expect(workbookFindings(checkWorkbook([passport()]).sheets, { scope: 'sheet', language: 'ru' }).map((f) => f.message)).toEqual([
    'На листе «Паспорт» нет дорожной карты: нет таблицы мероприятий с графами «Мероприятие», «Срок», «Ответственный». Откройте лист с планом или проверьте всю книгу.',
  ]);
});

test('many sheets: the first five named, then «…»; an empty sheet and an empty workbook are no roadmap either', () => {
  const sheets = Array.from({ length: 7 }, (_, i) => grid(`Лист${i + 1}`, [[`текст ${i}`]]));
  expect(checkWorkbook(sheets).findings[0].data).toEqual({ sheets: '«Лист1», «Лист2», «Лист3», «Лист4», «Лист5», …' });
  expect(checkWorkbook([grid('Лист1', [])]).findings.map((f) => f.rule)).toEqual(['no-roadmap']);
  expect(checkWorkbook([]).findings[0].data).toEqual({ sheets: '—' });
});

test('not raised beside a roadmap, nor where a sheet already says what is wrong (a plan without its header)', () => {
  expect(checkWorkbook(seed('nogliki-career-guidance-2021-2023.xlsx')).findings).toEqual([]);
  const headless = grid('План', [
    ['План мероприятий по развитию системы'],
    ['1', 'Совещание', 'март', 'УО'],
    ['2', 'Семинар', 'апрель', 'ИМЦ'],
    ['3', 'Конкурс', 'май', 'ИМЦ'],
    ['4', 'Отчёт', 'июнь', 'УО'],
    ['5', 'Анализ', 'июль', 'УО'],
  ]);
  const report = checkWorkbook([headless]);
  expect(report.sheets[0].findings.map((f) => f.rule)).toEqual(['header-not-found']);
  expect(report.findings).toEqual([]);
  // With that rule turned off nothing is said about the sheet, so the workbook says it.
  const off = checkWorkbook([headless], { profile: parseProfile({ rules: { 'header-not-found': 'off' } }) });
  expect(off.findings.map((f) => f.rule)).toEqual(['no-roadmap']);
});
