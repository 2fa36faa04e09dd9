import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../shared/model/collections';
import { EventFile, expectedSchema, MIGRATIONS, SCHEMA_VERSION } from '../../electron/store';
import { PARKING } from '../../electron/store/writer';
import { fixtureDocument } from '../fixtures/document';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A database holding the current schema and nothing else. */
function schemaDb() {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS) db.exec(m.up as string);
  return db;
}

type ColumnInfo = { name: string; type: string; notnull: number; pk: number };

/**
 * The column a field needs, worked out from what its zod schema accepts (not from the store's
 * own mapping), so the model and the migration cannot drift apart unnoticed.
 */
function expectedColumn(collection: CollectionName, key: string, field: z.ZodType) {
  const accepts = (value: unknown) => field.safeParse(value).success;
  const inner = field instanceof z.ZodNullable ? (field.unwrap() as z.ZodType) : field;
  const json = (COLLECTIONS[collection].json as readonly string[]).includes(key);
  // A JSON field is always stored as JSON text: its null is the text "null", never SQL NULL.
  const notnull = json || !accepts(null) ? 1 : 0;
  let type: string;
  if (json) type = 'TEXT';
  else if (inner.def.type === 'boolean') type = 'INTEGER';
  else if (inner.def.type === 'number') type = [0.5, 1.5, 0.25].some((v) => inner.safeParse(v).success) ? 'REAL' : 'INTEGER';
  else if (inner.def.type === 'string' || inner.def.type === 'enum') type = 'TEXT';
  else throw new Error(`${collection}.${key}: unexpected field type ${inner.def.type}`);
  return { name: snake(key), type, notnull: key === 'id' ? 1 : notnull, pk: key === 'id' ? 1 : 0 };
}

describe('the schema matches the model', () => {
  const db = schemaDb();

  test.each(COLLECTION_NAMES)('%s: one column per field, with its type and nullability', (collection) => {
    const { table, schema } = COLLECTIONS[collection];
    // By name: a migration's ADD COLUMN appends, so the table's column order is its history's.
    const byName = (a: ColumnInfo, b: ColumnInfo) => a.name.localeCompare(b.name);
    const columns = (db.pragma(`table_info(${table})`) as ColumnInfo[]).map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk })).sort(byName);
    const expected = Object.entries(schema.shape).map(([key, field]) => expectedColumn(collection, key, field as z.ZodType)).sort(byName);
    expect(columns).toEqual(expected);
  });

  test('every table is STRICT, and there are no triggers and no views', () => {
    const tables = (db.pragma('table_list') as { name: string; schema: string; strict: number }[]).filter(
      (t) => t.schema === 'main' && !t.name.startsWith('sqlite_'),
    );
    // One table per collection, and the team replica's (migrations 004, 005 and 006), which hold no entities.
    const teamReplica = ['team_replica', 'team_versions', 'team_outbox', 'team_conflicts', 'team_connection'];
    expect(tables.map((t) => t.name).sort()).toEqual([...COLLECTION_NAMES.map((c) => COLLECTIONS[c].table), ...teamReplica].sort());
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')`).pluck().get()).toBe(0);
  });

  test.each(COLLECTION_NAMES)('%s: every enum value the model allows is accepted by the database, others are refused', (collection) => {
    const { table, schema } = COLLECTIONS[collection];
    const row = Object.values(fixtureDocument()[collection])[0] as Record<string, unknown>;
    for (const [key, field] of Object.entries(schema.shape)) {
      const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
      if (!(inner instanceof z.ZodEnum)) continue;
      const column = snake(key);
      for (const value of inner.options) {
        db.exec('SAVEPOINT probe');
        db.pragma('defer_foreign_keys = ON');
        insertRow(db, table, { ...row, [key]: value });
        db.exec('ROLLBACK TO probe; RELEASE probe');
      }
      expect(() => insertRow(db, table, { ...row, [key]: 'not-a-value' }), `${table}.${column}`).toThrow(/CHECK constraint failed/);
    }
  });

  test('booleans are stored as 0 or 1 only', () => {
    const seat = Object.values(fixtureDocument().seats)[0]!;
    expect(() => insertRow(db, 'seats', { ...seat, id: 'x', label: 'zz', blocked: 2 })).toThrow(/CHECK constraint failed/);
  });

  test('every foreign key is indexed (deletes and cascades must not scan whole tables)', () => {
    for (const collection of COLLECTION_NAMES) {
      const { table } = COLLECTIONS[collection];
      const keys = db.pragma(`foreign_key_list(${table})`) as { id: number; seq: number; from: string }[];
      const indexes = (db.pragma(`index_list(${table})`) as { name: string }[]).map((i) =>
        (db.pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name),
      );
      for (const key of keys.filter((k) => k.seq === 0)) {
        expect(indexes.some((columns) => columns[0] === key.from), `${table}.${key.from}`).toBe(true);
      }
    }
  });

  test('every UNIQUE rule besides the id has its columns parked before a change is written', () => {
    for (const collection of COLLECTION_NAMES) {
      const { table } = COLLECTIONS[collection];
      const unique = (db.pragma(`index_list(${table})`) as { name: string; unique: number; origin: string }[]).filter(
        (i) => i.unique === 1 && i.origin !== 'pk',
      );
      for (const index of unique) {
        const columns = (db.pragma(`index_info(${index.name})`) as { name: string }[]).map((c) => c.name);
        if (columns.includes('id')) continue; // (id, hall_id): unique because id is
        // A partial index (one head per delegation) is also freed by parking its WHERE column.
        const sql = (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(index.name) as string | null) ?? '';
        const where = /\bWHERE\b(.*)$/is.exec(sql)?.[1] ?? '';
        columns.push(...(where.match(/[a-z_]+/g) ?? []));
        const parked = PARKING[collection] ?? '';
        expect(
          columns.some((c) => new RegExp(`(^|[ ,"])${c}"? =`).test(parked)),
          `${table} (${columns.join(', ')}) needs an entry in PARKING`,
        ).toBe(true);
      }
    }
  });

  test('the schema a file must hold is what the migrations create', () => {
    const names = expectedSchema(SCHEMA_VERSION).map((o) => `${o.type} ${o.name}`);
    expect(names).toContain('index people_one_head_per_delegation');
    expect(names).toContain('table seat_assignments');
    expect(expectedSchema(0)).toEqual([]);
  });

  test('a created file sets its pragmas: WAL, foreign keys on', () => {
    const path = nodePath.join(tempDir(), 'p.preseance');
    const file = EventFile.create(path, fixtureDocument());
    file.close();
    const plain = new Database(path, { readonly: true });
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    plain.close();
  });
});

function insertRow(db: Database.Database, table: string, entity: Record<string, unknown>) {
  const keys = Object.keys(entity);
  const values = keys.map((k) => {
    const v = entity[k];
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v !== null && typeof v === 'object') return JSON.stringify(v);
    return v;
  });
  db.prepare(`INSERT INTO ${table} (${keys.map((k) => `"${snake(k)}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`).run(values);
}
