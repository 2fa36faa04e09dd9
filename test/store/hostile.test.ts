/**
 * Hostile event files, opened the way the app opens them (`event:open`, then `doc:load`, through
 * invoke and the real services): what refusals.test.ts does not cover already. Each is refused
 * with a clear message in the user's language, or opened without harm; a refused file is left
 * byte for byte with nothing beside it, and nothing in it ever runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { EventFile } from '../../electron/store';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { invoke } from '../../shared/ipc/invoke';
import type { Language } from '../../shared/model/primitives';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { folderSnapshot, useTempDirs } from './helpers';

// A temporary folder of this file's own: the checks' copies (preseance-check-*) are counted and
// swept there, unmoved by other test files running at the same time.
const sharedTmp = process.env.TMPDIR;
const privateTmp = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-hostile-tmp-'));
process.env.TMPDIR = privateTmp;
afterAll(() => {
  process.env.TMPDIR = sharedTmp;
  fs.rmSync(privateTmp, { recursive: true, force: true });
});
const tempDir = useTempDirs();

function eventFile(): string {
  const path = nodePath.join(tempDir(), 'event.preseance');
  EventFile.create(path, fixtureDocument()).close();
  return path;
}

/** Another program's plain SQLite connection, as an attacker would write the file. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.unsafeMode(true); // lets it write sqlite_schema directly, as any other SQLite program may
  db.exec(sql);
  db.close();
}

/** The app's services, with dialogs that must not be reached. */
function app(language: Language) {
  const refuse = async (): Promise<never> => {
    throw new Error('no dialog here');
  };
  const services = createServices({
    version: 'hostile',
    preferences: memoryPreferences(language),
    reference: referenceData,
    dialogs: { openEvent: refuse, openImage: refuse, saveEvent: refuse, saveSpreadsheet: refuse },
  });
  const call = (channel: string, payload: unknown = {}) => invoke(services, channel, payload, () => language);
  return { services, call };
}

const checkFolders = () => fs.readdirSync(privateTmp).filter((name) => name.startsWith('preseance-check-'));

/** Opening `path` in the app is refused with `code` (message in both languages), and the folder is left exactly as it was. */
async function expectRefused(path: string, code: string | string[], mentions?: string) {
  const folder = nodePath.dirname(path);
  const before = folderSnapshot(folder);
  const checksBefore = checkFolders();
  const messages: Record<Language, string> = { vi: '', en: '' };
  for (const language of ['vi', 'en'] as const) {
    const { services, call } = app(language);
    const result = await call('event:open', { path });
    expect(result.ok).toBe(false);
    if (result.ok) return messages;
    expect([code].flat()).toContain(result.error.code);
    expect(result.error.message).toContain(path);
    if (mentions) expect(result.error.message).toContain(mentions);
    messages[language] = result.error.message;
    // Nothing is open afterwards: no later call can write to the refused file.
    expect(await call('doc:apply', { changes: { upserts: {}, deletes: {} } })).toMatchObject({ ok: false, error: { code: 'no-open-file' } });
    services.dispose();
  }
  expect(messages.vi).not.toBe(messages.en);
  expect(messages.vi).toMatch(/Tệp|tệp/);
  expect(folderSnapshot(folder)).toEqual(before);
  expect(checkFolders()).toEqual(checksBefore); // the temporary copy checked is gone too
  return messages;
}

describe('check folders left by a crash', () => {
  test('are swept at the first open: only ours, only folders, only those untouched for a day', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const make = (name: string, ageMs: number, kind: 'dir' | 'file' = 'dir') => {
      const path = nodePath.join(privateTmp, name);
      if (kind === 'dir') {
        fs.mkdirSync(path);
        fs.writeFileSync(nodePath.join(path, 'check.preseance'), 'a copy of an event file');
      } else fs.writeFileSync(path, 'not a folder');
      const at = new Date(Date.now() - ageMs);
      fs.utimesSync(path, at, at);
      return path;
    };
    const stale = make('preseance-check-crashed', 2 * DAY);
    const running = make('preseance-check-running', 60 * 60 * 1000);
    const notAFolder = make('preseance-check-file', 2 * DAY, 'file');
    const notOurs = make('preseance-other-old', 2 * DAY);
    const elsewhere = make('target-old', 2 * DAY);
    const link = nodePath.join(privateTmp, 'preseance-check-link');
    fs.symlinkSync(elsewhere, link);

    const { services, call } = app('en');
    expect((await call('event:open', { path: eventFile() })).ok).toBe(true);
    services.dispose();

    expect(fs.existsSync(stale)).toBe(false);
    for (const kept of [running, notAFolder, notOurs, elsewhere, link]) expect(fs.existsSync(kept), kept).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual(['check.preseance']); // a link is never followed
  });
});

