import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueColumnMissing } from '../../../src/core/consolidate/rules/value-column-missing';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

const ROWS = [
  [PEOPLE, 'чел.', 5, 5],
  [SHARE, '%', 40, 40],
  [SCHOOLS, 'ед.', 1, 1],
];

consolidationRuleTester(valueColumnMissing, {
  valid: [
    // Matched by year and plan / fact words in any order, the columns in any order.
    againstTemplate(ROWS, { header: ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', 'Факт 2023', 'План 2023'] }),
    // A header over two rows: the year merged over «план» / «факт».
    {
      schools: [
        TEMPLATE_SCHOOL,
        {
          path: 'school-02.xlsx',
          sheets: [{ name: 'Показатели', rows: [['Наименование показателя', 'Единицы измерения', '2023'], [null, null, 'план', 'факт'], [PEOPLE, 'чел.', 5, 5]], merges: ['C1:D1'] }],
        },
      ],
    },
    // Turned off by the profile.
    {
      ...againstTemplate(ROWS, { header: ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', '2023 план'] }),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-missing': 'off' } }),
    },
  ],
  invalid: [
    {
      // The finding stands on the header of the indicator names: the column has no cell of its own.
      ...againstTemplate(ROWS, { header: ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', 'План 2023'] }),
      errors: [{ file: 'school-02.xlsx', cell: 'C3', message: 'Нет столбца «2023 факт»: по нему школа в свод не вошла.' }],
    },
    {
      // Another year is not the template's year: each missing column, in the template's order.
      ...againstTemplate(ROWS, { header: ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', '2024 план', '2024 факт'] }),
      errors: [
        { file: 'school-02.xlsx', cell: 'C3', message: 'Нет столбца «2023 план»: по нему школа в свод не вошла.' },
        { file: 'school-02.xlsx', cell: 'C3', message: 'Нет столбца «2023 факт»: по нему школа в свод не вошла.' },
      ],
    },
    {
      // A region may make it a warning.
      ...againstTemplate(ROWS, { header: ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', '2023 факт'] }),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-missing': 'warning' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'C3', severity: 'warning', message: 'Нет столбца «2023 план»: по нему школа в свод не вошла.' }],
    },
  ],
});
