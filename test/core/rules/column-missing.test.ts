import { columnMissing } from '../../../src/core/rules/column-missing';
import { roadmap, ruleTester, TITLE } from '../../support/rule-tester';

ruleTester(columnMissing, {
  valid: [roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']])],
  invalid: [
    {
      rows: [TITLE, [], ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']],
      errors: [{ cell: 'E3', severity: 'warning', message: 'Нет графы «Результат».' }],
    },
    {
      rows: [TITLE, [], ['Наименование мероприятия', 'Срок исполнения', 'Ожидаемый результат', 'Итоговый документ'], ['Совещание', 'Март 2023', 'Протокол', 'Приказ']],
      errors: [
        { cell: 'E3', severity: 'error', message: 'Нет графы «Ответственный».' },
        { cell: 'E3', severity: 'warning', message: 'Нет графы «№ п/п».' },
      ],
    },
  ],
});
