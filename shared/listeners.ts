/**
 * The listeners of a store (for React's useSyncExternalStore, or any subscriber): `subscribe`
 * returns the unsubscribe; `notify` calls each listener registered when it starts, so a listener
 * that unsubscribes or subscribes another during the call does not disturb this round.
 */
export type Listeners<A extends unknown[] = []> = {
  subscribe(listener: (...args: A) => void): () => void;
  notify(...args: A): void;
};

export function listeners<A extends unknown[] = []>(): Listeners<A> {
  const set = new Set<(...args: A) => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    notify(...args) {
      for (const listener of [...set]) listener(...args);
    },
  };
}
