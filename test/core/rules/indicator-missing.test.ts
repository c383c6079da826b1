import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { indicatorMissing } from '../../../src/core/consolidate/rules/indicator-missing';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

consolidationRuleTester(indicatorMissing, {
  valid: [
    // Matched by meaning: another order, case, spaces, punctuation.
    againstTemplate([
      ['КОЛИЧЕСТВО  ШКОЛ', 'ед.', 1, 1],
      ['Количество обучающихся.', 'чел.', 5, 5],
      ['Доля обучающихся принявших участие', '%', 40, 40],
    ]),
    // A row with the name and nothing else: the indicator is there, only its values are not.
    againstTemplate([[PEOPLE], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1]]),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', 5, 5]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-missing': 'off' } }) },
  ],
  invalid: [
    {
      // A renamed indicator is missing under its template name; the finding points at the name column's header.
      ...againstTemplate([
        ['Число обучающихся', 'чел.', 5, 5],
        [SHARE, '%', 40, 40],
        [SCHOOLS, 'ед.', 1, 1],
      ]),
      errors: [{ file: 'school-02.xlsx', cell: 'C3', message: 'Нет показателя «Количество обучающихся»: в свод по нему школа не вошла.' }],
    },
    {
      // Each missing indicator, in the template's order, at the header of a table that starts in A1.
      schools: [
        TEMPLATE_SCHOOL,
        { path: 'school-02.xlsx', sheets: [{ name: 'Лист1', rows: [['Наименование показателя', 'Единицы измерения', '2023 план', '2023 факт'], [SHARE, '%', 40, 40]] }] },
      ],
      errors: [
        { file: 'school-02.xlsx', cell: 'A1', message: 'Нет показателя «Количество обучающихся»: в свод по нему школа не вошла.' },
        { file: 'school-02.xlsx', cell: 'A1', message: 'Нет показателя «Количество школ»: в свод по нему школа не вошла.' },
      ],
    },
    {
      // A region may make it a warning.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 40, 40]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-missing': 'warning' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'C3', severity: 'warning', message: 'Нет показателя «Количество школ»: в свод по нему школа не вошла.' }],
    },
  ],
});
