/**
 * The task pane end to end, as a school employee uses it, in the built preview (dist/, `npm run
 * build`) in headless Chromium on the in-memory Excel host — the pane in its 340 px frame, as
 * Excel docks it. Each test opens the preview with its own workbook. Screenshots go to
 * test-artifacts/e2e/.
 *
 * - At 340 px every card and notice holds its text, and «Проверить снова» can be clicked.
 * - Ten clicks on «Далее» without moving the mouse step ten findings, the list scrolling under it.
 * - The verdict's three states, and a passport sheet, an empty plan and the report sheet never «Готово».
 * - Keyboard only: check → step (F8) → the listbox's arrows and Enter select the cell → Delete ignores.
 * - The report sheet: titles, the event's name beside the linked cell.
 * - The preview keeps the findings across theme and language switches; a new sheet opens at A1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { CORPUS_DIR } from '../support/corpus';
import { DIST, e2eSuite, host, hostEval, overlaps, shot, textOutsideBox, until } from './harness';

const CORPUS_FILE = path.join(CORPUS_DIR, 'seeds/career-guidance-project-2023-2027.xlsx');
const TRUTH_FILE = CORPUS_FILE.replace(/\.xlsx$/, '.truth.json');
const HIGHLIGHT_FILLS = ['#FFC7CE', '#FFEB9C', '#DDEBF7'];
const TMP = mkdtempSync(path.join(os.tmpdir(), 'rc-pane-e2e-'));

interface Truth {
  sheets: Array<{ sheet: string; columns: Record<string, string>; events: Array<{ row: number; responsibleMissing: boolean }> }>;
}

const truth = JSON.parse(readFileSync(TRUTH_FILE, 'utf8')) as Truth;
const plan = truth.sheets[0];
const missingResponsible = plan.events.filter((e) => e.responsibleMissing).map((e) => `${plan.columns.responsible}${e.row}`);

const HEADER = ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'];
const TITLE = 'План мероприятий («дорожная карта») по профориентации на 2025-2026 годы';

/** A workbook of the given sheets, written to a file for the preview's file input. */
function workbook(name: string, sheets: Record<string, unknown[][]>): string {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const file = path.join(TMP, name);
  writeFileSync(file, new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  return file;
}

const CLEAN_EVENTS = [
  [1, 'Совещание с руководителями школ по профориентации', 'сентябрь 2025', 'Иванова И.И., начальник отдела', 'Протокол'],
  [2, 'Мониторинг профессиональных намерений выпускников', 'декабрь 2025', 'Петров П.П., методист', 'Справка'],
  [3, 'Дни открытых дверей в колледжах', 'март 2026', 'Сидорова С.С., заместитель директора', 'Информация на сайте'],
];
const cleanPlan = () => workbook('clean.xlsx', { 'Дорожная карта': [[TITLE], [], HEADER, ...CLEAN_EVENTS] });
const vaguePlan = () =>
  workbook('vague.xlsx', {
    'Дорожная карта': [
      [TITLE],
      [],
      HEADER,
      ...CLEAN_EVENTS,
      [4, 'Профориентационные экскурсии', 'Постоянно', 'Сидорова С.С., заместитель директора', 'Отчёт'],
      [5, 'Классные часы о профессиях', 'В течение года', 'Петров П.П., методист', 'Отчёт'],
    ],
  });
/** A long plan — forty events, a vague deadline or a missing responsible every few rows: dozens of findings in several groups. */
const longPlan = () =>
  workbook('long.xlsx', {
    'Дорожная карта': [
      [TITLE],
      [],
      HEADER,
      ...Array.from({ length: 40 }, (_, i) => [
        i + 1,
        `Мероприятие по профориентации обучающихся № ${i + 1}: классные часы, экскурсии и встречи с представителями предприятий города`,
        i % 3 === 0 ? 'Постоянно' : i % 3 === 1 ? 'В течение года' : 'октябрь 2025',
        i % 4 === 0 ? '' : 'Иванова И.И., заместитель директора',
        'Отчёт',
      ]),
    ],
  });
const passport = () =>
  workbook('passport.xlsx', {
    Паспорт: [['Паспорт программы профориентации'], ['Наименование', 'Программа «Мой выбор»'], ['Сроки реализации', '2025-2027 годы'], ['Исполнители', 'Отдел образования']],
  });

const suite = e2eSuite();

async function count(page: Page, severity: 'error' | 'warning' | 'info'): Promise<number> {
  return Number(await page.getByTestId(`count-${severity}`).innerText());
}

async function checkSheet(page: Page): Promise<void> {
  await page.getByTestId('check-sheet').click();
  await page.getByTestId('summary').waitFor();
}

const position = (page: Page) => page.getByTestId('position').innerText();

describe('the build', () => {
  it('a preview without office.js under a self-only CSP, and a pane that takes office.js from the CDN', () => {
    const preview = readFileSync(path.join(DIST, 'preview.html'), 'utf8');
    expect(preview).not.toContain('office.js');
    expect(preview).toMatch(/Content-Security-Policy[^>]*default-src 'self'; script-src 'self';/);
    const pane = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pane).toMatch(/Content-Security-Policy[^>]*script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
  });
});

describe('a check in a 340 px pane', () => {
  it('shows the findings grouped with counts; every card and notice holds its text', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    expect(await host.activeSheet(page)).toBe(plan.sheet);
    await expect(page.getByTestId('pane-frame').evaluate((el) => el.getBoundingClientRect().width)).resolves.toBeLessThanOrEqual(341);
    await checkSheet(page);
    const errors = await count(page, 'error');
    expect(errors).toBeGreaterThanOrEqual(missingResponsible.length);
    const group = page.getByTestId('rule-responsible-missing');
    await expect(group.getByTestId('rule-count').innerText()).resolves.toBe(String(missingResponsible.length));
    expect(await group.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')))).toEqual(missingResponsible);
    await expect(position(page)).resolves.toBe(`— из ${errors + (await count(page, 'warning')) + (await count(page, 'info'))}`);
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^Не готово: \d+ ошиб/);

    await page.getByTestId('write-report').click();
    await page.getByTestId('notice').waitFor();
    await expect(page.getByTestId('notice').innerText()).resolves.toContain('Отчёт записан на лист «Замечания».');
    await page.getByTestId('next').click();
    await until(() => position(page), (v) => expect(v).toMatch(/^1 из/));
    // Every card, notice and bar keeps its text inside; none spills over another; nothing is wider than the pane.
    const boxes = page.locator('[data-testid="notice"], [data-testid="summary"], [data-testid="stepper"], [data-testid="profile-bar"], [data-testid="finding"]');
    expect(await textOutsideBox(boxes)).toEqual([]);
    expect(await overlaps(page.locator('[data-testid="notice"], [data-testid="summary"], [data-testid="stepper"], [data-testid="list-scroller"]'))).toEqual([]);
    expect(await page.getByTestId('pane').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The long message of the current finding wraps: it is several lines, not one cut line.
    const message = page.getByTestId('current-message');
    expect(await message.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shot(page, '01-pane-checked', true);
  });

  it('with live re-check off, «Проверить снова» stands clear and can be clicked', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await checkSheet(page);
    await page.getByTestId('live').click();
    const target = missingResponsible[0];
    const cell = page.locator(`[data-testid="sheet-view"] td[data-cell="${target}"]`);
    await cell.dblclick();
    await cell.locator('input').fill('Управление образования');
    await cell.locator('input').press('Enter');
    const stale = page.getByTestId('stale');
    await stale.waitFor();
    expect(await textOutsideBox(stale)).toEqual([]);
    expect(await overlaps(page.locator('[data-testid="stale"], [data-testid="summary"], [data-testid="stepper"]'))).toEqual([]);
    // The point at the button's centre is the button: nothing lies over it.
    const recheck = page.getByTestId('recheck');
    const box = (await recheck.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid="recheck"]') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe(true);
    const errors = await count(page, 'error');
    await shot(page, '02-pane-stale', true);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await until(() => count(page, 'error'), (v) => expect(v).toBe(errors - 1));
    await expect(stale.count()).resolves.toBe(0);
  });

  it('ten clicks on «Далее» without moving the mouse step ten findings, while the list scrolls under the stepper', async () => {
    const { page } = await suite.open({ file: longPlan(), viewport: { width: 1280, height: 700 } });
    await checkSheet(page);
    const total = Number(/из (\d+)/.exec(await position(page))![1]);
    expect(total).toBeGreaterThan(20);
    const box = (await page.getByTestId('next').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    const cells: string[] = [];
    for (let i = 1; i <= 10; i++) {
      await page.mouse.down();
      await page.mouse.up();
      await until(() => position(page), (v) => expect(v).toBe(`${i} из ${total}`));
      cells.push((await host.selection(page)).address);
    }
    expect(new Set(cells).size).toBe(10);
    // The button did not move, and the list did scroll to keep the current finding in view.
    expect(await page.getByTestId('next').boundingBox()).toEqual(box);
    expect(await page.locator('[data-testid="finding"][data-current]').isVisible()).toBe(true);
    const scrolled = await page.getByTestId('finding-list').evaluate((el) => el.parentElement!.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    await shot(page, '03-pane-ten-steps', true);
  });

  it('selects a clicked finding’s cell; highlights and clears; ignores and brings back', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await checkSheet(page);
    const item = page.getByTestId('rule-responsible-missing').getByTestId('finding').first();
    const cell = (await item.getAttribute('data-cell'))!;
    await item.click();
    await until(() => host.selection(page), (v) => expect(v).toEqual({ sheet: plan.sheet, address: cell }));
    await expect(page.getByTestId('current-cell').innerText()).resolves.toBe(cell);

    expect(await host.shownFill(page, plan.sheet, cell)).toBeNull();
    await page.getByTestId('highlight').click();
    await page.getByTestId('clear-highlight').waitFor();
    await until(() => host.shownFill(page, plan.sheet, cell), (v) => expect(v).toBe('#FFC7CE'));
    const fills = () => page.locator('[data-testid="sheet-view"] td[data-fill]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fill')));
    await until(fills, (v) => expect(v.length).toBeGreaterThan(0));
    expect((await fills()).every((f) => HIGHLIGHT_FILLS.includes(f!))).toBe(true);
    await shot(page, '04-highlighted');
    await page.getByTestId('clear-highlight').click();
    await until(() => host.shownFill(page, plan.sheet, cell), (v) => expect(v).toBeNull());

    const errors = await count(page, 'error');
    await page.getByTestId('ignore-current').click();
    await until(() => count(page, 'error'), (v) => expect(v).toBe(errors - 1));
    await page.getByTestId('show-ignored').click();
    await page.locator(`[data-testid="finding"][data-cell="${cell}"][data-ignored]`).click();
    await page.getByTestId('unignore-current').click();
    await until(() => count(page, 'error'), (v) => expect(v).toBe(errors));
  });

  it('re-checks live after the user types a responsible into the sheet', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await checkSheet(page);
    const target = missingResponsible[0];
    const errors = await count(page, 'error');
    const cell = page.locator(`[data-testid="sheet-view"] td[data-cell="${target}"]`);
    await cell.dblclick();
    await cell.locator('input').fill('Управление образования');
    await cell.locator('input').press('Enter');
    await until(() => count(page, 'error'), (v) => expect(v).toBe(errors - 1), 10_000);
    await expect(page.locator(`[data-testid="finding"][data-rule="responsible-missing"][data-cell="${target}"]`).count()).resolves.toBe(0);
  });
});

