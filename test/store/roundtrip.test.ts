import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { JSONType } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, emptyDocument } from '../../shared/model/collections';
import { APPLICATION_ID, EventFile, SCHEMA_VERSION } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS } from '../fixtures/document';
import { documentIn } from '../fixtures/event-file';
import { expectAppError, listing, useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('the fixture', () => {
  test('fills every collection with rows its schema accepts', () => {
    const document = fixtureDocument();
    for (const collection of COLLECTION_NAMES) {
      const rows = Object.entries(document[collection]);
      expect(rows.length, collection).toBeGreaterThan(0);
      for (const [id, row] of rows) {
        expect(row.id).toBe(id);
        expect(COLLECTIONS[collection].schema.safeParse(row).error).toBeUndefined();
      }
    }
  });
});

describe('create, close, open', () => {
  test('gives back exactly the document that was written', () => {
    const path = nodePath.join(tempDir(), 'hanoi.preseance');
    const created = EventFile.create(path, fixtureDocument());
    expect(created.loadDocument()).toEqual(fixtureDocument());
    created.close();
    const opened = EventFile.open(path);
    expect(opened.loadDocument()).toEqual(fixtureDocument());
    expect(opened.schemaVersion).toBe(SCHEMA_VERSION);
    expect(opened.path).toBe(path);
    opened.close();
  });

  test('leaves one complete file after close: no -wal, no -shm, no temporary file', () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'hanoi.preseance');
    EventFile.create(path, fixtureDocument()).close();
    expect(fs.readdirSync(dir)).toEqual(['hanoi.preseance']);
    // The file alone is the event: a plain SQLite reader sees every row and our markers.
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(Object.keys(fixtureDocument().people).length);
    db.close();
  });

  test('JSON values keep their exact shape, including null, nesting, key order and unusual text', () => {
    const path = nodePath.join(tempDir(), 'json.preseance');
    const document = fixtureDocument();
    const values: JSONType[] = [null, 0, -1.5e-7, '', 'Đ\u0000\n"', [], {}, { z: 1, a: [null, { 'clé': 'giá trị' }], __proto__x: true }];
    values.forEach((value, n) => {
      const id = `00000000-0000-4000-8000-00000000000${n}`;
      document.settings[id] = { id, key: `json.case-${n}`, value };
    });
    document.elements[FIXTURE_IDS.stage]!.props = { nested: { deeper: [1, 'two', { three: 3 }] }, empty: '' };
    EventFile.create(path, document).close();
    expect(documentIn(path)).toEqual(document);
  });

  test('an empty document round-trips too', () => {
    const path = nodePath.join(tempDir(), 'empty.preseance');
    EventFile.create(path, emptyDocument()).close();
    expect(documentIn(path)).toEqual(emptyDocument());
  });

  test('counts rows for the file summary', () => {
    const file = EventFile.create(nodePath.join(tempDir(), 'c.preseance'), fixtureDocument());
    const d = fixtureDocument();
    expect(file.counts()).toEqual({
      schemaVersion: SCHEMA_VERSION,
      halls: Object.keys(d.halls).length,
      elements: Object.keys(d.elements).length,
      seats: Object.keys(d.seats).length,
      delegations: Object.keys(d.delegations).length,
      people: Object.keys(d.people).length,
      assignments: Object.keys(d.assignments).length,
      sequences: Object.keys(d.sequences).length,
      slots: Object.keys(d.slots).length,
    });
    file.close();
  });

  test('create refuses an existing file, a leftover -wal, and a name without .preseance, and writes nothing', () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'taken.preseance');
    fs.writeFileSync(path, 'mine');
    expectAppError(() => EventFile.create(path, fixtureDocument()), 'file-exists');
    expect(fs.readFileSync(path, 'utf8')).toBe('mine');

    const orphan = nodePath.join(dir, 'orphan.preseance');
    fs.writeFileSync(`${orphan}-wal`, 'left by a crash');
    const error = expectAppError(() => EventFile.create(orphan, fixtureDocument()), 'file-exists');
    expect(error.params.path).toBe(`${orphan}-wal`);

    expectAppError(() => EventFile.create(nodePath.join(dir, 'event.sqlite'), fixtureDocument()), 'wrong-extension');
    expect(listing(dir)).toEqual(['orphan.preseance-wal 15', 'taken.preseance 4']);
  });

  test('create with an invalid document writes no file at all', () => {
    const dir = tempDir();
    const document = fixtureDocument();
    document.people[FIXTURE_IDS.vnmMember]!.role = 'head'; // a second head for Viet Nam
    const error = expectAppError(() => EventFile.create(nodePath.join(dir, 'bad.preseance'), document), 'constraint');
    expect(error.message).toContain('a delegation has one head');
    const invalid = fixtureDocument();
    invalid.halls[FIXTURE_IDS.plenary]!.widthM = -1;
    expectAppError(() => EventFile.create(nodePath.join(dir, 'bad.preseance'), invalid), 'invalid-input');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a closed file refuses further use with no-open-file; closing twice is harmless', () => {
    const file = EventFile.create(nodePath.join(tempDir(), 'x.preseance'), fixtureDocument());
    file.close();
    file.close();
    expectAppError(() => file.loadDocument(), 'no-open-file');
    expectAppError(() => file.apply({ upserts: {}, deletes: {} }), 'no-open-file');
  });

  test('a file open in one window is refused in a second one as locked, and stays usable in the first', () => {
    const path = nodePath.join(tempDir(), 'shared.preseance');
    const first = EventFile.create(path, fixtureDocument());
    const error = expectAppError(() => EventFile.open(path), 'locked');
    expect(error.params.path).toBe(path);
    const event = { ...fixtureDocument().events[FIXTURE_IDS.event]!, nameEn: 'Renamed' };
    first.apply({ upserts: { events: [event] }, deletes: {} });
    first.close();
    const reopened = EventFile.open(path);
    expect(reopened.loadDocument().events[FIXTURE_IDS.event]!.nameEn).toBe('Renamed');
    reopened.close();
  });
});
