/**
 * What is wrong with a profile file, said to the person who wrote it by hand: each problem names
 * its place (the JSON path), what was expected there, what was found, and an example of a good
 * value — in Russian and English, in words a methodologist uses rather than zod's («ожидалось
 * object»). An unknown key lists the keys that are there, the closest first.
 */
import type { core } from 'zod';
import { z } from 'zod';
import { CONFIGURABLE_RULE_IDS } from '../catalog';
import type { Localized } from '../descriptor';
import { FIELDS } from '../findings';
import { RULES_BY_ID } from '../rules';
import { DEFAULT_PROFILE } from './default-profile';

export interface ProfileProblem {
  /** Where, as a JSON path: `rules.deadline-vauge`, `fields.deadline.headers[0]`; '' for the whole file. */
  path: string;
  /** The whole problem, its path first. */
  message: Localized;
}

type Path = ReadonlyArray<PropertyKey>;
type Issue = core.$ZodIssue;

const FIELD_IDS = FIELDS;
const SEVERITIES = ['off', 'error', 'warning', 'info'];
const TOP_KEYS = ['name', 'description', 'fields', 'order', 'columns', 'vagueDeadlines', 'vagueResponsibles', 'rules', 'consolidation', '$schema'];

export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

const WHOLE: Localized = { ru: '(весь профиль)', en: '(the whole profile)' };

function at(path: Path, text: Localized): ProfileProblem {
  const where = formatPath(path);
  return { path: where, message: { ru: `${where || WHOLE.ru}: ${text.ru}`, en: `${where || WHOLE.en}: ${text.en}` } };
}

