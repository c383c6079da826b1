import type { Finding, Language, SheetReport } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import { activeFindings } from '../../src/taskpane/state/findings-view';
import { PaneStore } from '../../src/taskpane/state/pane-store';
import { FakePort, finding, report } from './helpers';

/** An engine stand-in: each sheet's findings come from a map the test edits. */
function fakeEngine(bySheet: Record<string, Finding[]>) {
  const languages: Language[] = [];
  const check = (grid: Grid, options: { language: Language }): SheetReport => {
    languages.push(options.language);
    if (grid.name === 'Паспорт') return report(grid.name, [], 'other');
    return report(grid.name, bySheet[grid.name] ?? []);
  };
  return { check, languages };
}

function setup(bySheet: Record<string, Finding[]>, language: Language = 'ru') {
  const port = new FakePort();
  const engine = fakeEngine(bySheet);
  const store = new PaneStore({ port, language, check: engine.check, now: () => new Date(2024, 0, 1, 12, 0) });
  const stop = store.start();
  return { port, store, engine, stop };
}

const cellsOf = (store: PaneStore) => store.activeFindings().map((v) => v.finding.cell);

describe('PaneStore', () => {
  it('loads the ignored keys and listens to edits on start; stops listening on cleanup', async () => {
    const { port, store, stop } = setup({});
    await store.idle();
    await Promise.resolve();
    expect(port.calls.slice(0, 2).sort()).toEqual(['loadIgnored', 'onUserEdit']);
    expect(port.listening).toBe(true);
    stop();
    await Promise.resolve();
    expect(port.unsubscribed).toBe(true);
  });

  it('checks the active sheet in the pane language', async () => {
    const { store, engine } = setup({ План: [finding('D9'), finding('E5', 'responsible-missing', 'error')] }, 'en');
    await store.checkActiveSheet();
    const s = store.getState();
    expect(s.scope).toBe('sheet');
    expect(s.findings.map((v) => v.finding.cell)).toEqual(['E5', 'D9']);
    expect(engine.languages).toEqual(['en']);
    expect(s.checkedAt).toEqual(new Date(2024, 0, 1, 12, 0));
    expect(s.busy).toBeNull();
  });

  it('checks the whole workbook, skipping the report sheet', async () => {
    const { port, store } = setup({ 'ДК 1': [finding('D5')], 'ДК 2': [finding('C4')], Замечания: [finding('A1')] });
    port.sheets = ['Паспорт', 'ДК 1', 'ДК 2', 'Замечания'];
    await store.checkWorkbook();
    const s = store.getState();
    expect(s.reports.map((r) => r.name)).toEqual(['Паспорт', 'ДК 1', 'ДК 2']);
    expect(s.findings.map((v) => `${v.finding.sheet}!${v.finding.cell}`)).toEqual(['ДК 1!D5', 'ДК 2!C4']);
  });

  it('shows an engine or port failure as the pane error and stays usable', async () => {
    const port = new FakePort();
    const store = new PaneStore({
      port,
      language: 'ru',
      check: () => {
        throw new Error('engine down');
      },
    });
    await store.checkActiveSheet();
    expect(store.getState().error).toBe('engine down');
    expect(store.getState().busy).toBeNull();
    store.dismissError();
    expect(store.getState().error).toBeNull();
  });

  it('steps with next / prev, selecting each cell through the port', async () => {
    const { port, store } = setup({ План: [finding('D5'), finding('D9'), finding('D12')] });
    await store.checkActiveSheet();
    await store.next();
    await store.next();
    expect(port.calls.filter((c) => c.startsWith('selectCell'))).toEqual(['selectCell План!D5', 'selectCell План!D9']);
    await store.prev();
    await store.prev();
    expect(port.calls.at(-1)).toBe('selectCell План!D12');
  });

  it('selects a clicked finding and makes it current', async () => {
    const { port, store } = setup({ План: [finding('D5'), finding('D9')] });
    await store.checkActiveSheet();
    const target = store.getState().findings[1];
    await store.select(target.uid);
    expect(store.getState().place.uid).toBe(target.uid);
    expect(port.calls.at(-1)).toBe('selectCell План!D9');
  });

  it('filters by severity; stepping skips the hidden severities', async () => {
    const { store } = setup({ План: [finding('D5'), finding('E6', 'responsible-missing', 'error'), finding('A3', 'column-order', 'info')] });
    await store.checkActiveSheet();
    await store.setSeverityShown('warning', false);
    expect(cellsOf(store)).toEqual(['A3', 'E6']);
    await store.setSeverityShown('info', false);
    expect(cellsOf(store)).toEqual(['E6']);
  });

  it('ignores the current finding, saves the keys, and moves on to the next like Excel', async () => {
    const { port, store } = setup({ План: [finding('D5'), finding('D9'), finding('D12')] });
    await store.checkActiveSheet();
    await store.next(); // D5
    const current = store.getState().place.uid!;
    await store.ignore(current);
    await store.idle();
    expect(port.ignored.size).toBe(1);
    expect(cellsOf(store)).toEqual(['D9', 'D12']);
    expect(store.getState().findings.find((v) => v.finding.cell === 'D5')?.finding.cell).toBe('D5');
    expect(port.calls.at(-1)).toBe('selectCell План!D9');
    // Shown again on request, then restored.
    store.setShowIgnored(true);
    expect(store.getState().showIgnored).toBe(true);
    await store.unignore(current);
    await store.idle();
    expect(port.ignored.size).toBe(0);
    expect(cellsOf(store)).toEqual(['D5', 'D9', 'D12']);
  });

  it('keeps ignored findings ignored across re-checks (keys loaded from the workbook)', async () => {
    const { port, store } = setup({ План: [finding('D5'), finding('D9')] });
    await store.checkActiveSheet();
    await store.ignore(store.getState().findings[0].uid);
    await store.idle();
    // A new pane on the same workbook.
    const engine = fakeEngine({ План: [finding('D5'), finding('D9')] });
    const again = new PaneStore({ port, language: 'ru', check: engine.check });
    again.start();
    await again.checkActiveSheet();
    expect(again.activeFindings().map((v) => v.finding.cell)).toEqual(['D9']);
  });

  it('re-checks after the user edits, keeping the current finding when it is still there', async () => {
    const bySheet = { План: [finding('D5'), finding('D9'), finding('D12')] };
    const { port, store } = setup(bySheet);
    await store.checkActiveSheet();
    await store.next();
    await store.next(); // D9
    bySheet.План = [finding('D9'), finding('D12')]; // the user fixed D5
    port.edit('План', 'D5');
    await store.idle();
    expect(cellsOf(store)).toEqual(['D9', 'D12']);
    expect(store.getState().place.uid).toBe(store.activeFindings()[0].uid);
    // The current one fixed: «Далее» goes on from where it stood.
    bySheet.План = [finding('D12')];
    port.edit('План', 'D9');
    await store.idle();
    expect(store.getState().place.uid).toBeNull();
    await store.next();
    expect(port.calls.at(-1)).toBe('selectCell План!D12');
  });

  it('re-checks only the edited sheet of a workbook check when it is the active one', async () => {
    const bySheet: Record<string, Finding[]> = { 'ДК 1': [finding('D5')], 'ДК 2': [finding('C4')] };
    const { port, store } = setup(bySheet);
    port.sheets = ['ДК 1', 'ДК 2'];
    await store.checkWorkbook();
    port.calls = [];
    port.active = 'ДК 2';
    bySheet['ДК 2'] = [];
    port.edit('ДК 2', 'C4');
    await store.idle();
    expect(port.calls).toEqual(['readActiveSheet']);
    expect(store.getState().findings.map((v) => v.finding.sheet)).toEqual(['ДК 1']);
  });

  it('coalesces a burst of edits into one re-check', async () => {
    const { port, store } = setup({ План: [finding('D5')] });
    await store.checkActiveSheet();
    port.calls = [];
    port.edit('План');
    port.edit('План');
    port.edit('План');
    await store.idle();
    expect(port.calls.filter((c) => c === 'readActiveSheet')).toHaveLength(1);
  });

  it('with live re-check off, marks the results stale instead, and re-checks when turned back on', async () => {
    const bySheet = { План: [finding('D5')] };
    const { port, store } = setup(bySheet);
    await store.checkActiveSheet();
    await store.setLive(false);
    bySheet.План = [];
    port.calls = [];
    port.edit('План');
    await store.idle();
    expect(port.calls).toEqual([]);
    expect(store.getState().stale).toBe(true);
    await store.setLive(true);
    expect(store.getState().stale).toBe(false);
    expect(store.getState().findings).toHaveLength(0);
  });

  it('ignores edits before the first check and edits of the report sheet', async () => {
    const { port, store } = setup({ План: [finding('D5')] });
    port.edit('План');
    await store.idle();
    expect(port.calls).not.toContain('readActiveSheet');
    await store.checkActiveSheet();
    port.calls = [];
    port.edit('Замечания');
    await store.idle();
    expect(port.calls).toEqual([]);
  });

  it('highlights the active findings and clears; re-paints after ignore and re-check', async () => {
    const bySheet = { План: [finding('D5'), finding('D9'), finding('A2', 'column-order', 'info')] };
    const { port, store } = setup(bySheet);
    await store.checkActiveSheet();
    await store.setSeverityShown('info', false);
    await store.highlight();
    expect(store.getState().highlighted).toBe(true);
    expect(port.highlighted.map((f) => f.cell)).toEqual(['D5', 'D9']);
    await store.ignore(store.activeFindings()[0].uid);
    await store.idle();
    expect(port.highlighted.map((f) => f.cell)).toEqual(['D9']);
    bySheet.План = [finding('D12')];
    port.edit('План');
    await store.idle();
    expect(port.highlighted.map((f) => f.cell)).toEqual(['D12']);
    await store.clearHighlight();
    expect(port.highlighted).toEqual([]);
    expect(store.getState().highlighted).toBe(false);
  });

  it('writes the report of the not-ignored findings in the pane language', async () => {
    const { port, store } = setup({ План: [finding('D5'), finding('D9')] }, 'en');
    await store.checkActiveSheet();
    await store.ignore(store.getState().findings[0].uid);
    await store.writeReport();
    expect(port.reportWith?.language).toBe('en');
    expect(port.reportWith?.findings.map((f) => f.cell)).toEqual(['D9']);
    expect(store.getState().notice).toEqual({ kind: 'report-written', sheet: 'Замечания' });
  });

  it('notifies subscribers on every change', async () => {
    const { store } = setup({ План: [finding('D5')] });
    const seen: boolean[] = [];
    store.subscribe(() => seen.push(store.getState().busy === 'check'));
    await store.checkActiveSheet();
    expect(seen).toContain(true);
    expect(activeFindings(store.getState().findings, store.getState().filter)).toHaveLength(1);
  });
});

