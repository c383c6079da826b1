import { headerNotFound } from '../../../src/core/rules/header-not-found';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

const NO_HEADER = 'Не найдена строка заголовков: нужны графы «Наименование мероприятия», «Срок», «Ответственный» в первых 30 строках.';

ruleTester(headerNotFound, {
  valid: [
    roadmap([['1.1', 'Совещание руководителей', 'Март 2023', 'Управление образования', 'Протокол']]),
    // An order's text is not a plan: no finding even though it mentions roadmaps.
    { rows: [['ПРИКАЗ от 27.08.2021 № 158'], [], ['Об утверждении планов мероприятий («дорожных карт»)']] },
    // A passport table names a result but is no plan.
    { rows: [['Паспорт «дорожной карты»'], [], ['1', 'Цель:', 'Создание системы'], ['2', 'Ожидаемый результат', 'Создана система']] },
  ],
  invalid: [
    {
      // Two fields only (the deadline header is missing and «Кто» is no known word): looks like a plan, no header.
      rows: [TITLE, [], ['№', 'Мероприятие', 'Когда', 'Кто', 'Итог'], ['1', 'Совещание', 'март', 'УО', 'протокол']],
      errors: [{ cell: 'A1', message: NO_HEADER }],
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
      errors: [{ cell: 'A1', message: NO_HEADER }],
    },
  ],
});
