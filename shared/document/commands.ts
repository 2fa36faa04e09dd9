import type { Command } from './history';
import { COLLECTIONS, type CollectionName, type EntityOf } from '../model/collections';

/**
 * Generic commands over any collection. Domain commands (seat a delegation, move a table...)
 * are built the same way; these cover plain edits from forms and lists.
 */
export type UpdateArgs<C extends CollectionName> = { collection: C; id: string; fields: Partial<EntityOf<C>> };

export const updateEntity: Command<UpdateArgs<CollectionName>> = {
  id: 'entity/update',
  run(draft, { collection, id, fields }) {
    const row = (draft[collection] as Record<string, Record<string, unknown>>)[id];
    if (!row) throw new Error(`${collection}/${id} does not exist`);
    for (const [key, value] of Object.entries(fields)) {
      if (key === 'id') continue;
      // Assign only real changes, so an edit that changes nothing leaves no undo step.
      if (!Object.is(row[key], value) && JSON.stringify(row[key]) !== JSON.stringify(value)) row[key] = value;
    }
  },
};

export const createEntity: Command<{ collection: CollectionName; row: EntityOf<CollectionName> }> = {
  id: 'entity/create',
  run(draft, { collection, row }) {
    const rows = draft[collection] as Record<string, unknown>;
    if (rows[row.id]) throw new Error(`${collection}/${row.id} exists already`);
    rows[row.id] = row;
  },
};

/**
 * Children that go with a parent when it is deleted, so a command never leaves a dangling
 * reference (the file's foreign keys would refuse it). Mirrors the ON DELETE rules of the schema.
 */
const CHILDREN: Partial<Record<CollectionName, { collection: CollectionName; key: string }[]>> = {
  halls: [
    { collection: 'elements', key: 'hallId' },
    { collection: 'seats', key: 'hallId' },
    { collection: 'assignments', key: 'hallId' },
    { collection: 'venuePoints', key: 'hallId' },
  ],
  elements: [{ collection: 'seats', key: 'elementId' }],
  seats: [{ collection: 'assignments', key: 'seatId' }],
  delegations: [
    { collection: 'people', key: 'delegationId' },
    { collection: 'slots', key: 'delegationId' },
  ],
  people: [{ collection: 'assignments', key: 'personId' }],
  sequences: [
    { collection: 'venuePoints', key: 'sequenceId' },
    { collection: 'greeters', key: 'sequenceId' },
    { collection: 'steps', key: 'sequenceId' },
    { collection: 'slots', key: 'sequenceId' },
  ],
  slots: [{ collection: 'slotTimes', key: 'slotId' }],
  steps: [{ collection: 'slotTimes', key: 'stepId' }],
};

/**
 * Optional references that are cleared when the row they point to is deleted. Mirrors the
 * ON DELETE SET NULL rules of the schema: the cleared rows are then part of the command's
 * patches, so undo restores them and the file never disagrees with the document.
 */
const CLEARED: Partial<Record<CollectionName, { collection: CollectionName; key: string }[]>> = {
  assets: [{ collection: 'halls', key: 'backgroundAssetId' }],
  halls: [{ collection: 'sequences', key: 'hallId' }],
  elements: [{ collection: 'elements', key: 'groupId' }],
  venuePoints: [
    { collection: 'greeters', key: 'venuePointId' },
    { collection: 'steps', key: 'venuePointId' },
  ],
  greeters: [{ collection: 'slots', key: 'greeterId' }],
};

export const deleteEntities: Command<{ collection: CollectionName; ids: string[] }> = {
  id: 'entity/delete',
  run(draft, { collection, ids }) {
    const remove = (c: CollectionName, id: string) => {
      const rows = draft[c] as Record<string, Record<string, unknown>>;
      if (!rows[id]) return;
      delete rows[id];
      for (const child of CHILDREN[c] ?? []) {
        const childRows = draft[child.collection] as Record<string, Record<string, unknown>>;
        for (const [childId, childRow] of Object.entries(childRows)) {
          if (childRow[child.key] === id) remove(child.collection, childId);
        }
      }
      for (const ref of CLEARED[c] ?? []) {
        for (const row of Object.values(draft[ref.collection] as Record<string, Record<string, unknown>>)) {
          if (row[ref.key] === id) row[ref.key] = null;
        }
      }
    };
    for (const id of ids) remove(collection, id);
  },
};

/** Validates a row against its collection's schema; returns the first problem or null. */
export function rowProblem<C extends CollectionName>(collection: C, row: unknown): { field: string; message: string } | null {
  const result = COLLECTIONS[collection].schema.safeParse(row);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return { field: issue.path.join('.'), message: issue.message };
}
