import { columnDuplicate } from '../../../src/core/rules/column-duplicate';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

ruleTester(columnDuplicate, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']]),
    // «Срок» merged over «начало» / «окончание» is one field in two columns, not a duplicate.
    {
      rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', '', 'Ответственный', 'Результат'], ['', '', 'начало', 'окончание'], ['1', 'Совещание', 'март 2023', 'апрель 2023', 'УО', 'Протокол']],
      merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
    },
  ],
  invalid: [
    {
      rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Сроки исполнения'], ['1', 'Совещание', 'март 2023', 'УО', 'Протокол', 'май']],
      errors: [{ cell: 'F3', message: 'Графа повторяет поле «Срок»: данные возьмутся из первой.' }],
    },
  ],
});
