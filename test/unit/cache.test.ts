import { expect, test } from 'vitest';
import { boundedCache } from '../../shared/cache';

test('a value is computed once per key, and the cache empties itself when over its limit', () => {
  let computed = 0;
  const cached = boundedCache<string>(2);
  const upper = (k: string) => cached(k, () => (computed++, k.toUpperCase()));
  expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
  expect(computed).toBe(2);
  upper('c'); // three keys: over the limit at the next new key
  upper('d');
  upper('a'); // emptied meanwhile: computed again
  expect(computed).toBe(5);
});
