import { excelSerialToYmd, iso, ruDate } from '../../../src/core/deadline/calendar';
import { isDateFormat } from '../../../src/core/deadline';

describe('Excel serial dates (1900 system, with its leap-year bug)', () => {
  test.each([
    [1, '1900-01-01', '01.01.1900'],
    [59, '1900-02-28', '28.02.1900'],
    [60, '1900-02-28', '29.02.1900'], // Excel's fictitious 29 February 1900
    [61, '1900-03-01', '01.03.1900'],
    [25569, '1970-01-01', '01.01.1970'],
    [36526, '2000-01-01', '01.01.2000'],
    [44663, '2022-04-12', '12.04.2022'],
    [45000, '2023-03-15', '15.03.2023'],
    [45000.99, '2023-03-15', '15.03.2023'],
    [45351, '2024-02-29', '29.02.2024'],
    [2958465, '9999-12-31', '31.12.9999'],
  ])('serial %d is %s', (serial, day, shown) => {
    const got = excelSerialToYmd(serial);
    expect(got && iso(got.day)).toBe(day);
    expect(got && ruDate(got.shown)).toBe(shown);
  });

  test.each([0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY])('serial %d is no date', (serial) => {
    expect(excelSerialToYmd(serial)).toBeUndefined();
  });
});

describe('date formats', () => {
  test.each(['dd.mm.yyyy', 'd mmmm yyyy', 'm/d/yy', 'm/d/yy h:mm', 'mmmm', 'mmm yy', '[$-419]d mmmm yyyy "г."', 'ДД.ММ.ГГГГ', '14', '22', 'yyyy"年"m"月"d"日"'])('%s is a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });
  test.each([undefined, '', 'General', '0', '0.00', '#,##0 "дней"', '0%', 'h:mm', 'mm:ss', '[h]:mm:ss', '@', '2', '49', '# ##0,00 [$₽-419]'])('%s is not a date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});
