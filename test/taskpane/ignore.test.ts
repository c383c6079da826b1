import { findingKey } from '../../src/excel/workbook-port';
import { indexFindings } from '../../src/taskpane/state/findings-view';
import { applyIgnored, pruneIgnored, withIgnored, withoutIgnored } from '../../src/taskpane/state/ignore';
import { finding, report } from './helpers';

describe('ignore keys', () => {
  it('adds and removes keys without touching the given set', () => {
    const keys = new Set(['a']);
    const added = withIgnored(keys, 'b');
    expect([...added]).toEqual(['a', 'b']);
    expect([...keys]).toEqual(['a']);
    expect([...withoutIgnored(added, 'a')]).toEqual(['b']);
  });

  it('re-marks findings after the set changes, sharing unchanged ones', () => {
    const all = indexFindings([report('План', [finding('D5'), finding('D6')])], new Set());
    const marked = applyIgnored(all, new Set([all[1].key]));
    expect(marked.map((v) => v.ignored)).toEqual([false, true]);
    expect(marked[0]).toBe(all[0]);
  });

  it('keys follow the cell value: a changed value is a new finding', () => {
    const before = finding('D5', 'deadline-vague', 'warning', { sheet: 'План', value: 'Постоянно' });
    const after = { ...before, value: 'В течение года' };
    expect(findingKey(before)).not.toBe(findingKey(after));
  });

  it('prunes stale keys of the checked sheets only, whatever the sheet name holds', () => {
    const all = indexFindings([report('План | 2023', [finding('D5')])], new Set());
    const live = all[0].key;
    const stale = findingKey({ rule: 'deadline-vague', sheet: 'План | 2023', cell: 'D6', value: 'old' });
    const otherSheet = findingKey({ rule: 'deadline-vague', sheet: 'Другой', cell: 'D6', value: 'x' });
    expect([...pruneIgnored(new Set([live, stale, otherSheet]), ['План | 2023'], all)].sort()).toEqual([live, otherSheet].sort());
  });
});
