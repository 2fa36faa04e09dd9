import { describe, expect, it } from 'vitest';
import { keyAction, NUDGE_LARGE_M, NUDGE_SMALL_M, type KeyInput } from '../../renderer/src/halls/editor/keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('hall editor keyboard', () => {
  it('nudges with arrows, small and large steps', () => {
    expect(keyAction(key('ArrowLeft'), false)).toEqual({ kind: 'nudge', dx: -NUDGE_SMALL_M, dy: 0 });
    expect(keyAction(key('ArrowDown', { shiftKey: true }), false)).toEqual({ kind: 'nudge', dx: 0, dy: NUDGE_LARGE_M });
  });

  it('uses Ctrl on Windows/Linux and ⌘ on macOS', () => {
    expect(keyAction(key('c', { ctrlKey: true }), false)).toEqual({ kind: 'copy' });
    expect(keyAction(key('c', { metaKey: true }), true)).toEqual({ kind: 'copy' });
    expect(keyAction(key('c', { metaKey: true }), false)).toBeNull();
    expect(keyAction(key('c', { ctrlKey: true }), true)).toBeNull();
    expect(keyAction(key('V', { ctrlKey: true }), false)).toEqual({ kind: 'paste' });
    expect(keyAction(key('d', { ctrlKey: true }), false)).toEqual({ kind: 'duplicate' });
    expect(keyAction(key('a', { ctrlKey: true }), false)).toEqual({ kind: 'selectAll' });
    expect(keyAction(key('g', { ctrlKey: true }), false)).toEqual({ kind: 'group' });
    expect(keyAction(key('G', { ctrlKey: true, shiftKey: true }), false)).toEqual({ kind: 'ungroup' });
  });

  it('deletes, escapes, rotates, zooms', () => {
    expect(keyAction(key('Delete'), false)).toEqual({ kind: 'delete' });
    expect(keyAction(key('Backspace'), true)).toEqual({ kind: 'delete' });
    expect(keyAction(key('Escape'), false)).toEqual({ kind: 'escape' });
    expect(keyAction(key('r'), false)).toEqual({ kind: 'rotate', degrees: 15 });
    expect(keyAction(key('R', { shiftKey: true }), false)).toEqual({ kind: 'rotate', degrees: -15 });
    expect(keyAction(key('+'), false)).toEqual({ kind: 'zoomIn' });
    expect(keyAction(key('-', { ctrlKey: true }), false)).toEqual({ kind: 'zoomOut' });
    expect(keyAction(key('0', { ctrlKey: true }), false)).toEqual({ kind: 'fit' });
    expect(keyAction(key('F', { shiftKey: true }), false)).toEqual({ kind: 'zoomSelection' });
  });

  it('leaves undo/redo and unknown keys to others', () => {
    expect(keyAction(key('z', { ctrlKey: true }), false)).toBeNull();
    expect(keyAction(key('y', { ctrlKey: true }), false)).toBeNull();
    expect(keyAction(key('q'), false)).toBeNull();
    expect(keyAction(key('ArrowLeft', { altKey: true }), false)).toBeNull();
  });
});
