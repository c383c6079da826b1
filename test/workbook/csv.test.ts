/**
 * CSV and text tables as they really come: Russian Excel's Windows-1251 with `;`, UTF-8 with and
 * without a BOM, Excel's «Unicode text» (UTF-16 LE, tab-separated); files saved by LibreOffice
 * from the corpus (test/fixtures/libreoffice) give the reports their originals give; every cell is
 * kept as its text («4.10» is not 4.1); .ods is read quietly and .fods is read at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { consolidate } from '../../src/core/consolidate';
import type { Finding } from '../../src/core/findings';
import { decodeText, detectSeparator, parseDelimited, splitRecords } from '../../src/workbook/csv';
import { describeReadFailure } from '../../src/workbook/read-errors';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { CORPUS_DIR } from '../support/corpus';

const LIBREOFFICE = path.resolve(__dirname, '../fixtures/libreoffice');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(LIBREOFFICE, name)));
const brief = (f: Finding) => `${f.cell} ${f.rule} ${f.severity} ${f.message}`;

/** Windows-1251, as Russian Excel saves «CSV (разделители — запятые)»: the encoder Node lacks, from the decoder it has. */
function windows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}
const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (text: string) => {
  const le = utf16le(text, false);
  const out = new Uint8Array(2 + le.length);
  out.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) [out[2 + i], out[3 + i]] = [le[i + 1], le[i]];
  return out;
};
const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

/** A small roadmap as Excel writes it to CSV: quotes only where needed, CRLF, «4.10» after «4.9». */
const PLAN_ROWS = [
  ['План мероприятий («дорожная карта») на 2024-2025 годы', '', '', '', ''],
  ['№ п/п', 'Наименование мероприятия', 'Срок', 'Ответственный', 'Ожидаемый результат'],
  ['4.', 'Работа с кадрами', '', '', ''],
  ...Array.from({ length: 10 }, (_, i) => [`4.${i + 1}`, `Семинар для педагогов, часть ${i + 1}`, i === 9 ? 'Постоянно' : `${String(i + 1).padStart(2, '0')}.09.2024`, 'Завуч; методист', 'Протокол "семинара"']),
];
function excelCsv(rows: string[][], sep: string): string {
  const quote = (f: string) => (f.includes(sep) || f.includes('"') || f.includes('\n') ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(sep)).join('\r\n') + '\r\n';
}

describe('encodings: each as it is saved, the same cells', () => {
  const text = excelCsv(PLAN_ROWS, ';');
  test.each([
    ['Russian Excel «CSV (разделители — запятые)»: Windows-1251', windows1251(text), 'windows-1251'],
    ['Excel «CSV UTF-8»: a BOM', utf8(text, true), 'utf-8'],
    ['LibreOffice: UTF-8 without a BOM', utf8(text), 'utf-8'],
    ['Excel «Текст Юникод»: UTF-16 LE with a BOM', utf16le(text), 'utf-16le'],
    ['UTF-16 LE without a BOM', utf16le(text, false), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16be(text), 'utf-16be'],
  ])('%s', (_what, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    const [sheet] = readWorkbook(bytes, 'plan.csv').sheets;
    expect(sheet.name).toBe('plan');
    expect(sheet.get(1, 0)).toEqual({ value: '№ п/п' });
    expect(sheet.get(3, 3)).toEqual({ value: 'Завуч; методист' });
    expect(sheet.get(3, 4)).toEqual({ value: 'Протокол "семинара"' });
  });

  test('an ANSI file is never taken for UTF-8 (its Cyrillic is not valid UTF-8), nor pure ASCII for anything else', () => {
    expect(decodeText(windows1251('Срок;Ответственный')).text).toBe('Срок;Ответственный');
    expect(decodeText(utf8('No;Name')).encoding).toBe('utf-8');
  });
});

describe('separators: `;`, tab and `,` detected', () => {
  test.each([
    [';', excelCsv(PLAN_ROWS, ';')],
    ['\t', excelCsv(PLAN_ROWS, '\t')],
    [',', excelCsv(PLAN_ROWS, ',')],
  ])('%j', (sep, text) => {
    expect(detectSeparator(text)).toBe(sep);
    expect(parseDelimited(text).rows[3]).toEqual(PLAN_ROWS[3]);
  });

  test('decimal commas in a `;` file do not win: «1,5;2,5» is two fields', () => {
    expect(detectSeparator('Показатель;2023;2024\r\nДоля;1,5;2,5\r\nЧисло;3,5;4,5\r\n')).toBe(';');
    expect(detectSeparator('1,5;2,5\r\n3,5;4,5\r\n')).toBe(';');
  });

  test("Excel's «sep=» line names the separator and is not a row", () => {
    expect(parseDelimited('sep=,\r\nа;б,в\r\n')).toEqual({ separator: ',', rows: [['а;б', 'в']] });
  });

  test('quoted fields keep separators, line breaks and doubled quotes; an unquoted quote stays as typed', () => {
    expect(splitRecords('"а;б";"строка 1\r\nстрока 2";"ООО ""Ромашка""";5"6\r\n', ';')).toEqual([['а;б', 'строка 1\r\nстрока 2', 'ООО "Ромашка"', '5"6']]);
    expect(splitRecords('a;b\rc;d\n\ne', ';')).toEqual([['a', 'b'], ['c', 'd'], [''], ['e']]);
  });
});

