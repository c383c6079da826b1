import { columnDuplicate } from '../../../src/core/rules/column-duplicate';
import { columnMissing } from '../../../src/core/rules/column-missing';
import { columnOrder } from '../../../src/core/rules/column-order';
import { headerNotFound } from '../../../src/core/rules/header-not-found';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

const EVENT = ['1.1', 'Совещание руководителей', 'Март 2023', 'Управление образования', 'Протокол'];

ruleTester(headerNotFound, {
  valid: [
    roadmap([EVENT]),
    // An order's text is not a plan: no finding even though it mentions roadmaps.
    { rows: [['ПРИКАЗ от 27.08.2021 № 158'], [], ['Об утверждении планов мероприятий («дорожных карт»)']] },
    // A passport table names a result but is no plan.
    { rows: [['Паспорт «дорожной карты»'], [], ['1', 'Цель:', 'Создание системы'], ['2', 'Ожидаемый результат', 'Создана система']] },
  ],
  invalid: [
    {
      // Two fields only (the deadline header is missing and «Кто» is no known word): looks like a plan, no header.
      rows: [TITLE, [], ['№', 'Мероприятие', 'Когда', 'Кто', 'Итог'], ['1', 'Совещание', 'март', 'УО', 'протокол']],
      errors: [{ cell: 'A1', severity: 'error' }],
    },
    {
      rows: [
        ['План мероприятий по развитию системы'],
        ['1', 'Совещание', 'март', 'УО'],
        ['2', 'Семинар', 'апрель', 'ИМЦ'],
        ['3', 'Конкурс', 'май', 'ИМЦ'],
        ['4', 'Отчёт', 'июнь', 'УО'],
        ['5', 'Анализ', 'июль', 'УО'],
      ],
      errors: [{ cell: 'A1' }],
    },
  ],
});

ruleTester(columnMissing, {
  valid: [roadmap([EVENT])],
  invalid: [
    {
      rows: [TITLE, [], ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']],
      errors: [{ cell: 'E3', severity: 'warning', message: /Результат/ }],
    },
    {
      rows: [TITLE, [], ['Наименование мероприятия', 'Срок исполнения', 'Ожидаемый результат', 'Итоговый документ'], ['Совещание', 'Март 2023', 'Протокол', 'Приказ']],
      errors: [
        { cell: 'E3', severity: 'error', message: /Ответственный/ },
        { cell: 'E3', severity: 'warning', message: /№/ },
      ],
    },
  ],
});

ruleTester(columnOrder, {
  valid: [roadmap([EVENT])],
  invalid: [
    {
      rows: [TITLE, [], ['№ п/п', 'Наименование мероприятия', 'Ответственный исполнитель', 'Сроки', 'Ожидаемый результат'], EVENT],
      errors: [{ cell: 'C3', severity: 'info' }],
    },
  ],
});

ruleTester(columnDuplicate, {
  valid: [
    roadmap([EVENT]),
    // «Срок» merged over «начало» / «окончание» is one field in two columns, not a duplicate.
    {
      rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', '', 'Ответственный', 'Результат'], ['', '', 'начало', 'окончание'], ['1', 'Совещание', 'март 2023', 'апрель 2023', 'УО', 'Протокол']],
      merges: ['C3:D3', 'A3:A4', 'B3:B4', 'E3:E4', 'F3:F4'],
    },
  ],
  invalid: [
    {
      rows: [TITLE, [], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Сроки исполнения'], ['1', 'Совещание', 'март 2023', 'УО', 'Протокол', 'май']],
      errors: [{ cell: 'F3', severity: 'warning' }],
    },
  ],
});
