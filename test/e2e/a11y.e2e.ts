/**
 * Accessibility with axe-core (WCAG 2.1 A/AA and best practices): no serious or critical
 * violation in the task pane — before a check, with findings and a current one, the verdict, a
 * consolidation with its totals, in the light and the dark theme — nor on the preview page
 * around it. Each state is reached in its own page; screenshots go to test-artifacts/e2e/.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { CORPUS_DIR } from '../support/corpus';
import { axeViolations, e2eSuite, shot } from './harness';

const ROADMAP = path.join(CORPUS_DIR, 'seeds/career-guidance-project-2023-2027.xlsx');
const SCHOOLS = path.join(CORPUS_DIR, 'schools');
const schoolFiles = (JSON.parse(readFileSync(path.join(SCHOOLS, 'expected.json'), 'utf8')) as { schools: Array<{ file: string }> }).schools.map((s) => path.join(SCHOOLS, s.file));

const PANE = '[data-testid="pane-frame"]';
const suite = e2eSuite();

async function checked(page: Page): Promise<void> {
  await page.getByTestId('check-sheet').click();
  await page.getByTestId('summary').waitFor();
  await page.getByTestId('next').click();
  await page.getByTestId('current').waitFor();
  // The list focused, so its active option is drawn and announced.
  await page.getByTestId('finding-list').focus();
  await page.keyboard.press('ArrowDown');
}

describe('axe-core finds no serious or critical violation', () => {
  it('in the pane before a check, and on the whole preview page', async () => {
    const { page } = await suite.open();
    expect(await axeViolations(page, PANE)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('in the pane with findings, the current one and the list focused; and the page around it', async () => {
    const { page } = await suite.open({ file: ROADMAP });
    await checked(page);
    expect(await axeViolations(page, PANE)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'a11y-checked', true);
  });

  it('in the dark theme with findings', async () => {
    const { page } = await suite.open({ file: ROADMAP, dark: true });
    await checked(page);
    expect(await axeViolations(page, PANE)).toEqual([]);
  });

  it('on «Перед отправкой» with a verdict', async () => {
    const { page } = await suite.open({ file: ROADMAP });
    await page.getByTestId('tab-verdict').click();
    await page.getByTestId('run-verdict').click();
    await page.getByTestId('verdict-card').waitFor();
    expect(await axeViolations(page, PANE)).toEqual([]);
  });

  it('on «Свод» with the schools read, the totals and a school opened', async () => {
    const { page } = await suite.open();
    await page.getByTestId('tab-consolidate').click();
    await page.getByTestId('school-files').setInputFiles(schoolFiles);
    await page.getByTestId('consolidate-files').click();
    await page.getByTestId('totals').waitFor({ timeout: 30_000 });
    await page.getByTestId('by-school').first().locator('summary').click();
    await page.getByTestId('school-row').first().locator('button').first().click();
    expect(await axeViolations(page, PANE)).toEqual([]);
    await shot(page, 'a11y-consolidated', true);
  });
});
