import { AppError } from '../../shared/errors';
import { COLLECTION_NAMES, type Changes, type CollectionName } from '../../shared/model/collections';
import { referenceError, writeError, type RowContext } from './errors';
import { TABLES, toParams, unstorableText, type Table } from './rows';
import { quote, sqliteCode, type Db, type Statement } from './sqlite';

/**
 * Columns of UNIQUE constraints, "parked" when a change hits a UNIQUE check halfway. SQLite
 * checks UNIQUE at every statement (it cannot defer them), so swapping two people's seats, two
 * delegations' heads or two seats' labels would fail halfway through a valid change. Parking sets
 * these columns, on every existing row the change writes or deletes, to values that cannot
 * collide (`parked:<own id>`, NULL, 'member'); the upserts then write the final values, and the
 * deferred foreign keys and UNIQUE checks judge only the end state. Parking touches no column
 * that another table references, so it cannot fire a cascade. A new UNIQUE constraint needs an
 * entry here (test/store/schema.test.ts fails until it has one).
 */
export const PARKING: Partial<Record<CollectionName, string>> = {
  settings: `"key" = 'parked:' || id`,
  seats: `label = 'parked:' || id`,
  delegations: `iso3 = NULL, org_code = NULL`,
  people: `role = 'member'`,
  assignments: `seat_id = 'parked:' || id, person_id = 'parked:' || id`,
  slots: `delegation_id = 'parked:' || id`,
  slotTimes: `step_id = 'parked:' || id`,
};

type Statements = { upsert: Statement; remove: Statement; park: Statement | null };

/** A whole row on its way to the file: validated first, so that every row written will load back. */
type Upsert = { table: Table; id: string; params: unknown[] };
type Delete = { table: Table; id: string };

/**
 * Writes Changes to an open event file in one transaction, with statements prepared once per
 * table (a 10,000-seat change is one statement run 10,000 times, not 10,000 compilations).
 */
export class Writer {
  readonly #statements = new Map<CollectionName, Statements>();
  readonly #foreignKeys = new Map<string, Map<number, { parent: string; columns: string[] }>>();

  constructor(
    private readonly db: Db,
    private readonly path: string,
  ) {}

  /**
   * `alongside` runs inside the same transaction after the rows are written (the team replica
   * records the server's versions with the rows they belong to); if it throws, nothing is written.
   */
  apply(changes: Changes, alongside?: () => void): void {
    const { upserts, deletes } = this.#validate(changes);
    if (upserts.length === 0 && deletes.length === 0 && !alongside) return;
    const db = this.db;
    const position: { context?: RowContext } = {};
    try {
      db.exec('BEGIN IMMEDIATE');
      // Foreign keys are checked at COMMIT, so the order of rows within a change does not
      // matter (a seat may come before its table). Resets itself when the transaction ends.
      db.pragma('defer_foreign_keys = ON');
      // Most changes (moving 10,000 seats) change no unique value: write them directly. Only
      // if a UNIQUE check fires midway (a swap) is the attempt undone and redone with parking;
      // a real violation then fails again, in the second pass, and is reported.
      db.exec('SAVEPOINT direct');
      try {
        this.#write(upserts, deletes, false, position);
        db.exec('RELEASE direct');
      } catch (error) {
        if (sqliteCode(error) !== 'SQLITE_CONSTRAINT_UNIQUE' || !db.inTransaction) throw error;
        db.exec('ROLLBACK TO direct; RELEASE direct');
        this.#write(upserts, deletes, true, position);
      }
      position.context = undefined;
      alongside?.();
      this.#commit();
    } catch (error) {
      // SQLite may already have rolled back (e.g. on a full disk); never leave a transaction open.
      if (db.inTransaction) db.exec('ROLLBACK');
      throw writeError(error, this.path, position.context);
    }
  }

