/**
 * «Перед отправкой»: every sheet checked with the profile in force, the verdict in three states
 * (src/core/verdict.ts), the blocking errors, the report sheet with the events' names; ignored
 * findings stay ignored; the add-in's own sheets are not checked. The check tab's verdict too.
 */
import * as path from 'node:path';
import { checkSheet } from '../../src/core/check';
import type { Finding, Language } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import { DEFAULT_PROFILE } from '../../src/core/profile/default-profile';
import type { Profile } from '../../src/core/profile/schema';
import { createMemoryHost } from '../../src/excel/memory-host';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { findingKey } from '../../src/excel/workbook-port';
import { AddinSheets } from '../../src/taskpane/state/addin-sheets';
import { newPlanSheet } from '../../src/taskpane/state/new-plan';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { CORPUS_DIR, loadWorkbook } from '../support/corpus';
import { FakePort, finding, report } from './helpers';

function fake(bySheet: Record<string, Finding[]>, sheets: string[], profile?: Profile) {
  const port = new FakePort();
  port.sheets = sheets;
  const seen: Array<{ sheet: string; profile?: string }> = [];
  const check = (grid: Grid, options: { language: Language; profile?: Profile }) => {
    seen.push({ sheet: grid.name, profile: options.profile?.name });
    return grid.name === 'Паспорт' ? report(grid.name, [], 'other') : report(grid.name, bySheet[grid.name] ?? []);
  };
  const addinSheets = new AddinSheets();
  const store = new PaneStore({ port, language: 'ru', check, profile: profile ? () => profile : undefined, addinSheets, now: () => new Date(2025, 0, 1) });
  return { port, store, seen, addinSheets };
}

describe('runVerdict', () => {
  it('not ready with the errors that block it; the report holds every finding not ignored', async () => {
    const { port, store, seen } = fake(
      { 'ДК 1': [finding('E5', 'responsible-missing', 'error'), finding('C7')], 'ДК 2': [finding('C4', 'deadline-missing', 'error'), finding('A3', 'column-order', 'info')] },
      ['Паспорт', 'ДК 1', 'ДК 2', 'Замечания', 'Свод', 'Источники (2)'],
      { ...DEFAULT_PROFILE, name: 'Регион' },
    );
    await store.runVerdict();
    const v = store.getState().verdict!;
    expect(v).toMatchObject({ state: 'not-ready', nothing: null, counts: { error: 2, warning: 1, info: 1 }, ignored: 0, sheets: 3, roadmaps: 2, events: 20, reportSheet: 'Замечания', profileName: 'Регион' });
    expect(v.errorRules).toEqual([
      { rule: 'responsible-missing', count: 1 },
      { rule: 'deadline-missing', count: 1 },
    ]);
    expect(v.warningRules).toEqual([{ rule: 'deadline-vague', count: 1 }]);
    expect(v.blocking.map((b) => `${b.finding.sheet}!${b.finding.cell}`)).toEqual(['ДК 1!E5', 'ДК 2!C4']);
    expect(seen.map((s) => s.sheet)).toEqual(['Паспорт', 'ДК 1', 'ДК 2']);
    expect(seen.every((s) => s.profile === 'Регион')).toBe(true);
    expect(port.reportWith?.findings).toHaveLength(4);
    // The check tab shows the same findings.
    expect(store.getState().scope).toBe('workbook');
    expect(store.getState().findings).toHaveLength(4);
  });

  it('an ignored error does not block; it is counted as ignored and left out of the report', async () => {
    const error = finding('E5', 'responsible-missing', 'error');
    const { port, store } = fake({ 'ДК 1': [error, finding('C7')] }, ['ДК 1']);
    port.ignored = new Set([findingKey({ ...error, sheet: 'ДК 1' })]);
    store.start();
    await store.idle();
    await store.runVerdict();
    expect(store.getState().verdict).toMatchObject({ state: 'warnings', blocking: [], ignored: 1, counts: { error: 0, warning: 1 } });
    expect(port.reportWith?.findings.map((f) => f.cell)).toEqual(['C7']);
  });

  it('a workbook without a roadmap is not ready, and says what its sheet is', async () => {
    const { store } = fake({}, ['Паспорт']);
    await store.runVerdict();
    expect(store.getState().verdict).toMatchObject({ state: 'not-ready', nothing: { reason: 'not-roadmap', sheets: ['Паспорт'] }, roadmaps: 0, blocking: [] });
  });

  it('on the memory host: a corpus roadmap is not ready; a new plan in the profile’s structure has no error but no event either — not ready', async () => {
    const grids = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'career-guidance-project-2023-2027.xlsx')).sheets;
    const host = createMemoryHost(grids);
    const port = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
    const store = new PaneStore({ port, language: 'ru', check: (g, o) => checkSheet(g, o) });
    await store.runVerdict();
    const v = store.getState().verdict!;
    expect(v.state).toBe('not-ready');
    expect(v.blocking.length).toBeGreaterThan(0);
    expect(v.blocking.every((b) => b.finding.severity === 'error')).toBe(true);
    expect(host.sheetNames).toContain('Замечания');
    // Again: one read of every sheet, one write of the report — whatever the sheet count.
    const before = host.syncCount;
    await store.runVerdict();
    expect(host.syncCount - before).toBe(2);

    const clean = createMemoryHost([]);
    const cleanPort = new OfficeWorkbook({ excel: clean.Excel as unknown as typeof Excel });
    await cleanPort.addSheets([newPlanSheet(DEFAULT_PROFILE, { language: 'ru', year: 2025 })], { activate: 0 });
    const cleanStore = new PaneStore({ port: cleanPort, language: 'ru', check: (g, o) => checkSheet(g, o) });
    await cleanStore.runVerdict();
    expect(cleanStore.getState().verdict).toMatchObject({
      state: 'not-ready',
      nothing: { reason: 'empty-plan', sheets: ['Дорожная карта'] },
      roadmaps: 1,
      counts: { error: 0, warning: 0, info: 0 },
      reportSheet: 'Замечания',
    });
  });

  it('a failing port shows the error and keeps the verdict it reached', async () => {
    const { port, store } = fake({ 'ДК 1': [finding('E5', 'responsible-missing', 'error')] }, ['ДК 1']);
    port.writeReport = async () => {
      throw new Error('write failed');
    };
    await store.runVerdict();
    expect(store.getState().error).toBe('write failed');
    expect(store.getState().verdict).toMatchObject({ state: 'not-ready', reportSheet: null });
    expect(store.getState().busy).toBeNull();
  });
});

