import { enablePatches, produceWithPatches, applyPatches, type Draft, type Patch } from 'immer';
import { COLLECTION_NAMES, type Changes, type CollectionName, type EventDocument } from '../model/collections';

enablePatches();

/**
 * A user action on the document. `run` mutates an immer draft; it must only touch the
 * document's collections, so each patch path starts with [collection, id].
 */
export type Command<A> = {
  id: string;
  run(draft: Draft<EventDocument>, args: A): void;
};

export type HistoryEntry = {
  commandId: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Edits with the same key in a row (typing in one field, arrow nudges) merge into one undo step. */
  mergeKey: string | null;
};

export type History = { past: HistoryEntry[]; future: HistoryEntry[] };
export const emptyHistory = (): History => ({ past: [], future: [] });

export type Step = { document: EventDocument; history: History; changes: Changes };

/** Runs a command; returns null when it changed nothing (no undo step, nothing to save). */
export function execute<A>(
  document: EventDocument,
  history: History,
  command: Command<A>,
  args: A,
  mergeKey: string | null = null,
): Step | null {
  const [next, patches, inversePatches] = produceWithPatches(document, (draft) => command.run(draft, args));
  if (patches.length === 0) return null;
  const last = history.past.at(-1);
  const merging = mergeKey !== null && last?.mergeKey === mergeKey && history.future.length === 0;
  const entry: HistoryEntry = merging
    ? {
        commandId: command.id,
        patches: [...last!.patches, ...patches],
        inversePatches: [...inversePatches, ...last!.inversePatches],
        mergeKey,
      }
    : { commandId: command.id, patches, inversePatches, mergeKey };
  const past = merging ? [...history.past.slice(0, -1), entry] : [...history.past, entry];
  return { document: next, history: { past, future: [] }, changes: changesFromPatches(next, patches) };
}

export function undo(document: EventDocument, history: History): Step | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  const next = applyPatches(document, entry.inversePatches);
  return {
    document: next,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
    changes: changesFromPatches(next, entry.inversePatches),
  };
}

export function redo(document: EventDocument, history: History): Step | null {
  const entry = history.future[0];
  if (!entry) return null;
  const next = applyPatches(document, entry.patches);
  return {
    document: next,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
    changes: changesFromPatches(next, entry.patches),
  };
}

/**
 * The rows a set of patches touched, as they now are: a row still present is written whole,
 * a row gone is deleted. Writing whole rows keeps main's job simple and its validation total.
 */
export function changesFromPatches(next: EventDocument, patches: readonly Patch[]): Changes {
  const touched = new Map<CollectionName, Set<string>>();
  const touch = (collection: CollectionName, id: string) => {
    let ids = touched.get(collection);
    if (!ids) touched.set(collection, (ids = new Set()));
    ids.add(id);
  };
  for (const patch of patches) {
    const [collection, id] = patch.path as [CollectionName, string | undefined];
    if (!COLLECTION_NAMES.includes(collection)) throw new Error(`patch outside the document: ${patch.path.join('/')}`);
    if (id !== undefined) touch(collection, String(id));
    else {
      // A whole collection was replaced: every id in it before or after counts as touched.
      const value = (patch.value ?? {}) as Record<string, unknown>;
      for (const key of [...Object.keys(value), ...Object.keys(next[collection])]) touch(collection, key);
    }
  }
  const changes: Changes = { upserts: {}, deletes: {} };
  for (const [collection, ids] of touched) {
    const rows = next[collection] as Record<string, never>;
    const upserts: never[] = [];
    const deletes: string[] = [];
    for (const id of ids) {
      if (rows[id] !== undefined) upserts.push(rows[id]);
      else deletes.push(id);
    }
    if (upserts.length) (changes.upserts as Record<string, unknown[]>)[collection] = upserts;
    if (deletes.length) changes.deletes[collection] = deletes;
  }
  return changes;
}
