import { deadlineMissing } from '../../../src/core/rules/deadline-missing';
import { deadlineOutsidePeriod } from '../../../src/core/rules/deadline-outside-period';
import { deadlineVague } from '../../../src/core/rules/deadline-vague';
import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { roadmap, ruleTester } from '../../support/rule-tester';

ruleTester(deadlineMissing, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']]),
    // A deadline merged over two events belongs to both.
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'], ['2', 'Семинар', '', 'ИМЦ', 'Программа']], { merges: ['C4:C5'] }),
    // An Excel date cell is a deadline.
    roadmap([['1', 'Совещание', { value: 45000, format: 'dd.mm.yyyy' }, 'УО', 'Протокол']]),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', '', 'УО', 'Протокол'],
        ['2', 'Семинар', '-', 'ИМЦ', 'Программа'],
        ['3', 'Конкурс', '—', 'ИМЦ', 'Приказ'],
      ]),
      errors: [{ cell: 'C4', severity: 'error' }, { cell: 'C5' }, { cell: 'C6' }],
    },
  ],
});

ruleTester(deadlineVague, {
  valid: [
    roadmap([
      ['1', 'Совещание', 'I квартал 2023 года (далее - по мере необходимости)', 'УО', 'Протокол'],
      ['2', 'Семинар', 'Ежегодно, июнь-август', 'ИМЦ', 'Программа'],
      ['3', 'Мониторинг', 'Ежеквартально', 'ИМЦ', 'Отчёт'],
    ]),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Постоянно', 'УО', 'Протокол'],
        ['2', 'Семинар', 'В течение учебного года', 'ИМЦ', 'Программа'],
        ['3', 'Конкурс', 'Ежегодно', 'ИМЦ', 'Приказ'],
        ['4', 'Анализ', '-//-', 'ИМЦ', 'Справка'],
      ]),
      errors: [{ cell: 'C4', severity: 'warning', message: /Постоянно/ }, { cell: 'C5' }, { cell: 'C6' }, { cell: 'C7', message: /Ежегодно/ }],
    },
    {
      // A region's profile adds its own vague phrase.
      ...roadmap([['1', 'Совещание', 'По требованию министерства', 'УО', 'Протокол']], {
        profile: parseProfile({ ...DEFAULT_PROFILE, vagueDeadlines: ['по требованию'] }),
      }),
      errors: [{ cell: 'C4' }],
    },
  ],
});

ruleTester(deadlineOutsidePeriod, {
  valid: [roadmap([['1', 'Совещание', 'Март 2024', 'УО', 'Протокол']])],
  invalid: [
    {
      // The title says 2023-2025.
      ...roadmap([['1', 'Совещание', 'Март 2027', 'УО', 'Протокол'], ['2', 'Семинар', '2022 г.', 'ИМЦ', 'Программа']]),
      errors: [{ cell: 'C4', severity: 'warning', message: /2023–2025/ }, { cell: 'C5' }],
    },
  ],
});
