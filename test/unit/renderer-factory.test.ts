import { describe, expect, it } from 'vitest';
import { LayoutElement } from '../../shared/model/entities';
import { generateSeats } from '../../shared/layout/seats';
import { seededIds } from '../../shared/ids';
import { copyToClipboard, keyAfter, newElement, nextTableNumber, PALETTE, pasteOffset } from '../../renderer/src/halls/editor/factory';

describe('hall editor element factory', () => {
  it('makes a valid element of every palette kind, with seats for seated kinds', () => {
    const ids = seededIds(7);
    const hallId = ids();
    const made: LayoutElement[] = [];
    for (const kind of PALETTE) {
      const el = newElement(kind, ids(), hallId, { x: 10.12345, y: 5 }, made);
      expect(LayoutElement.safeParse(el).success, kind).toBe(true);
      expect(el.x).toBe(10.123);
      made.push(el);
    }
    expect(generateSeats(made.find((e) => e.kind === 'round-table')!, ids)).toHaveLength(10);
    expect(generateSeats(made.find((e) => e.kind === 'row-block')!, ids)).toHaveLength(50);
    expect(made.find((e) => e.kind === 'stage')!.number).toBeNull();
  });

  it('numbers new tables after the highest number', () => {
    const ids = seededIds(3);
    const a = newElement('round-table', ids(), 'h', { x: 0, y: 0 }, []);
    const b = newElement('round-table', ids(), 'h', { x: 0, y: 0 }, [a]);
    expect([a.number, b.number]).toEqual([1, 2]);
    expect(nextTableNumber([{ ...a, number: 7 }, b])).toBe(8);
  });

  it('puts new elements on top', () => {
    expect(keyAfter([])).toBe('a0');
    expect(keyAfter(['a0', 'a5', 'a1'])).toBe('a6');
    expect(keyAfter(['a9'])).toBe('aa');
    expect(keyAfter(['az'])).toBe('az0');
    for (const keys of [['a0'], ['b9', 'a0'], ['zz'], ['a0V']]) expect(keyAfter(keys) > keys.reduce((m, k) => (k > m ? k : m))).toBe(true);
  });

  it('pastes offset in the same hall and in place in another', () => {
    const el = newElement('stage', 'e', 'h1', { x: 1, y: 1 }, []);
    const clip = copyToClipboard([el], 'h1')!;
    expect(clip.elements[0]).not.toBe(el);
    expect(pasteOffset(clip, 'h1')).toEqual({ dx: 1, dy: 1 });
    expect(pasteOffset({ ...clip, pastes: 2 }, 'h1')).toEqual({ dx: 3, dy: 3 });
    expect(pasteOffset(clip, 'h2')).toEqual({ dx: 0, dy: 0 });
    expect(copyToClipboard([], 'h1')).toBeNull();
  });
});