describe('from the keyboard alone', () => {
  it('check → step with F8 → into the list, arrows and Enter select the cell, Delete ignores', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName ?? '');
    // Tab from the top of the page to «Проверить лист».
    for (let i = 0; i < 40 && (await focused()) !== 'check-sheet'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('check-sheet');
    await page.keyboard.press('Enter');
    await page.getByTestId('summary').waitFor();
    const total = Number(/из (\d+)/.exec(await position(page))![1]);
    await page.keyboard.press('F8');
    await until(() => position(page), (v) => expect(v).toBe(`1 из ${total}`));
    await page.keyboard.press('F8');
    await until(() => position(page), (v) => expect(v).toBe(`2 из ${total}`));
    await page.keyboard.press('Shift+F8');
    await until(() => position(page), (v) => expect(v).toBe(`1 из ${total}`));
    const stepped = (await host.selection(page)).address;
    await expect(page.getByTestId('current-cell').innerText()).resolves.toBe(stepped);

    // The list is one Tab stop: Tab reaches it, and one more Tab leaves it.
    for (let i = 0; i < 60 && (await focused()) !== 'finding-list'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('finding-list');
    const list = page.getByTestId('finding-list');
    const active = () => list.evaluate((el) => el.getAttribute('aria-activedescendant'));
    // The active option starts at the current finding; Home goes to the list's top, the arrows on.
    await expect(active()).resolves.toBe(await page.locator('[role="option"][aria-selected="true"]').getAttribute('id'));
    await page.keyboard.press('Home');
    const first = await active();
    expect(first).toBe(await page.locator('[role="option"]').first().getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const moved = await active();
    expect(moved).toBe(await page.locator('[role="option"]').nth(2).getAttribute('id'));
    const option = page.locator(`[id="${moved}"]`);
    const [sheet, cell] = [await option.getAttribute('data-sheet'), await option.getAttribute('data-cell')];
    await page.keyboard.press('Enter');
    await until(() => host.selection(page), (v) => expect(v).toEqual({ sheet, address: cell }));
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    expect(await focused()).toBe('finding-list');
    // Delete ignores the active finding.
    const counts = async () => (await count(page, 'error')) + (await count(page, 'warning')) + (await count(page, 'info'));
    const before = await counts();
    await page.keyboard.press('Delete');
    await until(counts, (v) => expect(v).toBe(before - 1));
    await page.keyboard.press('Tab');
    expect(await focused()).not.toBe('finding-list');
    expect(await page.locator('[role="option"][tabindex]').count()).toBe(0);
    await shot(page, '05-pane-keyboard', true);
  });

  it('shows the shortcuts in the tooltips of «Далее» and «Назад»', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await checkSheet(page);
    await page.getByTestId('next').hover();
    await until(() => page.getByRole('tooltip').allInnerTexts(), (v) => expect(v).toContain('Следующее замечание (F8)'));
    await page.getByTestId('prev').hover();
    await until(() => page.getByRole('tooltip').allInnerTexts(), (v) => expect(v).toContain('Предыдущее замечание (Shift+F8)'));
  });
});

