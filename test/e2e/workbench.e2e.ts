/**
 * The pane's consolidation, verdict, profiles and new plans end to end: the built preview (dist/)
 * in headless Chromium on the in-memory Excel host.
 *
 * - «Свод»: the ten corpus school workbooks picked through the pane's file input, with a list of
 *   expected schools one longer than the files; the progress while they are read; a row per
 *   school with its badge and findings; the summary written into the open workbook — «Свод»,
 *   «Источники», «Замечания» and a native chart — with the totals of expected.json.
 * - «Перед отправкой» on a corpus roadmap: not ready, the blocking errors, each selecting its
 *   cell, and the report sheet.
 * - «Профиль…»: a bad profile's problems, then a region's profile kept in the workbook.
 * - «Новый план»: a roadmap sheet with data validation on the deadlines, which checks clean.
 *
 * Nothing may leave localhost. Screenshots go to test-artifacts/e2e/.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { type Browser, type Page } from 'playwright-core';
import { ROOT, SHOTS, startBrowser, until as pollUntil } from './harness';
import type { StaticServer } from './static-server';
import { CORPUS_DIR } from '../support/corpus';

/** The workbench's actions read many files: it polls for up to 10 s. */
const until = <T>(read: () => Promise<T>, check: (value: T) => void, timeout = 10_000) => pollUntil(read, check, timeout);

const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const ROADMAP = path.join(CORPUS_DIR, 'seeds/career-guidance-project-2023-2027.xlsx');

interface Expected {
  schools: Array<{ file: string; defect: string }>;
  indicators: Array<{ name: string; unit: string }>;
  valueColumns: string[];
  totals: Array<Array<{ sum?: number; mean?: number; n: number } | null>>;
}

type CellView = { value: string | number | boolean | null; format?: string; formula?: string } | undefined;

let server: StaticServer;
let browser: Browser;
let page: Page;
const external: string[] = [];
const pageErrors: string[] = [];

const expected = JSON.parse(readFileSync(path.join(SCHOOLS, 'expected.json'), 'utf8')) as Expected;
const schoolFiles = expected.schools.map((s) => path.join(SCHOOLS, s.file));

function column(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

async function hostEval<T>(fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, a]) => {
      const host = (window as unknown as { __memoryHost: Record<string, (...x: unknown[]) => unknown> }).__memoryHost;
      return new Function('host', 'args', body)(host, a);
    },
    [fn, args] as const,
  ) as Promise<T>;
}

const sheetNames = () => hostEval<string[]>('return host.sheetNames');
const activeSheet = () => hostEval<string>('return host.activeSheetName');
const selection = () => hostEval<{ sheet: string; address: string }>('return host.selection');
const cell = (sheet: string, address: string) => hostEval<CellView>('return host.cell(args[0], args[1])', sheet, address);


async function shot(name: string, pane = false): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  if (pane) await page.getByTestId('pane-frame').screenshot({ path: file });
  else await page.screenshot({ path: file });
}

beforeAll(async () => {
  ({ server, browser } = await startBrowser());
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'ru-RU' });
  page = await context.newPage();
  const origin = new URL(server.url);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || ((url.hostname === origin.hostname || url.hostname === 'localhost') && url.port === origin.port);
    if (!local) external.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(external).toEqual([]);
  expect(pageErrors).toEqual([]);
});

