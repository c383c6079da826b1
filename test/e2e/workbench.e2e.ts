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
import type { Page } from 'playwright-core';
import { formatNumber } from '../../src/taskpane/state/totals-view';
import { CORPUS_DIR } from '../support/corpus';
import { e2eSuite, host, hostEval, ROOT, shot, textOutsideBox, until as pollUntil, type CellView } from './harness';

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

const expected = JSON.parse(readFileSync(path.join(SCHOOLS, 'expected.json'), 'utf8')) as Expected;
const schoolFiles = expected.schools.map((s) => path.join(SCHOOLS, s.file));
const expectedNames = [...expected.schools.map((s) => s.file.replace(/\.xlsx$/, '')), 'school-11'];

function column(c: number): string {
  let n = c + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const suite = e2eSuite();
const cell = (page: Page, sheet: string, address: string): Promise<CellView> => host.cell(page, sheet, address);

/** The ten corpus schools picked, eleven expected (one sent nothing), consolidated. */
async function consolidateSchools(page: Page): Promise<void> {
  await page.getByTestId('tab-consolidate').click();
  await page.getByTestId('school-files').setInputFiles(schoolFiles);
  await until(() => page.getByTestId('file-count').innerText(), (v) => expect(v).toMatch(/^10 файлов, \d+ КБ$/));
  await page.getByTestId('expected-toggle').click();
  await page.getByTestId('expected-schools').fill(expectedNames.join('\n'));
  await page.getByTestId('consolidate-files').click();
  await page.getByTestId('consolidate-result').waitFor({ timeout: 30_000 });
}

describe('consolidation in the pane', () => {
  it('shows the tabs and the built-in profile', async () => {
    const { page } = await suite.open();
    await expect(page.getByTestId('tab-check').innerText()).resolves.toBe('Проверка');
    await expect(page.getByTestId('tab-consolidate').innerText()).resolves.toBe('Свод');
    await expect(page.getByTestId('tab-verdict').innerText()).resolves.toBe('Перед отправкой');
    await expect(page.getByTestId('profile-name').innerText()).resolves.toBe('Стандартная структура дорожной карты');
    await expect(page.getByTestId('profile-source').innerText()).resolves.toBe('Профиль: встроенный');
    // The profile's name is whole in the 340 px pane, not cut to «Стандартная стр…».
    expect(await textOutsideBox(page.getByTestId('profile-name'))).toEqual([]);
    expect(await page.getByTestId('profile-name').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  it('takes school workbooks dropped on the pane, many at once', async () => {
    const { page } = await suite.open();
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

  it('reads the schools with progress, then shows a row per school and the totals in the pane — before anything is written', async () => {
    const { page } = await suite.open();
    const before = await host.sheetNames(page);
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('school-files').setInputFiles(schoolFiles);
    await until(() => page.getByTestId('file-count').innerText(), (v) => expect(v).toMatch(/^10 файлов, \d+ КБ$/));
    expect(await page.getByTestId('picked-file').count()).toBe(10);
    await page.getByTestId('expected-toggle').click();
    await page.getByTestId('expected-schools').fill(expectedNames.join('\n'));
    await expect(page.getByTestId('expected-count').innerText()).resolves.toBe('11 школ');
    await expect(page.getByTestId('consolidate-files').innerText()).resolves.toBe('Свести 10 файлов');
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
    // «из 11»: the expected school that sent no file is one of the schools.
    await expect(page.getByTestId('cons-summary').innerText()).resolves.toBe('В своде 10 из 11 · 16 показателей');

    const rows = await page.getByTestId('school-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-badge')]));
    const badgeOf = Object.fromEntries(rows);
    expect(rows).toHaveLength(11);
    for (const s of ['01', '02', '06', '07', '08', '09', '10']) expect(badgeOf[`school-${s}`]).toBe('ready');
    expect(badgeOf['school-03']).toBe('warnings'); // «176 чел.»: a number written as text
    expect(badgeOf['school-04']).toBe('warnings'); // «нет данных»
    expect(badgeOf['school-05']).toBe('errors'); // an indicator row missing
    expect(badgeOf['school-11']).toBe('missing');
    await expect(page.getByTestId('count-missing').innerText()).resolves.toBe('нет файла: 1');
    const school5 = page.locator('[data-testid="school-row"][data-name="school-05"]');
    await school5.locator('button').first().click();
    await school5.locator('[data-testid="school-finding"][data-rule="indicator-missing"]').waitFor();
    await expect(school5.getByTestId('school-finding').first().innerText()).resolves.toContain('Нет показателя «Количество обучающихся общеобразовательных учреждений, принявших участие в мониторинге');

    // The totals, in the pane: each indicator with its unit, each column's total as a Russian
    // reader writes it, and how many of the ten schools gave a value.
    const totals = page.getByTestId('indicator-total');
    await expect(totals.count()).resolves.toBe(expected.indicators.length);
    for (let k = 0; k < expected.indicators.length; k++) {
      const indicator = totals.nth(k);
      await expect(indicator.getAttribute('data-name')).resolves.toBe(expected.indicators[k].name);
      const shown = await indicator.getByTestId('column-total').evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-column'), e.querySelector('[data-testid="total-value"]')!.textContent, e.querySelector('[data-testid="total-count"]')!.textContent]),
      );
      expect(shown.map((r) => r[0])).toEqual(expected.valueColumns);
      expected.valueColumns.forEach((_, j) => {
        const want = expected.totals[k][j];
        if (want === null) expect(shown[j].slice(1)).toEqual(['—', 'нет значений']);
        else expect(shown[j].slice(1)).toEqual([formatNumber(want.sum ?? want.mean!, 'ru', want.mean !== undefined ? 'mean' : 'sum'), `${want.n} из 10 школ`]);
      });
    }
    expect(await textOutsideBox(page.locator('[data-testid="indicator-total"], [data-testid="cons-summary"], [data-testid="school-row"]'))).toEqual([]);
    // Nothing was written for that.
    expect(await host.sheetNames(page)).toEqual(before);
    await page.getByTestId('totals').scrollIntoViewIfNeeded();
    await shot(page, '20-consolidated');
    await shot(page, '20-pane-totals', true);
  });

  it('writes «Свод», «Источники», «Замечания» and a chart: the expected totals, grouped numbers, frozen header and indicator, the chart’s title whole', async () => {
    const { page } = await suite.open();
    await consolidateSchools(page);
    await page.getByTestId('chart-indicator').selectOption('1');
    const before = await host.sheetNames(page);
    await page.getByTestId('write-summary').click();
    await page.getByTestId('summary-written').waitFor();
    await expect(page.getByTestId('summary-written').innerText()).resolves.toBe('Свод записан на листы «Свод», «Источники», «Замечания».');
    expect(await host.sheetNames(page)).toEqual([...before, 'Свод', 'Источники', 'Замечания']);
    expect(await host.activeSheet(page)).toBe('Свод');

    // Totals: one row per indicator in order (a goal's heading row above its first), the name in A,
    // per column a value (D, F, …) and its count of schools (E, G, …).
    const names = await hostEval<Record<string, { cells: Record<string, NonNullable<CellView>> }>>(page, 'return host.snapshot()').then((all) =>
      Object.entries(all['Свод'].cells).filter(([ref, c]) => /^A\d+$/.test(ref) && typeof c.value === 'string'),
    );
    let from = 3;
    const indicatorRows: number[] = [];
    for (let k = 0; k < expected.indicators.length; k++) {
      const at = names.find(([ref, c]) => Number(ref.slice(1)) >= from && c.value === expected.indicators[k].name);
      expect(at).toBeDefined();
      const r = Number(at![0].slice(1));
      indicatorRows.push(r);
      from = r + 1;
      for (let j = 0; j < expected.valueColumns.length; j++) {
        const want = expected.totals[k][j];
        const value = await cell(page, 'Свод', `${column(3 + 2 * j)}${r}`);
        const n = await cell(page, 'Свод', `${column(4 + 2 * j)}${r}`);
        if (want === null) {
          expect(value).toBeUndefined();
          expect(n?.value).toBe(0);
        } else {
          expect(typeof value?.value).toBe('number');
          expect(value!.value as number).toBeCloseTo(want.sum ?? want.mean!, 6);
          expect(value!.format).toBe(want.mean !== undefined ? '#,##0.0' : '#,##0');
          expect(n?.value).toBe(want.n);
        }
      }
    }
    expect(await host.frozen(page, 'Свод')).toEqual({ rows: 2, columns: 1 });
    expect((await cell(page, 'Свод', 'D2'))?.wrapText).toBe(true);
    // The findings sheet names the missing school; every text cell is text.
    const snapshot = await hostEval<Record<string, { cells: Record<string, NonNullable<CellView>> }>>(page, 'return host.snapshot()');
    expect(Object.values(snapshot['Замечания'].cells).map((c) => c.value)).toEqual(expect.arrayContaining(['school-missing', 'value-number-as-text', 'value-not-number', 'indicator-missing']));
    for (const sheet of ['Свод', 'Источники', 'Замечания'])
      for (const c of Object.values(snapshot[sheet].cells)) {
        expect(c.formula).toBeUndefined();
        if (typeof c.value === 'string') expect(c.format).toBe('@');
      }
    // A native chart of the chosen indicator across the schools.
    const charts = await hostEval<Array<{ type: string; title: string; series: Array<{ name: string; categories: string[]; values: number[] }> }>>(page, 'return host.charts("Свод")');
    expect(charts).toHaveLength(1);
    expect(charts[0].type).toBe('ColumnClustered');
    expect(charts[0].title).toBe(`${expected.indicators[1].name}, человек`);
    expect(charts[0].series.map((s) => s.name)).toEqual(expected.valueColumns.slice(0, 5));
    expect(charts[0].series[0].categories).toHaveLength(10);
    expect(charts[0].series[0].values.reduce((a, b) => a + b, 0)).toBe(expected.totals[1][0]!.sum);
    await page.locator('[data-testid="sheet-view"][data-sheet="Свод"]').waitFor();
    // The preview shows what Excel would: the totals grouped («1 234»), the header wrapped whole.
    const big = expected.totals.flatMap((row, k) => row.map((t, j) => ({ t, k, j }))).find(({ t }) => t && (t.sum ?? 0) >= 1000);
    if (big) {
      const td = page.locator(`[data-testid="sheet-view"] td[data-cell="${column(3 + 2 * big.j)}${indicatorRows[big.k]}"]`);
      await expect(td.innerText()).resolves.toBe(formatNumber(big.t!.sum!, 'ru'));
    }
    expect(await textOutsideBox(page.locator('[data-testid="sheet-view"] td[data-cell="A1"], [data-testid="sheet-view"] td[data-cell="D2"]'))).toEqual([]);
    await shot(page, '21-summary-written');
    // The chart where setPosition put it, its title whole.
    const drawn = page.getByTestId('chart-view');
    await drawn.waitFor();
    expect(await drawn.getAttribute('data-title')).toBe(charts[0].title);
    await drawn.scrollIntoViewIfNeeded();
    await expect(drawn.getByTestId('chart-title').innerText()).resolves.toBe(charts[0].title);
    expect(await textOutsideBox(drawn.getByTestId('chart-title'))).toEqual([]);
    expect(await drawn.getByTestId('chart-title').evaluate((el) => el.scrollHeight <= (el.parentElement as Element).getBoundingClientRect().height + 1)).toBe(true);
    await shot(page, '21-summary-chart');

    // Again: new names, nothing overwritten.
    const first = await hostEval<unknown>(page, 'return host.snapshot()["Свод"]');
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('write-summary').click();
    await until(() => page.getByTestId('summary-written').innerText(), (v) => expect(v).toBe('Свод записан на листы «Свод (2)», «Источники (2)», «Замечания (2)».'));
    expect(await hostEval<unknown>(page, 'return host.snapshot()["Свод"]')).toEqual(first);
  });

  it('consolidates the sheets of the open workbook: each indicator table is a school', async () => {
    const { page } = await suite.open({ file: path.join(SCHOOLS, 'school-02.xlsx') });
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('consolidate-workbook').click();
    await page.getByTestId('consolidate-result').waitFor();
    await expect(page.getByTestId('cons-summary').innerText()).resolves.toBe('В своде 1 из 1 · 16 показателей');
    const rows = await page.getByTestId('school-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-badge')]));
    expect(rows).toEqual([['Показатели', 'ready']]);
    await page.getByTestId('indicator-total').first().waitFor();
  });
});

