import { AppError } from '../../shared/errors';
import type { EventCounts } from '../../shared/ipc/contract';
import { COLLECTION_NAMES, emptyDocument, type CollectionName, type EventDocument } from '../../shared/model/collections';
import { fromRow, TABLES } from './rows';
import { quote, sqliteCode, type Db } from './sqlite';

/**
 * The whole event from the file. Every row is converted and then checked against its entity
 * schema: a row that does not pass is reported as damage (naming table and id), never loaded
 * half-right into the editor.
 */
export function readDocument(db: Db, path: string): EventDocument {
  const document = emptyDocument();
  for (const collection of COLLECTION_NAMES) {
    const table = TABLES[collection];
    const columns = table.fields.map((f) => quote(f.column)).join(', ');
    const idIndex = table.fields.findIndex((f) => f.key === 'id');
    let rows: unknown[][];
    try {
      rows = db.prepare(`SELECT ${columns} FROM ${quote(table.table)} ORDER BY rowid`).raw().all() as unknown[][];
    } catch (error) {
      throw readError(error, path, `${table.table}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const target = document[collection] as Record<string, unknown>;
    for (const values of rows) {
      const id = String(values[idIndex]);
      const corrupt = (what: string) => new AppError('corrupt', { path, detail: `${table.table} ${id}: ${what}` });
      let entity: Record<string, unknown>;
      try {
        entity = fromRow(table, values);
      } catch (error) {
        throw corrupt((error as Error).message);
      }
      const result = table.schema.safeParse(entity);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw corrupt(`${issue.path.join('.') || 'row'}: ${issue.message}`);
      }
      target[id] = entity;
    }
  }
  return document;
}

/** One row by id, as loadDocument() would give it, or null when the file has no such row. */
export function readRow(db: Db, path: string, collection: CollectionName, id: string): Record<string, unknown> | null {
  const table = TABLES[collection];
  const columns = table.fields.map((f) => quote(f.column)).join(', ');
  let values: unknown[] | undefined;
  try {
    values = db.prepare(`SELECT ${columns} FROM ${quote(table.table)} WHERE id = ?`).raw().get(id) as unknown[] | undefined;
  } catch (error) {
    throw readError(error, path, `${table.table}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return values ? fromRow(table, values) : null;
}

export function readCounts(db: Db, path: string, schemaVersion: number): EventCounts {
  const count = (collection: keyof typeof TABLES) => `(SELECT count(*) FROM ${quote(TABLES[collection].table)})`;
  try {
    const row = db
      .prepare(
        `SELECT ${count('halls')} AS halls, ${count('elements')} AS elements, ${count('seats')} AS seats,
                ${count('delegations')} AS delegations, ${count('people')} AS people,
                ${count('assignments')} AS assignments, ${count('sequences')} AS sequences, ${count('slots')} AS slots`,
      )
      .get() as Omit<EventCounts, 'schemaVersion'>;
    return { schemaVersion, ...row };
  } catch (error) {
    throw readError(error, path, error instanceof Error ? error.message : String(error));
  }
}

/** A failed read: damage if SQLite says so, otherwise a plain failure with SQLite's words. */
function readError(error: unknown, path: string, detail: string): AppError {
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('corrupt', { path, detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('locked', { path });
  return new AppError('internal', { path, detail });
}
