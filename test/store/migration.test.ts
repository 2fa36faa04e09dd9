import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { readHeader } from '../../electron/store/header';
import { EventFile, migrate, MIGRATIONS, SCHEMA_VERSION, type Migration } from '../../electron/store';
import { fixtureDocument } from '../fixtures/document';
import { documentIn } from '../fixtures/event-file';
import { expectAppError, listing, sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();

// A synthetic next format: a new index, and a data change that shows it ran.
const v2: Migration = {
  version: SCHEMA_VERSION + 1,
  name: 'synthetic-index-and-notes',
  up: `CREATE INDEX people_family_name ON people (family_name);
       UPDATE delegations SET notes = notes || ' [v2]';`,
};
const withV2 = [...MIGRATIONS, v2];

function v1File(): string {
  const path = nodePath.join(tempDir(), 'hanoi.preseance');
  EventFile.create(path, fixtureDocument()).close();
  return path;
}

// From the header with fs: even a read-only SQLite connection would leave -shm beside a WAL file.
const fileVersion = (path: string) => readHeader(path)!.userVersion;

const backupsOf = (path: string) => {
  const folder = nodePath.join(nodePath.dirname(path), 'backups');
  return fs.existsSync(folder) ? fs.readdirSync(folder).map((name) => nodePath.join(folder, name)) : [];
};

describe('opening a file of an older format', () => {
  test('backs it up first, then migrates it', () => {
    const path = v1File();
    const original = sha256(path);
    const file = EventFile.open(path, { migrations: withV2 });
    expect(file.schemaVersion).toBe(SCHEMA_VERSION + 1);
    const migrated = file.loadDocument();
    for (const delegation of Object.values(migrated.delegations)) expect(delegation.notes.endsWith(' [v2]')).toBe(true);
    file.close();
    expect(fileVersion(path)).toBe(SCHEMA_VERSION + 1);

    // The backup is the file as it was before: old format, old data, and it opens.
    const backups = backupsOf(path);
    expect(backups).toHaveLength(1);
    expect(nodePath.basename(backups[0]!)).toMatch(new RegExp(`^hanoi\\.before-v${SCHEMA_VERSION + 1}-[0-9TZ-]+\\.preseance$`));
    expect(fileVersion(backups[0]!)).toBe(SCHEMA_VERSION);
    expect(documentIn(backups[0]!)).toEqual(fixtureDocument());
    expect(sha256(path)).not.toBe(original);

    // Once migrated, opening again neither migrates nor backs up again.
    const again = EventFile.open(path, { migrations: withV2 });
    expect(again.loadDocument()).toEqual(migrated);
    again.close();
    expect(backupsOf(path)).toHaveLength(1);
  });

  test('no backup, no migration: if the backup cannot be written, the file stays as it was', () => {
    const path = v1File();
    const before = sha256(path);
    fs.writeFileSync(nodePath.join(nodePath.dirname(path), 'backups'), 'a file where the backups folder should be');
    const error = expectAppError(() => EventFile.open(path, { migrations: withV2 }), 'write-failed');
    expect(error.message).toContain('backup');
    expect(fileVersion(path)).toBe(SCHEMA_VERSION);
    expect(sha256(path)).toBe(before);
  });

  test('a read-only file is upgraded in its checked copy only: shown in the new format, no backup, nothing written', () => {
    const path = v1File();
    const folder = listing(nodePath.dirname(path));
    const before = sha256(path);
    const file = EventFile.open(path, { migrations: withV2, writable: () => false });
    expect(file.readOnly).toBe(true);
    expect(file.schemaVersion).toBe(SCHEMA_VERSION + 1);
    for (const delegation of Object.values(file.loadDocument().delegations)) expect(delegation.notes.endsWith(' [v2]')).toBe(true);
    expectAppError(() => file.apply({ upserts: {}, deletes: { delegations: Object.keys(fixtureDocument().delegations) } }), 'read-only');
    file.close();
    expect(sha256(path)).toBe(before);
    expect(listing(nodePath.dirname(path))).toEqual(folder);
  });

  test('a migrated file is then refused, untouched, by the older version', () => {
    const path = v1File();
    EventFile.open(path, { migrations: withV2 }).close();
    const before = sha256(path);
    const error = expectAppError(() => EventFile.open(path), 'newer-version');
    expect(error.params).toMatchObject({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(sha256(path)).toBe(before);
  });

  test.each([
    [
      'throws halfway',
      (db: Database.Database) => {
        db.exec(`UPDATE delegations SET notes = 'half-done'`);
        throw new Error('synthetic failure');
      },
      'synthetic failure',
    ],
    ['has an SQL error after a first statement', `UPDATE delegations SET notes = 'half-done'; ALTER TABLE nowhere ADD x TEXT;`, 'nowhere'],
    ['leaves a broken reference', `PRAGMA foreign_keys = OFF; DELETE FROM delegations WHERE iso3 = 'FRA';`, 'broken reference'],
  ])('a migration that %s is rolled back: the file stays at its old format with its data', (_name, up, text) => {
    const path = v1File();
    const failing: Migration = { version: SCHEMA_VERSION + 1, name: 'failing', up };
    const error = expectAppError(() => EventFile.open(path, { migrations: [...MIGRATIONS, failing] }), 'write-failed');
    expect(error.message).toContain(`format ${SCHEMA_VERSION + 1}`);
    expect(error.message).toContain(text);
    expect(fileVersion(path)).toBe(SCHEMA_VERSION);
    expect(listing(nodePath.dirname(path)).map((e) => e.split(' ')[0])).toEqual(['backups', expect.stringMatching(/^backups[/\\]hanoi\.before-v/), 'hanoi.preseance']);
    expect(documentIn(path)).toEqual(fixtureDocument());
  });
});

describe('migrate()', () => {
  test('applies pending migrations in order, one transaction each, and stops at the first failure', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER) STRICT' },
      { version: 2, name: 'b', up: (d) => d.exec('INSERT INTO a VALUES (2)') },
      { version: 3, name: 'c', up: 'INSERT INTO a VALUES (3); SELECT * FROM missing' },
    ];
    expect(migrate(db, list.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(() => migrate(db, list)).toThrow(/missing/);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT x FROM a').pluck().all()).toEqual([2]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  test('refuses a list whose versions are not 1..n, and a database newer than the list', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'gap', up: '' }])).toThrow(/expected 1/);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer/);
    db.close();
  });
});