/** JSON as a person writes it on one line: `["a", "b"]`, `{ "within": "section" }`. */
function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(json).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${json(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}
const list = (values: readonly unknown[]) => values.map((v) => json(v)).join(', ');
const quotedList = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** What a place in the profile takes, and a good value for it (JSON). */
interface Expectation {
  expected: Localized;
  example: string;
}

function expectationAt(path: Path): Expectation {
  const [top, second, third, fourth] = path;
  const defaultOptions = typeof second === 'string' ? RULES_BY_ID.get(second)?.defaultOptions : undefined;
  switch (top) {
    case undefined:
      return {
        expected: { ru: 'объект JSON в фигурных скобках с теми ключами, что меняют стандартную структуру', en: 'a JSON object in braces with the keys that change the standard structure' },
        example: '{ "name": "Профиль Калужской области", "rules": { "deadline-vague": "error" } }',
      };
    case '$schema':
      return { expected: { ru: 'строка — путь к схеме', en: 'a string, the path of the schema' }, example: json('./profile.schema.json') };
    case 'name':
      return { expected: { ru: 'непустая строка — название профиля', en: "a non-empty string, the profile's name" }, example: json('Профиль Калужской области') };
    case 'description':
      return { expected: { ru: 'строка', en: 'a string' }, example: json('Дорожные карты школ на 2024–2026 годы') };
    case 'fields': {
      const field = DEFAULT_PROFILE.fields[second as 'deadline'] ?? DEFAULT_PROFILE.fields.deadline;
      if (second === undefined) {
        return {
          expected: { ru: `объект с полями ${FIELD_IDS.join(', ')}`, en: `an object with the fields ${FIELD_IDS.join(', ')}` },
          example: `{ "deadline": { "headers": ${json(DEFAULT_PROFILE.fields.deadline.headers.slice(0, 3))} } }`,
        };
      }
      if (third === undefined) {
        return {
          expected: { ru: 'объект { "headers": [заголовки графы], "required": true или false }', en: 'an object { "headers": [header words], "required": true or false }' },
          example: `{ "headers": ${json(field.headers.slice(0, 3))}, "required": ${field.required} }`,
        };
      }
      if (third === 'required') return { expected: { ru: 'true (графа обязательна) или false', en: 'true (the column is required) or false' }, example: String(field.required) };
      if (fourth === undefined) {
        return { expected: { ru: 'непустой список заголовков графы (строк в кавычках)', en: 'a non-empty list of header words (quoted strings)' }, example: json(field.headers.slice(0, 3)) };
      }
      return { expected: { ru: 'непустая строка — заголовок графы', en: 'a non-empty string, a header word' }, example: json(field.headers[0]) };
    }
    case 'order':
      if (second === undefined) {
        return { expected: { ru: `список всех пяти полей, каждое один раз (${FIELD_IDS.join(', ')})`, en: `a list of all five fields, each once (${FIELD_IDS.join(', ')})` }, example: json(DEFAULT_PROFILE.order) };
      }
      return { expected: { ru: `одно из полей ${FIELD_IDS.join(', ')}`, en: `one of the fields ${FIELD_IDS.join(', ')}` }, example: json('deadline') };
    case 'columns':
      if (second === undefined) {
        return {
          expected: { ru: 'объект: имя листа (или "*" — все листы) → { поле: буквы столбцов }', en: 'an object: a sheet name (or "*", every sheet) → { field: column letters }' },
          example: '{ "*": { "responsible": "F" }, "План 2": { "deadline": "C+D" } }',
        };
      }
      if (third === undefined) {
        return { expected: { ru: `объект { поле: буквы столбцов }, поля: ${FIELD_IDS.join(', ')}`, en: `an object { field: column letters }, fields: ${FIELD_IDS.join(', ')}` }, example: '{ "name": "B", "deadline": "C+D" }' };
      }
      return {
        expected: { ru: 'буквы столбца, как в Excel: "C", "C+D" (начало и окончание), "E:H" (столбцы план-графика)', en: 'column letters as in Excel: "C", "C+D" (a start and an end), "E:H" (a plan-graph\'s columns)' },
        example: json('C'),
      };
    case 'vagueDeadlines':
    case 'vagueResponsibles': {
      const example = top === 'vagueDeadlines' ? ['по мере необходимости', 'в течение года'] : ['все участники', 'по согласованию'];
      if (second === undefined) return { expected: { ru: 'список фраз (строк в кавычках)', en: 'a list of phrases (quoted strings)' }, example: json(example) };
      return { expected: { ru: 'непустая строка', en: 'a non-empty string' }, example: json(example[0]) };
    }
    case 'rules':
      if (second === undefined) {
        return { expected: { ru: 'объект: правило → важность', en: 'an object: rule → severity' }, example: '{ "deadline-vague": "error", "result-missing": "off" }' };
      }
      if (third === 1) {
        return {
          expected: { ru: `настройки правила «${String(second)}»`, en: `the options of the rule «${String(second)}»` },
          example: json(defaultOptions ?? {}),
        };
      }
      return {
        expected: {
          ru: `важность — одно из ${quotedList(SEVERITIES)}${defaultOptions ? ' — или [важность, настройки]' : ''}`,
          en: `a severity, one of ${quotedList(SEVERITIES)}${defaultOptions ? ', or [severity, options]' : ''}`,
        },
        example: defaultOptions ? `"warning", ${json(['warning', defaultOptions])}` : json('warning'),
      };
    case 'consolidation':
      if (second === undefined) return { expected: { ru: 'объект с ключами meanUnits, expectedSchools', en: 'an object with the keys meanUnits, expectedSchools' }, example: '{ "meanUnits": ["%", "доля"] }' };
      if (second === 'meanUnits') {
        if (third === undefined) return { expected: { ru: 'список единиц (строк), значения которых усредняются', en: 'a list of units (strings) whose values are averaged' }, example: json(DEFAULT_PROFILE.consolidation.meanUnits) };
        return { expected: { ru: 'непустая строка — единица', en: 'a non-empty string, a unit' }, example: json('%') };
      }
      if (third === undefined) return { expected: { ru: 'список названий школ (строк)', en: 'a list of school names (strings)' }, example: json(['МОУ СОШ № 1', 'МОУ СОШ № 2']) };
      return { expected: { ru: 'непустая строка — название школы', en: "a non-empty string, a school's name" }, example: json('МОУ СОШ № 1') };
    default:
      return { expected: { ru: 'значение', en: 'a value' }, example: 'null' };
  }
}

/** What was found at a place, in words. */
function found(value: unknown): Localized {
  if (value === undefined) return { ru: 'ничего', en: 'nothing' };
  if (value === null) return { ru: 'null', en: 'null' };
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return value === '' ? { ru: 'пустая строка ""', en: 'an empty string ""' } : { ru: `строка ${json(shown)}`, en: `the string ${json(shown)}` };
  }
  if (typeof value === 'number') return { ru: `число ${value}`, en: `the number ${value}` };
  if (typeof value === 'boolean') return { ru: String(value), en: String(value) };
  if (Array.isArray(value)) {
    return value.length === 0
      ? { ru: 'пустой список []', en: 'an empty list []' }
      : { ru: `список из ${value.length} ${plural(value.length, 'элемента', 'элементов', 'элементов')}`, en: `a list of ${value.length} item${value.length === 1 ? '' : 's'}` };
  }
  return { ru: 'объект {…}', en: 'an object {…}' };
}