describe('the check tab’s verdict', () => {
  it('follows the check and the ignored findings: not ready, then warnings once the error is ignored', async () => {
    const { store } = fake({ 'ДК 1': [finding('E5', 'responsible-missing', 'error'), finding('C7')] }, ['ДК 1']);
    await store.checkWorkbook();
    expect(store.getState().assessment).toMatchObject({ state: 'not-ready', counts: { error: 1, warning: 1 } });
    await store.ignore(store.getState().findings.find((v) => v.finding.severity === 'error')!.uid);
    expect(store.getState().assessment).toMatchObject({ state: 'warnings', counts: { error: 0, warning: 1 } });
  });

  it('the active sheet that is the add-in’s report is not checked but named: never ready', async () => {
    const { port, store } = fake({ Замечания: [finding('C5')] }, ['ДК 1', 'Замечания']);
    port.active = 'Замечания';
    const seen: string[] = [];
    const checked = new PaneStore({ port, language: 'ru', check: (grid) => (seen.push(grid.name), report(grid.name, [finding('C5')])) });
    await checked.checkActiveSheet();
    expect(seen).toEqual([]);
    expect(checked.getState().findings).toEqual([]);
    expect(checked.getState().assessment).toMatchObject({ state: 'not-ready', nothing: { reason: 'own-sheet', sheets: ['Замечания'] } });
    await store.checkWorkbook();
    expect(store.getState().reports.map((r) => r.name)).toEqual(['ДК 1']);
  });
});

describe('the report’s events', () => {
  it('the event’s name on a finding’s row goes to the report beside it', async () => {
    const grids = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'career-guidance-project-2023-2027.xlsx')).sheets;
    const host = createMemoryHost(grids);
    const port = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
    const store = new PaneStore({ port, language: 'ru', check: (g, o) => checkSheet(g, o) });
    await store.checkActiveSheet();
    const { reports, findings } = store.getState();
    const nameColumn = reports[0].columns.name!;
    const onEvents = findings.filter((v) => v.finding.row > reports[0].headerRow! && v.event);
    expect(onEvents.length).toBeGreaterThan(0);
    for (const v of onEvents.slice(0, 20)) {
      const own = host.cell(v.finding.sheet, `${nameColumn}${v.finding.row}`)?.value;
      if (own) expect(v.event).toBe(String(own).replace(/\s+/g, ' ').trim());
    }
    // A finding on the header row has no event.
    expect(findings.filter((v) => v.finding.row <= reports[0].headerRow!).every((v) => v.event === undefined)).toBe(true);
    await store.writeReport();
    const first = onEvents[0];
    const row = Array.from({ length: findings.length }, (_, i) => i + 2).find((r) => host.cell('Замечания', `C${r}`)?.value === first.finding.cell && host.cell('Замечания', `B${r}`)?.value === first.finding.sheet);
    expect(host.cell('Замечания', `D${row}`)?.value).toBe(first.event);
  });
});

describe('another language', () => {
  it('checks again in it, keeping the place in the list, the filter and the ignored findings', async () => {
    const messages = { ru: 'Срок «Постоянно» неконкретный', en: 'The deadline is vague' };
    const port = new FakePort();
    const store = new PaneStore({ port, language: 'ru', check: (grid, o) => report(grid.name, ['C5', 'C6', 'C7'].map((cell) => finding(cell, 'deadline-vague', 'warning', { message: `${messages[o.language]} ${cell}` }))) });
    await store.checkActiveSheet();
    await store.next();
    await store.next();
    await store.ignore(store.getState().findings[2].uid);
    await store.setSeverityShown('info', false);
    const place = store.getState().place;
    await store.setLanguage('en');
    const state = store.getState();
    expect(state.language).toBe('en');
    expect(state.findings[0].finding.message).toBe('The deadline is vague C5');
    expect(state.place.anchor?.cell).toBe(place.anchor?.cell);
    expect(state.findings.find((v) => v.uid === state.place.uid)?.finding.cell).toBe(place.anchor?.cell);
    expect(store.activeFindings().findIndex((v) => v.uid === state.place.uid)).toBe(1);
    expect(state.filter.info).toBe(false);
    expect(state.findings.filter((v) => v.ignored).map((v) => v.finding.cell)).toEqual(['C7']);
  });
});
