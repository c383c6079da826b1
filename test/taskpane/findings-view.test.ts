import { findingKey } from '../../src/excel/workbook-port';
import {
  activeFindings,
  groupFindings,
  ignoredCount,
  indexFindings,
  notIgnored,
  severityCounts,
  visibleFindings,
} from '../../src/taskpane/state/findings-view';
import { finding, report } from './helpers';

describe('indexFindings', () => {
  it('orders findings in reading order: sheet order of the workbook, then row and column', () => {
    const reports = [
      report('ДК 1.1', [finding('D12'), finding('B5', 'name-missing', 'error'), finding('AA5', 'result-missing')]),
      report('ДК 1.2', [finding('A1', 'header-not-found', 'error')]),
    ];
    const cells = indexFindings(reports, new Set()).map((v) => `${v.finding.sheet}!${v.finding.cell}`);
    expect(cells).toEqual(['ДК 1.1!B5', 'ДК 1.1!AA5', 'ДК 1.1!D12', 'ДК 1.2!A1']);
  });

  it('gives every finding a unique id, even exact repeats at one cell', () => {
    const twice = finding('A3', 'column-missing', 'error', { value: '', message: 'same' });
    const all = indexFindings([report('План', [twice, { ...twice }, finding('A3', 'column-order', 'info')])], new Set());
    expect(new Set(all.map((v) => v.uid)).size).toBe(3);
    expect(all[0].key).toBe(all[1].key);
  });

  it('marks the findings whose key is ignored', () => {
    const f = finding('C7');
    const all = indexFindings([report('План', [f, finding('C8')])], new Set([findingKey({ ...f, sheet: 'План' })]));
    expect(all.map((v) => v.ignored)).toEqual([true, false]);
    expect(ignoredCount(all)).toBe(1);
    expect(notIgnored(all).map((x) => x.cell)).toEqual(['C8']);
  });
});

describe('filtering and counts', () => {
  const f1 = finding('B5', 'name-missing', 'error');
  const f2 = finding('C6');
  const f3 = finding('C7', 'column-order', 'info');
  const all = indexFindings([report('План', [f1, f2, f3])], new Set([findingKey({ ...f2, sheet: 'План' })]));

  it('shows the chosen severities, hiding ignored findings unless asked', () => {
    expect(visibleFindings(all, { error: true, warning: true, info: false }, false).map((v) => v.finding.cell)).toEqual(['B5']);
    expect(visibleFindings(all, { error: true, warning: true, info: false }, true).map((v) => v.finding.cell)).toEqual(['B5', 'C6']);
    expect(activeFindings(all, { error: false, warning: true, info: true }).map((v) => v.finding.cell)).toEqual(['C7']);
  });

  it('counts not-ignored findings per severity whatever the filter', () => {
    expect(severityCounts(all)).toEqual({ error: 1, warning: 0, info: 1 });
  });
});

describe('groupFindings', () => {
  it('groups by severity (errors first) and by rule in catalog order, with counts', () => {
    const all = indexFindings(
      [
        report('План', [
          finding('D9', 'deadline-vague'),
          finding('E9', 'responsible-missing', 'error'),
          finding('D10', 'deadline-vague'),
          finding('B11', 'name-missing', 'error'),
          finding('A11', 'number-sequence'),
          finding('A2', 'column-order', 'info'),
          finding('Z1', 'some-new-rule'),
        ]),
      ],
      new Set(),
    );
    const groups = groupFindings(all);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 2],
      ['warning', 4],
      ['info', 1],
    ]);
    expect(groups[0].rules.map((r) => r.rule)).toEqual(['responsible-missing', 'name-missing']);
    expect(groups[1].rules.map((r) => [r.rule, r.count])).toEqual([
      ['deadline-vague', 2],
      ['number-sequence', 1],
      ['some-new-rule', 1],
    ]);
    expect(groups[1].rules[0].items.map((v) => v.finding.cell)).toEqual(['D9', 'D10']);
  });

  it('lists ignored findings in their group without counting them', () => {
    const f = finding('D9');
    const all = indexFindings([report('План', [f, finding('D10')])], new Set([findingKey({ ...f, sheet: 'План' })]));
    const [warnings] = groupFindings(all);
    expect(warnings.count).toBe(1);
    expect(warnings.rules[0].items).toHaveLength(2);
  });

  it('has no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});