describe('consolidation in the pane', () => {
  it('shows the tabs and the built-in profile', async () => {
    await page.goto(`${server.url}/preview.html`);
    await page.getByTestId('intro').waitFor();
    await expect(page.getByTestId('tab-check').innerText()).resolves.toBe('Проверка');
    await expect(page.getByTestId('tab-consolidate').innerText()).resolves.toBe('Свод');
    await expect(page.getByTestId('tab-verdict').innerText()).resolves.toBe('Перед отправкой');
    await expect(page.getByTestId('profile-name').innerText()).resolves.toBe('Стандартная структура дорожной карты');
    await expect(page.getByTestId('profile-source').innerText()).resolves.toBe('Профиль: встроенный');
  });

  it('takes school workbooks dropped on the pane, many at once', async () => {
    await page.getByTestId('tab-consolidate').click();
    const files = schoolFiles.slice(0, 3).map((f) => ({ name: path.basename(f), bytes: [...readFileSync(f)] }));
    const transfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return dt;
    }, files);
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await until(() => page.getByTestId('file-count').innerText(), (v) => expect(v).toMatch(/^3 файла, \d+ КБ$/));
    expect(await page.getByTestId('picked-file').allInnerTexts()).toEqual(['school-01.xlsx', 'school-02.xlsx', 'school-03.xlsx']);
  });

  it('picks the ten school workbooks and the expected schools', async () => {
    await page.getByTestId('school-files').setInputFiles(schoolFiles);
    await until(() => page.getByTestId('file-count').innerText(), (v) => expect(v).toMatch(/^10 файлов, \d+ КБ$/));
    expect(await page.getByTestId('picked-file').count()).toBe(10);
    await page.getByTestId('expected-toggle').click();
    const names = [...expected.schools.map((s) => s.file.replace(/\.xlsx$/, '')), 'school-11'];
    await page.getByTestId('expected-schools').fill(names.join('\n'));
    await expect(page.getByTestId('expected-count').innerText()).resolves.toBe('11 школ');
    await expect(page.getByTestId('consolidate-files').innerText()).resolves.toBe('Свести 10 файлов');
    await shot('10-consolidate-picked');
  });

  it('shows the progress while the files are read, then a row per school with its badge', async () => {
    // Every state of the progress caption, as the pane paints it.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = log;
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="consolidate-progress"]');
        const text = el?.textContent ?? '';
        if (text && log[log.length - 1] !== text) log.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId('consolidate-files').click();
    await page.getByTestId('consolidate-result').waitFor({ timeout: 30_000 });
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.some((p) => /^Прочитано [0-9] из 10 · school-\d\d\.xlsx$/.test(p))).toBe(true);
    expect(progress[progress.length - 1]).toBe('Прочитано 10 из 10');
    expect(await page.getByTestId('progress-bar').getAttribute('aria-valuenow')).toBe('1');
    await expect(page.getByTestId('cons-summary').innerText()).resolves.toBe('В своде 10 из 10 · 16 показателей');

    const rows = await page.getByTestId('school-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-badge')]));
    const badgeOf = Object.fromEntries(rows);
    expect(rows).toHaveLength(11);
    expect(badgeOf['school-01']).toBe('ready');
    for (const s of ['02', '06', '07', '08', '09', '10']) expect(badgeOf[`school-${s}`]).toBe('ready');
    expect(badgeOf['school-03']).toBe('warnings'); // «176 чел.»: a number written as text
    expect(badgeOf['school-04']).toBe('warnings'); // «нет данных»
    expect(badgeOf['school-05']).toBe('errors'); // an indicator row missing
    expect(badgeOf['school-11']).toBe('missing');
    await expect(page.getByTestId('count-missing').innerText()).resolves.toBe('нет файла: 1');

    // A school's findings, as text.
    const school5 = page.locator('[data-testid="school-row"][data-name="school-05"]');
    await school5.locator('button').first().click();
    await school5.locator('[data-testid="school-finding"][data-rule="indicator-missing"]').waitFor();
    await expect(school5.getByTestId('school-finding').first().innerText()).resolves.toContain('Нет показателя «Количество обучающихся общеобразовательных учреждений, принявших участие в мониторинге');
    await shot('11-consolidated');
    await shot('11-pane-consolidated', true);
  });

  it('writes «Свод», «Источники», «Замечания» and a chart with the expected totals', async () => {
    await page.getByTestId('chart-indicator').selectOption('1');
    const before = await sheetNames();
    await page.getByTestId('write-summary').click();
    await page.getByTestId('summary-written').waitFor();
    await expect(page.getByTestId('summary-written').innerText()).resolves.toBe('Свод записан на листы «Свод», «Источники», «Замечания».');
    expect(await sheetNames()).toEqual([...before, 'Свод', 'Источники', 'Замечания']);
    expect(await activeSheet()).toBe('Свод');

    // Totals: one row per indicator in order (a goal's heading row above its first), the name in A,
    // per column a value (D, F, …) and its count of schools (E, G, …).
    const names = await hostEval<Record<string, { cells: Record<string, NonNullable<CellView>> }>>('return host.snapshot()').then((all) =>
      Object.entries(all['Свод'].cells).filter(([ref, c]) => /^A\d+$/.test(ref) && typeof c.value === 'string'),
    );
    let from = 3;
    for (let k = 0; k < expected.indicators.length; k++) {
      const at = names.find(([ref, c]) => Number(ref.slice(1)) >= from && c.value === expected.indicators[k].name);
      expect(at).toBeDefined();
      const r = Number(at![0].slice(1));
      from = r + 1;
      for (let j = 0; j < expected.valueColumns.length; j++) {
        const want = expected.totals[k][j];
        const value = await cell('Свод', `${column(3 + 2 * j)}${r}`);
        const n = await cell('Свод', `${column(4 + 2 * j)}${r}`);
        if (want === null) {
          expect(value).toBeUndefined();
          expect(n?.value).toBe(0);
        } else {
          expect(typeof value?.value).toBe('number');
          expect(value!.value as number).toBeCloseTo(want.sum ?? want.mean!, 6);
          expect(n?.value).toBe(want.n);
        }
      }
    }
    // The findings sheet names the missing school; every text cell is text.
    const findings = await hostEval<Record<string, { cells: Record<string, NonNullable<CellView>> }>>('return host.snapshot()');
    const texts = Object.values(findings['Замечания'].cells);
    expect(texts.map((c) => c.value)).toEqual(expect.arrayContaining(['school-missing', 'value-number-as-text', 'value-not-number', 'indicator-missing']));
    for (const sheet of ['Свод', 'Источники', 'Замечания'])
      for (const c of Object.values(findings[sheet].cells)) {
        expect(c.formula).toBeUndefined();
        if (typeof c.value === 'string') expect(c.format).toBe('@');
      }
    // A native chart of the chosen indicator across the schools.
    const charts = await hostEval<Array<{ type: string; title: string; series: Array<{ name: string; categories: string[]; values: number[] }> }>>(
      'return host.charts("Свод")',
    );
    expect(charts).toHaveLength(1);
    expect(charts[0].type).toBe('ColumnClustered');
    expect(charts[0].title).toBe(`${expected.indicators[1].name}, человек`);
    expect(charts[0].series.map((s) => s.name)).toEqual(expected.valueColumns.slice(0, 5));
    expect(charts[0].series[0].categories).toHaveLength(10);
    expect(charts[0].series[0].values.reduce((a, b) => a + b, 0)).toBe(expected.totals[1][0]!.sum);
    await page.locator('[data-testid="sheet-view"][data-sheet="Свод"]').waitFor();
    await shot('12-summary-written');
    // The preview draws the chart where setPosition put it.
    const drawn = page.getByTestId('chart-view');
    await drawn.waitFor();
    expect(await drawn.getAttribute('data-title')).toBe(charts[0].title);
    await drawn.scrollIntoViewIfNeeded();
    await shot('12-summary-chart');
  });

  it('writes a second summary under new names: nothing is overwritten', async () => {
    const before = await hostEval<unknown>('return host.snapshot()["Свод"]');
    await page.getByTestId('write-summary').click();
    await until(() => page.getByTestId('summary-written').innerText(), (v) => expect(v).toBe('Свод записан на листы «Свод (2)», «Источники (2)», «Замечания (2)».'));
    expect(await hostEval<unknown>('return host.snapshot()["Свод"]')).toEqual(before);
  });

  it('consolidates the sheets of the open workbook: each indicator table is a school', async () => {
    await page.getByTestId('file-input').setInputFiles(path.join(SCHOOLS, 'school-02.xlsx'));
    await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe('school-02.xlsx'));
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('consolidate-workbook').click();
    await page.getByTestId('consolidate-result').waitFor();
    await expect(page.getByTestId('cons-summary').innerText()).resolves.toBe('В своде 1 из 1 · 16 показателей');
    const rows = await page.getByTestId('school-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-badge')]));
    expect(rows).toEqual([['Показатели', 'ready']]);
  });
});

