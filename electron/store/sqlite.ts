import Database from 'better-sqlite3';

// The one place that knows how better-sqlite3 is imported, and the pragmas every writable
// connection to an event file gets.

export type Db = Database.Database;
export { Database };

/** A SQLite error as better-sqlite3 throws it: `code` is the extended result code name. */
export function sqliteCode(error: unknown): string | null {
  return error instanceof Database.SqliteError ? error.code : null;
}

/**
 * Settings for a connection that writes an event file.
 * - locking_mode=EXCLUSIVE first, before the first read: the file is locked for as long as it
 *   is open, so a second window or program cannot write it behind our back (it gets `locked`),
 *   and WAL then keeps its index in memory, so no -shm file is ever created.
 * - WAL: a commit appends to the -wal file; a crash mid-commit loses at most that commit.
 * - synchronous=FULL: the WAL is fsynced at every commit, so a committed edit survives power loss.
 * - foreign_keys=ON: references are checked by the database (better-sqlite3 also defaults it on).
 * - trusted_schema=OFF: functions in the schema are limited to harmless ones.
 */
export function configureWritable(db: Db): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('trusted_schema = OFF');
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`could not switch the file to WAL (journal mode is ${String(mode)})`);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Db): number {
  return db.pragma('application_id', { simple: true }) as number;
}

/** SQL identifier quoting, for the column names generated from the model ("order", "key"...). */
export const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export type Statement = Database.Statement;
