import { columnOrder } from '../../../src/core/rules/column-order';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

const EVENT = ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'];

ruleTester(columnOrder, {
  valid: [
    roadmap([EVENT]),
    // A field the sheet lacks does not make the order wrong.
    { rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']] },
  ],
  invalid: [
    {
      rows: [TITLE, [], ['№ п/п', 'Наименование мероприятия', 'Ответственный исполнитель', 'Сроки', 'Ожидаемый результат'], EVENT],
      errors: [
        {
          cell: 'C3',
          message: 'Порядок граф отличается от шаблона: ожидается «№ п/п», «Наименование мероприятия», «Срок», «Ответственный», «Результат».',
        },
      ],
    },
  ],
});
