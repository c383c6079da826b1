/**
 * Odd cells and hostile sheets, from a real .xlsx through the reader into the engine: error
 * values, booleans, 32 767-character texts, rich text, dates where text belongs — read without
 * a crash and judged by the rules — and merged areas reaching the last cell of the grid, which
 * cost the rows that hold cells, not a million rows.
 */
import * as XLSX from '@e965/xlsx';
import { checkWorkbook } from '../../src/core/check';
import { Consolidator } from '../../src/core/consolidate/consolidate';
import type { Finding } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/workbook/read-workbook';
import { mergedToLastCell, withHostileMerges } from '../support/hostile-sheets';
import { patchXlsxPart } from '../support/xlsx-patch';

const LONG = 'Проведение методических совещаний '.repeat(1000).slice(0, 32_767);

function write(sheets: Record<string, XLSX.WorkSheet>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, ws, name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer);
}

function roadmapSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['План мероприятий на 2023-2024 годы'],
    [],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'],
    [1, 'Совещание', 'Сентябрь 2023', 'Иванов И.И.', 'Протокол'], // D4: #N/A
    [2, 'Мониторинг', 'Сентябрь 2023', 'Иванов И.И.', 'Справка'], // C5: #REF!
    [3, LONG, 'Сентябрь 2023', 'Иванов И.И.', 'Справка'],
    [4, 'Курсы', 'Сентябрь 2023', 'Иванов И.И.', 'Справка'], // C7: TRUE
    [5, 'Пробы', 'Сентябрь 2023', 'Иванов И.И.', 'Справка'], // D8: a date
    [6, 'Экскурсии', 'Сентябрь 2023', 'RICH', 'Справка'], // D9: rich text
    [7, 'Ярмарка', 'Октябрь 2023', 'Петров П.П.', LONG],
    [8, '#NAME?', 'Октябрь 2023', 'Петров П.П.', 'Отчёт'], // B11: an error value
  ]);
  ws.D4 = { t: 'e', v: 0x2a, w: '#N/A' };
  ws.C5 = { t: 'e', v: 0x17, w: '#REF!' };
  ws.C7 = { t: 'b', v: true };
  ws.D8 = { t: 'n', v: 45_000, z: 'dd.mm.yyyy' };
  ws.B11 = { t: 'e', v: 0x1d, w: '#NAME?' };
  return ws;
}

function withRichText(bytes: Uint8Array): Uint8Array {
  return patchXlsxPart(bytes, 'xl/sharedStrings.xml', (xml) =>
    xml.replace('<si><t>RICH</t></si>', '<si><r><rPr><b/><color rgb="FFFF0000"/></rPr><t>Сидорова</t></r><r><t xml:space="preserve"> С.С., методист</t></r></si>'),
  );
}

const brief = (f: Finding) => `${f.rule} ${f.cell} ${f.value.length > 40 ? `${f.value.slice(0, 10)}…(${f.value.length})` : f.value}`;

describe('odd cells in a roadmap', () => {
  const [grid] = readWorkbook(withRichText(write({ План: roadmapSheet() })), 'odd.xlsx').sheets;

  test('are read as what they are', () => {
    expect(grid.get(3, 3)).toEqual({ value: null, error: '#N/A' });
    expect(grid.get(6, 2)).toEqual({ value: true });
    expect(grid.get(7, 3)).toEqual({ value: 45_000, format: 'dd.mm.yyyy' });
    expect(grid.get(8, 3)).toEqual({ value: 'Сидорова С.С., методист' });
    expect(grid.get(5, 1)?.value).toBe(LONG);
    expect(LONG).toHaveLength(32_767);
  });

  test('are judged by the rules: an error names nobody, TRUE is no deadline, a date is no responsible', () => {
    const [report] = checkWorkbook([grid]).sheets;
    expect(report).toMatchObject({ kind: 'roadmap', headerRow: 3, counts: { events: 8 } });
    expect(report.findings.map(brief)).toEqual([
      'responsible-missing D4 #N/A',
      'deadline-missing C5 #REF!',
      'deadline-vague C7 ИСТИНА',
      'responsible-vague D8 15.03.2023',
      'name-missing B11 #NAME?',
    ]);
    expect(report.findings.find((f) => f.cell === 'D8')!.message).toBe('Ответственный «15.03.2023» никого не называет: укажите организацию или должность.');
  });
});

