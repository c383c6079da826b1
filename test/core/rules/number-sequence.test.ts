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
      errors: [
        { cell: 'A7', message: 'Пункт 4.1 стоит в разделе 14: ожидался номер вида 14.x.' },
        { cell: 'A8', message: 'Пункт 4.2 стоит в разделе 14: ожидался номер вида 14.x.' },
      ],
    },
    {
      ...roadmap([ev('1'), ev('2'), ev('4'), ev('3')]),
      errors: [
        { cell: 'A6', message: 'После 2 идёт 4: пропущен номер.' },
        { cell: 'A7', message: 'После 4 идёт 3: нумерация идёт назад.' },
      ],
    },
    {
      // One level down, siblings are compared under their parent.
      ...roadmap([ev('1.1'), ev('1.3'), ev('1.2')]),
      errors: [
        { cell: 'A5', message: 'После 1.1 идёт 1.3: пропущен номер.' },
        { cell: 'A6', message: 'После 1.3 идёт 1.2: нумерация идёт назад.' },
      ],
    },
  ],
});
