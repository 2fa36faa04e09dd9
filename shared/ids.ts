/** Stable row ids are RFC 4122 v4 UUIDs, so data can be exchanged with accreditation systems. */
export type IdFactory = () => string;

export const randomId: IdFactory = () => globalThis.crypto.randomUUID();

/**
 * A new row's id from the factory. An id factory that repeats itself (a bad seed, a test double)
 * must not overwrite a row: an id `taken` already holds is refused, naming `where` it happened.
 */
export function freshId(ids: IdFactory, taken: (id: string) => boolean, where: string): string {
  const id = ids();
  if (taken(id)) throw new Error(`${where}: the id factory gave ${id}, which another row has`);
  return id;
}

/** Predictable ids for tests and for the bundled sample: same seed, same ids. */
export function seededIds(seed: number): IdFactory {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: small, deterministic, good enough for ids that only need to be unique.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return () => {
    const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}
