/**
 * What a key does in the findings listbox, as a pure function of the key, the active position and
 * the list's length (the component applies it): ↑ ↓ move by one, PageUp / PageDown by ten, Home
 * and End to the ends — staying within the list, as a listbox does; Enter and Space select the
 * active finding's cell; Delete (or Backspace, a Mac's delete key) ignores it.
 */
export type ListKeyAction = { kind: 'move'; index: number } | { kind: 'select' } | { kind: 'ignore' };

/** Findings a PageUp / PageDown moves over. */
export const PAGE = 10;

export function listKeyAction(key: string, active: number, length: number, modifiers: { shift?: boolean; ctrl?: boolean; alt?: boolean } = {}): ListKeyAction | null {
  if (length === 0 || modifiers.ctrl || modifiers.alt) return null;
  const at = active < 0 ? -1 : Math.min(active, length - 1);
  const move = (index: number): ListKeyAction => ({ kind: 'move', index: Math.max(0, Math.min(length - 1, index)) });
  switch (key) {
    case 'ArrowDown':
      return move(at + 1);
    case 'ArrowUp':
      return move(at < 0 ? 0 : at - 1);
    case 'PageDown':
      return move(at + PAGE);
    case 'PageUp':
      return move(at < 0 ? 0 : at - PAGE);
    case 'Home':
      return move(0);
    case 'End':
      return move(length - 1);
    case 'Enter':
    case ' ':
      return at < 0 ? null : { kind: 'select' };
    case 'Delete':
    case 'Backspace':
      return at < 0 || modifiers.shift ? null : { kind: 'ignore' };
    default:
      return null;
  }
}

/** «Далее» / «Назад» from the keyboard anywhere in the pane: F8 and Shift+F8, as in code editors' «next problem». */
export function stepKey(key: string, modifiers: { shift?: boolean; ctrl?: boolean; alt?: boolean } = {}): 1 | -1 | null {
  if (key !== 'F8' || modifiers.ctrl || modifiers.alt) return null;
  return modifiers.shift ? -1 : 1;
}
