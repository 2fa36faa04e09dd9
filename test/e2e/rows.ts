/**
 * Two event files compared table by table, row by row: what the CLI and the app made for the
 * same choices. Only ids a verb created (randomUUID on either side) are set aside.
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';

type Row = Record<string, unknown>;
function tables(path: string): Record<string, Row[]> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(names.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all() as Row[]]));
  } finally {
    db.close();
  }
}

/**
 * Every table as sorted JSON rows. An id found in one file only was made by the verb: it reads as
 * its row's content (ids in it read the same way, to a fixed depth), the same on both sides.
 */
function comparable(own: Record<string, Row[]>, other: Record<string, Row[]>): Record<string, string[]> {
  const ids = (t: Record<string, Row[]>) => new Set(Object.values(t).flatMap((rows) => rows.map((r) => r.id)).filter((id): id is string => typeof id === 'string'));
  const theirs = ids(other);
  const made: ReadonlySet<unknown> = new Set([...ids(own)].filter((id) => !theirs.has(id)));
  const label = new Map<unknown, string>();
  const read = (row: Row) => JSON.stringify(Object.entries(row).map(([k, v]) => [k, made.has(v) ? (label.get(v) ?? 'new') : v]));
  for (let depth = 0; depth < 4; depth++) {
    for (const [table, rows] of Object.entries(own)) {
      for (const row of rows) if (made.has(row.id)) label.set(row.id, `${table}${read({ ...row, id: null })}`);
    }
  }
  return Object.fromEntries(Object.entries(own).map(([table, rows]) => [table, rows.map(read).sort()]));
}

export function expectSameRows(cliFile: string, appFile: string): void {
  const [a, b] = [tables(cliFile), tables(appFile)];
  expect(Object.keys(a)).toEqual(Object.keys(b));
  const [ca, cb] = [comparable(a, b), comparable(b, a)];
  for (const table of Object.keys(ca)) expect(ca[table], table).toEqual(cb[table]);
}
