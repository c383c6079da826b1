import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueColumnUnknown } from '../../../src/core/consolidate/rules/value-column-unknown';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, INDICATOR_HEADER, PEOPLE, SCHOOLS, SHARE, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

const ROWS = [
  [PEOPLE, 'чел.', 5, 5, 6],
  [SHARE, '%', 40, 40, 41],
  [SCHOOLS, 'ед.', 1, 1, 1],
];
const header = (...values: string[]) => ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', ...values];

consolidationRuleTester(valueColumnUnknown, {
  valid: [
    // «План 2023» is the template's «2023 план»; «Факт 2023 г.» its «2023 факт».
    againstTemplate(ROWS, { header: header('План 2023', 'Факт 2023 г.') }),
    // A repeat of a template column is value-column-duplicate's.
    againstTemplate(ROWS, { header: header('2023 план', '2023 факт', 'План 2023') }),
    // A column that holds no values (no year, no plan / fact) is not a value column.
    againstTemplate(ROWS, { header: [...INDICATOR_HEADER, 'Примечание'] }),
    // Turned off by the profile.
    { ...againstTemplate(ROWS, { header: header('2023 план', '2023 факт', 'Прогноз 2026') }), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-unknown': 'off' } }) },
  ],
  invalid: [
    {
      // Named as written; a repeat of an unknown column is unknown too, not a duplicate.
      ...againstTemplate(ROWS.map((r) => [...r, 7]), { header: header('2023 план', '2023 факт', 'Прогноз 2026', '2026  прогноз') }),
      errors: [
        { file: 'school-02.xlsx', cell: 'G3', message: 'Столбца «Прогноз 2026» нет в шаблоне: его значения в свод не вошли.' },
        { file: 'school-02.xlsx', cell: 'H3', message: 'Столбца «2026 прогноз» нет в шаблоне: его значения в свод не вошли.' },
      ],
    },
    {
      // A header over two rows is named by both: the year above, «план» below.
      schools: [
        TEMPLATE_SCHOOL,
        {
          path: 'school-02.xlsx',
          sheets: [
            {
              name: 'Показатели',
              rows: [['Наименование показателя', 'Единицы измерения', '2023', null, '2024'], [null, null, 'план', 'факт', 'план'], [PEOPLE, 'чел.', 5, 5, 6]],
              merges: ['C1:D1'],
            },
          ],
        },
      ],
      errors: [{ file: 'school-02.xlsx', cell: 'E1', message: 'Столбца «2024 план» нет в шаблоне: его значения в свод не вошли.' }],
    },
    {
      // A region may make it an error.
      ...againstTemplate(ROWS, { header: header('2023 план', '2023 факт', 'Базовое значение') }),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-unknown': 'error' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'G3', severity: 'error', message: 'Столбца «Базовое значение» нет в шаблоне: его значения в свод не вошли.' }],
    },
  ],
});
