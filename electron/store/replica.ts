import { AppError } from '../../shared/errors';
import { COLLECTION_NAMES, COLLECTIONS, type Changes, type CollectionName } from '../../shared/model/collections';
import { writeError } from './errors';
import { readRow } from './reader';
import { TABLES } from './rows';
import { quote, type Db } from './sqlite';
import type { Writer } from './writer';

/** Where a team replica stands: the server it replicates, the last change of its log applied here. */
export type ReplicaState = { serverId: string; lastSeq: number };
/** Where the replica's server is and who the officer logs in as (migration 006); never a password. */
export type TeamConnection = { host: string; port: number; database: string; user: string };
export type RowKey = { kind: CollectionName; id: string };
export type RowVersion = RowKey & { version: number };

/** One string for a row's kind and id, for sets and maps of rows. */
export const rowKeyOf = (kind: string, id: string) => `${kind}\u0000${id}`;
const collectionOfTable = new Map(COLLECTION_NAMES.map((c) => [COLLECTIONS[c].table as string, c]));

/**
 * The team-replica side of an event file (migration 004): the server's versions of the rows and
 * the replica's position in the server's change log. Rows arriving from the server are written
 * through the same Writer as every edit (validated, one transaction), together with their
 * versions and the new position, so a crash never leaves rows without the versions they came with.
 */
export class Replica {
  readonly #parents = new Map<CollectionName, { key: string; parent: CollectionName }[]>();

  constructor(
    private readonly db: () => Db,
    private readonly writer: Writer,
    private readonly path: string,
  ) {}

  /** The replica's position, or null for a file that was never shared. */
  state(): ReplicaState | null {
    const row = this.db().prepare('SELECT server_id AS serverId, last_seq AS lastSeq FROM team_replica WHERE id = 1').get();
    return (row as ReplicaState | undefined) ?? null;
  }

  /** Where the server is, or null (a file never shared, or shared before format 6). */
  connection(): TeamConnection | null {
    const row = this.db().prepare('SELECT host, port, database, user_name AS user FROM team_connection WHERE id = 1').get();
    return (row as TeamConnection | undefined) ?? null;
  }

  /** Remembers where the server is, for the next open of the file (set when it is shared or joined). */
  setConnection(connection: TeamConnection): void {
    this.db()
      .prepare(
        `INSERT INTO team_connection (id, host, port, database, user_name) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, database = excluded.database, user_name = excluded.user_name`,
      )
      .run(connection.host, connection.port, connection.database, connection.user);
  }

  /** The server's version of each row asked for; 0 for a row the server has never numbered here. */
  versions(keys: readonly RowKey[]): number[] {
    const statement = this.db().prepare('SELECT version FROM team_versions WHERE kind = ? AND id = ?').pluck();
    return keys.map(({ kind, id }) => (statement.get(kind, id) as number | undefined) ?? 0);
  }

  /** The file's rows asked for, as loadDocument() gives them (null for a row it does not hold). */
  rows(keys: readonly RowKey[]): (Record<string, unknown> | null)[] {
    const db = this.db();
    return keys.map(({ kind, id }) => readRow(db, this.path, kind, id));
  }

  /**
   * Rows another row refers to (its foreign keys, read from the file's own schema): a command
   * writing the row needs them to still exist on the server.
   */
  parentsOf(kind: CollectionName, row: Record<string, unknown>): RowKey[] {
    let parents = this.#parents.get(kind);
    if (!parents) {
      const list = this.db().pragma(`foreign_key_list(${quote(COLLECTIONS[kind].table)})`) as { table: string; from: string; to: string }[];
      const fieldOf = new Map(TABLES[kind].fields.map((f) => [f.column, f.key]));
      parents = list
        .filter((fk) => fk.to === 'id')
        .map((fk) => ({ key: fieldOf.get(fk.from)!, parent: collectionOfTable.get(fk.table)! }));
      this.#parents.set(kind, parents);
    }
    return parents.flatMap(({ key, parent }) => (typeof row[key] === 'string' ? [{ kind: parent, id: row[key] as string }] : []));
  }

  /**
   * Writes rows from the server with their versions and the new position, all in one
   * transaction. A state for another server is refused: a replica follows one server only.
   */
  applyPulled(changes: Changes, versions: readonly RowVersion[], state: ReplicaState): void {
    const current = this.state();
    if (current && current.serverId !== state.serverId) {
      throw new AppError('invalid-input', { path: this.path, detail: `this file replicates team server ${current.serverId}, not ${state.serverId}` });
    }
    const db = this.db();
    const setVersion = db.prepare(
      'INSERT INTO team_versions (kind, id, version) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version',
    );
    const setState = db.prepare(
      'INSERT INTO team_replica (id, server_id, last_seq) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET server_id = excluded.server_id, last_seq = excluded.last_seq',
    );
    try {
      this.writer.apply(changes, () => {
        const seen = new Set<string>();
        for (const { kind, id, version } of versions) {
          const key = rowKeyOf(kind, id);
          if (seen.has(key)) throw new Error(`${kind} ${id} has two versions in one pull`);
          seen.add(key);
          setVersion.run(kind, id, version);
        }
        setState.run(state.serverId, state.lastSeq);
      });
    } catch (error) {
      throw error instanceof AppError ? error : writeError(error, this.path);
    }
  }
}
