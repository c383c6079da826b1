import { parseProfile } from '../../../src/core/profile/schema';
import { DEFAULT_PROFILE } from '../../../src/core/profile/default-profile';
import { schoolMissing } from '../../../src/core/consolidate/rules/school-missing';
import { consolidationRuleTester } from '../../support/rule-tester';
import { PEOPLE, school, TEMPLATE_SCHOOL } from '../../support/indicator-tables';

const ROWS = [[PEOPLE, 'чел.', 5, 5]];

consolidationRuleTester(schoolMissing, {
  valid: [
    // Recognised by the file name, the title above the table (spacing aside) and the sheet name.
    {
      schools: [TEMPLATE_SCHOOL, school('in/report.xlsx', ROWS, { title: 'Отчёт МАОУ СОШ № 8' }), school('in/report-2.xlsx', ROWS, { name: 'СОШ 12' })],
      expectedSchools: ['school-01', 'МАОУ СОШ №8', 'СОШ № 12'],
    },
    // A file that could not be read was sent: it is reported as unreadable, not as missing.
    { schools: [TEMPLATE_SCHOOL, { path: 'school-02.xlsx', error: { code: 'file-corrupt', message: 'Файл повреждён' } }], expectedSchools: ['school-01', 'school-02'] },
    // No list of expected schools, nothing to miss.
    { schools: [TEMPLATE_SCHOOL] },
    // Turned off by the profile.
    { schools: [TEMPLATE_SCHOOL], expectedSchools: ['school-02'], profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'school-missing': 'off' } }) },
  ],
  invalid: [
    {
      // «№ 8» is not «№ 80»: a school is named by its whole number. The finding carries the school's name as its file.
      schools: [TEMPLATE_SCHOOL, school('in/report.xlsx', ROWS, { title: 'Отчёт МАОУ СОШ № 8' })],
      expectedSchools: ['school-01', 'МАОУ СОШ № 80'],
      errors: [{ file: 'МАОУ СОШ № 80', cell: '', message: 'Нет файла школы «МАОУ СОШ № 80» из списка ожидаемых.' }],
    },
    {
      // One file answers for one school: the branch's file does not stand for its main school too.
      schools: [school('СОШ № 1 (филиал).xlsx', ROWS)],
      expectedSchools: ['СОШ № 1 (филиал)', 'СОШ № 1'],
      errors: [{ file: 'СОШ № 1', cell: '', message: 'Нет файла школы «СОШ № 1» из списка ожидаемых.' }],
    },
    {
      // The profile's list serves when none is given; the missing schools come in the list's order.
      schools: [TEMPLATE_SCHOOL],
      profile: parseProfile({ ...DEFAULT_PROFILE, consolidation: { expectedSchools: ['school-03', 'school-01', 'school-02'] } }),
      errors: [
        { file: 'school-03', cell: '', message: 'Нет файла школы «school-03» из списка ожидаемых.' },
        { file: 'school-02', cell: '', message: 'Нет файла школы «school-02» из списка ожидаемых.' },
      ],
    },
    {
      // A region may make it a warning.
      schools: [TEMPLATE_SCHOOL],
      expectedSchools: ['Гимназия № 1'],
      profile: parseProfile({ ...DEFAULT_PROFILE, rules: { 'school-missing': 'warning' } }),
      errors: [{ file: 'Гимназия № 1', cell: '', severity: 'warning', message: 'Нет файла школы «Гимназия № 1» из списка ожидаемых.' }],
    },
  ],
});
