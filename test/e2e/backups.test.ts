/**
 * Automatic backups and File › Restore from backup, as an officer meets them: edits are made, an
 * automatic snapshot is taken (the interval preference set to 0: after every edit), more edits,
 * then the snapshot is restored from the menu — on screen and in the file — and Undo brings the
 * later state back. The copy kept before the restore is there. English and Vietnamese.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../electron/services/backups';
import { closeLaunchedApps, detectRuntime, launchApp, sampleFile } from './harness';
import { documentOnDisk } from './files';
import { damageSchemaPage } from '../fixtures/damage';
import { ready, saved, shot } from './page';
import { attributeOf, countOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();
const dataDirs: string[] = [];
// The app writes in its data folder until it closes: closed here, before the folder goes (this
// hook runs before test/e2e/setup.ts's, which would close it too late).
afterEach(async () => {
  await closeLaunchedApps();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const eventName = (path: string) => Object.values(documentOnDisk(path).events)[0]!.nameEn;

describe(`automatic backups and restore (${runtime})`, () => {
  it('restores an automatic snapshot as one undoable edit, keeping a copy of the state before', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'preseance-e2e-backups-'));
    dataDirs.push(userDataDir);
    writeFileSync(join(userDataDir, 'preferences.json'), JSON.stringify({ language: 'en', backups: { intervalMinutes: 0, keep: 12 } }));
    const app = await launchApp({ sample: true, userDataDir });
    const { page } = app;
    const path = sampleFile(app);
    const folder = join(userDataDir, 'samples', 'backups');
    const autos = () => (existsSync(folder) ? readdirSync(folder).filter((f) => f.includes('.auto-')).sort() : []);
    await ready(page);

    // An edit, and the automatic snapshot it triggers.
    const name = page.getByTestId('event-nameEn');
    await name.fill('Signing Ceremony — as snapshotted');
    await name.press('Enter');
    await saved(page);
    await expect.poll(() => autos().length, { timeout: 15_000 }).toBe(1);
    const snapshot = autos()[0]!;
    expect(readBackup(join(folder, snapshot)).events).toSatisfy((events: object) =>
      Object.values(events).some((e: { nameEn: string }) => e.nameEn === 'Signing Ceremony — as snapshotted'),
    );

    // More edits after it.
    await name.fill('Signing Ceremony — later');
    await name.press('Enter');
    await saved(page);
    await textOf(page.getByTestId('event-name')).toContain('later');
    expect(eventName(path)).toBe('Signing Ceremony — later');

    // A damaged backup beside it (garbage over its schema page): listed with the reason, never offered.
    const damaged = join(folder, 'hanoi-2025.auto-2025-10-20T08-00-00-000Z.preseance');
    copyFileSync(join(folder, snapshot), damaged);
    damageSchemaPage(damaged);
    // And the copy the store keeps before upgrading a file's format (named as migrationBackupPath does).
    const upgrade = 'hanoi-2025.before-v1-2025-10-19T08-00-00-000Z.preseance';
    copyFileSync(join(folder, snapshot), join(folder, upgrade));

    // File › Restore from backup: the list, newest first, shows the snapshot with what it holds.
    await app.menu('file:restoreBackup');
    await visible(page.getByTestId('backups-dialog'));
    await textOf(page.getByTestId('backups-dialog')).toContain('Restore from backup');
    const row = page.locator(`[data-id="${snapshot}"]`);
    await visible(row);
    await textOf(row).toContain('Automatic');
    await textOf(row).toMatch(/\d+ delegations · \d+ people · \d+ seats placed/);
    await attributeOf(page.getByTestId('backup-row-0'), 'data-kind').toBe('automatic');
    const broken = page.locator(`[data-id="${basename(damaged)}"]`);
    await attributeOf(broken, 'data-usable').toBe('false');
    await textOf(broken).toContain('Cannot be restored');
    await textOf(broken).toContain('the backup is damaged');
    await countOf(broken.getByRole('button')).toBe(0);
    await textOf(page.locator(`[data-id="${upgrade}"]`)).toContain('Before upgrade');
    await attributeOf(page.locator(`[data-id="${upgrade}"]`), 'data-usable').toBe('true');
    await shot(page, 'backups-list-en');

    await row.getByRole('button', { name: /Restore/ }).click();
    await attributeOf(page.getByTestId('backups-outcome'), 'data-kind').toBe('restored');
    await textOf(page.getByTestId('backups-outcome')).toContain('Edit › Undo brings back');
    // The copy kept before the restore is listed too, and holds the later state.
    await countOf(page.locator('[data-kind="before-restore"]')).toBe(1);
    await shot(page, 'backups-restored-en');
    await page.getByTestId('backups-close').click();
    await saved(page);

    // The earlier state on screen and in the file.
    await textOf(page.getByTestId('event-name')).toContain('as snapshotted');
    await valueOf(page.getByTestId('event-nameEn')).toBe('Signing Ceremony — as snapshotted');
    expect(eventName(path)).toBe('Signing Ceremony — as snapshotted');
    const beforeRestore = readdirSync(folder).filter((f) => f.includes('.before-restore-'));
    expect(beforeRestore).toHaveLength(1);
    expect(Object.values(readBackup(join(folder, beforeRestore[0]!)).events)[0]!.nameEn).toBe('Signing Ceremony — later');

    // One Undo: the later state is back, on screen and on disk.
    await app.menu('edit:undo');
    await saved(page);
    await textOf(page.getByTestId('event-name')).toContain('later');
    await valueOf(page.getByTestId('event-nameEn')).toBe('Signing Ceremony — later');
    expect(eventName(path)).toBe('Signing Ceremony — later');

    // The dialog in Vietnamese.
    await page.getByTestId('language-vi').click();
    await app.menu('file:restoreBackup');
    await visible(page.getByTestId('backups-dialog'));
    await textOf(page.getByTestId('backups-dialog')).toContain('Khôi phục từ bản sao lưu');
    await textOf(page.locator(`[data-id="${snapshot}"]`)).toContain('Tự động');
    await textOf(page.locator('[data-kind="before-restore"]')).toContain('Trước khi khôi phục');
    await textOf(page.locator(`[data-id="${upgrade}"]`)).toContain('Trước khi nâng cấp');
    await textOf(page.locator(`[data-id="${basename(damaged)}"]`)).toContain('bản sao lưu bị hỏng');
    await textOf(page.locator(`[data-id="${snapshot}"]`)).toMatch(/\d+ đoàn · \d+ người · \d+ ghế đã xếp/);
    await shot(page, 'backups-list-vi');
    await page.getByTestId('backups-close').click();
    await countOf(page.getByTestId('backups-dialog')).toBe(0);
  });
});

describe(`a backup that cannot be written (${runtime})`, () => {
  it('is told once, in the UI language, and editing goes on saved', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'preseance-e2e-backups-'));
    dataDirs.push(userDataDir);
    writeFileSync(join(userDataDir, 'preferences.json'), JSON.stringify({ language: 'vi', backups: { intervalMinutes: 0, keep: 12 } }));
    // A file where the backups folder should be: no backup can be written beside the event.
    mkdirSync(join(userDataDir, 'samples'));
    writeFileSync(join(userDataDir, 'samples', 'backups'), 'not a folder');
    const app = await launchApp({ sample: true, userDataDir });
    const { page } = app;
    const path = sampleFile(app);
    await ready(page);

    const name = page.getByTestId('event-nameEn');
    for (const text of ['Signing Ceremony — first', 'Signing Ceremony — second']) {
      await name.fill(text);
      await name.press('Enter');
      await saved(page);
    }
    await textOf(page.getByTestId('error-notice-message')).toContain(
      'Không ghi được bản sao lưu tự động của “hanoi-2025.preseance”: không ghi được vào thư mục sao lưu. Các thay đổi của bạn vẫn được lưu trong tệp sự kiện',
    );
    await countOf(page.getByTestId('error-notice')).toBe(1);
    await attributeOf(page.getByTestId('save-status'), 'data-state').toBe('saved');
    expect(eventName(path)).toBe('Signing Ceremony — second');
    await shot(page, 'backups-failed-notice-vi');
  });
});
