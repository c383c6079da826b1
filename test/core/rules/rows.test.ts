import { nameMissing } from '../../../src/core/rules/name-missing';
import { resultMissing } from '../../../src/core/rules/result-missing';
import { responsibleMissing } from '../../../src/core/rules/responsible-missing';
import { responsibleVague } from '../../../src/core/rules/responsible-vague';
import { rowFragment } from '../../../src/core/rules/row-fragment';
import { roadmap, ruleTester } from '../../support/rule-tester';

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
      errors: [{ cell: 'D5', severity: 'error' }, { cell: 'D6' }],
    },
    {
      // An unnumbered event is still an event.
      ...roadmap([['', 'Проведение координационного совета', 'ежегодно 1 раз в квартал', '', 'Координация']]),
      errors: [{ cell: 'D4' }],
    },
  ],
});

ruleTester(responsibleVague, {
  valid: [roadmap([['1', 'Совещание', 'Март 2023', 'Заинтересованные лица, управление образования', 'Протокол']])],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Март 2023', 'Все участники', 'Протокол'],
        ['2', 'Семинар', 'Апрель 2023', 'по согласованию', 'Программа'],
        ['3', 'Конкурс', 'Май 2023', 'Заинтересованные лица.', 'Приказ'],
      ]),
      errors: [{ cell: 'D4', severity: 'warning' }, { cell: 'D5' }, { cell: 'D6' }],
    },
  ],
});

ruleTester(nameMissing, {
  valid: [roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']])],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'],
        ['2', '', 'Апрель 2023', 'ИМЦ', 'Программа'],
      ]),
      errors: [{ cell: 'B5', severity: 'error' }],
    },
  ],
});

ruleTester(resultMissing, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']]),
    // No result column: column-missing reports it once, not every row.
    { rows: [['План на 2023 год'], [], ['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']] },
  ],
  invalid: [
    {
      ...roadmap([['1', 'Совещание', 'Март 2023', 'УО', '']]),
      errors: [{ cell: 'E4', severity: 'warning' }],
    },
  ],
});

ruleTester(rowFragment, {
  valid: [
    roadmap([
      ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'],
      // A sub-row: a name of its own, deadline and responsible merged with the event above.
      ['', 'Участие в семинаре', '', '', 'Программа'],
    ], { merges: ['C4:C5', 'D4:D5'] }),
  ],
  invalid: [
    {
      // A page break cut the row: the rest of the name continues in lower case.
      ...roadmap([
        ['1', 'Организация участия обучающихся в', 'Март 2023', 'УО', 'Протокол'],
        ['', 'региональных олимпиадах', '', '', ''],
      ]),
      errors: [{ cell: 'B5', messageId: 'default', severity: 'warning' }],
    },
    {
      // A section title broken in two, the second half taken for section «4.» (Sarov, ДК 1.3).
      ...roadmap(
        [
          ['3. Мониторинг достижения показателей системы выявления, поддержки и развития способностей'],
          ['4. и талантов у детей и молодежи'],
          ['3.1.', 'Участие в мониторинге', 'Ежеквартально', 'УО', 'Отчёт'],
        ],
        { merges: ['A4:E4', 'A5:E5'] },
      ),
      errors: [{ cell: 'A5', messageId: 'section' }],
    },
  ],
});
