import { describe, expect, test } from 'vitest';
import { byId, byKey, byOrder, bySortKey, byUnName, compareCodeUnits, headFirst, thenBy } from '../../shared/compare';

describe('one comparator helper for every sort', () => {
  test('byKey: numbers by value, strings by code unit, or by the collation given', () => {
    const rows = [{ n: 10, s: 'b' }, { n: 2, s: 'B' }, { n: 33, s: 'a' }];
    expect([...rows].sort(byKey((r) => r.n)).map((r) => r.n)).toEqual([2, 10, 33]);
    // Code units: upper case before lower, as stored (ids and fractional sort keys), whatever the locale.
    expect([...rows].sort(byKey((r) => r.s)).map((r) => r.s)).toEqual(['B', 'a', 'b']);
    expect(compareCodeUnits('a0', 'a0')).toBe(0);
  });

  test('byUnName sorts by the UN’s order: accents folded', () => {
    const names = ['Turkmenistan', 'Türkiye', 'Tunisia', "Côte d'Ivoire", 'Cuba'].map((nameEn) => ({ nameEn }));
    expect(names.sort(byUnName((d) => d.nameEn)).map((d) => d.nameEn)).toEqual(["Côte d'Ivoire", 'Cuba', 'Tunisia', 'Türkiye', 'Turkmenistan']);
  });

  test('thenBy: the first comparator that tells two apart decides, ties go on', () => {
    const rows = [{ id: 'c', k: 1 }, { id: 'a', k: 2 }, { id: 'b', k: 1 }];
    expect([...rows].sort(thenBy<{ id: string; k: number }>(byKey((r) => r.k), byId)).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(thenBy(byKey((r: { k: number }) => r.k))({ k: 1 }, { k: 1 })).toBe(0);
  });

  test('the rows’ orders: sort key, order, head first, each tied by id', () => {
    expect([{ sortKey: 'a1', id: 'z' }, { sortKey: 'a0', id: 'y' }, { sortKey: 'a1', id: 'x' }].sort(bySortKey).map((h) => h.id)).toEqual(['y', 'x', 'z']);
    expect([{ order: 1, id: 'b' }, { order: 0, id: 'c' }, { order: 1, id: 'a' }].sort(byOrder).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    const people = [{ role: 'member', order: 0, id: 'm' }, { role: 'head', order: 3, id: 'h' }, { role: 'member', order: 0, id: 'k' }];
    expect(people.sort(headFirst).map((p) => p.id)).toEqual(['h', 'k', 'm']);
  });
});
