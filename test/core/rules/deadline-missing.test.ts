import { deadlineMissing } from '../../../src/core/rules/deadline-missing';
import { roadmap, ruleTester } from '../../support/rule-tester';

const MISSING = 'Не указан срок выполнения.';

ruleTester(deadlineMissing, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']]),
    // A deadline merged over two events belongs to both.
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'], ['2', 'Семинар', '', 'ИМЦ', 'Программа']], { merges: ['C4:C5'] }),
    // An Excel date cell is a deadline.
    roadmap([['1', 'Совещание', { value: 45000, format: 'dd.mm.yyyy' }, 'УО', 'Протокол']]),
    // A vague deadline is not a missing one.
    roadmap([['1', 'Совещание', 'Постоянно', 'УО', 'Протокол']]),
  ],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', '', 'УО', 'Протокол'],
        ['2', 'Семинар', '-', 'ИМЦ', 'Программа'],
        ['3', 'Конкурс', '—', 'ИМЦ', 'Приказ'],
        ['4', 'Выставка', '…', 'ИМЦ', 'Фотоотчёт'],
      ]),
      errors: [
        { cell: 'C4', message: MISSING },
        { cell: 'C5', message: MISSING },
        { cell: 'C6', message: MISSING },
        { cell: 'C7', message: MISSING },
      ],
    },
  ],
});
