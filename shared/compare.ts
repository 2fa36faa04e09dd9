import { compareUnNames } from './reference/names';

/**
 * Sort orders, built from keys instead of written by hand: `thenBy(byKey(…), byId)`. Ids and
 * sort keys (fractional indices) compare by code unit, as stored, so every machine and locale
 * sorts them alike; names compare by the project's collation (compareUnNames, or a display
 * collator passed in).
 */
export type Comparator<T> = (a: T, b: T) => number;

export const compareCodeUnits: Comparator<string> = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Ascending by a key: numbers by value, strings by code unit unless a comparator (a collation) is given. */
export function byKey<T>(key: (item: T) => number): Comparator<T>;
export function byKey<T>(key: (item: T) => string, compare?: Comparator<string>): Comparator<T>;
export function byKey<T>(key: (item: T) => string | number, compare?: Comparator<string>): Comparator<T> {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    if (typeof x === 'number') return x - (y as number);
    return (compare ?? compareCodeUnits)(x, y as string);
  };
}

/** Ascending by a name in the UN's order (accents folded: "Türkiye" among the T's). */
export const byUnName = <T>(name: (item: T) => string): Comparator<T> => byKey(name, compareUnNames);

/** The first comparator that tells two items apart decides; ties go to the next. */
export function thenBy<T>(...comparators: readonly Comparator<T>[]): Comparator<T> {
  return (a, b) => {
    for (const compare of comparators) {
      const r = compare(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

export const byId: Comparator<{ id: string }> = byKey((row) => row.id);
/** Halls, sequences: by their sort key, ties by id. */
export const bySortKey: Comparator<{ sortKey: string; id: string }> = thenBy<{ sortKey: string; id: string }>(byKey((row) => row.sortKey), byId);
/** Seats, slots, steps, people of a delegation: by their order, ties by id. */
export const byOrder: Comparator<{ order: number; id: string }> = thenBy<{ order: number; id: string }>(byKey((row) => row.order), byId);
/** A delegation's people: the head first, then by their order. */
export const headFirst: Comparator<{ role: string; order: number; id: string }> = thenBy<{ role: string; order: number; id: string }>(byKey((p) => (p.role === 'head' ? 0 : 1)), byOrder);
