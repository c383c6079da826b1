import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { parseProfile, parseProfileText, ProfileError, readProfile, readProfileText, UNNAMED_PROFILE } from '../../src/core/profile/schema';

test('the example profile in docs/ is valid', () => {
  const text = fs.readFileSync(path.resolve(__dirname, '../../docs/profile-example.json'), 'utf8');
  const profile = parseProfileText(text);
  expect(profile.rules['deadline-vague']).toBe('error');
  expect(profile.consolidation.meanUnits).toContain('%');
});

test('defaults fill what a region leaves out', () => {
  const { vagueDeadlines: _v, vagueResponsibles: _r, rules: _rules, consolidation: _c, ...minimal } = DEFAULT_PROFILE;
  const profile = parseProfile(minimal);
  expect(profile.vagueDeadlines).toEqual([]);
  expect(profile.rules).toEqual({});
  expect(profile.consolidation.expectedSchools).toEqual([]);
});

test.each([
  ['not JSON', '{ name: ', /not JSON/],
  ['a field without header words', JSON.stringify({ ...DEFAULT_PROFILE, fields: { ...DEFAULT_PROFILE.fields, deadline: { headers: [], required: true } } }), /fields\.deadline\.headers/],
  ['an order naming a field twice', JSON.stringify({ ...DEFAULT_PROFILE, order: ['name', 'name', 'deadline', 'responsible', 'result'] }), /order/],
  ['an unknown severity', JSON.stringify({ ...DEFAULT_PROFILE, rules: { 'deadline-vague': 'fatal' } }), /rules\.deadline-vague/],
])('%s is refused with the path of the problem', (_what, text, pattern) => {
  expect(() => parseProfileText(text)).toThrow(ProfileError);
  try {
    parseProfileText(text);
  } catch (error) {
    expect((error as ProfileError).messages('en').join('\n')).toMatch(pattern);
  }
});

describe('the built-in profile', () => {
  it('is exactly what the schema makes of it (it is written out so the engine does not load zod)', () => {
    const parsed = parseProfile(JSON.parse(JSON.stringify(DEFAULT_PROFILE)));
    expect(DEFAULT_PROFILE).toStrictEqual(parsed);
    expect(JSON.stringify(DEFAULT_PROFILE)).toBe(JSON.stringify(parsed));
    // The values written out are the schema's defaults.
    const { consolidation: _c, vagueDeadlines: _v, rules: _r, ...rest } = DEFAULT_PROFILE;
    expect(JSON.stringify(parseProfile(JSON.parse(JSON.stringify(rest))))).toBe(JSON.stringify(DEFAULT_PROFILE));
  });
});

describe('a partial profile, merged over the default', () => {
  it('states only what differs: objects merge key by key, lists replace, the rest is the default', () => {
    const profile = parseProfile({
      name: 'Калужская область',
      fields: { deadline: { headers: ['Когда'] }, result: { required: true } },
      rules: { 'deadline-vague': 'error', 'number-duplicate': ['warning', { within: 'sheet' }] },
      consolidation: { expectedSchools: ['МОУ СОШ № 1'] },
    });
    expect(profile).toEqual({
      ...DEFAULT_PROFILE,
      name: 'Калужская область',
      description: undefined,
      fields: { ...DEFAULT_PROFILE.fields, deadline: { headers: ['Когда'], required: true }, result: { ...DEFAULT_PROFILE.fields.result, required: true } },
      rules: { 'deadline-vague': 'error', 'number-duplicate': ['warning', { within: 'sheet' }] },
      consolidation: { meanUnits: DEFAULT_PROFILE.consolidation.meanUnits, expectedSchools: ['МОУ СОШ № 1'] },
    });
    expect('description' in profile).toBe(false);
  });

  it('an empty profile is the default under a name that says it was changed; $schema is allowed', () => {
    expect(parseProfile({ $schema: './profile.schema.json' })).toEqual({ ...DEFAULT_PROFILE, name: UNNAMED_PROFILE, description: undefined });
  });
});