describe('the verdict never lies about «ready»', () => {
  it('not ready: a corpus roadmap with errors, listed; each selects its cell', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('not-ready');
    const title = await page.getByTestId('verdict-title').innerText();
    expect(title).toMatch(/^Не готово: \d+ ошиб/);
    expect(await page.getByTestId('blocking-finding').count()).toBe(Math.min(Number(/(\d+)/.exec(title)![1]), 60));
    await expect(page.getByTestId('error-rules').innerText()).resolves.toContain('Не указан ответственный');
    const first = page.getByTestId('blocking-finding').first();
    const [sheet, address] = [await first.getAttribute('data-sheet'), await first.getAttribute('data-cell')];
    await first.click();
    await until(() => host.selection(page), (v) => expect(v).toEqual({ sheet, address }));
    expect(await textOutsideBox(page.locator('[data-testid="verdict-card"], [data-testid="blocking-finding"]'))).toEqual([]);
    await shot(page, '06-pane-verdict-not-ready', true);
  });

  it('can be submitted, but with findings: vague deadlines first, with their count and why they matter', async () => {
    const { page } = await suite.open({ file: vaguePlan() });
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    const card = page.getByTestId('verdict-card');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('warnings');
    await expect(page.getByTestId('verdict-title').innerText()).resolves.toBe('Можно отправить, но есть замечания');
    await expect(page.getByTestId('verdict-reason').innerText()).resolves.toContain('неконкретными сроками проверяющие обычно возвращают');
    const rules = await page.getByTestId('warning-rules').locator('li').allInnerTexts();
    expect(rules[0]).toBe('Неконкретный срок — 2');
    await shot(page, '07-pane-verdict-warnings', true);
  });

  it('ready: a plan with events and nothing to say', async () => {
    const { page } = await suite.open({ file: cleanPlan() });
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    expect(await page.getByTestId('verdict-card').getAttribute('data-state')).toBe('ready');
    await expect(page.getByTestId('verdict-title').innerText()).resolves.toBe('Готово к отправке');
    await page.getByTestId('tab-check').click();
    await expect(page.getByTestId('verdict').innerText()).resolves.toBe('Готово к отправке');
    await shot(page, '08-pane-verdict-ready', true);
  });

  it('a passport sheet is not «Готово»: it says what it is', async () => {
    const { page } = await suite.open({ file: passport() });
    await checkSheet(page);
    expect(await page.getByTestId('summary').getAttribute('data-state')).toBe('not-ready');
    await expect(page.getByTestId('verdict').innerText()).resolves.toBe('Не готово: дорожная карта не найдена');
    await expect(page.getByTestId('verdict-reason').innerText()).resolves.toContain('Лист «Паспорт» не похож на дорожную карту');
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    await expect(page.getByTestId('verdict-title').innerText()).resolves.toBe('Не готово: дорожная карта не найдена');
    await shot(page, '09-pane-passport', true);
  });

  it('the report sheet itself and an empty new plan are not «Готово» either', async () => {
    const { page } = await suite.open({ file: cleanPlan() });
    await checkSheet(page);
    await page.getByTestId('write-report').click();
    await page.locator('[data-testid="sheet-view"][data-sheet="Замечания"]').waitFor();
    await checkSheet(page);
    await until(() => page.getByTestId('verdict').innerText(), (v) => expect(v).toBe('Не готово: это лист надстройки, а не план'));
    await page.getByTestId('new-plan').click();
    await page.getByTestId('profile-notice').filter({ hasText: 'Добавлен лист' }).waitFor();
    await page.locator('[data-testid="sheet-view"][data-sheet="Дорожная карта (2)"]').waitFor();
    await checkSheet(page);
    await until(() => page.getByTestId('verdict').innerText(), (v) => expect(v).toBe('Не готово: в плане нет мероприятий'));
  });
});

