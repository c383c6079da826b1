import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueNumberAsText } from '../../../src/core/consolidate/rules/value-number-as-text';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE } from '../../support/indicator-tables';

consolidationRuleTester(valueNumberAsText, {
  valid: [
    // Numbers with the unit in the unit column, a fraction in a percent cell, a dash, text that is no number.
    againstTemplate([
      [PEOPLE, 'чел.', 15, '-'],
      [SHARE, '%', { value: 0.45, format: '0%' }, 50],
      [SCHOOLS, 'ед.', 'нет данных', 1],
    ]),
    // A number whose own unit contradicts the indicator's is unit-mismatch's, and is not counted.
    againstTemplate([[PEOPLE, 'чел.', '15 %', 5], [SHARE, '%', '15 чел.', 40], [SCHOOLS, 'ед.', '2 чел.', 1]]),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', '15 чел.', 5]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-number-as-text': 'off' } }) },
  ],
  invalid: [
    {
      // With a unit, without one, with digit groups, with «%» in a percentage row: each is counted and flagged.
      ...againstTemplate([
        [PEOPLE, 'чел.', '15 чел.', '7'],
        [SHARE, '%', '45 %', 50],
        [SCHOOLS, 'ед.', 1, '1 234'],
      ]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E4', message: 'Число записано текстом: «15 чел.» (2023 план). В свод вошло 15; впишите в ячейку только число.' },
        { file: 'school-02.xlsx', cell: 'F4', message: 'Число записано текстом: «7» (2023 факт). В свод вошло 7; впишите в ячейку только число.' },
        { file: 'school-02.xlsx', cell: 'E5', message: 'Число записано текстом: «45 %» (2023 план). В свод вошло 45; впишите в ячейку только число.' },
        { file: 'school-02.xlsx', cell: 'F6', message: 'Число записано текстом: «1 234» (2023 факт). В свод вошло 1234; впишите в ячейку только число.' },
      ],
    },
    {
      // A region may make it an error.
      ...againstTemplate([[PEOPLE, 'чел.', 5, '20 человек']]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-number-as-text': 'error' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'F4', severity: 'error', message: 'Число записано текстом: «20 человек» (2023 факт). В свод вошло 20; впишите в ячейку только число.' }],
    },
  ],
});