describe('before submission', () => {
  it('gives the verdict on a corpus roadmap: not ready, with the errors that block it, and the report sheet', async () => {
    await page.getByTestId('file-input').setInputFiles(ROADMAP);
    await until(() => page.getByTestId('file-name').innerText(), (v) => expect(v).toBe(path.basename(ROADMAP)));
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.getAttribute('data-ready')).toBe('false');
    const title = await page.getByTestId('verdict-title').innerText();
    expect(title).toMatch(/^Не готово: \d+ ошиб/);
    const errors = Number(/(\d+)/.exec(title)![1]);
    expect(await page.getByTestId('blocking-finding').count()).toBe(Math.min(errors, 60));
    await expect(page.getByTestId('verdict-scope').innerText()).resolves.toContain('Профиль: Стандартная структура дорожной карты');
    await expect(page.getByTestId('verdict-report').innerText()).resolves.toBe('Отчёт записан на лист «Замечания».');
    expect(await sheetNames()).toContain('Замечания');
    expect((await cell('Замечания', 'A1'))?.value).toBe('№');
    // A blocking error selects its cell.
    const first = page.getByTestId('blocking-finding').first();
    const [sheet, address] = [await first.getAttribute('data-sheet'), await first.getAttribute('data-cell')];
    await first.click();
    await until(selection, (v) => expect(v).toEqual({ sheet, address }));
    await shot('13-verdict');
    await shot('13-pane-verdict', true);
  });

  it('shows the same findings in the check tab', async () => {
    await page.getByTestId('tab-check').click();
    await page.getByTestId('summary').waitFor();
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^Не готово: \d+ ошиб/);
  });
});

