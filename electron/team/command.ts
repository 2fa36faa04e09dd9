import type pg from 'pg';
import { rowKeyOf as keyOf, type Replica, type RowKey } from '../store';
import { COLLECTION_NAMES, type Changes } from '../../shared/model/collections';
import { refusalOf } from './errors';

// A command as the team server takes it (apply-command.ts), made from a document change. The
// direct push (sync.ts) and the outbox (outbox.ts, replay.ts) build it the same way.

/** A row a command writes: its new value, or null to delete it. */
export type Write = RowKey & { data: Record<string, unknown> | null };
export type CommandRows = { writes: Write[]; reads: RowKey[]; requires: RowKey[] };

/**
 * The rows a change writes; the rows the command decided on without changing them (`reads`,
 * less the written ones); and the parents the written rows refer to, which must still exist on
 * the server (less those the command writes itself).
 */
export function commandRows(replica: Replica, changes: Changes, reads: readonly RowKey[] = []): CommandRows {
  const writes: Write[] = [];
  for (const kind of COLLECTION_NAMES) {
    for (const data of (changes.upserts[kind] ?? []) as Record<string, unknown>[]) writes.push({ kind, id: String(data.id), data });
  }
  for (const kind of COLLECTION_NAMES) for (const id of changes.deletes[kind] ?? []) writes.push({ kind, id, data: null });
  const written = new Set(writes.map(({ kind, id }) => keyOf(kind, id)));
  const requires = new Map<string, RowKey>();
  for (const { kind, data } of writes) {
    if (!data) continue;
    for (const parent of replica.parentsOf(kind, data)) {
      const key = keyOf(parent.kind, parent.id);
      if (!written.has(key)) requires.set(key, parent);
    }
  }
  return { writes, reads: reads.filter(({ kind, id }) => !written.has(keyOf(kind, id))), requires: [...requires.values()] };
}

/**
 * The JSON apply_command takes. `versions` are the versions the command read, for `writes` then
 * `reads`, in order. `commandId` makes a command sent again (its reply lost) apply once.
 */
export function wireCommand(rows: CommandRows, versions: readonly number[], label: string | null, commandId?: string): object {
  const version = (i: number) => versions[i] ?? 0;
  const upserts: object[] = [];
  const deletes: object[] = [];
  rows.writes.forEach(({ kind, id, data }, i) => (data ? upserts.push({ kind, id, data, version: version(i) }) : deletes.push({ kind, id, version: version(i) })));
  return {
    ...(commandId ? { commandId } : {}),
    label,
    upserts,
    deletes,
    reads: rows.reads.map(({ kind, id }, i) => ({ kind, id, version: version(rows.writes.length + i) })),
    requires: rows.requires.map(({ kind, id }) => ({ kind, id })),
  };
}

/** Sends one command as one server transaction; returns its change number, or throws the refusal (TeamError). */
export async function applyCommand(client: pg.Client, command: object): Promise<number> {
  try {
    const { rows } = await client.query<{ seq: string }>('SELECT apply_command($1::jsonb) AS seq', [JSON.stringify(command)]);
    return Number(rows[0]!.seq);
  } catch (error) {
    throw refusalOf(error);
  }
}