describe('«Столбцы»: the user\'s own columns of a sheet', () => {
  it('are loaded from the workbook, passed to every check of that sheet, saved, and the last check runs again', async () => {
    const port = new FakePort();
    const seen: Array<unknown> = [];
    let saved: unknown = null;
    Object.assign(port, {
      loadColumns: async () => ({ План: { result: 'G' } }),
      saveColumns: async (columns: unknown) => {
        saved = columns;
      },
    });
    const check = (grid: Grid, options: { language: Language; columns?: unknown }): SheetReport => {
      seen.push(options.columns);
      return report(grid.name, []);
    };
    const store = new PaneStore({ port, language: 'ru', check });
    store.start();
    await store.idle();
    await store.checkActiveSheet();
    expect(seen).toEqual([{ result: 'G' }]);
    await store.setColumns('План', 'responsible', 'F');
    expect(saved).toEqual({ План: { result: 'G', responsible: 'F' } });
    expect(seen.at(-1)).toEqual({ result: 'G', responsible: 'F' });
    // «Авто» gives the field back to the recognition; a sheet with none left has no entry.
    await store.setColumns('План', 'responsible', null);
    await store.setColumns('План', 'result', null);
    expect(saved).toEqual({});
    expect(seen.at(-1)).toBeUndefined();
    expect(store.getState().columns).toEqual({});
  });
});