describe('the report sheet', () => {
  it('titles in Russian, the event’s name beside its linked cell, widths and wrapping', async () => {
    const { page } = await suite.open({ file: vaguePlan() });
    await checkSheet(page);
    await page.getByTestId('write-report').click();
    await page.locator('[data-testid="sheet-view"][data-sheet="Замечания"]').waitFor();
    const row = (r: number) => Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(async (c) => (await host.cell(page, 'Замечания', `${c}${r}`))?.value));
    expect(await row(1)).toEqual(['№', 'Лист', 'Ячейка', 'Мероприятие', 'Замечание', 'Важность', 'Значение']);
    const rows = await Promise.all([2, 3, 4].map(row));
    const vague = rows.find((r) => r[6] === 'Постоянно')!;
    expect(vague).toEqual([expect.any(Number), 'Дорожная карта', 'C7', 'Профориентационные экскурсии', 'Неконкретный срок', 'Предупреждение', 'Постоянно']);
    const link = (await host.cell(page, 'Замечания', `C${rows.indexOf(vague) + 2}`))!.hyperlink;
    expect(link?.documentReference).toBe("'Дорожная карта'!C7");
    expect((await host.cell(page, 'Замечания', 'H2'))?.wrapText).toBe(true);
    await shot(page, '10-report-sheet');
  });
});