function plural(n: number, one: string, few: string, many: string): string {
  const abs = n % 100;
  if (abs >= 11 && abs <= 14) return many;
  if (abs % 10 === 1) return one;
  return abs % 10 >= 2 && abs % 10 <= 4 ? few : many;
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** «ожидалось …, а здесь …. Пример: …» */
function expectedProblem(path: Path, root: unknown, expected?: Localized): ProfileProblem {
  const e = expectationAt(path);
  const want = expected ?? e.expected;
  const got = found(valueAt(root, path));
  return at(path, {
    ru: `ожидалось: ${want.ru}; а здесь ${got.ru}. Пример: ${e.example}`,
    en: `expected ${want.en}; found ${got.en}. Example: ${e.example}`,
  });
}

/** Edit distance (Levenshtein), for «did you mean». */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The keys that are there, the closest to the unknown one first; a long list cut after five. */
function nearest(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const sorted = [...known].sort((a, b) => distance(lower, a.toLowerCase()) - distance(lower, b.toLowerCase()));
  return sorted.length > 8 ? `${sorted.slice(0, 5).join(', ')}, …` : sorted.join(', ');
}

function unknownKey(path: Path, key: string): ProfileProblem {
  const [top, second] = path;
  const where = formatPath(path);
  let text: Localized;
  if (top === undefined) {
    const known = TOP_KEYS;
    text = { ru: `в профиле нет ключа "${key}"; есть: ${nearest(key, known)}`, en: `a profile has no key "${key}"; there are: ${nearest(key, known)}` };
  } else if (top === 'fields' && second === undefined) {
    text = { ru: `в "fields" нет поля "${key}"; есть: ${nearest(key, FIELD_IDS)}`, en: `"fields" has no field "${key}"; there are: ${nearest(key, FIELD_IDS)}` };
  } else if (top === 'rules' && second === undefined) {
    const all = { ru: ' (все правила — в docs/rules.md)', en: ' (every rule is in docs/rules.md)' };
    text = { ru: `в "rules" нет правила "${key}"; есть: ${nearest(key, CONFIGURABLE_RULE_IDS)}${all.ru}`, en: `"rules" has no rule "${key}"; there are: ${nearest(key, CONFIGURABLE_RULE_IDS)}${all.en}` };
  } else if (top === 'rules') {
    const options = Object.keys((RULES_BY_ID.get(String(second))?.defaultOptions as object | undefined) ?? {});
    text = {
      ru: `у правила "${String(second)}" нет настройки "${key}"; есть: ${nearest(key, options)}`,
      en: `the rule "${String(second)}" has no option "${key}"; there are: ${nearest(key, options)}`,
    };
  } else if (top === 'columns') {
    text = { ru: `в "${where}" нет поля "${key}"; есть: ${nearest(key, FIELD_IDS)}`, en: `"${where}" has no field "${key}"; there are: ${nearest(key, FIELD_IDS)}` };
  } else {
    const known = top === 'fields' ? ['headers', 'required'] : ['meanUnits', 'expectedSchools'];
    text = { ru: `в "${where}" нет ключа "${key}"; есть: ${nearest(key, known)}`, en: `"${where}" has no key "${key}"; there are: ${nearest(key, known)}` };
  }
  return at([...path, key], text);
}

/** A rule's entry that fits none of its forms: said precisely, from the value itself. */
function ruleEntryProblems(path: Path, root: unknown): ProfileProblem[] {
  const id = String(path[1]);
  const value = valueAt(root, path);
  if (!Array.isArray(value)) return [expectedProblem(path, root)];
  if (value.length < 1 || value.length > 2) return [expectedProblem(path, root)];
  if (typeof value[0] !== 'string' || !SEVERITIES.includes(value[0])) {
    return [expectedProblem([...path, 0], root, { ru: `важность — одно из ${quotedList(SEVERITIES)}`, en: `a severity, one of ${quotedList(SEVERITIES)}` })];
  }
  const schema = RULES_BY_ID.get(id)?.meta.schema;
  if (value.length === 2 && !schema) {
    return [
      at([...path, 1], {
        ru: `у правила "${id}" нет настроек: укажите только важность, например "warning"`,
        en: `the rule "${id}" takes no options: give the severity alone, e.g. "warning"`,
      }),
    ];
  }
  const options = schema?.(z).safeParse(value[1]);
  if (!options || options.success) return [expectedProblem(path, root)];
  return describeProblems(
    options.error.issues.map((issue) => ({ ...issue, path: [...path, 1, ...issue.path] }) as Issue),
    root,
  );
}

/** Every zod issue as a problem a person can act on. */
export function describeProblems(issues: readonly Issue[], root: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const issue of issues) {
    const path = issue.path;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) problems.push(unknownKey(path, key));
        break;
      case 'invalid_union':
        if (path[0] === 'rules' && path.length === 2) problems.push(...ruleEntryProblems(path, root));
        else problems.push(expectedProblem(path, root));
        break;
      case 'invalid_value':
        problems.push(expectedProblem(path, root, { ru: `одно из: ${list(issue.values)}`, en: `one of ${list(issue.values)}` }));
        break;
      case 'custom': {
        const field = String((issue.params as { field?: string } | undefined)?.field ?? '');
        if (issue.message === 'column-letters') {
          problems.push(expectedProblem(path, root));
          break;
        }
        problems.push(
          at(path, {
            ru: `поле "${field}" стоит в списке дважды, а каждое из пяти полей должно стоять один раз. Пример: ${json(DEFAULT_PROFILE.order)}`,
            en: `the field "${field}" is listed twice; each of the five fields must be listed once. Example: ${json(DEFAULT_PROFILE.order)}`,
          }),
        );
        break;
      }
      default:
        problems.push(expectedProblem(path, root));
    }
  }
  // zod may say one thing twice (a wrong type fails the length too): each problem once.
  return problems.filter((p, i) => problems.findIndex((q) => q.message.en === p.message.en) === i);
}

/** A JSON syntax error, with its line and column where the parser gives a position. */
export function jsonSyntaxProblem(text: string, error: unknown): ProfileProblem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  const offset = position ? Number(position[1]) : /end of (JSON )?input|unexpected end/i.test(detail) ? text.length : null;
  const hint: Localized = {
    ru: 'Частые причины: запятая после последнего элемента, одинарные кавычки вместо двойных, комментарии, пропущенная запятая.',
    en: 'Common causes: a comma after the last item, single quotes instead of double, comments, a missing comma.',
  };
  if (offset === null) {
    return { path: '', message: { ru: `файл профиля — не JSON. ${hint.ru}`, en: `the profile file is not JSON. ${hint.en}` } };
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    path: '',
    message: {
      ru: `файл профиля — не JSON: ошибка в строке ${line}, столбце ${column}. ${hint.ru}`,
      en: `the profile file is not JSON: an error at line ${line}, column ${column}. ${hint.en}`,
    },
  };
}
