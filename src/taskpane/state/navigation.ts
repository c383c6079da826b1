/**
 * «Далее» / «Назад» like Excel's error checker: step through the findings in reading order, wrapping
 * at the ends. The place is kept as the current finding's id plus an anchor (the finding itself), so
 * after a re-check in which the current finding vanished (the user fixed it), «Далее» goes on from
 * where it stood instead of starting over.
 */
import type { Finding } from '../../core/findings';
import { compareInWorkbook, type ViewFinding } from './findings-view';

export interface NavPlace {
  /** The current finding's uid, or null when none is current. */
  uid: string | null;
  /** The finding last stepped to or clicked: where «Далее» continues from when uid is gone. */
  anchor: Finding | null;
}

export const NO_PLACE: NavPlace = { uid: null, anchor: null };

/** 0-based position of the current finding in the list, or null when it is not in it. */
export function positionOf(list: readonly ViewFinding[], uid: string | null): number | null {
  if (uid === null) return null;
  const i = list.findIndex((v) => v.uid === uid);
  return i < 0 ? null : i;
}

/**
 * The finding one step from the place in the direction, or null when the list is empty.
 * From the current finding: its neighbour, wrapping around. From an anchor no longer listed: the
 * first finding after it (or the last before it). From nowhere: the first (or the last).
 */
export function step(list: readonly ViewFinding[], place: NavPlace, direction: 1 | -1, sheetOrder: readonly string[]): ViewFinding | null {
  if (list.length === 0) return null;
  const at = positionOf(list, place.uid);
  if (at !== null) return list[(at + direction + list.length) % list.length];
  if (place.anchor) {
    const anchor = place.anchor;
    if (direction === 1) {
      return list.find((v) => compareInWorkbook(v.finding, anchor, sheetOrder) > 0) ?? list[0];
    }
    for (let i = list.length - 1; i >= 0; i--) if (compareInWorkbook(list[i].finding, anchor, sheetOrder) < 0) return list[i];
    return list[list.length - 1];
  }
  return direction === 1 ? list[0] : list[list.length - 1];
}

/** The place after a re-check: the same finding if it is still there (by uid), else only the anchor. */
export function reconcile(list: readonly ViewFinding[], place: NavPlace): NavPlace {
  if (place.uid !== null && positionOf(list, place.uid) !== null) return place;
  return { uid: null, anchor: place.anchor };
}

export function placeAt(v: ViewFinding): NavPlace {
  return { uid: v.uid, anchor: v.finding };
}
