import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { parseProfile, parseProfileText, ProfileError } from '../../src/core/profile/schema';

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