describe('the preview', () => {
  it('keeps the findings across a theme switch and a language switch', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    await checkSheet(page);
    await page.getByTestId('next').click();
    await page.getByTestId('next').click();
    const errors = await count(page, 'error');
    await until(() => position(page), (v) => expect(v).toMatch(/^2 из/));
    await page.getByTestId('theme-toggle').click();
    expect(page.url()).toContain('theme=dark');
    const [r, g, b] = (await page.getByTestId('pane').evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    expect(await count(page, 'error')).toBe(errors);
    await expect(position(page)).resolves.toMatch(/^2 из/);
    await shot(page, '11-pane-dark', true);

    await page.getByTestId('lang-en').click();
    expect(page.url()).toContain('lang=en');
    await until(() => position(page), (v) => expect(v).toMatch(/^2 of \d+$/));
    expect(await count(page, 'error')).toBe(errors);
    await expect(page.getByTestId('check-sheet').innerText()).resolves.toBe('Check sheet');
    const message = await page.getByTestId('current-message').innerText();
    expect(message.replace(/«[^»]*»|"[^"]*"|“[^”]*”/g, '')).not.toMatch(/[а-яё]/i);
    await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/^Not ready: \d+ errors?$/);
    await shot(page, '12-pane-english', true);
  });

  it('opens a new sheet at A1, however far the last one was scrolled', async () => {
    const { page } = await suite.open({ file: CORPUS_FILE });
    const grid = page.locator('[data-testid="sheet-view"] .grid');
    await grid.evaluate((el) => el.scrollTo({ left: 600, top: 400 }));
    await page.getByTestId('new-plan').click();
    await page.getByTestId('profile-notice').filter({ hasText: 'Добавлен лист' }).waitFor();
    await page.locator(`[data-testid="sheet-view"][data-sheet="${await host.activeSheet(page)}"]`).waitFor();
    expect(await host.activeSheet(page)).toMatch(/^Дорожная карта/);
    await until(() => grid.evaluate((el) => [el.scrollLeft, el.scrollTop]), (v) => expect(v).toEqual([0, 0]));
    await expect(page.locator('[data-testid="sheet-view"] td[data-cell="A1"]').isVisible()).resolves.toBe(true);
    await shot(page, '13-new-plan');
  });
});

