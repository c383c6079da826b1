import { headerNotFound } from '../../../src/core/rules/header-not-found';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

const NO_HEADER = 'Не найдена строка заголовков: нужны графы «Наименование мероприятия», «Срок», «Ответственный» в первых 30 строках.';

ruleTester(headerNotFound, {
  valid: [
    roadmap([['1.1', 'Совещание руководителей', 'Март 2023', 'Управление образования', 'Протокол']]),
    // Headers in other words («Когда», «Кто отвечает»): a header all the same.
    { rows: [TITLE, [], ['№', 'Мероприятие', 'Когда', 'Кто отвечает', 'Итог'], ['1', 'Совещание', 'март 2023', 'УО', 'протокол']] },
    // An order's text is not a plan: no finding even though it mentions roadmaps.
    { rows: [['ПРИКАЗ от 27.08.2021 № 158'], [], ['Об утверждении планов мероприятий («дорожных карт»)']] },
    // A passport table names a result but is no plan.
    { rows: [['Паспорт «дорожной карты»'], [], ['1', 'Цель:', 'Создание системы'], ['2', 'Ожидаемый результат', 'Создана система']] },
  ],
  invalid: [
    {
      // A number and a name, and nothing below says when or who: looks like a plan, no header.
      rows: [TITLE, [], ['№', 'Мероприятие', 'Примечание'], ['1', 'Совещание', 'протокол'], ['2', 'Семинар', 'программа']],
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