describe('every cell is its text; the engine reads numbers where it means them', () => {
  test('«4.10» stays «4.10»: no false numbering finding after «4.9»; dates and numbers stay as written', () => {
    const [sheet] = readWorkbook(utf8(excelCsv(PLAN_ROWS, ',')), 'plan.csv').sheets;
    expect(sheet.untyped).toBe(true);
    expect(sheet.get(12, 0)).toEqual({ value: '4.10' });
    expect(sheet.get(3, 2)).toEqual({ value: '01.09.2024' });
    const report = checkWorkbook([sheet]).sheets[0];
    expect(report.kind).toBe('roadmap');
    expect(report.findings.map(brief)).toEqual(['C13 deadline-vague warning Срок «Постоянно» не привязан к календарю: укажите дату, месяц, квартал или год.']);
  });

  test('a school table from CSV: plain numbers and «45%» count without a «number as text» finding; «15 чел.» still gets one', () => {
    const table = (values: string[]) =>
      excelCsv(
        [
          ['Наименование показателя', 'Единицы измерения', '2024 план', '2024 факт'],
          ['Количество обучающихся', 'человек', values[0], values[1]],
          ['Доля охваченных', '%', values[2], values[3]],
        ],
        ';',
      );
    const school = (name: string, values: string[]) => ({ path: name, sheets: readWorkbook(windows1251(table(values)), name).sheets });
    const result = consolidate([school('a.csv', ['1 234', '15 чел.', '45%', '50,5']), school('b.csv', ['6', '7', '55', '49,5'])]);
    expect(result.indicators[0].values['2024 план']).toEqual({ value: 1240, n: 2 });
    expect(result.indicators[1].values['2024 факт']).toEqual({ value: 50, n: 2 });
    expect(result.findings.map((f) => `${f.file} ${f.cell} ${f.rule}`)).toEqual(['a.csv D2 value-number-as-text']);
  });
});

describe('files saved by LibreOffice from the corpus give the reports their originals give', () => {
  const original = (file: string) => checkWorkbook(readWorkbook(new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, file))), file).sheets);
  const careerGuidance = original('seeds/career-guidance-project-2023-2027.xlsx');

  test.each([
    ['career-guidance.windows-1251.csv', 'windows-1251', ';'],
    ['career-guidance.utf-8.csv', 'utf-8', ','],
    ['career-guidance.utf-16.txt', 'utf-16le', '\t'],
  ])('%s (%s, %j)', (name, encoding, separator) => {
    const bytes = fixture(name);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(parseDelimited(decoded.text).separator).toBe(separator);
    const report = checkWorkbook(readWorkbook(bytes, name).sheets);
    expect(report.findings).toEqual([]);
    expect(report.sheets[0].findings.map(brief)).toEqual(careerGuidance.sheets[0].findings.map(brief));
    expect(report.sheets[0].findings.some((f) => f.severity === 'error')).toBe(true);
  });

  test('.fods: read, the same report', () => {
    const report = checkWorkbook(readWorkbook(fixture('career-guidance.fods'), 'career-guidance.fods').sheets);
    expect(report.sheets.map((s) => s.name)).toEqual(['Дорожная карта']);
    expect(report.sheets[0].findings.map(brief)).toEqual(careerGuidance.sheets[0].findings.map(brief));
  });

  test('.ods: the same report, and nothing on the console (SheetJS doubts every ODS number format aloud)', () => {
    const spies = (['error', 'warn', 'log'] as const).map((m) => jest.spyOn(console, m));
    const stderr = jest.spyOn(process.stderr, 'write');
    try {
      const report = checkWorkbook(readWorkbook(fixture('sarov.ods'), 'sarov.ods').sheets);
      const sarov = original('seeds/sarov-quality-management-2021-2022.xlsx');
      expect(report.sheets.map((s) => s.findings.map(brief))).toEqual(sarov.sheets.map((s) => s.findings.map(brief)));
      for (const spy of [...spies, stderr]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...spies, stderr]) spy.mockRestore();
    }
  });

  test('a school table saved as CSV (Windows-1251) by LibreOffice consolidates as its .xlsx does', () => {
    const xlsx = path.join(CORPUS_DIR, 'schools/school-03.xlsx');
    const fromXlsx = consolidate([{ path: 'school-03.xlsx', sheets: readWorkbook(new Uint8Array(fs.readFileSync(xlsx)), xlsx).sheets }]);
    const fromCsv = consolidate([{ path: 'school-03.xlsx', sheets: readWorkbook(fixture('school-03.windows-1251.csv'), 'school-03.csv').sheets }]);
    expect(fromCsv.indicators.map((i) => i.values)).toEqual(fromXlsx.indicators.map((i) => i.values));
    expect(fromCsv.findings.map((f) => `${f.cell} ${f.rule} ${f.message}`)).toEqual(fromXlsx.findings.map((f) => `${f.cell} ${f.rule} ${f.message}`));
  });
});

test('a refused file names its real extension', () => {
  const notOds = new TextEncoder().encode('<?xml version="1.0"?><html><body>не таблица</body></html>');
  expect(() => readWorkbook(notOds, 'plan.fods')).toThrow();
  try {
    readWorkbook(notOds, 'plan.fods');
  } catch (error) {
    expect(describeReadFailure(error, 'ru')).toEqual({
      code: 'file-not-workbook',
      message: 'Файл с расширением .fods не читается как таблица: внутри не книга Excel или LibreOffice и не CSV. Откройте его в Excel и сохраните как «Книга Excel (.xlsx)».',
    });
    expect(describeReadFailure(error, 'en').message).toMatch(/^The file with the extension \.fods cannot be read as a table/);
  }
});
