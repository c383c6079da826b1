import { nameMissing } from '../../../src/core/rules/name-missing';
import { roadmap, ruleTester } from '../../support/rule-tester';

ruleTester(nameMissing, {
  valid: [roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']])],
  invalid: [
    {
      ...roadmap([
        ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'],
        ['2', '', 'Апрель 2023', 'ИМЦ', 'Программа'],
      ]),
      errors: [{ cell: 'B5', message: 'Не указано наименование мероприятия.' }],
    },
  ],
});