describe('before submission', () => {
  it('writes the report sheet and fills the check tab with the same findings', async () => {
    const { page } = await suite.open({ file: ROADMAP });
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    await expect(page.getByTestId('verdict-scope').innerText()).resolves.toContain('Профиль: Стандартная структура дорожной карты');
    await expect(page.getByTestId('verdict-report').innerText()).resolves.toBe('Отчёт записан на лист «Замечания».');
    expect(await host.sheetNames(page)).toContain('Замечания');
    expect((await cell(page, 'Замечания', 'A1'))?.value).toBe('№');
    await page.getByTestId('tab-check').click();
    await page.getByTestId('summary').waitFor();
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^Не готово: \d+ ошиб/);
  });

  it('speaks English in an English Office', async () => {
    const { page } = await suite.open({ file: ROADMAP, language: 'en' });
    await expect(page.getByTestId('tab-consolidate').innerText()).resolves.toBe('Summary');
    await expect(page.getByTestId('tab-verdict').innerText()).resolves.toBe('Before submission');
    await expect(page.getByTestId('new-plan').innerText()).resolves.toBe('New plan');
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    await expect(page.getByTestId('verdict-title').innerText()).resolves.toMatch(/^Not ready: \d+ errors?$/);
    expect((await cell(page, 'Замечания', 'E1'))?.value).toBe('Finding');
    await shot(page, '22-pane-english-verdict', true);
  });
});

