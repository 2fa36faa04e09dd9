import fs from 'node:fs';
import nodePath from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { readBackup } from '../../electron/services/backups';
import { EventFile, migrationBackupPath } from '../../electron/store';
import { invoke } from '../../shared/ipc/invoke';
import type { Channel } from '../../shared/ipc/channels';
import type { Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/errors';
import { referenceData } from '../../resources/reference/load';
import { damageSchemaPage, setFormatVersion } from '../fixtures/damage';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { applyChanges, documentChanges } from '../../shared/document/changes';
import { createEntity, deleteEntities } from '../../shared/document/commands';
import { undo } from '../../shared/document/history';
import { commandsOnFile, useTempDirs } from './helpers';

// backup:list and backup:restore through the services table, as the app calls them (invoke
// parses every input against the contract), on real files.

const tempDir = useTempDirs();
const MIN = 60_000;

function app(lang: 'en' | 'vi' = 'en') {
  let clock = Date.UTC(2025, 9, 25, 8, 0, 0);
  const none = async () => null;
  const services = createServices({
    version: 'test',
    preferences: memoryPreferences(lang, { backups: { intervalMinutes: 5, keep: 12 } }),
    reference: referenceData,
    dialogs: { openEvent: none, openImage: none, saveEvent: none, saveSpreadsheet: none },
    now: () => clock,
  });
  const call = <C extends Channel>(channel: C, input: unknown) =>
    invoke(services, channel, input, () => lang) as Promise<Result<Output<C>>>;
  const ok = async <C extends Channel>(channel: C, input: unknown): Promise<Output<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { services, call, ok, advance: (minutes: number) => (clock += minutes * MIN) };
}

const renamed = (name: string) => ({ ...fixtureDocument().delegations[I.fra]!, nameEn: name });

describe('File › Restore from backup (main side)', () => {
  test('lists the backups newest first with kind, time, size and contents; a damaged or newer one is listed, not offered', async () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'hanoi.preseance');
    EventFile.create(path, fixtureDocument()).close();
    const { ok, advance, services } = app();
    await ok('event:open', { path });
    // One automatic snapshot (after an edit 5 minutes in), then a migration backup, a damaged and a newer one.
    advance(5);
    await ok('doc:apply', { changes: { upserts: {}, deletes: { delegations: [I.vat] } } });
    await services['backup:list']({}); // lets the snapshot in flight finish
    const folder = nodePath.join(dir, 'backups');
    const auto = fs.readdirSync(folder).find((f) => f.startsWith('hanoi.auto-'))!;
    fs.copyFileSync(nodePath.join(folder, auto), migrationBackupPath(path, 1, new Date(Date.UTC(2025, 9, 20))));
    const damaged = nodePath.join(folder, 'hanoi.auto-2025-10-24T00-00-00-000Z.preseance');
    fs.copyFileSync(nodePath.join(folder, auto), damaged);
    damageSchemaPage(damaged);
    const newer = nodePath.join(folder, 'hanoi.before-restore-2025-10-23T00-00-00-000Z.preseance');
    fs.copyFileSync(nodePath.join(folder, auto), newer);
    setFormatVersion(newer, 99);
    fs.writeFileSync(nodePath.join(folder, 'notes.txt'), 'not a backup');

    const { backups } = await ok('backup:list', {});
    const counts = fixtureDocument();
    expect(backups.map((b) => [b.id, b.kind, b.takenAt, b.holds, b.problem?.code ?? null])).toEqual([
      [auto, 'automatic', '2025-10-25T08:05:00.000Z', { delegations: Object.keys(counts.delegations).length - 1, people: Object.keys(counts.people).length - 1, seatsPlaced: Object.keys(counts.assignments).length }, null],
      ['hanoi.auto-2025-10-24T00-00-00-000Z.preseance', 'automatic', '2025-10-24T00:00:00.000Z', null, 'corrupt'],
      ['hanoi.before-restore-2025-10-23T00-00-00-000Z.preseance', 'before-restore', '2025-10-23T00:00:00.000Z', null, 'newer-version'],
      [nodePath.basename(migrationBackupPath(path, 1, new Date(Date.UTC(2025, 9, 20)))), 'before-upgrade', '2025-10-20T00:00:00.000Z', expect.anything(), null],
    ]);
    expect(backups[0]!.bytes).toBe(fs.statSync(nodePath.join(folder, auto)).size);
    // The message names the backup, not a temporary copy.
    expect(backups[2]!.problem!.message).toContain(newer);
    expect(backups[2]!.problem!.message).toContain('newer version');
    services.dispose();
  });

  test('restore: a before-restore backup of the current state first, then the backup’s document; refusals change nothing', async () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'hanoi.preseance');
    EventFile.create(path, fixtureDocument()).close();
    const { ok, call, advance, services } = app('vi');
    await ok('event:open', { path });
    advance(6);
    await ok('doc:apply', { changes: { upserts: { delegations: [renamed('Snapshot France')] }, deletes: {} } });
    await services['backup:list']({});
    await ok('doc:apply', { changes: { upserts: { delegations: [renamed('Later France')] }, deletes: {} } });
    const { backups } = await ok('backup:list', {});
    expect(backups).toHaveLength(1);

    const restored = await ok('backup:restore', { id: backups[0]!.id });
    expect(restored.document.delegations[I.fra]!.nameEn).toBe('Snapshot France');
    expect(restored.beforeRestore).toMatch(/^hanoi\.before-restore-2025-10-25T08-06-00-000Z\.preseance$/);
    // The before-restore backup holds the state just before, and main has not changed the file itself.
    expect(readBackup(nodePath.join(dir, 'backups', restored.beforeRestore)).delegations[I.fra]!.nameEn).toBe('Later France');
    expect(await ok('event:info', {})).toMatchObject({ delegations: Object.keys(fixtureDocument().delegations).length });

    // Only a backup of the open file, by its name from the list: never a path.
    const refused = async (id: string) => {
      const result = await call('backup:restore', { id });
      return result.ok ? 'restored' : result.error.code;
    };
    fs.copyFileSync(path, nodePath.join(dir, 'elsewhere.preseance'));
    expect(await refused('../elsewhere.preseance')).toBe('invalid-input');
    expect(await refused('..')).toBe('backup-not-found');
    expect(await refused('hanoi.auto-2025-01-01T00-00-00-000Z.preseance')).toBe('backup-not-found');
    expect(await refused(path)).toBe('invalid-input');
    const before = fs.readdirSync(nodePath.join(dir, 'backups')).sort();
    const newer = nodePath.join(dir, 'backups', 'hanoi.auto-2025-10-24T00-00-00-000Z.preseance');
    fs.copyFileSync(path, newer);
    setFormatVersion(newer, 99);
    const result = await call('backup:restore', { id: nodePath.basename(newer) });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'newer-version' });
    expect(result.ok ? '' : result.error.message).toContain('phiên bản Préséance mới hơn');
    // Refused before anything was written: no before-restore backup for it.
    expect(fs.readdirSync(nodePath.join(dir, 'backups')).sort()).toEqual([...before, nodePath.basename(newer)].sort());
    services.dispose();
  });

  test('no copy of the current state, no restore: a full disk refuses it with the reason, nothing changed', async () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'hanoi.preseance');
    EventFile.create(path, fixtureDocument()).close();
    const { ok, call, advance, services } = app();
    await ok('event:open', { path });
    advance(6);
    await ok('doc:apply', { changes: { upserts: { delegations: [renamed('Snapshot France')] }, deletes: {} } });
    const { backups } = await ok('backup:list', {});
    const folderBefore = fs.readdirSync(nodePath.join(dir, 'backups'));
    // The disk fills up just as the copy is written (the store maps ENOSPC / SQLITE_FULL to disk-full).
    const full = vi.spyOn(EventFile.prototype, 'backupTo').mockRejectedValueOnce(new AppError('disk-full', { path }));
    const result = await call('backup:restore', { id: backups[0]!.id });
    full.mockRestore();
    expect(result.ok ? null : result.error.code).toBe('backup-before-restore-failed');
    expect(result.ok ? '' : result.error.message).toBe(
      'The restore did not start: a copy of the event as it is could not be written first (the disk is full). Nothing was changed.',
    );
    expect(fs.readdirSync(nodePath.join(dir, 'backups'))).toEqual(folderBefore);
    services.dispose();
  });

  test('closing the file (or the app) takes a last automatic snapshot if edited since the last', async () => {
    const dir = tempDir();
    const path = nodePath.join(dir, 'hanoi.preseance');
    EventFile.create(path, fixtureDocument()).close();
    const { ok, services } = app();
    await ok('event:open', { path });
    await ok('event:close', {});
    expect(fs.existsSync(nodePath.join(dir, 'backups'))).toBe(false);
    await ok('event:open', { path });
    await ok('doc:apply', { changes: { upserts: { delegations: [renamed('Closing France')] }, deletes: {} } });
    services.dispose();
    const [snapshot, ...others] = fs.readdirSync(nodePath.join(dir, 'backups'));
    expect(others).toEqual([]);
    expect(readBackup(nodePath.join(dir, 'backups', snapshot!)).delegations[I.fra]!.nameEn).toBe('Closing France');
  });
});

describe('a restore written to a real file', () => {
  test('a delegation deleted and added again since the backup (same ISO code, new id) restores and undoes cleanly', () => {
    const from = fixtureDocument();
    const file = EventFile.create(nodePath.join(tempDir(), 'hanoi.preseance'), from);
    const edits = commandsOnFile(file, from);
    // Since the backup: France removed, then added again under a new id (its people and seats gone with it).
    edits.run(deleteEntities, { collection: 'delegations', ids: [I.fra] });
    const newId = 'b0000000-0000-4000-8000-000000000001';
    edits.run(createEntity, { collection: 'delegations', row: { ...from.delegations[I.fra]!, id: newId } });
    const beforeRestore = edits.doc;
    // The restore: the backup's document (the fixture) comes back as one edit; UNIQUE(iso3) is parked by the writer.
    edits.run(applyChanges, documentChanges(edits.doc, from));
    expect(file.loadDocument()).toEqual(from);
    // Undo, written the same way, brings the state before the restore back on disk.
    const back = undo(edits.doc, edits.history)!;
    file.apply(back.changes);
    expect(file.loadDocument()).toEqual(beforeRestore);
    file.close();
  });
});