describe('problems a person can act on: the path, what was expected, what was found, an example — in both languages', () => {
  const problems = (json: unknown) => {
    const read = readProfile(json);
    if (read.ok) throw new Error('valid');
    return read.problems;
  };

  it('an unknown rule id lists the rules, the closest first', () => {
    const [p] = problems({ rules: { 'deadline-vauge': 'error' } });
    expect(p.path).toBe('rules.deadline-vauge');
    expect(p.message.ru).toMatch(/^rules\.deadline-vauge: в "rules" нет правила "deadline-vauge"; есть: deadline-vague, /);
    expect(p.message.en).toMatch(/^rules\.deadline-vauge: "rules" has no rule "deadline-vauge"; there are: deadline-vague, /);
  });

  it('misspelt keys at every level are refused, never ignored', () => {
    expect(problems({ vagueDeadlins: ['по плану'], fields: { deadlin: {}, name: { header: ['x'] } }, consolidation: { meanUnit: ['%'] } }).map((p) => p.message.ru)).toEqual([
      'fields.name.header: в "fields.name" нет ключа "header"; есть: headers, required',
      'fields.deadlin: в "fields" нет поля "deadlin"; есть: deadline, result, name, number, responsible',
      'consolidation.meanUnit: в "consolidation" нет ключа "meanUnit"; есть: meanUnits, expectedSchools',
      'vagueDeadlins: в профиле нет ключа "vagueDeadlins"; есть: vagueDeadlines, vagueResponsibles, fields, columns, rules, …',
    ]);
  });

  it('a wrong value says what it found and shows a good one', () => {
    expect(problems({ fields: { deadline: { headers: 'Срок', required: 'да' } }, rules: { 'result-missing': 'fatal' } }).map((p) => p.message)).toEqual([
      {
        ru: 'fields.deadline.headers: ожидалось: непустой список заголовков графы (строк в кавычках); а здесь строка "Срок". Пример: ["Срок", "Сроки", "Срок реализации"]',
        en: 'fields.deadline.headers: expected a non-empty list of header words (quoted strings); found the string "Срок". Example: ["Срок", "Сроки", "Срок реализации"]',
      },
      {
        ru: 'fields.deadline.required: ожидалось: true (графа обязательна) или false; а здесь строка "да". Пример: true',
        en: 'fields.deadline.required: expected true (the column is required) or false; found the string "да". Example: true',
      },
      {
        ru: 'rules.result-missing: ожидалось: важность — одно из "off", "error", "warning", "info"; а здесь строка "fatal". Пример: "warning"',
        en: 'rules.result-missing: expected a severity, one of "off", "error", "warning", "info"; found the string "fatal". Example: "warning"',
      },
    ]);
  });

  it("a rule's options: checked by the rule's own schema; a rule without options says so", () => {
    expect(problems({ rules: { 'number-duplicate': ['warning', { within: 'school' }], 'column-order': ['info', {}] } }).map((p) => p.message.ru)).toEqual([
      'rules.column-order[1]: у правила "column-order" нет настроек: укажите только важность, например "warning"',
      'rules.number-duplicate[1].within: ожидалось: одно из: "section", "sheet"; а здесь строка "school". Пример: { "within": "section" }',
    ]);
  });

  it('a JSON syntax error gives its line and column', () => {
    const read = readProfileText('{\n  "name": "Регион",\n}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0].message.ru).toMatch(/^файл профиля — не JSON: ошибка в строке 3, столбце 1\. Частые причины: запятая после последнего элемента/);
  });
});

test('docs/profile.schema.json refuses what the loader refuses: no additional properties, the rule ids listed', () => {
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../docs/profile.schema.json'), 'utf8'));
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toBeUndefined();
  expect(schema.properties.rules.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties.rules.properties)).toContain('deadline-vague');
  expect(schema.properties.fields.properties.deadline.additionalProperties).toBe(false);
});

describe('the user\'s own columns in a profile', () => {
  it('are kept by sheet name and merged over the default (none)', () => {
    const profile = parseProfile({ columns: { '*': { responsible: 'F' }, 'План 2': { deadline: ['C', 'D'] } } });
    expect(profile.columns).toEqual({ '*': { responsible: 'F' }, 'План 2': { deadline: ['C', 'D'] } });
    expect(parseProfile({}).columns).toEqual({});
  });

  it('a letter that names no column, or a field that does not exist, is refused where it stands', () => {
    const read = readProfile({ columns: { '*': { deadline: 'C1' }, План: { owner: 'A' } } });
    const problems = (_json: unknown) => (read.ok ? [] : read.problems);
    expect(problems({ columns: { '*': { deadline: 'C1' }, План: { owner: 'A' } } }).map((p) => p.message.ru)).toEqual([
      'columns.*.deadline: ожидалось: буквы столбца, как в Excel: "C", "C+D" (начало и окончание), "E:H" (столбцы план-графика); а здесь строка "C1". Пример: "C"',
      'columns.План.owner: в "columns.План" нет поля "owner"; есть: number, name, result, deadline, responsible',
    ]);
  });
});
