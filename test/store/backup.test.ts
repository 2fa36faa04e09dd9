import fs from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { EventFile } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { documentIn } from '../fixtures/event-file';
import { expectAppErrorAsync, useTempDirs } from './helpers';

const tempDir = useTempDirs();

const renamed = () => ({ ...fixtureDocument().delegations[I.fra]!, nameEn: 'French Republic' });

describe('backupTo (Save As, automatic backups)', () => {
  test('writes a complete copy that opens on its own, while the original stays open and usable', async () => {
    const dir = tempDir();
    const file = EventFile.create(nodePath.join(dir, 'hanoi.preseance'), fixtureDocument());
    file.apply({ upserts: { delegations: [renamed()] }, deletes: {} });
    const copyDir = tempDir();
    const target = nodePath.join(copyDir, 'copy.preseance');
    await file.backupTo(target);
    expect(fs.readdirSync(copyDir)).toEqual(['copy.preseance']);

    file.apply({ upserts: {}, deletes: { assignments: [I.assignFraHead] } });
    const expectedOriginal = file.loadDocument();
    file.close();

    const expectedCopy = fixtureDocument();
    expectedCopy.delegations[I.fra] = renamed();
    expect(documentIn(target)).toEqual(expectedCopy);
    expect(documentIn(nodePath.join(dir, 'hanoi.preseance'))).toEqual(expectedOriginal);
  });

  test('an edit made while the backup runs is in the backup', async () => {
    const file = EventFile.create(nodePath.join(tempDir(), 'hanoi.preseance'), fixtureDocument());
    const target = nodePath.join(tempDir(), 'auto.preseance');
    const backup = file.backupTo(target);
    file.apply({ upserts: { delegations: [renamed()] }, deletes: {} });
    await backup;
    const expected = file.loadDocument();
    file.close();
    expect(documentIn(target)).toEqual(expected);
  });

  test('replaces an existing file', async () => {
    const dir = tempDir();
    const target = nodePath.join(dir, 'old.preseance');
    const old = EventFile.create(target, fixtureDocument());
    old.apply({ upserts: {}, deletes: { delegations: [I.vat] } });
    old.close();
    const file = EventFile.create(nodePath.join(tempDir(), 'new.preseance'), fixtureDocument());
    file.apply({ upserts: { delegations: [renamed()] }, deletes: {} });
    await file.backupTo(target);
    const expected = file.loadDocument();
    file.close();
    expect(fs.readdirSync(dir)).toEqual(['old.preseance']);
    expect(documentIn(target)).toEqual(expected);
  });

  test('a -wal left at the target name by a deleted file is not mixed into the copy', async () => {
    const dir = tempDir();
    const target = nodePath.join(dir, 'hanoi.preseance');
    // An event with uncheckpointed edits in its -wal, whose main file was then deleted.
    const old = EventFile.create(target, fixtureDocument());
    old.apply({ upserts: {}, deletes: { delegations: [I.vat, I.fra] } });
    const wal = fs.readFileSync(`${target}-wal`);
    old.close();
    fs.rmSync(target);
    fs.writeFileSync(`${target}-wal`, wal);

    const file = EventFile.create(nodePath.join(tempDir(), 'new.preseance'), fixtureDocument());
    await file.backupTo(target);
    file.close();
    expect(fs.readdirSync(dir)).toEqual(['hanoi.preseance']);
    expect(documentIn(target)).toEqual(fixtureDocument());
  });

  test('refuses a target open in another window, a name without .preseance, and the file itself, touching nothing', async () => {
    const dir = tempDir();
    const busyPath = nodePath.join(dir, 'busy.preseance');
    const busy = EventFile.create(busyPath, fixtureDocument());
    const file = EventFile.create(nodePath.join(tempDir(), 'mine.preseance'), fixtureDocument());
    file.apply({ upserts: { delegations: [renamed()] }, deletes: {} });

    await expectAppErrorAsync(() => file.backupTo(busyPath), 'locked');
    expect(busy.loadDocument()).toEqual(fixtureDocument());
    await expectAppErrorAsync(() => file.backupTo(nodePath.join(dir, 'copy.db')), 'wrong-extension');
    await expectAppErrorAsync(() => file.backupTo(file.path), 'invalid-input');
    expect(fs.readdirSync(dir).filter((name) => !name.startsWith('busy.preseance'))).toEqual([]);
    busy.close();
    expect(documentIn(busyPath)).toEqual(fixtureDocument());
    file.close();
  });
});
