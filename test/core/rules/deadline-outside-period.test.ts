import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { deadlineOutsidePeriod } from '../../../src/core/rules/deadline-outside-period';
import { HEADER, roadmap, ruleTester } from '../../support/rule-tester';

const outside = (value: string, period: string) => `Срок «${value}» выходит за период плана (${period}).`;
const byDate = parseProfile({ ...DEFAULT_PROFILE, rules: { 'deadline-outside-period': ['warning', { compare: 'date' }] } });

ruleTester(deadlineOutsidePeriod, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2024', 'УО', 'Протокол']]),
    // Compared by year: an academic year 2025-2026 begins within a plan ending in 2025.
    roadmap([['1', 'Совещание', '2025-2026 учебный год', 'УО', 'Протокол']]),
    // By year, September 2026 is within a plan «до июня 2026».
    { rows: [['План мероприятий на период до июня 2026 года'], [], HEADER, ['1', 'Совещание', 'Сентябрь 2026', 'УО', 'Протокол']] },
    // «на 2023/2024 и 2024/2025 учебные годы» runs from September 2023: the first academic year is the plan's too.
    { rows: [['План мероприятий на 2023/2024 и 2024/2025 учебные годы'], [], HEADER, ['1', 'Совещание', 'Сентябрь 2023', 'УО', 'Протокол'], ['2', 'Семинар', 'II четверть 2023/2024 уч. года', 'УО', 'Протокол']] },
    // No plan period in the title: nothing to compare with.
    { rows: [['План мероприятий'], [], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'], ['1', 'Совещание', 'Март 2030', 'УО', 'Протокол']] },
  ],
  invalid: [
    {
      // The title says 2023-2025.
      ...roadmap([['1', 'Совещание', 'Март 2027', 'УО', 'Протокол'], ['2', 'Семинар', '2022 г.', 'ИМЦ', 'Программа']]),
      errors: [
        { cell: 'C4', message: outside('Март 2027', '2023–2025') },
        { cell: 'C5', message: outside('2022 г.', '2023–2025') },
      ],
    },
    {
      rows: [['План мероприятий на 2023/2024 и 2024/2025 учебные годы'], [], HEADER, ['1', 'Совещание', 'Март 2026', 'УО', 'Протокол']],
      errors: [{ cell: 'C4', message: outside('Март 2026', '2023–2025') }],
    },
    {
      // Compared by date (the rule's option), September 2026 is past a plan «до июня 2026»; by year it is not.
      rows: [['План мероприятий на период до июня 2026 года'], [], HEADER, ['1', 'Совещание', 'Сентябрь 2026', 'УО', 'Протокол']],
      profile: byDate,
      errors: [{ cell: 'C4', message: outside('Сентябрь 2026', '…–2026') }],
    },
  ],
});
