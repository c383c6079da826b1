import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valuePercentOutOfRange } from '../../../src/core/consolidate/rules/value-percent-out-of-range';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE } from '../../support/indicator-tables';

consolidationRuleTester(valuePercentOutOfRange, {
  valid: [
    // 0 and exactly 100 are in range; 1 in a percent cell is 100 %; 0.47 without the format is 0.47 %.
    againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 0, 100], [SCHOOLS, 'ед.', 1, 1]]),
    againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', { value: 1, format: '0%' }, 0.47], [SCHOOLS, 'ед.', 1, 1]]),
    // 140 people is no percentage.
    againstTemplate([[PEOPLE, 'чел.', 140, 150], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1]]),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 140, 40]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-percent-out-of-range': 'off' } }) },
  ],
  invalid: [
    {
      // Above 100, as a number or as 1.4 in a percent cell (140 %); «процентов» is the template's «%».
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, 'процентов', 140, { value: 1.4, format: '0%' }], [SCHOOLS, 'ед.', 1, 1]]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E5', message: 'Процент 140 (2023 план) вне пределов 0–100. В свод вошло как есть — исправьте.' },
        { file: 'school-02.xlsx', cell: 'F5', message: 'Процент 140 (2023 факт) вне пределов 0–100. В свод вошло как есть — исправьте.' },
      ],
    },
    {
      // Below 0, and above 100 written as text.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', -5, '101 %']]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E5', message: 'Процент -5 (2023 план) вне пределов 0–100. В свод вошло как есть — исправьте.' },
        { file: 'school-02.xlsx', cell: 'F5', message: 'Процент 101 (2023 факт) вне пределов 0–100. В свод вошло как есть — исправьте.' },
      ],
    },
    {
      // A region may make it a warning.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 200, 40]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-percent-out-of-range': 'warning' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'E5', severity: 'warning', message: 'Процент 200 (2023 план) вне пределов 0–100. В свод вошло как есть — исправьте.' }],
    },
  ],
});
