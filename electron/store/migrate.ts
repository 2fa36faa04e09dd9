import { MIGRATIONS, type Migration } from './migrations';
import { Database, userVersion, type Db } from './sqlite';

/** The migrations a list describes must be versions 1..n in order: anything else is a programming error. */
function checkList(migrations: readonly Migration[]): void {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`migration "${m.name}" has version ${m.version}, expected ${index + 1}`);
  });
}

export type MigrationResult = { from: number; to: number };

/**
 * Brings the database to the last version of `migrations`, one migration per transaction, so
 * a failure leaves the file at the last version that fully succeeded. Throws the migration's
 * own error (callers turn it into an AppError naming the file); refuses a newer database.
 * Taking a backup first is the caller's job: it knows where the file lives.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  checkList(migrations);
  const from = userVersion(db);
  if (from > migrations.length) {
    throw new Error(`the database is at version ${from}, newer than the newest known (${migrations.length})`);
  }
  for (const migration of migrations.slice(from)) {
    // foreign_keys cannot change inside a transaction; turning it off lets a migration rebuild
    // a table (create new, copy, drop old, rename) without cascading deletes into its children.
    db.pragma('foreign_keys = OFF');
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${migration.version} (${migration.name}) leaves ${broken.length} broken ${broken.length === 1 ? 'reference' : 'references'}`);
        }
        db.pragma(`user_version = ${migration.version}`);
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: migrations.length };
}

/** One row of sqlite_schema, as compared between a file and what the migrations create. */
export type SchemaObject = { type: string; name: string; tableName: string; sql: string | null };

const SCHEMA_QUERY = `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema ORDER BY type, name`;

export function readSchema(db: Db): SchemaObject[] {
  return (db.prepare(SCHEMA_QUERY).all() as SchemaObject[]).map((o) => ({ ...o, sql: normalizeSql(o.sql) }));
}

/** Whitespace is not meaning: compare statements with runs of blanks folded to one space. */
function normalizeSql(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

const expectedCache = new WeakMap<readonly Migration[], Map<number, SchemaObject[]>>();

/**
 * The exact schema a file at `version` must hold: the first `version` migrations replayed on an
 * empty in-memory database. Comparing with it (rather than with a hand-kept list of names)
 * means a new migration can never be forgotten by the check.
 */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): SchemaObject[] {
  let byVersion = expectedCache.get(migrations);
  if (!byVersion) expectedCache.set(migrations, (byVersion = new Map()));
  let schema = byVersion.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(db, migrations.slice(0, version));
      schema = readSchema(db);
    } finally {
      db.close();
    }
    byVersion.set(version, schema);
  }
  return schema;
}
