import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { Params } from '../../shared/i18n/index';
import { EventFile, SCHEMA_VERSION } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { bundleChild } from './child/bundle';
import { openedAs } from './child/opened';
import { expectAppError, listing, sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();

/** A closed event file holding the fixture, in a fresh folder. */
function eventFile(name = 'event.preseance'): string {
  const path = nodePath.join(tempDir(), name);
  EventFile.create(path, fixtureDocument()).close();
  return path;
}

/** Changes a closed event file with a plain SQLite connection, as another program would. */
function tamper(path: string, sql: (db: Database.Database) => void): void {
  const db = new Database(path);
  sql(db);
  db.close();
}

/**
 * `open` (by default EventFile.open in this process) must refuse the file with `code`, and leave
 * its folder exactly as it was: every file byte for byte, and nothing added (no -wal, -shm,
 * -journal).
 */
function expectRefusedUntouched(path: string, code: ErrorCode, open: (path: string) => unknown = (p) => EventFile.open(p)) {
  const folder = nodePath.dirname(path);
  const before = listing(folder);
  const hashes = before.map((entry) => sha256(nodePath.join(folder, entry.split(' ')[0]!)));
  const error = expectAppError(() => open(path), code);
  expect(error.params.path).toBe(path);
  expect(listing(folder)).toEqual(before);
  expect(before.map((entry) => sha256(nodePath.join(folder, entry.split(' ')[0]!)))).toEqual(hashes);
  return error;
}

describe('open refuses what is not a sound Préséance event file, and leaves it untouched', () => {
  test('a missing file', () => {
    const dir = tempDir();
    expectAppError(() => EventFile.open(nodePath.join(dir, 'nowhere.preseance')), 'file-not-found');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('random bytes', () => {
    const path = nodePath.join(tempDir(), 'random.preseance');
    fs.writeFileSync(path, crypto.randomBytes(8192));
    expectRefusedUntouched(path, 'not-sqlite');
  });

  test('an empty file', () => {
    const path = nodePath.join(tempDir(), 'empty.preseance');
    fs.writeFileSync(path, '');
    expectRefusedUntouched(path, 'not-sqlite');
  });

  test('a text file', () => {
    const path = nodePath.join(tempDir(), 'notes.preseance');
    fs.writeFileSync(path, 'Danh sách khách mời\nViet Nam, France, Holy See\n'.repeat(20));
    expectRefusedUntouched(path, 'not-sqlite');
  });

  test("another application's SQLite file, even one in WAL mode", () => {
    const path = nodePath.join(tempDir(), 'other.preseance');
    tamper(path, (db) => {
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana')`);
    });
    expectRefusedUntouched(path, 'not-preseance');
  });

  test('a damaged event file: the integrity check fails', () => {
    const path = nodePath.join(tempDir(), 'damaged.preseance');
    const document = fixtureDocument();
    for (let n = 0; n < 3000; n++) {
      const id = crypto.randomUUID();
      document.people[id] = { ...document.people[I.vnmMember]!, id, order: n + 2, notes: `Ghi chú ${n} `.repeat(5) };
    }
    EventFile.create(path, document).close();
    // Find a leaf page of the people table and overwrite its cell pointers with garbage.
    const db = new Database(path, { readonly: true });
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[];
    db.close();
    expect(pages.length).toBeGreaterThan(10);
    const page = pages[Math.floor(pages.length / 2)]!;
    const fd = fs.openSync(path, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (page - 1) * pageSize + 8);
    fs.closeSync(fd);
    const error = expectRefusedUntouched(path, 'corrupt');
    expect(error.message).toMatch(/damaged/);
    expect(error.message).toContain('people');
  });

  test('a file from a newer version of Préséance: the message names both versions', () => {
    const path = eventFile();
    tamper(path, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));
    const error = expectRefusedUntouched(path, 'newer-version');
    expect(error.params).toMatchObject({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(error.message).toContain(`file format ${SCHEMA_VERSION + 1}`);
    expect(error.message).toContain(`reads up to ${SCHEMA_VERSION}`);
    expect(error.messageIn('vi')).toContain(String(SCHEMA_VERSION + 1));
  });

  test('a newer version recorded only in a -wal left by a crash', () => {
    const source = eventFile();
    const path = nodePath.join(tempDir(), 'crashed.preseance');
    // Copy the file and its -wal while a newer app holds them open: what a crash leaves behind.
    const db = new Database(source);
    db.pragma('journal_mode = WAL');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    fs.copyFileSync(source, path);
    fs.copyFileSync(`${source}-wal`, `${path}-wal`);
    db.close();
    expectRefusedUntouched(path, 'newer-version');
  });

  test('a file with an added trigger', () => {
    const path = eventFile();
    tamper(path, (db) => db.exec(`CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM seat_assignments; END`));
    const error = expectRefusedUntouched(path, 'unsafe-schema');
    expect(error.message).toContain('trigger wipe');
  });

  test('a file with an added view', () => {
    const path = eventFile();
    tamper(path, (db) => db.exec(`CREATE VIEW heads AS SELECT * FROM people WHERE role = 'head'`));
    const error = expectRefusedUntouched(path, 'unsafe-schema');
    expect(error.message).toContain('view heads');
  });

  test('a file with an unknown table or index', () => {
    const withTable = eventFile();
    tamper(withTable, (db) => db.exec(`CREATE TABLE notes (text TEXT)`));
    expect(expectRefusedUntouched(withTable, 'unsafe-schema').message).toContain('table notes');
    const withIndex = eventFile();
    tamper(withIndex, (db) => db.exec(`CREATE INDEX people_name ON people (name)`));
    expect(expectRefusedUntouched(withIndex, 'unsafe-schema').message).toContain('index people_name');
  });

  test('a file whose table was rebuilt without the rule "a seat holds one person"', () => {
    const path = eventFile();
    tamper(path, (db) => {
      const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'seat_assignments'`).pluck().get() as string;
      db.pragma('foreign_keys = OFF');
      db.exec(`CREATE TABLE copy AS SELECT * FROM seat_assignments; DROP TABLE seat_assignments;`);
      db.exec(sql.replace('seat_id TEXT NOT NULL UNIQUE', 'seat_id TEXT NOT NULL'));
      db.exec(`CREATE INDEX seat_assignments_person_id ON seat_assignments (person_id);
               INSERT INTO seat_assignments SELECT * FROM copy; DROP TABLE copy;`);
    });
    expect(expectRefusedUntouched(path, 'unsafe-schema').message).toContain('table seat_assignments (changed definition)');
  });

  test('a file with a missing table, or with broken references', () => {
    const missing = eventFile();
    tamper(missing, (db) => db.exec(`DROP TABLE slot_times`));
    expect(expectRefusedUntouched(missing, 'corrupt').message).toContain('table slot_times');
    const dangling = eventFile();
    tamper(dangling, (db) => {
      db.pragma('foreign_keys = OFF');
      db.exec(`DELETE FROM delegations WHERE iso3 = 'FRA'`);
    });
    expect(expectRefusedUntouched(dangling, 'corrupt').message).toContain('broken reference');
  });

  test('a sound file with a -wal left by a crash opens, with the edits the -wal holds', () => {
    const source = eventFile();
    const path = nodePath.join(tempDir(), 'crashed.preseance');
    const file = EventFile.open(source);
    const renamed = { ...fixtureDocument().delegations[I.fra]!, nameEn: 'French Republic' };
    file.apply({ upserts: { delegations: [renamed] }, deletes: {} });
    fs.copyFileSync(source, path);
    fs.copyFileSync(`${source}-wal`, `${path}-wal`);
    file.close();
    const reopened = EventFile.open(path);
    expect(reopened.loadDocument().delegations[I.fra]!.nameEn).toBe('French Republic');
    reopened.close();
    expect(fs.readdirSync(nodePath.dirname(path))).toEqual(['crashed.preseance']);
  });
});

describe('loadDocument refuses rows the model does not accept, naming table and id', () => {
  test.each([
    ['a blank name', `UPDATE delegations SET name_en = '   ' WHERE iso3 = 'FRA'`, `delegations ${I.fra}: nameEn`],
    ['invalid JSON', `UPDATE layout_elements SET props = '{oops' WHERE id = '${I.stage}'`, `layout_elements ${I.stage}: props does not hold valid JSON`],
    ['a date that is not a date', `UPDATE events SET starts_on = '25/10/2025'`, `events ${I.event}: startsOn`],
  ])('%s', (_name, sql, detail) => {
    const path = eventFile();
    tamper(path, (db) => db.exec(sql));
    const file = EventFile.open(path);
    const error = expectAppError(() => file.loadDocument(), 'corrupt');
    expect(error.message).toContain(detail);
    file.close();
  });
});

// Root may write any file, so as root (as in CI) the open is tried by a child process that
// keeps root's identity but not its power to override permission bits (setpriv, from
// util-linux, drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH). It still reads the repository
// and Node wherever they are installed, yet meets the modes the test set like any user.
// Skipped on Windows only: it has no permission bits (chmod only sets a file's read-only
// attribute and does nothing to a folder).
describe.skipIf(process.platform === 'win32')('a file the user may not write', () => {
  const asRoot = process.getuid?.() === 0;
  let child: { script: string; cleanup: () => void } | undefined;
  beforeAll(async () => {
    if (asRoot) child = await bundleChild();
  }, 60_000);
  afterAll(() => child?.cleanup());

  const DAC = '-dac_override,-dac_read_search';

  /** EventFile.open(path) and one edit as an ordinary user would meet them; an AppError is thrown. */
  function openAsOrdinaryUser(path: string): ReturnType<typeof openedAs> {
    if (!child) return openedAs(path);
    const run = spawnSync('setpriv', [`--inh-caps=${DAC}`, `--bounding-set=${DAC}`, '--', process.execPath, child.script, 'open', path], {
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`the child opening ${path} without DAC override failed (${run.status ?? run.signal}): ${run.stderr}`);
    const outcome = JSON.parse(run.stdout) as ReturnType<typeof openedAs> | { code: ErrorCode; message: string; params: Params };
    if ('code' in outcome) throw new AppError(outcome.code, outcome.params, { message: outcome.message });
    return outcome;
  }

  /** Opens read-only as an ordinary user; the folder is byte for byte as it was, nothing added. */
  function expectReadOnlyUntouched(path: string) {
    const folder = nodePath.dirname(path);
    const before = listing(folder);
    const hashes = before.map((entry) => sha256(nodePath.join(folder, entry.split(' ')[0]!)));
    const opened = openAsOrdinaryUser(path);
    expect(opened).toMatchObject({ opened: true, readOnly: true, edit: 'read-only' });
    expect(listing(folder)).toEqual(before);
    expect(before.map((entry) => sha256(nodePath.join(folder, entry.split(' ')[0]!)))).toEqual(hashes);
    return opened;
  }

  test('opens read-only (from the checked copy): it can be read, an edit is refused as read-only, the file unchanged', () => {
    const path = eventFile();
    fs.chmodSync(path, 0o444);
    expect(expectReadOnlyUntouched(path).fraHeadSeated).toBe(true);
  });

  test('opens read-only with the edits of a -wal left by a crash, both unchanged', () => {
    const source = eventFile();
    const path = nodePath.join(tempDir(), 'crashed.preseance');
    const file = EventFile.open(source);
    file.apply({ upserts: {}, deletes: { assignments: [I.assignFraHead] } });
    fs.copyFileSync(source, path);
    fs.copyFileSync(`${source}-wal`, `${path}-wal`);
    file.close();
    fs.chmodSync(path, 0o444);
    fs.chmodSync(`${path}-wal`, 0o444);
    expect(expectReadOnlyUntouched(path).fraHeadSeated).toBe(false);
  });

  test('in a folder the user may not write (no room for the -wal) opens read-only, unchanged', () => {
    const path = eventFile();
    fs.chmodSync(nodePath.dirname(path), 0o555);
    try {
      expectReadOnlyUntouched(path);
    } finally {
      fs.chmodSync(nodePath.dirname(path), 0o755);
    }
  });

  test('a read-only file that is not a sound event file is still refused, unchanged', () => {
    const path = nodePath.join(tempDir(), 'random.preseance');
    fs.writeFileSync(path, crypto.randomBytes(8192));
    fs.chmodSync(path, 0o444);
    expectRefusedUntouched(path, 'not-sqlite', openAsOrdinaryUser);
  });
});