describe('odd cells in a school\'s indicator table', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Показатели школы'],
    [],
    ['№ п/п', 'Наименование показателя', 'Единицы измерения', '2023 план', '2023 факт'],
    ['1.', 'Количество обучающихся', 'человек', 100, 0],
    ['2.', 'Количество педагогов', 'человек', 10, 0],
    ['3.', 'RICH', 'человек', 5, 0],
    ['4.', 'Количество кружков', 'единиц', 3, 0],
  ]);
  ws.E4 = { t: 'e', v: 0x2a, w: '#N/A' };
  ws.E5 = { t: 'b', v: false };
  ws.E6 = { t: 's', v: LONG };
  ws.E7 = { t: 'n', v: 45_000, z: 'dd.mm.yyyy' };
  const bytes = patchXlsxPart(write({ Показатели: ws }), 'xl/sharedStrings.xml', (xml) =>
    xml.replace('<si><t>RICH</t></si>', '<si><r><rPr><b/></rPr><t>Количество</t></r><r><t xml:space="preserve"> выпускников</t></r></si>'),
  );

  test('stay out of the totals, each with its finding', () => {
    const consolidator = new Consolidator({ language: 'ru' });
    consolidator.addSchool({ path: 'school.xlsx', sheets: readWorkbook(bytes, 'school.xlsx').sheets });
    const result = consolidator.result();
    expect(result.indicators.map((i) => i.name)).toEqual(['Количество обучающихся', 'Количество педагогов', 'Количество выпускников', 'Количество кружков']);
    // Every «факт» cell is odd: none counts, no total is made up.
    expect(result.indicators.map((i) => i.values['2023 факт'])).toEqual(result.indicators.map(() => ({ value: null, n: 0 })));
    expect(result.indicators.map((i) => i.values['2023 план'].value)).toEqual([100, 10, 5, 3]);
    const odd = result.findings.filter((f) => f.column === '2023 факт');
    expect(odd.map((f) => [f.cell, f.rule])).toEqual([
      ['E4', 'value-not-number'],
      ['E5', 'value-not-number'],
      ['E6', 'value-not-number'],
      ['E7', 'value-not-number'],
    ]);
  });
});

describe('merged areas reaching the last cell of the grid', () => {
  // How long they take is measured in `npm run bench` (the «hostile» scenario), not here.
  test('a roadmap: found as without them', () => {
    const plain = readWorkbook(write({ План: roadmapSheet() }), 'a.xlsx').sheets;
    const sheets = readWorkbook(mergedToLastCell(write({ План: withHostileMerges(roadmapSheet(), 14) })), 'a.xlsx').sheets;
    expect(sheets[0].merges).toHaveLength(301);
    expect(checkWorkbook(sheets).sheets[0].findings.map(brief)).toEqual(checkWorkbook(plain).sheets[0].findings.map(brief));
  });

  test('an indicator table: consolidated to the same totals', () => {
    const table = () =>
      XLSX.utils.aoa_to_sheet([
        ['Наименование показателя', 'Единицы измерения', '2023 план'],
        ['Количество обучающихся', 'человек', 120],
        ['Количество педагогов', 'человек', 12],
      ]);
    const run = (grids: Grid[]) => {
      const c = new Consolidator({ language: 'ru' });
      c.addSchool({ path: 's.xlsx', sheets: grids });
      return c.result().indicators.map((i) => [i.name, i.values['2023 план'].value]);
    };
    const totals = run(readWorkbook(mergedToLastCell(write({ Лист1: withHostileMerges(table(), 10) })), 's.xlsx').sheets);
    expect(totals).toEqual(run(readWorkbook(write({ Лист1: table() }), 's.xlsx').sheets));
  });
});