describe('hostile event files', () => {
  test('triggers that would write to a canary table: refused, and nothing ran', async () => {
    const path = eventFile();
    tamper(
      path,
      `CREATE TABLE canary (at TEXT);
       CREATE TRIGGER on_rename AFTER UPDATE ON delegations BEGIN INSERT INTO canary VALUES ('update'); END;
       CREATE TRIGGER on_seat AFTER INSERT ON seat_assignments BEGIN INSERT INTO canary VALUES ('insert'); DELETE FROM people; END;`,
    );
    const { en } = await expectRefused(path, 'unsafe-schema', 'trigger on_rename');
    expect(en).toContain('table canary');
    const db = new Database(path, { readonly: true, fileMustExist: true });
    expect(db.prepare('SELECT count(*) FROM canary').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(Object.keys(fixtureDocument().people).length);
    db.close();
  });

  test('an altered schema: a column added to a table', async () => {
    const path = eventFile();
    tamper(path, `ALTER TABLE delegations ADD COLUMN secret TEXT DEFAULT 'x'`);
    await expectRefused(path, 'unsafe-schema', 'table delegations (changed definition)');
  });

  test('an altered schema: a CHECK constraint removed by writing sqlite_schema directly', async () => {
    const path = eventFile();
    tamper(
      path,
      `PRAGMA writable_schema = ON;
       UPDATE sqlite_schema SET sql = replace(sql, 'snap INTEGER NOT NULL CHECK (snap IN (0, 1))', 'snap INTEGER NOT NULL') WHERE name = 'halls';
       PRAGMA writable_schema = OFF;`,
    );
    await expectRefused(path, 'unsafe-schema', 'table halls (changed definition)');
  });

  test('cut short: inside the header, at a page boundary, mid-page, one byte short', async () => {
    const source = eventFile();
    const whole = fs.readFileSync(source);
    const page = whole.readUInt16BE(16);
    for (const at of [1, 16, 99, 100, page, page + 1000, 3 * page - 17, Math.floor(whole.length / 2), whole.length - 1]) {
      const path = nodePath.join(tempDir(), `cut-${at}.preseance`);
      fs.writeFileSync(path, whole.subarray(0, at));
      await expectRefused(path, ['not-sqlite', 'corrupt']);
    }
  });

  test('a -wal from another program that adds a trigger: refused, both files unchanged', async () => {
    const path = eventFile();
    const writer = new Database(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec(`CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM seat_assignments; END`);
    // Copied while the writer still holds them: the trigger lives only in the -wal, as after a crash.
    const crashed = nodePath.join(tempDir(), 'crashed.preseance');
    fs.copyFileSync(path, crashed);
    fs.copyFileSync(`${path}-wal`, `${crashed}-wal`);
    writer.close();
    await expectRefused(crashed, 'unsafe-schema', 'trigger wipe');
    expect(fs.existsSync(`${crashed}-wal`)).toBe(true);
  });

  // SQLite follows a link and replays the -wal beside its target; the checks once copied the
  // -wal beside the link (there was none), passed, and the trigger then ran on the target.
  test('a link to a file whose -wal adds a trigger: refused, the names untouched', async () => {
    const path = eventFile();
    const writer = new Database(path);
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec(`CREATE TRIGGER rename_all AFTER UPDATE ON events BEGIN UPDATE delegations SET name_en = 'pwned'; END`);
    const target = nodePath.join(tempDir(), 'target.preseance');
    fs.copyFileSync(path, target);
    fs.copyFileSync(`${path}-wal`, `${target}-wal`);
    writer.close();
    const link = nodePath.join(tempDir(), 'link.preseance');
    fs.symlinkSync(target, link);
    const before = folderSnapshot(nodePath.dirname(target));
    for (const language of ['vi', 'en'] as const) {
      const { services, call } = app(language);
      const result = await call('event:open', { path: link });
      expect(result).toMatchObject({ ok: false, error: { code: 'unsafe-schema' } });
      if (!result.ok) expect(result.error.message).toContain('trigger rename_all');
      services.dispose();
    }
    expect(folderSnapshot(nodePath.dirname(target))).toEqual(before);
    const db = new Database(target, { readonly: true, fileMustExist: true });
    expect(db.prepare(`SELECT count(*) FROM delegations WHERE name_en = 'pwned'`).pluck().get()).toBe(0);
    db.close();
  });

  test('a -wal of random bytes is not a journal SQLite replays: the event opens as it was saved', async () => {
    const path = eventFile();
    const saved = fs.readFileSync(path);
    fs.writeFileSync(`${path}-wal`, Buffer.alloc(64 * 1024, 0xa5));
    const { services, call } = app('en');
    expect((await call('event:open', { path })).ok).toBe(true);
    const loaded = await call('doc:load');
    expect(loaded.ok && Object.keys((loaded.value as { document: { people: object } }).document.people).length).toBe(Object.keys(fixtureDocument().people).length);
    services.dispose();
    expect(fs.readFileSync(path).equals(saved)).toBe(true);
  });

  // Decided: a name longer than the model allows (200 characters) is a damaged row. The file
  // opens (its structure is sound), loading the document is refused with the table, row and
  // field named, the message stays short, and the file is not changed.
  test('a 50 MB name in a row: loading is refused with a short, clear message; the file is unchanged', async () => {
    const path = eventFile();
    const db = new Database(path);
    db.prepare('UPDATE delegations SET name_en = ? WHERE id = ?').run('N'.repeat(50 * 1024 * 1024), I.fra);
    db.close();
    const folder = nodePath.dirname(path);
    const before = folderSnapshot(folder);
    for (const language of ['vi', 'en'] as const) {
      const { services, call } = app(language);
      expect((await call('event:open', { path })).ok).toBe(true);
      const loaded = await call('doc:load');
      expect(loaded).toMatchObject({ ok: false, error: { code: 'corrupt' } });
      if (!loaded.ok) {
        expect(loaded.error.message).toContain(`delegations ${I.fra}: nameEn`);
        expect(loaded.error.message.length).toBeLessThan(1_000);
      }
      // Main keeps serving: the counts still answer.
      expect(await call('event:info')).toMatchObject({ ok: true, value: { delegations: Object.keys(fixtureDocument().delegations).length } });
      services.dispose();
    }
    expect(folderSnapshot(folder)).toEqual(before);
  });
});
