import fs from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { EventFile, migrationBackupPath } from '../../electron/store';
import { AutoBackups, backupFolderOf, readBackup, type BackupSettings } from '../../electron/services/backups';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from './helpers';

// Automatic snapshots with a fake clock: nothing here waits for real minutes.

const tempDir = useTempDirs();
const MIN = 60_000;

function setup(settings: BackupSettings = { intervalMinutes: 5, keep: 3 }) {
  const path = nodePath.join(tempDir(), 'hanoi.preseance');
  const file = EventFile.create(path, fixtureDocument());
  let clock = Date.UTC(2025, 9, 25, 8, 0, 0);
  const notices: string[] = [];
  const backups = new AutoBackups({ now: () => clock, settings: () => settings, lang: () => 'vi', notify: (m) => notices.push(m) });
  backups.track(file);
  let n = 0;
  /** One edit written to the file (a new French name each time), `minutes` after the last one. */
  const edit = async (minutes: number) => {
    clock += minutes * MIN;
    n++;
    file.apply({ upserts: { delegations: [{ ...file.loadDocument().delegations[I.fra]!, nameEn: `France ${n}` }] }, deletes: {} });
    backups.edited(file);
    await backups.pending;
  };
  const folder = backupFolderOf(path);
  const names = (kind = 'auto') => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.startsWith(`hanoi.${kind}-`)).sort() : []);
  const frenchName = (name: string) => readBackup(nodePath.join(folder, name)).delegations[I.fra]!.nameEn;
  return { path, file, backups, edit, names, frenchName, notices, folder, advance: (minutes: number) => (clock += minutes * MIN) };
}

