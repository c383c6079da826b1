import { rowFragment } from '../../../src/core/rules/row-fragment';
import { roadmap, ruleTester } from '../../support/rule-tester';

ruleTester(rowFragment, {
  valid: [
    roadmap(
      [
        ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'],
        // A sub-row: a name of its own, deadline and responsible merged with the event above.
        ['', 'Участие в семинаре', '', '', 'Программа'],
      ],
      { merges: ['C4:C5', 'D4:D5'] },
    ),
  ],
  invalid: [
    {
      // A page break cut the row: the rest of the name continues in lower case.
      ...roadmap([
        ['1', 'Организация участия обучающихся в', 'Март 2023', 'УО', 'Протокол'],
        ['', 'региональных олимпиадах', '', '', ''],
      ]),
      errors: [{ cell: 'B5', message: 'Строка похожа на продолжение строки 4: объедините их.' }],
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
      errors: [{ cell: 'A5', message: 'Заголовок раздела разорван: «4. и талантов у детей и молодежи» продолжает заголовок в строке 4.' }],
    },
  ],
});
