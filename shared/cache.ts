/**
 * A cache of pure results by key, for values asked for again and again in a hot path (a name
 * folded at every comparison of a sort, a time of day resolved at every check): `cached(key,
 * compute)` computes a value once. Emptied when it holds more than `limit`, so that a long
 * session's stream of keys cannot grow it without end.
 */
export function boundedCache<V>(limit = 10_000): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined) {
      value = compute();
      if (values.size > limit) values.clear();
      values.set(key, value);
    }
    return value;
  };
}
