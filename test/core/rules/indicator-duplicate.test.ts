import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { indicatorDuplicate } from '../../../src/core/consolidate/rules/indicator-duplicate';
import { consolidationRuleTester, type RowSpec } from '../../support/rule-tester';
import { againstTemplate, PEOPLE, SCHOOLS, SHARE, school } from '../../support/indicator-tables';

// One name under two goals: two indicators, told apart by their goal.
const HEADER = ['№', 'Цель', 'Показатель', 'Ед. изм.', '2023'];
const goals = (path: string, rows: RowSpec[]) => ({ path, sheets: [{ name: 'Л', rows: [HEADER, ...rows] }] });
const BY_GOAL = goals('school-01.xlsx', [
  ['1.', 'Профориентация', 'Количество участников', 'чел.', 10],
  ['2.', 'Олимпиады', 'Количество участников', 'чел.', 20],
]);

consolidationRuleTester(indicatorDuplicate, {
  valid: [
    // Names alike but not the same are two indicators.
    againstTemplate([[PEOPLE, 'чел.', 5, 5], ['Количество обучающихся с ОВЗ', 'чел.', 1, 1], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1]]),
    // The same name under each of two goals, in the other order, is no repeat.
    {
      schools: [
        BY_GOAL,
        goals('school-02.xlsx', [
          ['1.', 'Олимпиады', 'Количество участников', 'чел.', 2],
          ['2.', 'Профориентация', 'Количество участников', 'чел.', 1],
        ]),
      ],
    },
    // Turned off by the profile.
    {
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1], [PEOPLE, 'чел.', 9, 9]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-duplicate': 'off' } }),
    },
  ],
  invalid: [
    {
      // Matched by meaning (case, spaces); named as written, with its spaces collapsed; the first row is row 5, not the table's first.
      ...againstTemplate([[SHARE, '%', 40, 40], [PEOPLE, 'чел.', 5, 5], [SCHOOLS, 'ед.', 1, 1], ['КОЛИЧЕСТВО   обучающихся', 'чел.', 900, 900]]),
      errors: [
        { file: 'school-02.xlsx', cell: 'C7', message: 'Показатель «КОЛИЧЕСТВО обучающихся» повторяется (первый раз в строке 5): в свод вошла только первая строка.' },
      ],
    },
    {
      // The first school's table is the template: its own repeat is reported in its file.
      schools: [school('school-01.xlsx', [[PEOPLE, 'человек', 10, 11], [SCHOOLS, 'единиц', 1, 1], [PEOPLE, 'человек', 12, 13]])],
      errors: [{ file: 'school-01.xlsx', cell: 'C6', message: 'Показатель «Количество обучающихся» повторяется (первый раз в строке 4): в свод вошла только первая строка.' }],
    },
    {
      // Under two goals, a repeat is reported against the first row of its own goal.
      schools: [
        BY_GOAL,
        goals('school-02.xlsx', [
          ['1.', 'Олимпиады', 'Количество участников', 'чел.', 2],
          ['2.', 'Профориентация', 'Количество участников', 'чел.', 1],
          ['3.', 'Профориентация', 'Количество участников', 'чел.', 99],
        ]),
      ],
      errors: [{ file: 'school-02.xlsx', cell: 'C4', message: 'Показатель «Количество участников» повторяется (первый раз в строке 3): в свод вошла только первая строка.' }],
    },
    {
      // A region may make it an error.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, '%', 40, 40], [SCHOOLS, 'ед.', 1, 1], [SCHOOLS, 'ед.', 2, 2]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-duplicate': 'error' } }),
      errors: [
        {
          file: 'school-02.xlsx',
          cell: 'C7',
          severity: 'error',
          message: 'Показатель «Количество школ» повторяется (первый раз в строке 6): в свод вошла только первая строка.',
        },
      ],
    },
  ],
});
