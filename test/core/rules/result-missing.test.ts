import { resultMissing } from '../../../src/core/rules/result-missing';
import { roadmap, ruleTester } from '../../support/rule-tester';

ruleTester(resultMissing, {
  valid: [
    roadmap([['1', 'Совещание', 'Март 2023', 'УО', 'Протокол']]),
    // No result column: column-missing reports it once, not every row.
    { rows: [['План на 2023 год'], [], ['№', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Совещание', 'Март 2023', 'УО']] },
  ],
  invalid: [
    {
      ...roadmap([['1', 'Совещание', 'Март 2023', 'УО', '']]),
      errors: [{ cell: 'E4', message: 'Не указан ожидаемый результат.' }],
    },
  ],
});
