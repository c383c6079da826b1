/**
 * «Перед отправкой»: every sheet checked with the profile in force, the verdict (ready only with a
 * roadmap and no error left), the blocking errors, the report sheet; ignored findings stay
 * ignored; the add-in's own sheets are not checked.
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
    expect(v).toMatchObject({ ready: false, noRoadmap: false, counts: { error: 2, warning: 1, info: 1 }, ignored: 0, sheets: 3, roadmaps: 2, events: 20, reportSheet: 'Замечания', profileName: 'Регион' });
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
    expect(store.getState().verdict).toMatchObject({ ready: true, blocking: [], ignored: 1, counts: { error: 0, warning: 1 } });
    expect(port.reportWith?.findings.map((f) => f.cell)).toEqual(['C7']);
  });

  it('a workbook without a roadmap is not ready', async () => {
    const { store } = fake({}, ['Паспорт']);
    await store.runVerdict();
    expect(store.getState().verdict).toMatchObject({ ready: false, noRoadmap: true, roadmaps: 0, blocking: [] });
  });

  it('on the memory host: a corpus roadmap is not ready; a new plan in the profile’s structure is', async () => {
    const grids = loadWorkbook(path.join(CORPUS_DIR, 'seeds', 'career-guidance-project-2023-2027.xlsx')).sheets;
    const host = createMemoryHost(grids);
    const port = new OfficeWorkbook({ excel: host.Excel as unknown as typeof Excel });
    const store = new PaneStore({ port, language: 'ru', check: (g, o) => checkSheet(g, o) });
    await store.runVerdict();
    const v = store.getState().verdict!;
    expect(v.ready).toBe(false);
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
    expect(cleanStore.getState().verdict).toMatchObject({ ready: true, roadmaps: 1, counts: { error: 0, warning: 0, info: 0 }, reportSheet: 'Замечания' });
  });

  it('a failing port shows the error and keeps the verdict it reached', async () => {
    const { port, store } = fake({ 'ДК 1': [finding('E5', 'responsible-missing', 'error')] }, ['ДК 1']);
    port.writeReport = async () => {
      throw new Error('write failed');
    };
    await store.runVerdict();
    expect(store.getState().error).toBe('write failed');
    expect(store.getState().verdict).toMatchObject({ ready: false, reportSheet: null });
    expect(store.getState().busy).toBeNull();
  });
});
