import { z } from 'zod';
import * as E from './entities';

/**
 * The collections of an event document, each backed by one SQLite table. Listed parents
 * before children (the order rows are created in). `json` names the fields stored as JSON
 * text; booleans are found from the schema. Column names are the snake_case field names.
 */
export const COLLECTIONS = {
  events: { table: 'events', schema: E.EventInfo, json: [] },
  settings: { table: 'settings', schema: E.Setting, json: ['value'] },
  assets: { table: 'assets', schema: E.Asset, json: [] },
  halls: { table: 'halls', schema: E.Hall, json: [] },
  elements: { table: 'layout_elements', schema: E.LayoutElement, json: ['props'] },
  seats: { table: 'seats', schema: E.Seat, json: [] },
  delegations: { table: 'delegations', schema: E.Delegation, json: [] },
  people: { table: 'people', schema: E.Person, json: [] },
  assignments: { table: 'seat_assignments', schema: E.Assignment, json: [] },
  sequences: { table: 'arrival_sequences', schema: E.ArrivalSequence, json: [] },
  venuePoints: { table: 'venue_points', schema: E.VenuePoint, json: [] },
  greeters: { table: 'greeters', schema: E.Greeter, json: [] },
  steps: { table: 'sequence_steps', schema: E.SequenceStep, json: [] },
  slots: { table: 'slots', schema: E.Slot, json: [] },
  slotTimes: { table: 'slot_times', schema: E.SlotTime, json: [] },
} as const satisfies Record<string, { table: string; schema: z.ZodObject; json: readonly string[] }>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const CollectionNameSchema = z.enum(COLLECTION_NAMES as [CollectionName, ...CollectionName[]]);

export type EntityOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['schema']>;

/** The whole event, normalized: one record by id per collection. */
export type EventDocument = { [C in CollectionName]: Record<string, EntityOf<C>> };

export function emptyDocument(): EventDocument {
  return Object.fromEntries(COLLECTION_NAMES.map((c) => [c, {}])) as unknown as EventDocument;
}

/**
 * What one committed edit changes on disk: whole rows to insert or update, ids to delete.
 * Written by main in a single transaction.
 */
export type Changes = {
  upserts: { [C in CollectionName]?: EntityOf<C>[] };
  deletes: { [C in CollectionName]?: string[] };
};

const MAX_ROWS_PER_EDIT = 200_000;
export const ChangesSchema = z.strictObject({
  upserts: z.strictObject(
    Object.fromEntries(
      COLLECTION_NAMES.map((c) => [c, z.array(COLLECTIONS[c].schema).max(MAX_ROWS_PER_EDIT).optional()]),
    ) as { [C in CollectionName]: z.ZodOptional<z.ZodArray<(typeof COLLECTIONS)[C]['schema']>> },
  ),
  deletes: z.strictObject(
    Object.fromEntries(COLLECTION_NAMES.map((c) => [c, z.array(z.uuid()).max(MAX_ROWS_PER_EDIT).optional()])) as {
      [C in CollectionName]: z.ZodOptional<z.ZodArray<z.ZodUUID>>;
    },
  ),
});

export function isEmptyChanges(changes: Changes): boolean {
  return (
    Object.values(changes.upserts).every((rows) => !rows || rows.length === 0) &&
    Object.values(changes.deletes).every((ids) => !ids || ids.length === 0)
  );
}
