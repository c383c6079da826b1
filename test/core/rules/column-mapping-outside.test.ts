import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { columnMappingOutside } from '../../../src/core/rules/column-mapping-outside';
import { roadmap, ruleTester } from '../../support/rule-tester';

const withColumns = (columns: Record<string, Record<string, string>>) => parseProfile({ ...DEFAULT_PROFILE, columns });
const EVENT = ['1', 'Совещание', 'Март 2023', 'УО', 'Протокол'];

ruleTester(columnMappingOutside, {
  valid: [
    roadmap([EVENT]),
    // A column of the table, even one the recogniser would read otherwise.
    roadmap([EVENT], { profile: withColumns({ '*': { result: 'E', responsible: 'D' } }) }),
    // A mapping for another sheet does not apply here.
    roadmap([EVENT], { profile: withColumns({ 'Другой лист': { responsible: 'K' } }) }),
  ],
  invalid: [
    {
      ...roadmap([EVENT], { profile: withColumns({ '*': { responsible: 'K' } }) }),
      errors: [{ cell: 'E3', message: 'Столбец K для поля «Ответственный» — за пределами таблицы (последний столбец листа — E): сопоставление не применено.' }],
    },
    {
      // By the sheet's own name.
      ...roadmap([EVENT], { profile: withColumns({ План: { deadline: 'C+Z' } }) }),
      errors: [{ cell: 'E3', message: 'Столбец Z для поля «Срок» — за пределами таблицы (последний столбец листа — E): сопоставление не применено.' }],
    },
  ],
});
