/**
 * Keyboard shortcuts of the hall editor (pure, unit-tested): a key event to an editor action.
 * Platform habits: ⌘ on macOS, Ctrl elsewhere; Delete and Backspace delete; arrows nudge by
 * the small step, Shift+arrows by the large step.
 */
export type EditorAction =
  | { kind: 'nudge'; dx: number; dy: number }
  | { kind: 'rotate'; degrees: number }
  | { kind: 'delete' }
  | { kind: 'duplicate' }
  | { kind: 'copy' }
  | { kind: 'cut' }
  | { kind: 'paste' }
  | { kind: 'selectAll' }
  | { kind: 'escape' }
  | { kind: 'zoomIn' }
  | { kind: 'zoomOut' }
  | { kind: 'fit' }
  | { kind: 'zoomSelection' }
  | { kind: 'group' }
  | { kind: 'ungroup' }
  | { kind: 'lock' }
  | { kind: 'front' }
  | { kind: 'back' };

export type KeyInput = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
};

/** Small and large nudge steps in metres. */
export const NUDGE_SMALL_M = 0.1;
export const NUDGE_LARGE_M = 1;
export const ROTATE_SMALL_DEG = 15;

export function keyAction(e: KeyInput, mac: boolean): EditorAction | null {
  const mod = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (other) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod) {
    if (e.altKey) return null;
    switch (key) {
      case 'c':
        return e.shiftKey ? null : { kind: 'copy' };
      case 'x':
        return e.shiftKey ? null : { kind: 'cut' };
      case 'v':
        return e.shiftKey ? null : { kind: 'paste' };
      case 'd':
        return e.shiftKey ? null : { kind: 'duplicate' };
      case 'a':
        return e.shiftKey ? null : { kind: 'selectAll' };
      case 'g':
        return e.shiftKey ? { kind: 'ungroup' } : { kind: 'group' };
      case 'l':
        return e.shiftKey ? null : { kind: 'lock' };
      case ']':
        return { kind: 'front' };
      case '[':
        return { kind: 'back' };
      case '=':
      case '+':
        return { kind: 'zoomIn' };
      case '-':
        return { kind: 'zoomOut' };
      case '0':
        return { kind: 'fit' };
      default:
        return null;
    }
  }
  const step = e.shiftKey ? NUDGE_LARGE_M : NUDGE_SMALL_M;
  if (e.altKey) return null;
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'nudge', dx: -step, dy: 0 };
    case 'ArrowRight':
      return { kind: 'nudge', dx: step, dy: 0 };
    case 'ArrowUp':
      return { kind: 'nudge', dx: 0, dy: -step };
    case 'ArrowDown':
      return { kind: 'nudge', dx: 0, dy: step };
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'escape' };
    case 'r':
      // R turns clockwise, Shift+R anticlockwise, by the small step.
      return { kind: 'rotate', degrees: e.shiftKey ? -ROTATE_SMALL_DEG : ROTATE_SMALL_DEG };
    case '=':
    case '+':
      return { kind: 'zoomIn' };
    case '-':
      return { kind: 'zoomOut' };
    case 'f':
      return e.shiftKey ? { kind: 'zoomSelection' } : { kind: 'fit' };
    default:
      return null;
  }
}
