import { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../shared/model/collections';

// Row <-> entity mapping, derived once from the zod schemas so that the model stays the one
// source of truth: a field's column is its snake_case name, its kind decides the conversion.

/** How a field is stored: booleans as INTEGER 0/1, JSON as TEXT, everything else as itself. */
export type FieldKind = 'text' | 'integer' | 'real' | 'boolean' | 'json';
export type Field = { key: string; column: string; kind: FieldKind; nullable: boolean };
export type Table = { collection: CollectionName; table: string; schema: z.ZodObject; fields: Field[] };

export const columnName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function fieldOf(collection: CollectionName, key: string, schema: z.ZodType, json: readonly string[]): Field {
  const nullable = schema instanceof z.ZodNullable;
  const inner = (nullable ? (schema as z.ZodNullable).unwrap() : schema) as z.ZodType;
  const column = columnName(key);
  if (json.includes(key)) return { key, column, kind: 'json', nullable };
  // def.type, not instanceof: string formats (z.uuid(), z.iso.date()) are their own classes.
  const type = inner.def.type;
  if (type === 'boolean') return { key, column, kind: 'boolean', nullable };
  if (type === 'number') return { key, column, kind: (inner as z.ZodNumber).format === 'safeint' ? 'integer' : 'real', nullable };
  if (type === 'string' || type === 'enum') return { key, column, kind: 'text', nullable };
  // A new kind of field needs a decision about its storage (and a migration): fail loudly.
  throw new Error(`${collection}.${key}: no column mapping for this kind of field`);
}

export const TABLES: { readonly [C in CollectionName]: Table } = Object.fromEntries(
  COLLECTION_NAMES.map((collection) => {
    const { table, schema, json } = COLLECTIONS[collection];
    const fields = Object.entries(schema.shape).map(([key, type]) => fieldOf(collection, key, type as z.ZodType, json));
    return [collection, { collection, table, schema, fields }];
  }),
) as unknown as { [C in CollectionName]: Table };

/** Bind parameters for a row, in `fields` order. */
export function toParams(table: Table, entity: Record<string, unknown>): unknown[] {
  return table.fields.map(({ key, kind }) => {
    const value = entity[key];
    // JSON first: a JSON null is the text "null", not SQL NULL (the column is NOT NULL).
    if (kind === 'json') return JSON.stringify(value);
    if (value === null) return null;
    if (kind === 'boolean') return value ? 1 : 0;
    return value;
  });
}

/**
 * An entity from a raw row (values in `fields` order). Throws a plain Error describing what is
 * wrong; the caller adds the file, table and id. Validation against the schema is the caller's.
 */
export function fromRow(table: Table, values: readonly unknown[]): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  table.fields.forEach(({ key, column, kind }, index) => {
    const value = values[index];
    if (value === null || value === undefined) entity[key] = null;
    else if (kind === 'boolean') {
      if (value !== 0 && value !== 1) throw new Error(`${column} holds ${String(value)}, not 0 or 1`);
      entity[key] = value === 1;
    } else if (kind === 'json') {
      try {
        entity[key] = JSON.parse(value as string);
      } catch {
        throw new Error(`${column} does not hold valid JSON`);
      }
    } else entity[key] = value;
  });
  return entity;
}

// Strings that UTF-8 cannot represent (lone UTF-16 surrogates) would be silently replaced by
// U+FFFD on the way into SQLite: refuse them instead of writing something else than was typed.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first text field of a row that cannot be stored exactly, or null. */
export function unstorableText(table: Table, entity: Record<string, unknown>): string | null {
  for (const { key, kind } of table.fields) {
    const value = entity[key];
    if (kind === 'text' && typeof value === 'string' && LONE_SURROGATE.test(value)) return key;
  }
  return null;
}
