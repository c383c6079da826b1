import { responsibleVague } from '../../../src/core/rules/responsible-vague';
import { roadmap, ruleTester } from '../../support/rule-tester';

const vague = (value: string) => `Ответственный «${value}» никого не называет: укажите организацию или должность.`;

ruleTester(responsibleVague, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'Заинтересованные лица, управление образования', 'Протокол']]),
    // An empty responsible is responsible-missing's.
    roadmap([['1', 'Совещание', 'Март 2023', '', 'Протокол']]),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Март 2023', 'Все участники', 'Протокол'],
        ['2', 'Семинар', 'Апрель 2023', 'по согласованию', 'Программа'],
        ['3', 'Конкурс', 'Май 2023', 'Заинтересованные лица.', 'Приказ'],
      ]),
      errors: [
        { cell: 'D4', message: vague('Все участники') },
        { cell: 'D5', message: vague('по согласованию') },
        { cell: 'D6', message: vague('Заинтересованные лица.') },
      ],
    },
    {
      // A date in the responsible column names nobody; it is shown as the cell shows it.
      ...roadmap([['1', 'Совещание', 'Март 2023', { value: 45000, format: 'dd.mm.yyyy' }, 'Протокол']]),
      errors: [{ cell: 'D4', message: vague('15.03.2023') }],
    },
  ],
});
