import { responsibleMissing } from '../../../src/core/rules/responsible-missing';
import { roadmap, ruleTester } from '../../support/rule-tester';

const MISSING = 'Не указан ответственный исполнитель.';

ruleTester(responsibleMissing, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'Управление образования', 'Протокол']]),
    // A responsible merged over three rows is present for all three.
    roadmap(
      [
        ['1', 'Совещание', 'Март 2023', 'Управление образования', 'Протокол'],
        ['2', 'Семинар', 'Апрель 2023', '', 'Программа'],
        ['3', 'Конкурс', 'Май 2023', '', 'Приказ'],
      ],
      { merges: ['D4:D6'] },
    ),
    // A ditto mark means the value above.
    roadmap([
      ['1', 'Совещание', 'Март 2023', 'ИМЦ', 'Протокол'],
      ['2', 'Семинар', 'Апрель 2023', '-//-', 'Программа'],
      ['3', 'Конкурс', 'Май 2023', '-"-', 'Приказ'],
    ]),
    // Section rows need no responsible.
    roadmap([['1. Организационные мероприятия'], ['1.1', 'Совещание', 'Март 2023', 'УО', 'Протокол']], { merges: ['A4:E4'] }),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Март 2023', 'ИМЦ', 'Протокол'],
        ['2', 'Семинар', 'Апрель 2023', '', 'Программа'],
        ['3', 'Конкурс', 'Май 2023', '—', 'Приказ'],
      ]),
      errors: [
        { cell: 'D5', message: MISSING },
        { cell: 'D6', message: MISSING },
      ],
    },
    {
      // An unnumbered event is still an event.
      ...roadmap([['', 'Проведение координационного совета', 'ежегодно 1 раз в квартал', '', 'Координация']]),
      errors: [{ cell: 'D4', message: MISSING }],
    },
    {
      // An error value names nobody.
      ...roadmap([['1', 'Совещание', 'Март 2023', { value: null, error: '#N/A' }, 'Протокол']]),
      errors: [{ cell: 'D4', message: MISSING }],
    },
  ],
});
