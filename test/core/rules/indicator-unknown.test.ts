import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { indicatorUnknown } from '../../../src/core/consolidate/rules/indicator-unknown';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, INDICATOR_HEADER, PEOPLE, SCHOOLS, SHARE, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

const TEMPLATE_ROWS = [
  [PEOPLE, 'чел.', 5, 5],
  [SHARE, '%', 40, 40],
  [SCHOOLS, 'ед.', 1, 1],
];

consolidationRuleTester(indicatorUnknown, {
  valid: [
    // Names matched by meaning are known, whatever their case, spaces or punctuation.
    againstTemplate([['количество  обучающихся', 'чел.', 5, 5], ['Доля обучающихся принявших участие', '%', 40, 40], ['Количество школ.', 'ед.', 1, 1]]),
    // A row with a name but no unit and no values is a stray line, not an indicator.
    againstTemplate([...TEMPLATE_ROWS, ['Справочно: данные заполняет заместитель директора']]),
    // A section title merged across the value columns is not an indicator.
    {
      schools: [
        TEMPLATE_SCHOOL,
        {
          path: 'school-02.xlsx',
          sheets: [{ name: 'Показатели', rows: [INDICATOR_HEADER, [null, null, 'Раздел 1. Обучающиеся'], ['1.', 'Цель', PEOPLE, 'чел.', 5, 5]], merges: ['C2:F2'] }],
        },
      ],
    },
    // Turned off by the profile.
    { ...againstTemplate([...TEMPLATE_ROWS, ['Количество педагогов', 'чел.', 3, 3]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-unknown': 'off' } }) },
  ],
  invalid: [
    {
      // A renamed indicator, a row with a unit only, a row with a value only: each is an indicator the template lacks.
      ...againstTemplate([
        ['Число обучающихся', 'чел.', 5, 5],
        [SHARE, '%', 40, 40],
        [SCHOOLS, 'ед.', 1, 1],
        ['Количество педагогов', 'человек'],
        ['Количество кружков', null, null, 3],
      ]),
      errors: [
        { file: 'school-02.xlsx', cell: 'C4', message: 'Показателя «Число обучающихся» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.' },
        { file: 'school-02.xlsx', cell: 'C7', message: 'Показателя «Количество педагогов» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.' },
        { file: 'school-02.xlsx', cell: 'C8', message: 'Показателя «Количество кружков» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.' },
      ],
    },
    {
      // A region may make it an error; the name is shown with its spaces collapsed.
      ...againstTemplate([...TEMPLATE_ROWS, ['Количество   педагогов', 'чел.', 3, 3]]),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'indicator-unknown': 'error' } }),
      errors: [
        {
          file: 'school-02.xlsx',
          cell: 'C7',
          severity: 'error',
          message: 'Показателя «Количество педагогов» нет в шаблоне: строка не вошла в свод. Проверьте, не переименован ли показатель.',
        },
      ],
    },
  ],
});
