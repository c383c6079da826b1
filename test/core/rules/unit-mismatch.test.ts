import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { unitMismatch } from '../../../src/core/consolidate/rules/unit-mismatch';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE } from '../../support/indicator-tables';

consolidationRuleTester(unitMismatch, {
  valid: [
    // The usual abbreviations are the template's units.
    againstTemplate([[PEOPLE, 'Чел.', 5, 5], [SHARE, 'процентов', 40, 40], [SCHOOLS, 'шт.', 1, 1]]),
    // A row without a unit is read with the template's.
    againstTemplate([[PEOPLE, null, 5, 5], [SHARE, null, 40, 40], [SCHOOLS, null, 1, 1]]),
    // A number's own unit that agrees: «15 чел.» among people, «45 %» and a percent cell among percentages.
    againstTemplate([[PEOPLE, 'чел.', '15 чел.', 5], [SHARE, '%', '45 %', { value: 0.5, format: '0%' }], [SCHOOLS, 'ед.', '1 ед.', 1]]),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', '15 %', 5], [SHARE, 'чел.', 4, 4]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'unit-mismatch': 'off' } }) },
  ],
  invalid: [
    {
      // The row's unit: the finding is on the unit cell, once for the row.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, 'чел.', 30, 30], [SCHOOLS, 'ед.', 1, 1]]),
      errors: [
        {
          file: 'school-02.xlsx',
          cell: 'D5',
          message: 'Единица «чел.» не совпадает с единицей шаблона «%» для показателя «Доля обучающихся, принявших участие»: значения этой строки в свод не вошли.',
        },
      ],
    },
    {
      // A number's own unit: «15 %» and a percent cell among people, «3 чел.» among units; each on its value cell.
      ...againstTemplate([[PEOPLE, 'чел.', '15 %', { value: 0.5, format: '0%' }], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', '3 чел.', 1]]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E4', message: 'Единица «%» не совпадает с единицей шаблона «человек» для показателя «Количество обучающихся»: значения этой строки в свод не вошли.' },
        { file: 'school-02.xlsx', cell: 'F4', message: 'Единица «%» не совпадает с единицей шаблона «человек» для показателя «Количество обучающихся»: значения этой строки в свод не вошли.' },
        { file: 'school-02.xlsx', cell: 'E6', message: 'Единица «чел.» не совпадает с единицей шаблона «единиц» для показателя «Количество школ»: значения этой строки в свод не вошли.' },
      ],
    },
    {
      // A region may make it a warning.
      ...againstTemplate([[PEOPLE, 'руб.', 5, 5]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'unit-mismatch': 'warning' } }),
      errors: [
        {
          file: 'school-02.xlsx',
          cell: 'D4',
          severity: 'warning',
          message: 'Единица «руб.» не совпадает с единицей шаблона «человек» для показателя «Количество обучающихся»: значения этой строки в свод не вошли.',
        },
      ],
    },
  ],
});
