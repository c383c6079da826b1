import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { deadlineVague } from '../../../src/core/rules/deadline-vague';
import { roadmap, ruleTester } from '../../support/rule-tester';

const vague = (value: string) => `Срок «${value}» не привязан к календарю: укажите дату, месяц, квартал или год.`;

ruleTester(deadlineVague, {
  valid: [
    roadmap([
      ['1', 'Совещание', 'I квартал 2023 года (далее - по мере необходимости)', 'УО', 'Протокол'],
      ['2', 'Семинар', 'Ежегодно, июнь-август', 'ИМЦ', 'Программа'],
      ['3', 'Мониторинг', 'Ежеквартально', 'ИМЦ', 'Отчёт'],
      ['4', 'Конкурс', '2023-2024 учебный год', 'ИМЦ', 'Приказ'],
    ]),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Постоянно', 'УО', 'Протокол'],
        ['2', 'Семинар', 'В течение учебного года', 'ИМЦ', 'Программа'],
        ['3', 'Конкурс', 'Ежегодно', 'ИМЦ', 'Приказ'],
        // A ditto mark repeats the vague deadline above, and is reported with its value.
        ['4', 'Анализ', '-//-', 'ИМЦ', 'Справка'],
      ]),
      errors: [
        { cell: 'C4', message: vague('Постоянно') },
        { cell: 'C5', message: vague('В течение учебного года') },
        { cell: 'C6', message: vague('Ежегодно') },
        { cell: 'C7', message: vague('Ежегодно') },
      ],
    },
    {
      // A region's profile adds its own vague phrase.
      ...roadmap([['1', 'Совещание', 'По требованию министерства', 'УО', 'Протокол']], {
        profile: parseProfile({ ...DEFAULT_PROFILE, vagueDeadlines: ['по требованию'] }),
      }),
      errors: [{ cell: 'C4', message: vague('По требованию министерства') }],
    },
    {
      // A profile may make the rule blocking.
      ...roadmap([['1', 'Совещание', 'По мере необходимости', 'УО', 'Протокол']], {
        profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'deadline-vague': 'error' } }),
      }),
      errors: [{ cell: 'C4', severity: 'error', message: vague('По мере необходимости') }],
    },
  ],
});