describe('profiles', () => {
  it('says what is wrong with a bad profile and keeps the one in force', async () => {
    const { page } = await suite.open();
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
    expect(await textOutsideBox(error)).toEqual([]);
    await expect(page.getByTestId('profile-name').innerText()).resolves.toBe('Стандартная структура дорожной карты');
    expect(await hostEval<unknown>(page, 'return host.book.settings.get("roadmapChecker.profile") ?? null')).toBeNull();
    await shot(page, '23-bad-profile', true);

    await page.getByTestId('profile-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "name": "x", ') });
    await until(() => page.getByTestId('profile-error').innerText(), (v) => expect(v).toContain('файл профиля — не JSON: ошибка в строке 1, столбце 16'));
  });

  it('loads a region’s profile, keeps it in the workbook and shows it in force, its long name whole', async () => {
    const { page } = await suite.open();
    const profile = JSON.parse(readFileSync(path.join(ROOT, 'docs', 'profile-example.json'), 'utf8').replace(/^\uFEFF/, '')) as { name: string };
    const name = 'Калининградская область, министерство образования, 2025–2026 учебный год';
    await page.getByTestId('profile-file').setInputFiles({ name: 'kaliningrad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...profile, name })) });
    await until(() => page.getByTestId('profile-name').innerText(), (v) => expect(v).toBe(name));
    await expect(page.getByTestId('profile-source').innerText()).resolves.toBe('Профиль: из книги, kaliningrad.json');
    await expect(page.getByTestId('profile-notice').innerText()).resolves.toContain('загружен и сохранён в книге');
    expect(await textOutsideBox(page.locator('[data-testid="profile-name"], [data-testid="profile-notice"]'))).toEqual([]);
    expect(await page.getByTestId('profile-error').count()).toBe(0);
    const stored = await hostEval<{ fileName: string; json: { name: string } }>(page, 'return host.book.settings.get("roadmapChecker.profile")');
    expect(stored).toMatchObject({ fileName: 'kaliningrad.json', json: { name } });
    await shot(page, '24-profile-loaded', true);
  });
});

