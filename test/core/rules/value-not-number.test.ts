import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { valueNotNumber } from '../../../src/core/consolidate/rules/value-not-number';
import { consolidationRuleTester } from '../../support/rule-tester';
import { againstTemplate, INDICATOR_HEADER, PEOPLE, SCHOOLS, SHARE } from '../../support/indicator-tables';

consolidationRuleTester(valueNotNumber, {
  valid: [
    // An empty cell and dashes are no value; numbers, numbers written as text and percent cells are numbers.
    againstTemplate([
      [PEOPLE, 'чел.', '-', '—'],
      [SHARE, '%', { value: 0.45, format: '0%' }, '45 %'],
      [SCHOOLS, 'ед.', null, '1 234'],
    ]),
    // Text in a row whose unit is not the template's: the whole row is left out and unit-mismatch says so.
    againstTemplate([[PEOPLE, 'чел.', 5, 5], [SHARE, 'чел.', 'нет данных', 3], [SCHOOLS, 'ед.', 1, 1]]),
    // Text in a column the template lacks, or in an indicator row it lacks, is not read.
    againstTemplate(
      [
        [PEOPLE, 'чел.', 5, 5, 'нет данных'],
        [SHARE, '%', 40, 40],
        [SCHOOLS, 'ед.', 1, 1],
        ['Количество педагогов', 'чел.', 'нет данных'],
      ],
      { header: [...INDICATOR_HEADER, 'Прогноз 2026'] },
    ),
    // Turned off by the profile.
    { ...againstTemplate([[PEOPLE, 'чел.', 'нет данных', 5]]), profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-not-number': 'off' } }) },
  ],
  invalid: [
    {
      // Words, an error value, a boolean and a date are not a number of anything; each is shown as the cell shows it.
      ...againstTemplate([
        [PEOPLE, 'чел.', 'нет данных', 'н/д'],
        [SHARE, '%', { value: null, error: '#DIV/0!' }, 50],
        [SCHOOLS, 'ед.', { value: true }, { value: 45000, format: 'dd.mm.yyyy' }],
      ]),
      errors: [
        { file: 'school-02.xlsx', cell: 'E4', message: 'Значение «нет данных» (2023 план) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
        { file: 'school-02.xlsx', cell: 'F4', message: 'Значение «н/д» (2023 факт) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
        { file: 'school-02.xlsx', cell: 'E5', message: 'Значение «#DIV/0!» (2023 план) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
        { file: 'school-02.xlsx', cell: 'E6', message: 'Значение «ИСТИНА» (2023 план) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
        { file: 'school-02.xlsx', cell: 'F6', message: 'Значение «15.03.2023» (2023 факт) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
      ],
    },
    {
      // The column is named by its meaning: «План 2023» is the template's «2023 план»; a region may make it an error.
      ...againstTemplate([[PEOPLE, 'чел.', 5, 'около 20']], { header: ['№ п/п', 'Цель', 'Показатель', 'Ед. изм.', 'Факт 2023', 'План 2023'] }),
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'value-not-number': 'error' } }),
      errors: [
        { file: 'school-02.xlsx', cell: 'F4', severity: 'error', message: 'Значение «около 20» (2023 план) — не число: в свод не вошло. Впишите число или оставьте ячейку пустой.' },
      ],
    },
  ],
});
