import type pg from 'pg';
import { EventFile, rowKeyOf as keyOf, type RowKey, type RowVersion, type TeamConnection } from '../store';
import {
  COLLECTION_NAMES, emptyDocument, isEmptyChanges, type Changes, type CollectionName, type EventDocument,
} from '../../shared/model/collections';
import { applyCommand, commandRows, wireCommand } from './command';
import { migrateServer } from './schema';

// Share, join, push and pull: the four moves between an event file (the replica) and the team
// server. Rows travel as the document holds them (the entity objects the store's Writer
// validates and writes), so there is one serializer: the store's.

type Row = { kind: string; id: string; data: Record<string, unknown> | null };
type LoggedChange = { seq: string; rows: Row[] };

/** A row's kind as this version knows it; a table added by a newer version is refused, never dropped. */
function knownKind(kind: string): CollectionName {
  if (!(COLLECTION_NAMES as string[]).includes(kind)) throw new Error(`the team event holds a table this version does not know (${kind}): update Préséance`);
  return kind as CollectionName;
}

/** Where `client` is connected, as a replica remembers it to reconnect (its password is never kept). */
function connectionOf(client: pg.Client): TeamConnection {
  return { host: client.host, port: client.port, database: client.database ?? '', user: client.user ?? '' };
}

export async function serverId(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ server_id: string }>('SELECT server_id FROM team_meta');
  if (!rows[0]) throw new Error('this database holds no team event');
  return rows[0].server_id;
}

/**
 * Publishes the open event to an empty team database (creating the schema as the connected
 * role, who becomes its owner): every row, version 1 (the first change), and makes the file the
 * server's replica. Refused if the database already holds an event.
 */
export async function publish(file: EventFile, client: pg.Client): Promise<{ serverId: string; seq: number }> {
  if (file.replica.state()) throw new Error(`${file.path} is already the replica of a team event`);
  await migrateServer(client);
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM changes');
  if (rows[0]!.n > 0) throw new Error('this team database already holds an event');
  const id = await serverId(client);
  const document = file.loadDocument();
  const upserts = COLLECTION_NAMES.flatMap((kind) => Object.values(document[kind]).map((data) => ({ kind, id: data.id, data, version: 0 })));
  const seq = await applyCommand(client, { label: 'publish', upserts });
  file.replica.applyPulled({ upserts: {}, deletes: {} }, upserts.map(({ kind, id }) => ({ kind, id, version: seq })), { serverId: id, lastSeq: seq });
  file.replica.setConnection(connectionOf(client));
  return { serverId: id, seq };
}

/**
 * A new local replica at `path` from the server's current state: rows, versions (tombstones
 * too) and the change number they stand at, read in one snapshot (writers commit in number
 * order, so the snapshot holds exactly the changes up to its highest number).
 */
export async function join(client: pg.Client, path: string): Promise<EventFile> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  let id: string;
  let rows: (Row & { version: string })[];
  let lastSeq: number;
  try {
    id = await serverId(client);
    rows = (await client.query<Row & { version: string }>('SELECT kind, id, data, version FROM rows ORDER BY version, kind, id')).rows;
    lastSeq = Number((await client.query<{ seq: string }>('SELECT coalesce(max(seq), 0) AS seq FROM changes')).rows[0]!.seq);
  } finally {
    await client.query('COMMIT');
  }
  const document: EventDocument = emptyDocument();
  const versions: RowVersion[] = [];
  for (const row of rows) {
    const kind = knownKind(row.kind);
    if (row.data) (document[kind] as Record<string, unknown>)[row.id] = row.data;
    versions.push({ kind, id: row.id, version: Number(row.version) });
  }
  const file = EventFile.create(path, document);
  try {
    file.replica.applyPulled({ upserts: {}, deletes: {} }, versions, { serverId: id, lastSeq });
    file.replica.setConnection(connectionOf(client));
  } catch (error) {
    file.close();
    throw error;
  }
  return file;
}

export type PushOptions = { label?: string; reads?: readonly RowKey[] };

/**
 * Sends the rows one document command changes, with the versions this replica holds of them
 * (and of `reads`, rows it decided on without changing), as one server transaction. The parents
 * the written rows refer to must still exist. Returns the change number; the replica gets the
 * change at its next pull, like everyone else's.
 */
export async function push(file: EventFile, client: pg.Client, changes: Changes, options: PushOptions = {}): Promise<number | null> {
  if (isEmptyChanges(changes)) return null;
  const rows = commandRows(file.replica, changes, options.reads);
  return applyCommand(client, wireCommand(rows, file.replica.versions([...rows.writes, ...rows.reads]), options.label ?? null));
}

const PULL_BATCH = 2000;

const waiting = (file: EventFile) => file.outbox.counts().waiting > 0;

/**
 * Applies the server's changes after the replica's last one, in order, each batch in one
 * transaction of the file (rows, versions and position together) — none while edits wait in the
 * outbox. Returns how many changes were applied. Safe to call at any time and after any
 * reconnect: that pull, not NOTIFY, is what guarantees no change is missed.
 */
export async function pull(file: EventFile, client: pg.Client): Promise<number> {
  const replica = file.replica;
  const state = replica.state();
  if (!state) throw new Error(`${file.path} is not the replica of a team event`);
  const id = await serverId(client);
  if (id !== state.serverId) throw new Error(`${file.path} replicates team server ${state.serverId}, not this one (${id})`);
  let applied = 0;
  let last = state.lastSeq;
  for (;;) {
    const { rows } = await client.query<LoggedChange>('SELECT seq, rows FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2', [last, PULL_BATCH]);
    if (rows.length === 0) return applied;
    // The last state of each row in the batch is what the replica must hold.
    const final = new Map<string, Row & { version: number }>();
    for (const change of rows) {
      for (const row of change.rows) final.set(keyOf(row.kind, row.id), { ...row, version: Number(change.seq) });
    }
    const changes: Changes = { upserts: {}, deletes: {} };
    const versions: RowVersion[] = [];
    for (const row of final.values()) {
      const kind = knownKind(row.kind);
      if (row.data) ((changes.upserts as Record<string, unknown[]>)[kind] ??= []).push(row.data);
      else ((changes.deletes as Record<string, string[]>)[kind] ??= []).push(row.id);
      versions.push({ kind, id: row.id, version: row.version });
    }
    // Never over edits still waiting (an edit may arrive while the query runs): the server's rows
    // would replace them, and undoing a refused one later would bring back rows older than the
    // versions pulled. They go first (replay.ts); the pull after the replay brings the rest.
    if (waiting(file)) return applied;
    last = Number(rows.at(-1)!.seq);
    replica.applyPulled(changes, versions, { serverId: id, lastSeq: last });
    applied += rows.length;
    if (rows.length < PULL_BATCH) return applied;
  }
}
