import {
  canonicalUnit,
  classifyHeader,
  containsWords,
  displayNames,
  indicatorKey,
  isMeanIndicator,
  parseColumnKey,
} from '../../../src/core/consolidate/matcher';

describe('parseColumnKey: a value column by its period and plan / fact words, in any order', () => {
  test.each([
    ['2023 план', '2023 план'],
    ['План 2023', '2023 план'],
    ['план на 2023 год', '2023 план'],
    ['2024 (факт)', '2024 факт'],
    ['Фактическое значение 2024 г.', '2024 факт'],
    ['2023 год', '2023'],
    ['2023', '2023'],
    ['на 01.01.2024', 'на 01.01.2024'],
    ['Значение на 1.1.2024', 'на 01.01.2024'],
    ['Значение', 'значение'],
    ['Значение показателя', 'значение'],
    ['2023-2024 учебный год, план', '2023-2024 план'],
    ['Базовое значение', 'база'],
  ])('%s → %s', (header, label) => {
    expect(parseColumnKey(header)?.label).toBe(label);
  });

  test('headers naming no period or value are not value columns', () => {
    expect(parseColumnKey('Наименование показателя')).toBeNull();
    expect(parseColumnKey('Единицы измерения')).toBeNull();
    expect(parseColumnKey('Наименование цели')).toBeNull();
    expect(parseColumnKey('Примечание')).toBeNull();
    expect(parseColumnKey('')).toBeNull();
  });
});

describe('classifyHeader', () => {
  test.each([
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['N п/п', 'number'],
    ['Наименование цели', 'goal'],
    ['Цель', 'goal'],
    ['Задача', 'goal'],
    ['Наименование показателя', 'name'],
    ['Показатель', 'name'],
    ['Целевой показатель', 'name'],
    ['Наименование индикатора', 'name'],
    ['Единицы измерения', 'unit'],
    ['Ед. изм.', 'unit'],
    ['Единица измерения', 'unit'],
    ['ед.изм', 'unit'],
    ['План 2024', 'value'],
    ['Значение показателя', 'value'],
    ['Плановое значение показателя на 2024 год', 'value'],
    ['на 01.01.2024', 'value'],
    ['Примечание', 'other'],
    ['Ответственный', 'other'],
  ])('%s → %s', (header, role) => {
    expect(classifyHeader(header)).toBe(role);
  });
});

test('indicators match by normalised name: case, ё/е, spaces and punctuation', () => {
  const a = indicatorKey('Количество обучающихся, охваченных мероприятиями «Билет в будущее»');
  expect(indicatorKey('КОЛИЧЕСТВО  ОБУЧАЮЩИХСЯ , ОХВАЧЕННЫХ МЕРОПРИЯТИЯМИ "БИЛЕТ В БУДУЩЕЕ"')).toBe(a);
  expect(indicatorKey('Количество учтённых')).toBe(indicatorKey('количество учтенных'));
  expect(indicatorKey('Количество школ')).not.toBe(a);
});

test('units by their common abbreviations', () => {
  expect(canonicalUnit('чел.')).toBe(canonicalUnit('человек'));
  expect(canonicalUnit('Человек')).toBe('человек');
  expect(canonicalUnit('ед.')).toBe(canonicalUnit('единиц'));
  expect(canonicalUnit('%')).toBe(canonicalUnit('процент'));
  expect(canonicalUnit('проценты')).toBe('%');
  expect(canonicalUnit('чел.')).not.toBe(canonicalUnit('%'));
  expect(canonicalUnit('')).toBe('');
  expect(canonicalUnit('кг')).toBe('кг');
});

test('percentages and shares are averaged', () => {
  const mean = ['%', 'процент', 'доля'];
  expect(isMeanIndicator('%', 'Охват', mean)).toBe(true);
  expect(isMeanIndicator('процентов', 'Охват', mean)).toBe(true);
  expect(isMeanIndicator('', 'Доля обучающихся', mean)).toBe(true);
  expect(isMeanIndicator('человек', 'Количество', mean)).toBe(false);
  expect(isMeanIndicator('человек', 'Долями не меряется', mean)).toBe(false);
});

test('containsWords matches whole words only', () => {
  expect(containsWords('Отчёт МАОУ СОШ № 8 за 2023', 'МАОУ СОШ №8')).toBe(true);
  expect(containsWords('Отчёт МАОУ СОШ № 80', 'МАОУ СОШ № 8')).toBe(false);
});

test('displayNames: the shortest unique tail of each path', () => {
  expect(displayNames(['a/school-01.xlsx', 'b/school-02.xlsx'])).toEqual(['school-01.xlsx', 'school-02.xlsx']);
  expect(displayNames(['x/north/report.xlsx', 'x/south/report.xlsx', 'c.xlsx'])).toEqual(['north/report.xlsx', 'south/report.xlsx', 'c.xlsx']);
  expect(displayNames(['C:\\in\\a.xlsx', 'a.xlsx'])).toEqual(['in/a.xlsx', 'a.xlsx']);
  expect(displayNames(['a.xlsx', 'a.xlsx'])).toEqual(['a.xlsx', 'a.xlsx (2)']);
});
