import { indexFindings } from '../../src/taskpane/state/findings-view';
import { NO_PLACE, placeAt, positionOf, reconcile, step } from '../../src/taskpane/state/navigation';
import { finding, report } from './helpers';

const order = ['ДК 1', 'ДК 2'];
const list = indexFindings(
  [report('ДК 1', [finding('D5'), finding('D9'), finding('E12', 'responsible-missing', 'error')]), report('ДК 2', [finding('C4')])],
  new Set(),
);
const cells = (v: { finding: { sheet: string; cell: string } } | null) => (v ? `${v.finding.sheet}!${v.finding.cell}` : null);

describe('step', () => {
  it('goes to the first finding from nowhere, and to the last backwards', () => {
    expect(cells(step(list, NO_PLACE, 1, order))).toBe('ДК 1!D5');
    expect(cells(step(list, NO_PLACE, -1, order))).toBe('ДК 2!C4');
  });

  it('steps through the findings across sheets and wraps at both ends', () => {
    let place = NO_PLACE;
    const seen: Array<string | null> = [];
    for (let i = 0; i < 5; i++) {
      const v = step(list, place, 1, order)!;
      seen.push(cells(v));
      place = placeAt(v);
    }
    expect(seen).toEqual(['ДК 1!D5', 'ДК 1!D9', 'ДК 1!E12', 'ДК 2!C4', 'ДК 1!D5']);
    expect(cells(step(list, place, -1, order))).toBe('ДК 2!C4');
  });

  it('continues after a finding that vanished (the user fixed it)', () => {
    const place = placeAt(list[1]); // ДК 1!D9
    const fixed = list.filter((_, i) => i !== 1);
    const kept = reconcile(fixed, place);
    expect(kept.uid).toBeNull();
    expect(positionOf(fixed, kept.uid)).toBeNull();
    expect(cells(step(fixed, kept, 1, order))).toBe('ДК 1!E12');
    expect(cells(step(fixed, kept, -1, order))).toBe('ДК 1!D5');
  });

  it('wraps from an anchor past the last finding', () => {
    const place = { uid: null, anchor: { ...list[3].finding, cell: 'Z99', row: 99 } };
    expect(cells(step(list, place, 1, order))).toBe('ДК 1!D5');
    const first = { uid: null, anchor: { ...list[0].finding, cell: 'A1', row: 1 } };
    expect(cells(step(list, first, -1, order))).toBe('ДК 2!C4');
  });

  it('returns null on an empty list', () => {
    expect(step([], NO_PLACE, 1, order)).toBeNull();
  });
});

describe('positionOf and reconcile', () => {
  it('finds the 0-based position of the current finding', () => {
    expect(positionOf(list, list[2].uid)).toBe(2);
    expect(positionOf(list, null)).toBeNull();
    expect(positionOf(list, 'nope')).toBeNull();
  });

  it('keeps the place while the finding is still listed', () => {
    const place = placeAt(list[2]);
    expect(reconcile(list, place)).toBe(place);
  });
});