describe('a new plan', () => {
  it('inserts a roadmap sheet in the profile’s structure, with a hint on the deadlines, that has no finding — and is not yet «Готово»', async () => {
    const { page } = await suite.open();
    await page.getByTestId('new-plan').click();
    await page.getByTestId('profile-notice').filter({ hasText: 'Добавлен лист' }).waitFor();
    const name = await host.activeSheet(page);
    expect(name).toMatch(/^Дорожная карта( \(\d+\))?$/);
    await page.locator(`[data-testid="sheet-view"][data-sheet="${name}"]`).waitFor();
    expect((await cell(page, name, 'A1'))?.value).toMatch(/^План мероприятий \(«дорожная карта»\) на \d{4}-\d{4} годы$/);
    expect((await cell(page, name, 'C3'))?.value).toBe('Срок реализации');
    const validation = await hostEval<{ rule: { custom: { formula: string } }; prompt: { title: string; message: string }; errorAlert: { style: string } }>(page, 'return host.validation(args[0], "C4")', name);
    expect(validation.rule.custom.formula).toContain('SEARCH("постоянно",C4)');
    expect(validation.prompt.title).toBe('Срок');
    expect(validation.errorAlert.style).toBe('Warning');
    // Excel's input hint when a deadline cell is selected.
    await page.locator(`[data-testid="sheet-view"][data-sheet="${name}"] td[data-cell="C4"]`).dispatchEvent('mousedown');
    await until(() => page.getByTestId('validation-prompt').innerText(), (v) => expect(v).toMatch(/^Срок\s+Укажите дату, месяц, квартал или год/));
    await page.getByTestId('check-sheet').click();
    await until(() => page.getByTestId('verdict').innerText(), (v) => expect(v).toBe('Не готово: в плане нет мероприятий'));
    await expect(page.getByTestId('verdict-reason').innerText()).resolves.toBe(`В плане «${name}» нет ни одного мероприятия: заполните план и проверьте снова.`);
    await expect(page.getByTestId('empty').innerText()).resolves.toBe('Замечаний нет.');
    await shot(page, '25-new-plan');
  });
});