describe('automatic backups', () => {
  test('the first edit N minutes after opening takes a snapshot holding every edit before it; never sooner', async () => {
    const { file, edit, names, frenchName } = setup();
    await edit(1);
    await edit(3.9);
    expect(names()).toEqual([]);
    await edit(0.2); // 5.1 minutes after opening
    expect(names()).toEqual(['hanoi.auto-2025-10-25T08-05-06-000Z.preseance']);
    expect(frenchName(names()[0]!)).toBe('France 3');
    await edit(4); // 4 minutes after the snapshot: none
    expect(names()).toHaveLength(1);
    await edit(1);
    expect(names()).toHaveLength(2);
    expect(frenchName(names()[1]!)).toBe('France 5');
    file.close();
  });

  test('idle time takes no snapshot; closing takes a last one only if edited since the last', async () => {
    const { file, backups, edit, names, frenchName, advance } = setup();
    advance(60); // an hour open, no edit
    expect(names()).toEqual([]);
    await edit(0); // the first edit after the hour: a snapshot
    expect(names()).toHaveLength(1);
    backups.release(file); // nothing edited since: no other
    expect(names()).toHaveLength(1);

    backups.track(file);
    await edit(1);
    backups.release(file);
    file.close();
    expect(names()).toHaveLength(2);
    expect(frenchName(names()[1]!)).toBe('France 2');
  });

  test('rotation keeps exactly the newest K automatic snapshots; before-upgrade and before-restore backups stay', async () => {
    const { path, file, edit, names, folder } = setup({ intervalMinutes: 5, keep: 3 });
    fs.mkdirSync(folder, { recursive: true });
    const upgrade = migrationBackupPath(path, 2, new Date(Date.UTC(2025, 0, 1)));
    fs.copyFileSync(path, upgrade);
    const beforeRestore = nodePath.join(folder, 'hanoi.before-restore-2025-01-01T00-00-00-000Z.preseance');
    fs.copyFileSync(path, beforeRestore);
    const otherEvent = nodePath.join(folder, 'other.auto-2025-01-01T00-00-00-000Z.preseance');
    fs.copyFileSync(path, otherEvent);

    for (let i = 0; i < 6; i++) await edit(5);
    expect(names()).toEqual([
      'hanoi.auto-2025-10-25T08-20-00-000Z.preseance',
      'hanoi.auto-2025-10-25T08-25-00-000Z.preseance',
      'hanoi.auto-2025-10-25T08-30-00-000Z.preseance',
    ]);
    expect(fs.existsSync(upgrade) && fs.existsSync(beforeRestore) && fs.existsSync(otherEvent)).toBe(true);
    file.close();
  });

  test('an old snapshot that cannot be deleted is left for a later rotation: no failure is told', async () => {
    const { file, edit, names, notices, folder } = setup({ intervalMinutes: 5, keep: 1 });
    // Something that rmSync cannot remove without more force: a non-empty folder under a snapshot's name.
    const stuck = nodePath.join(folder, 'hanoi.auto-2025-01-01T00-00-00-000Z.preseance');
    fs.mkdirSync(nodePath.join(stuck, 'inside'), { recursive: true });
    await edit(5);
    expect(notices).toEqual([]);
    expect(names()).toEqual(['hanoi.auto-2025-01-01T00-00-00-000Z.preseance', 'hanoi.auto-2025-10-25T08-05-00-000Z.preseance']);
    file.close();
  });

  test('a snapshot taken after the computer’s clock was set back is kept; the oldest by name goes instead', async () => {
    const { file, edit, names, advance } = setup({ intervalMinutes: 5, keep: 2 });
    await edit(5);
    await edit(5);
    expect(names()).toEqual(['hanoi.auto-2025-10-25T08-05-00-000Z.preseance', 'hanoi.auto-2025-10-25T08-10-00-000Z.preseance']);
    advance(-24 * 60); // a day back
    await edit(5);
    expect(names()).toEqual(['hanoi.auto-2025-10-24T08-15-00-000Z.preseance', 'hanoi.auto-2025-10-25T08-10-00-000Z.preseance']);
    file.close();
  });

  test('closing while a snapshot is being written: the last snapshot is taken, nothing is told, no temporary file is left', async () => {
    const { file, backups, names, notices, folder, frenchName, advance, path } = setup({ intervalMinutes: 5, keep: 12 });
    advance(6);
    file.apply({ upserts: { delegations: [{ ...file.loadDocument().delegations[I.fra]!, nameEn: 'Closing France' }] }, deletes: {} });
    backups.edited(file); // a snapshot starts in the background...
    backups.release(file); // ...and the file closes at once (switching files, quitting)
    file.close();
    await backups.pending;
    expect(notices).toEqual([]);
    expect(fs.readdirSync(folder).filter((f) => !f.endsWith('.preseance'))).toEqual([]);
    expect(names().length).toBeGreaterThanOrEqual(1);
    for (const name of names()) expect(frenchName(name)).toBe('Closing France');
    const reopened = EventFile.open(path);
    expect(reopened.loadDocument().delegations[I.fra]!.nameEn).toBe('Closing France');
    reopened.close();
  });

  test('a failed snapshot never fails an edit, is told once per failure streak, and is tried again later', async () => {
    const { file, edit, names, notices, folder, frenchName } = setup({ intervalMinutes: 5, keep: 12 });
    // The backups folder cannot be made: a file holds its name (as root, permissions would not stop us).
    fs.writeFileSync(folder, 'not a folder');
    await edit(6);
    await edit(0.5); // within the retry delay: not tried
    await edit(1); // tried again, fails again: not told twice
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('Không ghi được bản sao lưu tự động của “hanoi.preseance”');
    expect(file.loadDocument().delegations[I.fra]!.nameEn).toBe('France 3');

    fs.rmSync(folder);
    await edit(1);
    expect(names()).toHaveLength(1);
    expect(frenchName(names()[0]!)).toBe('France 4');

    fs.rmSync(folder, { recursive: true });
    fs.writeFileSync(folder, 'not a folder');
    await edit(6); // a new streak: told again
    expect(notices).toHaveLength(2);
    file.close();
  });
});
