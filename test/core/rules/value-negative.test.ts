import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueNegative } from '../../../src/core/consolidate/rules/value-negative';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE } from '../../support/indicator-tables';

consolidationRuleTester(valueNegative, {
  valid: [
    // Zero is a value; a dash is no value, not a minus.
    againstTemplate([[PEOPLE, 'чел.', 0, '-'], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', '–', 1]]),
    // A negative percentage is value-percent-out-of-range's.
    againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', -5, { value: -0.1, format: '0%' }], [SCHOOLS, 'ед.', 1, 1]]),
    // In a row whose unit is not the template's nothing is counted: unit-mismatch says so.
    againstTemplate([[PEOPLE, '%', -5, 5], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1]]),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', -5, 5]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-negative': 'off' } }) },
  ],
  invalid: [
    {
      // A negative number, and one written as text with the typographic minus.
      ...againstTemplate([[PEOPLE, 'чел.', -5, 11], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, '−3 ед.']]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E4', message: 'Отрицательное значение -5 (2023 план): так быть не может. В свод вошло как есть — исправьте.' },
        { file: 'school-02.xlsx', cell: 'F6', message: 'Отрицательное значение -3 (2023 факт): так быть не может. В свод вошло как есть — исправьте.' },
      ],
    },
    {
      // A region may make it a warning.
      ...againstTemplate([[PEOPLE, 'чел.', 5, -12]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-negative': 'warning' } }),
      errors: [{ file: 'school-02.xlsx', cell: 'F4', severity: 'warning', message: 'Отрицательное значение -12 (2023 факт): так быть не может. В свод вошло как есть — исправьте.' }],
    },
  ],
});
