import { describe, expect, test } from 'vitest';
import { sameValue } from '../../shared/equal';
import { freshId, seededIds } from '../../shared/ids';

describe('one deep-equal for rows, element fields and menu labels', () => {
  test('sameValue compares JSON values deeply, whatever the key order', () => {
    expect(sameValue({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(-0, 0)).toBe(true);
    expect(sameValue('1', 1)).toBe(false);
    // An absent key and an undefined one are the same row (JSON drops both).
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ undo: 'Move', redo: null }, { redo: null, undo: 'Move' })).toBe(true);
  });
});

describe('one id generator for new rows', () => {
  test('freshId gives the factory’s id while it is free', () => {
    const taken = new Set<string>();
    const ids = seededIds(3);
    for (let i = 0; i < 50; i++) taken.add(freshId(ids, (id) => taken.has(id), 'test'));
    expect(taken.size).toBe(50);
  });

  test('freshId refuses an id another row has, naming where', () => {
    const again = () => 'same-id';
    expect(() => freshId(again, (id) => id === 'same-id', 'seating')).toThrow('seating: the id factory gave same-id, which another row has');
  });
});
