import type { Command } from '../document/history';
import type { Changes, CollectionName } from '../model/collections';

/**
 * Writes an import's planned rows into the document as ONE command, so the whole import is one
 * undo step and is saved by the document store's usual doc:apply (one transaction). The plan
 * comes from main's dry run on the same document (the store is idle when it is asked for).
 */
export const applyImportChanges: Command<Changes> = {
  id: 'delegations/import',
  run(draft, changes) {
    for (const [collection, rows] of Object.entries(changes.upserts)) {
      const table = draft[collection as CollectionName] as Record<string, unknown>;
      for (const row of rows ?? []) table[(row as { id: string }).id] = row;
    }
    for (const [collection, ids] of Object.entries(changes.deletes)) {
      const table = draft[collection as CollectionName] as Record<string, unknown>;
      for (const id of ids ?? []) delete table[id];
    }
  },
};
