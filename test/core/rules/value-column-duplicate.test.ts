import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueColumnDuplicate } from '../../../src/core/consolidate/rules/value-column-duplicate';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE, school } from '../../support/indicator-tables';

const ROWS = [
  [PEOPLE, 'чел.', 5, 5, 6],
  [SHARE, '%', 40, 40, 41],
  [SCHOOLS, 'ед.', 1, 1, 1],
];
const header = (...values: string[]) => ['№ п/п', 'Наименование цели', 'Наименование показателя', 'Единицы измерения', ...values];

consolidationRuleTester(valueColumnDuplicate, {
  valid: [
    // Plan and fact of one year, and plan of another year, are three columns.
    againstTemplate(ROWS, { header: header('2023 план', '2023 факт', '2024 план') }),
    // A repeated column the template lacks is value-column-unknown's, twice, not a duplicate.
    againstTemplate(ROWS.map((r) => [...r, 7]), { header: header('2023 план', '2023 факт', 'Прогноз 2026', '2026 прогноз') }),
    // Turned off by the profile.
    { ...againstTemplate(ROWS, { header: header('2023 план', '2023 факт', 'План 2023') }), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-duplicate': 'off' } }) },
  ],
  invalid: [
    {
      // Matched by meaning: «План 2023» repeats «2023 план»; the first column's header cell is named.
      ...againstTemplate(ROWS, { header: header('2023 план', '2023 факт', 'План 2023') }),
      errors: [{ file: 'school-02.xlsx', cell: 'G3', message: 'Столбец «2023 план» повторяется: в свод вошёл только первый (E3).' }],
    },
    {
      // The first school's table is the template: its own repeat is reported in its file.
      schools: [school('school-01.xlsx', ROWS, { header: header('2023 факт', '2023 план', '2023 факт') })],
      errors: [{ file: 'school-01.xlsx', cell: 'G3', message: 'Столбец «2023 факт» повторяется: в свод вошёл только первый (E3).' }],
    },
    {
      // A region may make it an error.
      ...againstTemplate(ROWS, { header: header('2023 факт', '2023 план', 'Факт 2023') }),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-column-duplicate': 'error' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'G3', severity: 'error', message: 'Столбец «2023 факт» повторяется: в свод вошёл только первый (E3).' }],
    },
  ],
});