  #write(upserts: Upsert[], deletes: Delete[], parked: boolean, position: { context?: RowContext }): void {
    if (parked) {
      for (const { table, id } of [...upserts, ...deletes]) this.#prepared(table).park?.run(id);
    }
    // Writes before deletes: a row moved away from a parent that this change deletes must
    // be moved before the delete cascades, or the cascade would take it (and its children).
    for (const row of upserts) {
      position.context = { table: row.table.table, id: row.id };
      this.#prepared(row.table).upsert.run(row.params);
    }
    for (const row of deletes) {
      position.context = { table: row.table.table, id: row.id };
      this.#prepared(row.table).remove.run(row.id);
    }
  }

  #commit(): void {
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      // A COMMIT refused for deferred foreign keys leaves the transaction open: ask SQLite which
      // row is wrong while it is still there, then let the caller roll back.
      const problem = this.db.inTransaction ? this.#firstBrokenReference() : null;
      throw problem ?? error;
    }
  }

  #firstBrokenReference(): AppError | null {
    const rows = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string; fkid: number }[];
    const first = rows[0];
    if (!first) return null;
    const id = this.db.prepare(`SELECT id FROM ${quote(first.table)} WHERE rowid = ?`).pluck().get(first.rowid) as string;
    const columns = this.#foreignKeysOf(first.table).get(first.fkid)?.columns ?? [];
    return referenceError(this.path, { table: first.table, id, columns, parent: first.parent });
  }

  #foreignKeysOf(table: string): Map<number, { parent: string; columns: string[] }> {
    let keys = this.#foreignKeys.get(table);
    if (!keys) {
      keys = new Map();
      const list = this.db.pragma(`foreign_key_list(${quote(table)})`) as { id: number; table: string; from: string }[];
      for (const { id, table: parent, from } of list) {
        const key = keys.get(id) ?? { parent, columns: [] };
        key.columns.push(from);
        keys.set(id, key);
      }
      this.#foreignKeys.set(table, keys);
    }
    return keys;
  }

  #validate(changes: Changes): { upserts: Upsert[]; deletes: Delete[] } {
    const invalid = (detail: string) => new AppError('invalid-input', { path: this.path, detail });
    const known = (collection: string): collection is CollectionName => (COLLECTION_NAMES as string[]).includes(collection);
    const written = (changes.upserts ?? {}) as Changes['upserts'];
    const removed = (changes.deletes ?? {}) as Changes['deletes'];
    for (const collection of [...Object.keys(written), ...Object.keys(removed)]) {
      if (!known(collection)) throw invalid(`unknown collection “${collection}”`);
    }
    const upserts: Upsert[] = [];
    const deletes: Delete[] = [];
    for (const collection of COLLECTION_NAMES) {
      const table = TABLES[collection];
      const seen = new Set<string>();
      for (const row of (written[collection] ?? []) as unknown[]) {
        const result = table.schema.safeParse(row);
        const id = String((row as { id?: unknown } | null)?.id);
        if (!result.success) {
          const issue = result.error.issues[0]!;
          throw invalid(`${collection} ${id}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
        }
        const entity = row as Record<string, unknown>;
        const field = unstorableText(table, entity);
        if (field) throw invalid(`${collection} ${id}: ${field}: text with an unpaired surrogate cannot be stored exactly`);
        if (seen.has(id)) throw invalid(`${collection} ${id} is written twice in one change`);
        seen.add(id);
        upserts.push({ table, id, params: toParams(table, entity) });
      }
      for (const id of removed[collection] ?? []) {
        if (typeof id !== 'string') throw invalid(`${collection}: a deleted id is not a string`);
        if (seen.has(id)) throw invalid(`${collection} ${id} is both written and deleted in one change`);
        seen.add(id);
        deletes.push({ table, id });
      }
    }
    // Children first: their parents' cascades then find nothing left to do.
    deletes.reverse();
    return { upserts, deletes };
  }

  #prepared(table: Table): Statements {
    let statements = this.#statements.get(table.collection);
    if (!statements) {
      const name = quote(table.table);
      const columns = table.fields.map((f) => quote(f.column));
      const updates = columns.filter((c) => c !== '"id"').map((c) => `${c} = excluded.${c}`);
      // Never INSERT OR REPLACE: it deletes the old row first, which cascades to its children.
      const upsert = this.db.prepare(
        `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
      );
      const remove = this.db.prepare(`DELETE FROM ${name} WHERE id = ?`);
      const parking = PARKING[table.collection];
      const park = parking ? this.db.prepare(`UPDATE ${name} SET ${parking} WHERE id = ?`) : null;
      statements = { upsert, remove, park };
      this.#statements.set(table.collection, statements);
    }
    return statements;
  }
}
