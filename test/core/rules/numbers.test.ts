import { numberDuplicate } from '../../../src/core/rules/number-duplicate';
import { numberSequence } from '../../../src/core/rules/number-sequence';
import { roadmap, ruleTester } from '../../support/rule-tester';

const ev = (n: string | number, name = 'Мероприятие') => [n, name, 'Март 2023', 'УО', 'Протокол'];

ruleTester(numberSequence, {
  valid: [
    roadmap([['1. Раздел'], ev('1.1.'), ev('1.2.'), ['2. Раздел'], ev('2.1'), ev('2.2')], { merges: ['A4:E4', 'A7:E7'] }),
    // Flat numbering restarting in each stage, as in the career-guidance project.
    roadmap([['Подготовительный этап'], ev(1), ev(2), ['Основной этап'], ev(1), ev(2)], { merges: ['A4:E4', 'A7:E7'] }),
    // Sections in the name column only, Roman numerals.
    roadmap([['', 'I. Целеполагание'], ev('1.1'), ev('1.2'), ['', 'II. Показатели'], ev('2.1')]),
  ],
  invalid: [
    {
      // Items numbered 4.x under section 14 (Sarov, ДК 1.3).
      ...roadmap([['13. Кадры'], ev('13.1.'), ['14. Информационное сопровождение'], ev('4.1.'), ev('4.2.')], { merges: ['A4:E4', 'A6:E6'] }),
      errors: [{ cell: 'A7', messageId: 'section' }, { cell: 'A8', messageId: 'section' }],
    },
    {
      ...roadmap([ev('1'), ev('2'), ev('4'), ev('3')]),
      errors: [{ cell: 'A6', messageId: 'skip' }, { cell: 'A7', messageId: 'back' }],
    },
  ],
});

ruleTester(numberDuplicate, {
  valid: [roadmap([['Этап 1'], ev(1), ev(2), ['Этап 2'], ev(1)], { merges: ['A4:E4', 'A7:E7'] })],
  invalid: [
    {
      ...roadmap([ev('1.1'), ev('1.2'), ev('1.2.')]),
      errors: [{ cell: 'A6', severity: 'warning', message: /строке 5/ }],
    },
  ],
});
