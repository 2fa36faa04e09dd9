import { sameValue } from '../equal';
import type { Command } from './history';
import { COLLECTION_NAMES, type Changes, type CollectionName, type EventDocument } from '../model/collections';

/**
 * What turns the document `from` into `to`, row by row: every row of `to` that is new or
 * differs is upserted whole, every row of `from` that `to` lacks is deleted. Applied with
 * `applyChanges`, it makes one ordinary edit of it (restoring a backup), so undo brings `from`
 * back. Pure; rows are compared by value (key order does not matter).
 */
export function documentChanges(from: EventDocument, to: EventDocument): Changes {
  const changes: Changes = { upserts: {}, deletes: {} };
  for (const collection of COLLECTION_NAMES) {
    const before = (from[collection] ?? {}) as Record<string, unknown>;
    const after = (to[collection] ?? {}) as Record<string, unknown>;
    const upserts = Object.entries(after)
      .filter(([id, row]) => !(id in before) || !sameValue(before[id], row))
      .map(([, row]) => row);
    const deletes = Object.keys(before).filter((id) => !(id in after));
    if (upserts.length) (changes.upserts as Record<CollectionName, unknown[]>)[collection] = upserts;
    if (deletes.length) changes.deletes[collection] = deletes;
  }
  return changes;
}

/** Upserts then deletes, row by row, on the document: one command, so one undo step. */
export const applyChanges: Command<Changes> = {
  id: 'document/applyChanges',
  run(draft, changes) {
    for (const collection of COLLECTION_NAMES) {
      const rows = draft[collection] as Record<string, unknown>;
      for (const row of (changes.upserts[collection] ?? []) as { id: string }[]) rows[row.id] = row;
      for (const id of changes.deletes[collection] ?? []) delete rows[id];
    }
  },
};

/** No change at all: what a plan that moves nothing applies. */
export const noChanges = (): Changes => ({ upserts: {}, deletes: {} });

