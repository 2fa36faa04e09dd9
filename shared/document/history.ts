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

/** A name as the officer reads it, in both languages, so a label follows a switch of the UI language. */
export type Bilingual = { en: string; vi: string };
export type NoteParams = Record<string, string | number | Bilingual>;

/**
 * What an undo step did and where, for the officer ("Undone: seat Banquet Hall — 9 moves").
 * `key` names a message of the renderer's history catalogue; names are kept in both languages
 * as they were when the edit was made (an undone creation leaves nothing to read them from).
 * `place` is the screen the edit was made on and the hall, sequence or delegation it concerns.
 */
export type EntryNote = {
  key: string;
  params: NoteParams;
  place: { view: string; hallId: string | null; sequenceId: string | null; delegationId: string | null };
};

/** Describes an edit once it is made: `before` and `after` are the documents either side of it. */
export type Describe = (command: Command<unknown>, args: unknown, before: EventDocument, after: EventDocument, patches: readonly Patch[]) => EntryNote | null;

export type HistoryEntry = {
  /** The command's kind (Command.id): edits of two kinds never merge into one step, whatever their mergeKey (see execute). */
  commandId: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Edits with the same key in a row (typing in one field, arrow nudges) merge into one undo step. */
  mergeKey: string | null;
  /** What the step did, when the caller describes its edits (the app does; the CLI has no undo). */
  note: EntryNote | null;
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
  describe?: Describe,
): Step | null {
  const [next, patches, inversePatches] = produceWithPatches(document, (draft) => command.run(draft, args));
  if (patches.length === 0) return null;
  const last = history.past.at(-1);
  const merging = mergeKey !== null && last?.mergeKey === mergeKey && last.commandId === command.id && history.future.length === 0;
  // A merged step is described by its latest edit (typing on: the name as it now reads), or keeps its note.
  const note = describe?.(command as Command<unknown>, args, document, next, patches) ?? (merging ? last!.note : null);
  const entry: HistoryEntry = merging
    ? {
        commandId: command.id,
        patches: [...last!.patches, ...patches],
        inversePatches: [...inversePatches, ...last!.inversePatches],
        mergeKey,
        note,
      }
    : { commandId: command.id, patches, inversePatches, mergeKey, note };
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
