import { isPercentFormat, parseNumberText, readValue, timesHundred } from '../../../src/core/consolidate/value-reader';

describe('readValue', () => {
  test('a number is a number', () => {
    expect(readValue({ value: 176 })).toMatchObject({ kind: 'number', value: 176, asText: false, percentFormatted: false });
    expect(readValue({ value: 12.5, format: '0.0' })).toMatchObject({ kind: 'number', value: 12.5 });
  });

  test('a formula contributes its cached result (the reader keeps it as the value)', () => {
    expect(readValue({ value: 83 })).toMatchObject({ kind: 'number', value: 83 });
  });

  test('a fraction in a percent-formatted cell is read as percent, without binary noise', () => {
    expect(readValue({ value: 0.47, format: '0%' })).toMatchObject({ kind: 'number', value: 47, percentFormatted: true, unitText: '%' });
    expect(readValue({ value: 0.17, format: '0%' })).toMatchObject({ value: 17 });
    expect(readValue({ value: 0.455, format: '0.0%' })).toMatchObject({ value: 45.5 });
    expect(readValue({ value: 1.4, format: '0%' })).toMatchObject({ value: 140 });
  });

  test('a literal "%" in quotes is not a percent format', () => {
    expect(isPercentFormat('0" %"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat(undefined)).toBe(false);
  });

  test('a number written as text, with or without a unit, counts and is marked as text', () => {
    expect(readValue({ value: '176 чел.' })).toMatchObject({ kind: 'number', value: 176, asText: true, unitText: 'чел.' });
    expect(readValue({ value: '15' })).toMatchObject({ kind: 'number', value: 15, asText: true, unitText: '' });
    expect(readValue({ value: '1 234,5' })).toMatchObject({ kind: 'number', value: 1234.5, asText: true });
    expect(readValue({ value: '1\u00a0234' })).toMatchObject({ kind: 'number', value: 1234 });
    expect(readValue({ value: '45 %' })).toMatchObject({ kind: 'number', value: 45, unitText: '%' });
    expect(readValue({ value: '−3' })).toMatchObject({ kind: 'number', value: -3 });
    expect(readValue({ value: '12 тыс. руб.' })).toMatchObject({ kind: 'number', value: 12, unitText: 'тыс. руб.' });
  });

  test('an empty cell or a dash has no value', () => {
    expect(readValue(undefined)).toEqual({ kind: 'empty', text: '' });
    expect(readValue({ value: '-' })).toMatchObject({ kind: 'empty' });
    expect(readValue({ value: '—' })).toMatchObject({ kind: 'empty' });
    expect(readValue({ value: '  ' })).toMatchObject({ kind: 'empty' });
    expect(readValue({ value: null })).toMatchObject({ kind: 'empty' });
  });

  test('any other text is not a number', () => {
    expect(readValue({ value: 'нет данных' })).toEqual({ kind: 'text', text: 'нет данных' });
    expect(readValue({ value: '15-20' })).toMatchObject({ kind: 'text' });
    expect(readValue({ value: 'около 15' })).toMatchObject({ kind: 'text' });
    expect(readValue({ value: '=SUM(A1:A3)' })).toMatchObject({ kind: 'text' });
    expect(readValue({ value: true })).toMatchObject({ kind: 'text', text: 'ИСТИНА' });
    expect(readValue({ value: null, error: '#REF!' })).toEqual({ kind: 'text', text: '#REF!' });
  });

  test('a date where a quantity belongs is not a number', () => {
    expect(readValue({ value: 45292, format: 'dd.mm.yyyy' })).toEqual({ kind: 'text', text: '01.01.2024' });
    expect(readValue({ value: 45292, format: '0' })).toMatchObject({ kind: 'number', value: 45292 });
    expect(readValue({ value: 12, format: '0" дней"' })).toMatchObject({ kind: 'number', value: 12 });
    expect(readValue({ value: 1234.5, format: '#,##0.00 [$₽-419]' })).toMatchObject({ kind: 'number', value: 1234.5 });
  });

  test('parseNumberText and timesHundred', () => {
    expect(parseNumberText('12 345 678')).toEqual({ value: 12345678, unit: '' });
    expect(parseNumberText('1 23')).toBeNull();
    expect(parseNumberText('-0')).toEqual({ value: 0, unit: '' });
    expect(timesHundred(0.07)).toBe(7);
    expect(timesHundred(0.29)).toBe(29);
  });
});