describe('profiles', () => {
  it('says what is wrong with a bad profile and keeps the one in force', async () => {
    await page.getByTestId('profile-file').setInputFiles({
      name: 'bad-profile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 'Плохой', fields: { number: { headers: [], required: false } }, order: ['name', 'name'] })),
    });
    const error = page.getByTestId('profile-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toMatch(/Профиль «bad-profile\.json» не загружен: \d+ ошиб/);
    expect(text).toContain('Действует прежний профиль.');
    expect(text).toContain('fields.number.headers');
    expect(text).toContain('поле "name" стоит в списке дважды');
    expect(text).toContain('order');
    await expect(page.getByTestId('profile-name').innerText()).resolves.toBe('Стандартная структура дорожной карты');
    expect(await hostEval<unknown>('return host.book.settings.get("roadmapChecker.profile") ?? null')).toBeNull();
    await shot('14-bad-profile', true);

    await page.getByTestId('profile-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": "x", ') });
    await until(() => page.getByTestId('profile-error').innerText(), (v) => expect(v).toContain('файл профиля — не JSON: ошибка в строке 1, столбце 16'));
  });

  it('loads a region’s profile, keeps it in the workbook and shows it in force', async () => {
    const profile = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'profile-example.json'), 'utf8').replace(/^\uFEFF/, '')) as { name: string };
    const region = { ...profile, name: 'Калининградская область, 2025' };
    await page.getByTestId('profile-file').setInputFiles({ name: 'kaliningrad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(region)) });
    await until(() => page.getByTestId('profile-name').innerText(), (v) => expect(v).toBe('Калининградская область, 2025'));
    await expect(page.getByTestId('profile-source').innerText()).resolves.toBe('Профиль: из книги, kaliningrad.json');
    await expect(page.getByTestId('profile-notice').innerText()).resolves.toContain('загружен и сохранён в книге');
    expect(await page.getByTestId('profile-error').count()).toBe(0);
    const stored = await hostEval<{ fileName: string; json: { name: string } }>('return host.book.settings.get("roadmapChecker.profile")');
    expect(stored).toMatchObject({ fileName: 'kaliningrad.json', json: { name: 'Калининградская область, 2025' } });
    await shot('15-profile-loaded', true);
  });
});

describe('a new plan', () => {
  it('inserts a roadmap sheet in the profile’s structure, with a hint on the deadlines, that checks clean', async () => {
    await page.getByTestId('tab-check').click();
    await page.getByTestId('new-plan').click();
    await page.getByTestId('profile-notice').filter({ hasText: 'Добавлен лист' }).waitFor();
    const name = await activeSheet();
    expect(name).toMatch(/^Дорожная карта( \(\d+\))?$/);
    await page.locator(`[data-testid="sheet-view"][data-sheet="${name}"]`).waitFor();
    expect((await cell(name, 'A1'))?.value).toMatch(/^План мероприятий \(«дорожная карта»\) на \d{4}-\d{4} годы$/);
    expect((await cell(name, 'C3'))?.value).toBe('Срок реализации');
    const validation = await hostEval<{ rule: { custom: { formula: string } }; prompt: { title: string; message: string }; errorAlert: { style: string } }>(
      'return host.validation(args[0], "C4")',
      name,
    );
    expect(validation.rule.custom.formula).toContain('SEARCH("постоянно",C4)');
    expect(validation.prompt.title).toBe('Срок');
    expect(validation.errorAlert.style).toBe('Warning');
    // Excel's input hint when a deadline cell is selected.
    await page.locator(`[data-testid="sheet-view"][data-sheet="${name}"] td[data-cell="C4"]`).dispatchEvent('mousedown');
    await until(() => page.getByTestId('validation-prompt').innerText(), (v) => expect(v).toMatch(/^Срок\s+Укажите дату, месяц, квартал или год/));
    await page.getByTestId('check-sheet').click();
    await until(() => page.getByTestId('verdict').innerText(), (v) => expect(v).toBe('Готово к отправке: ошибок нет'));
    await expect(page.getByTestId('scope-summary').innerText()).resolves.toBe(`«${name}»: 0 мероприятий, 0 разделов`);
    await expect(page.getByTestId('empty').innerText()).resolves.toBe('Замечаний нет.');
    await shot('16-new-plan');
  });

  it('speaks English after the language switch', async () => {
    await page.getByTestId('lang-en').click();
    await until(() => page.getByTestId('tab-consolidate').innerText(), (v) => expect(v).toBe('Summary'));
    await expect(page.getByTestId('tab-verdict').innerText()).resolves.toBe('Before submission');
    await expect(page.getByTestId('new-plan').innerText()).resolves.toBe('New plan');
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    await expect(page.getByTestId('verdict-title').innerText()).resolves.toMatch(/^(Not ready: \d+ errors?|Ready to submit: no errors)$/);
    await shot('17-pane-english-verdict', true);
  });
});
