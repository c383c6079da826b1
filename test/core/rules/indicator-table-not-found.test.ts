import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { indicatorTableNotFound } from '../../../src/core/consolidate/rules/indicator-table-not-found';
import { consolidationRuleTester } from '../../support/rule-tester';
import { indicatorSheet, PEOPLE, SCHOOLS, SHARE, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

const ROADMAP_SHEET = { name: 'План', rows: [['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']] };
// Indicator and unit columns, but no column of values: not an indicator table.
const NO_VALUE_COLUMNS = { name: 'Показатели', rows: [['Наименование показателя', 'Единицы измерения', 'Примечание'], [PEOPLE, 'человек', 'нет']] };

consolidationRuleTester(indicatorTableNotFound, {
  valid: [
    // The table may stand on any sheet, below a title, with short header words.
    {
      schools: [
        TEMPLATE_SCHOOL,
        { path: 'school-02.xlsx', sheets: [ROADMAP_SHEET, { name: 'Свод', rows: [['Отчёт школы'], ['Показатель', 'Ед. изм.', '2023'], [PEOPLE, 'чел.', 12]] }] },
      ],
    },
    // A header over two rows: the year merged over «план» / «факт».
    {
      schools: [
        TEMPLATE_SCHOOL,
        {
          path: 'school-02.xlsx',
          sheets: [{ name: 'Показатели', rows: [['Наименование показателя', 'Единицы измерения', '2023'], [null, null, 'план', 'факт'], [SHARE, '%', 40, 45]], merges: ['C1:D1'] }],
        },
      ],
    },
    // A file that could not be read is reported by its file code, not as a file without a table.
    { schools: [TEMPLATE_SCHOOL, { path: 'school-02.xlsx', error: { code: 'file-corrupt', message: 'Файл повреждён' } }] },
    // Turned off by the profile.
    { schools: [TEMPLATE_SCHOOL, { path: 'school-02.xlsx', sheets: [ROADMAP_SHEET] }], profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-table-not-found': 'off' } }) },
  ],
  invalid: [
    {
      // Every sheet is named; the first school without a table does not become the template.
      schools: [{ path: 'in/school-01.xlsx', sheets: [ROADMAP_SHEET, { name: 'Лист2', rows: [] }] }, { ...TEMPLATE_SCHOOL, path: 'in/school-02.xlsx' }],
      errors: [
        {
          file: 'school-01.xlsx',
          cell: '',
          message:
            'Таблица показателей не найдена ни на одном листе (План, Лист2): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
        },
      ],
    },
    {
      schools: [TEMPLATE_SCHOOL, { path: 'school-02.xlsx', sheets: [NO_VALUE_COLUMNS] }],
      errors: [
        {
          file: 'school-02.xlsx',
          cell: '',
          message:
            'Таблица показателей не найдена ни на одном листе (Показатели): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
        },
      ],
    },
    {
      // A region may make it a warning; each school without a table is reported in its place.
      schools: [
        { path: 'school-01.xlsx', sheets: [ROADMAP_SHEET] },
        { path: 'school-02.xlsx', sheets: [indicatorSheet([[PEOPLE, 'человек', 1, 1], [SHARE, '%', 50, 50], [SCHOOLS, 'единиц', 1, 1]])] },
        { path: 'school-03.xlsx', sheets: [NO_VALUE_COLUMNS] },
      ],
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-table-not-found': 'warning' } }),
      errors: [
        {
          file: 'school-01.xlsx',
          cell: '',
          severity: 'warning',
          message:
            'Таблица показателей не найдена ни на одном листе (План): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
        },
        {
          file: 'school-03.xlsx',
          cell: '',
          severity: 'warning',
          message:
            'Таблица показателей не найдена ни на одном листе (Показатели): нужна строка заголовка со столбцами «Наименование показателя», «Единицы измерения» и значениями (годы, план / факт). Школа не вошла в свод.',
        },
      ],
    },
  ],
});
