import { findIndicatorTable, findIndicatorTables } from '../../../src/core/consolidate/table-finder';
import { grid, schoolSheet } from './helpers';

test('the header below a title and blank rows, the goal merged over its indicators', () => {
  const t = findIndicatorTable(schoolSheet('Лист1', [[1, 2], [3, 4], [5, 6]]))!;
  expect(t).toMatchObject({ sheet: 'Лист1', headerRow: 2, headerEnd: 2, numberCol: 0, goalCol: 1, nameCol: 2, unitCol: 3 });
  expect(t.valueColumns.map((v) => [v.col, v.key.label])).toEqual([
    [4, '2023 план'],
    [5, '2023 факт'],
  ]);
  expect(t.rows.map((r) => [r.row, r.number, r.goal, r.unit])).toEqual([
    [3, '1.', 'Цель', 'человек'],
    [4, '1.', 'Цель', '%'],
    [5, '1.', 'Цель', 'единиц'],
  ]);
});

test('unmerged goal cells carry their goal down the blank cells under them', () => {
  const t = findIndicatorTable(schoolSheet('Лист1', [[1], [2], [3]], { merges: [] }))!;
  expect(t.rows.map((r) => [r.number, r.goal])).toEqual([
    ['1.', 'Цель'],
    ['1.', 'Цель'],
    ['1.', 'Цель'],
  ]);
});

test('other words, value columns in any order, no goal column', () => {
  const g = grid('Данные школы', [
    ['Отчёт МАОУ СОШ № 8'],
    ['на 01.01.2024', '2024 (факт)', 'Показатель', 'Ед. изм.', 'План 2024'],
    [10, 11, 'Количество кружков', 'ед.', 12],
  ]);
  const t = findIndicatorTable(g)!;
  expect(t).toMatchObject({ headerRow: 1, nameCol: 2, unitCol: 3, goalCol: null, numberCol: null });
  expect(t.valueColumns.map((v) => v.key.label)).toEqual(['на 01.01.2024', '2024 факт', '2024 план']);
  expect(t.titleText).toContain('маоу сош № 8');
});

test('a header over two rows: a year merged over «план» / «факт»', () => {
  const g = grid(
    'Свод',
    [
      ['№', 'Показатель', 'Ед. изм.', '2023', null, '2024', null],
      [null, null, null, 'план', 'факт', 'план', 'факт'],
      ['1', 'Количество', 'чел.', 1, 2, 3, 4],
    ],
    ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'],
  );
  const t = findIndicatorTable(g)!;
  expect(t).toMatchObject({ headerRow: 0, headerEnd: 1 });
  expect(t.valueColumns.map((v) => v.key.label)).toEqual(['2023 план', '2023 факт', '2024 план', '2024 факт']);
  expect(t.rows).toHaveLength(1);
});

test('a data row with no name is not taken for a second header row', () => {
  const g = grid('Л', [
    ['Показатель', 'Ед. изм.', '2023', '2024'],
    [null, null, 2023, 2024],
    ['Количество', 'чел.', 1, 2],
  ]);
  const t = findIndicatorTable(g)!;
  expect(t.headerEnd).toBe(0);
  expect(t.valueColumns.map((v) => v.key.label)).toEqual(['2023', '2024']);
});

test('a column-number row under the header and section rows merged across are not indicators', () => {
  const g = grid(
    'Л',
    [
      ['№', 'Показатель', 'Ед. изм.', 'Значение'],
      [1, 2, 3, 4],
      ['Раздел 1. Общее образование'],
      ['1', 'Количество', 'чел.', 5],
      [null, 'Директор ______ Иванова'],
    ],
    ['A3:D3'],
  );
  const t = findIndicatorTable(g)!;
  expect(t.rows.map((r) => [r.name, r.hasData])).toEqual([
    ['Количество', true],
    ['Директор ______ Иванова', false],
  ]);
});

test('a header date cell is read as its date', () => {
  const g = grid('Л', [
    ['Показатель', 'Ед. изм.', { value: 45292, format: 'dd.mm.yyyy' }],
    ['Количество', 'чел.', 5],
  ]);
  expect(findIndicatorTable(g)!.valueColumns[0].key.label).toBe('на 01.01.2024');
});

test('a title that only mentions «Показатели» is not a header; a roadmap sheet has no indicator table', () => {
  expect(findIndicatorTable(grid('Т', [['Показатели развития системы'], [], ['Текст']]))).toBeNull();
  const roadmap = grid('План', [
    ['№ п/п', 'Наименование мероприятия', 'Срок', 'Ответственный'],
    ['1', 'Совещание', 'март 2023', 'Иванов'],
  ]);
  expect(findIndicatorTable(roadmap)).toBeNull();
  expect(findIndicatorTables([roadmap, schoolSheet('Показатели', [[1]])]).map((t) => t.sheet)).toEqual(['Показатели']);
});