describe('«Столбцы»: the user\'s own columns', () => {
  /** A plan whose responsible column has a header nobody uses, and a second column of people beside it. */
  const oddPlan = () =>
    workbook('odd.xlsx', {
      'Дорожная карта': [
        [TITLE],
        [],
        ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Согласовано с'],
        [1, 'Совещание с руководителями школ по профориентации', 'сентябрь 2025', 'Иванова И.И., начальник отдела', ''],
        [2, 'Мониторинг профессиональных намерений выпускников', 'декабрь 2025', '', 'Петров П.П., методист'],
        [3, 'Дни открытых дверей в колледжах', 'март 2026', 'Сидорова С.С., заместитель директора', ''],
      ],
    });

  it('shows how each column was read, takes another column for a field, the findings follow, and the choice stays in the workbook', async () => {
    const { page } = await suite.open({ file: oddPlan() });
    await checkSheet(page);
    const missing = () => page.getByTestId('rule-responsible-missing').getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    await until(missing, (cells) => expect(cells).toEqual(['D5']));

    await page.getByTestId('columns').click();
    const control = page.getByTestId('columns-control');
    await control.waitFor();
    await expect(control.getByTestId('column-responsible').inputValue()).resolves.toBe('');
    await expect(control.getByTestId('column-responsible').locator('option').first().innerText()).resolves.toBe('Авто: D — Ответственный');
    expect(await textOutsideBox(control)).toEqual([]);
    await shot(page, '30-columns', true);

    // The responsible is read from E: the rows with nobody in E are now the ones without a responsible.
    await control.getByTestId('column-responsible').selectOption('E');
    await until(missing, (cells) => expect(cells).toEqual(['E4', 'E6']));
    expect(await hostEval<unknown>(page, 'return host.book.settings.get("roadmapChecker.columns")')).toEqual({ 'Дорожная карта': { responsible: 'E' } });

    // The pane closed and opened again on the same workbook: the choice is kept, and used by the next check.
    await page.getByTestId('reopen-pane').click();
    await page.getByTestId('intro').waitFor();
    await checkSheet(page);
    await until(missing, (cells) => expect(cells).toEqual(['E4', 'E6']));
    await page.getByTestId('columns').click();
    await expect(page.getByTestId('column-responsible').inputValue()).resolves.toBe('E');

    // «Авто» gives the field back to the recognition.
    await page.getByTestId('column-responsible').selectOption('');
    await until(missing, (cells) => expect(cells).toEqual(['D5']));
    await shot(page, '31-columns-auto', true);
  });
});

