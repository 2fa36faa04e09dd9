import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { EventFile } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from './helpers';

// The team replica's side of the event file (migration 004, electron/store/replica.ts).
const tempDir = useTempDirs();

function sharedFile() {
  const file = EventFile.create(nodePath.join(tempDir(), 'replica.preseance'), fixtureDocument());
  return { file, doc: file.loadDocument() };
}

describe('an event file as a team replica', () => {
  test('a file never shared has no replica state and no versions', () => {
    const { file } = sharedFile();
    expect(file.replica.state()).toBeNull();
    expect(file.replica.versions([{ kind: 'halls', id: I.plenary }])).toEqual([0]);
    file.close();
  });

  test('rows pulled from the server are written with their versions and the new position, and survive a reopen', () => {
    const { file, doc } = sharedFile();
    const hall = { ...doc.halls[I.plenary]!, nameEn: 'Plenary Hall (renamed by Lan)' };
    file.replica.applyPulled(
      { upserts: { halls: [hall] }, deletes: {} },
      [{ kind: 'halls', id: I.plenary, version: 7 }],
      { serverId: 'srv-1', lastSeq: 7 },
    );
    const path = file.path;
    file.close();
    const again = EventFile.open(path);
    expect(again.loadDocument().halls[I.plenary]!.nameEn).toBe('Plenary Hall (renamed by Lan)');
    expect(again.replica.state()).toEqual({ serverId: 'srv-1', lastSeq: 7 });
    expect(again.replica.versions([{ kind: 'halls', id: I.plenary }, { kind: 'halls', id: I.banquet }])).toEqual([7, 0]);
    again.close();
  });

  test('a pull that cannot be written leaves rows, versions and position as they were', () => {
    const { file, doc } = sharedFile();
    file.replica.applyPulled({ upserts: {}, deletes: {} }, [], { serverId: 'srv-1', lastSeq: 3 });
    const broken = { ...doc.seats[I.seatHead1]!, elementId: '00000000-0000-4000-8000-000000000000' };
    expect(() =>
      file.replica.applyPulled({ upserts: { seats: [broken] }, deletes: {} }, [{ kind: 'seats', id: I.seatHead1, version: 4 }], { serverId: 'srv-1', lastSeq: 4 }),
    ).toThrow();
    expect(file.replica.state()).toEqual({ serverId: 'srv-1', lastSeq: 3 });
    expect(file.replica.versions([{ kind: 'seats', id: I.seatHead1 }])).toEqual([0]);
    expect(file.loadDocument()).toEqual(doc);
    file.close();
  });

  test('a replica follows one server: a pull from another is refused', () => {
    const { file } = sharedFile();
    file.replica.applyPulled({ upserts: {}, deletes: {} }, [], { serverId: 'srv-1', lastSeq: 1 });
    expect(() => file.replica.applyPulled({ upserts: {}, deletes: {} }, [], { serverId: 'srv-2', lastSeq: 2 })).toThrow(/srv-1/);
    file.close();
  });

  test('the rows a seat refers to are found from the file’s own foreign keys', () => {
    const { file, doc } = sharedFile();
    const seat = doc.seats[I.seatHead1]!;
    expect(file.replica.parentsOf('seats', seat)).toEqual(
      expect.arrayContaining([{ kind: 'halls', id: seat.hallId }, { kind: 'elements', id: seat.elementId }]),
    );
    file.close();
  });
});
