import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { numberDuplicate } from '../../../src/core/rules/number-duplicate';
import { roadmap, ruleTester } from '../../support/rule-tester';

const ev = (n: string | number, name = 'Мероприятие') => [n, name, 'Март 2023', 'УО', 'Протокол'];
const stages = roadmap([['Этап 1'], ev(1), ev(2), ['Этап 2'], ev(1)], { merges: ['A4:E4', 'A7:E7'] });

ruleTester(numberDuplicate, {
  valid: [stages],
  invalid: [
    {
      ...roadmap([ev('1.1'), ev('1.2'), ev('1.2.')]),
      errors: [{ cell: 'A6', message: 'Номер 1.2. уже есть в строке 5.' }],
    },
    {
      // With `within: sheet`, numbers restarting in a new stage are repeats.
      ...stages,
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'number-duplicate': ['warning', { within: 'sheet' }] } }),
      errors: [{ cell: 'A8', message: 'Номер 1 уже есть в строке 5.' }],
    },
  ],
});
