/**
 * The profile in force: loaded from a JSON file (a bad one listed problem by problem, in the
 * pane's language, and nothing changed), kept in the workbook, read back when the pane starts;
 * and «Новый план» on the memory host.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSheet } from '../../src/core/check';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook, PROFILE_SETTING } from '../../src/excel/office-workbook';
import * as profileProblems from '../../src/taskpane/state/profile-problems';
import { checkProfileText } from '../../src/taskpane/state/profile-problems';
import { ProfileStore } from '../../src/taskpane/state/profile-store';
import { roadmapGrid } from '../excel/helpers';
import { FakePort } from './helpers';

/** The pane loads the checks with a dynamic import(), which jest does not run: handed in here. */
const checks = () => Promise.resolve(profileProblems);

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../docs/profile-example.json'), 'utf8');

function setup(language: 'ru' | 'en' = 'ru') {
  const host = createMemoryHost([roadmapGrid('Дорожная карта', 3)]);
  const port = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
  const changes: string[] = [];
  const store = new ProfileStore({ port, language, onChange: (p) => changes.push(p.name), now: () => new Date(2025, 8, 1), checks });
  return { host, port, store, changes };
}

describe('ProfileStore', () => {
  it('starts on the built-in profile when the workbook keeps none', async () => {
    const { store, changes } = setup();
    await store.start();
    expect(store.getState()).toMatchObject({ source: 'default', fileName: null, problem: null, error: null, busy: null });
    expect(store.profile()).toBe(DEFAULT_PROFILE);
    expect(changes).toEqual([]);
  });

  it('loads a region’s profile from a file, keeps it in the workbook, and finds it there next time', async () => {
    const { host, store, changes } = setup();
    await store.loadFile('region.json', EXAMPLE);
    expect(store.getState()).toMatchObject({ source: 'workbook', fileName: 'region.json', problem: null, notice: { kind: 'profile-loaded', name: 'Профиль региона (пример)' } });
    expect(store.profile().rules['deadline-vague']).toBe('error');
    expect(changes).toEqual(['Профиль региона (пример)']);
    expect(host.book.settings.get(PROFILE_SETTING)).toEqual({ json: JSON.parse(EXAMPLE), fileName: 'region.json' });

    const reopened = new ProfileStore({ port: new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel }), language: 'ru', checks });
    await reopened.start();
    expect(reopened.getState()).toMatchObject({ source: 'workbook', fileName: 'region.json' });
    expect(reopened.profile().name).toBe('Профиль региона (пример)');

    await store.reset();
    expect(store.getState()).toMatchObject({ source: 'default', notice: { kind: 'profile-reset' } });
    expect(changes).toEqual(['Профиль региона (пример)', DEFAULT_PROFILE.name]);
    expect(host.book.settings.get(PROFILE_SETTING)).toBeNull();
  });

  it('lists every problem of a bad profile, changes nothing and writes nothing', async () => {
    const { host, store, changes } = setup();
    const bad = JSON.stringify({ name: '', fields: { number: { headers: [], required: 'yes' } }, order: ['name', 'name', 'deadline', 'result', 'number'] });
    const syncs = host.syncCount;
    await store.loadFile('bad.json', bad);
    const { problem, source } = store.getState();
    expect(source).toBe('default');
    expect(problem?.fileName).toBe('bad.json');
    expect(problem?.stored).toBe(false);
    expect(problem?.problems).toEqual(
      expect.arrayContaining([
        'name: ожидалось: непустая строка — название профиля; а здесь пустая строка "". Пример: "Профиль Калужской области"',
        'fields.number.headers: ожидалось: непустой список заголовков графы (строк в кавычках); а здесь пустой список []. Пример: ["№ п/п", "№", "N п/п"]',
        'fields.number.required: ожидалось: true (графа обязательна) или false; а здесь строка "yes". Пример: false',
        'order: поле "name" стоит в списке дважды, а каждое из пяти полей должно стоять один раз. Пример: ["number", "name", "deadline", "responsible", "result"]',
      ]),
    );
    expect(host.syncCount).toBe(syncs);
    expect(changes).toEqual([]);
    store.dismissProblem();
    expect(store.getState().problem).toBeNull();
  });

  it('says when a file is not JSON, in the pane’s language', () => {
    expect(checkProfileText('{ "name": ', 'ru')).toEqual({ ok: false, problems: [expect.stringMatching(/^файл профиля — не JSON: ошибка в строке 1, столбце 11\. /)] });
    expect(checkProfileText('[1, 2]', 'en')).toEqual({
      ok: false,
      problems: ['(the whole profile): expected a JSON object in braces with the keys that change the standard structure; found a list of 2 items. Example: { "name": "Профиль Калужской области", "rules": { "deadline-vague": "error" } }'],
    });
    const en = checkProfileText(JSON.stringify({ ...JSON.parse(EXAMPLE), order: ['name', 'name', 'deadline', 'result', 'number'] }), 'en');
    expect(en).toEqual({ ok: false, problems: ['order: the field "name" is listed twice; each of the five fields must be listed once. Example: ["number", "name", "deadline", "responsible", "result"]'] });
    const ru = checkProfileText(JSON.stringify({ rules: { 'deadline-vauge': 'error' } }), 'ru');
    expect(ru).toEqual({ ok: false, problems: [expect.stringMatching(/^rules\.deadline-vauge: в "rules" нет правила "deadline-vauge"; есть: deadline-vague, /)] });
    expect(checkProfileText(`\uFEFF${EXAMPLE}`, 'ru').ok).toBe(true);
  });

  it('a bad profile kept in the workbook is reported, and the built-in one serves', async () => {
    const { host, store } = setup('en');
    host.book.settings.set(PROFILE_SETTING, { json: { name: 'Old', fields: { deadlin: {} }, order: 'x' }, fileName: 'old.json' });
    await store.start();
    expect(store.getState()).toMatchObject({ source: 'default', problem: { fileName: 'old.json', stored: true } });
    expect(store.getState().problem!.problems.length).toBeGreaterThan(1);
  });

  it('inserts a new plan in the profile’s structure, under a new name when taken', async () => {
    const { host, store } = setup();
    await store.insertPlan();
    expect(store.getState().notice).toEqual({ kind: 'plan-inserted', sheet: 'Дорожная карта (2)' });
    expect(host.activeSheetName).toBe('Дорожная карта (2)');
    expect(host.cell('Дорожная карта (2)', 'A1')?.value).toBe('План мероприятий («дорожная карта») на 2025-2026 годы');
    const grid = host.toGrids().find((g) => g.name === 'Дорожная карта (2)')!;
    expect(checkSheet(grid).findings).toEqual([]);
  });

  it('reports a port that cannot keep a profile or add sheets', async () => {
    const store = new ProfileStore({ port: new FakePort(), language: 'ru', checks });
    await store.start();
    expect(store.getState().source).toBe('default');
    await store.loadFile('region.json', EXAMPLE);
    expect(store.getState().error).toMatch(/не умеет хранить профиль/);
    expect(store.getState().source).toBe('default');
    await store.insertPlan();
    expect(store.getState().error).toMatch(/не умеет/);
  });
});
