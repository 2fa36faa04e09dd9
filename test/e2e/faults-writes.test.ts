/**
 * When the event file cannot be written. Both faults are injected into the services (so these
 * tests always use the chromium runtime):
 * - a full disk, for real: the file may not grow (SQLite's max_page_count, through the harness's
 *   `diskFull`), so SQLite answers SQLITE_FULL, "database or disk is full", exactly as on a full
 *   disk. Small edits that fit in the file's pages are saved; seating a hall needs room and
 *   fails. The officer's work stays on screen, the file stays as last saved (and sound), and
 *   Save As on another disk takes everything, the failed edit included;
 * - a file the user may not write opens read-only: shown from the copy its checks ran on (the
 *   original is only read, nothing appears beside it), with a banner; it can be viewed and
 *   exported, edits are disabled, and Save As makes a writable copy where the work goes on. The
 *   tests run as root, whom the file system never refuses, so the harness answers the
 *   writability check for one folder as it would for an ordinary user (`readOnlyFolder`).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import type { EventDocument } from '../../shared/model/collections';
import { launchApp } from './harness';
import { documentOnDisk, shaOnDisk } from './files';
import { hallOfKind, sampleDocument, tempFolder } from './fixtures';
import { ready, saved, shot } from './page';
import { reseatHall } from './seating-screen';
import { attributeOf, countOf, disabledOf, textOf, visible } from './poll';

const work = tempFolder('writes');

const sample = sampleDocument();
const signing = hallOfKind(sample, 'signing');
const assignmentsIn = (doc: EventDocument, hallId: string) => Object.values(doc.assignments).filter((a) => a.hallId === hallId);

/** The sample event in a folder of its own (the "full disk"). */
function sampleFileIn(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'hanoi-2025.preseance');
  EventFile.create(path, sample).close();
  return path;
}

describe('a full disk', () => {
  it('keeps the edit that did not fit on screen and in memory, leaves the file as last saved, and Save As elsewhere takes everything', async () => {
    const fullDisk = join(work, 'full-disk');
    const file = sampleFileIn(fullDisk);
    expect(assignmentsIn(sample, signing.id)).toEqual([]); // the sample leaves the signing room to seat

    const app = await launchApp({ file, language: 'vi', diskFull: { folder: fullDisk } });
    const { page } = app;
    await ready(page);

    // A small edit fits in the file's pages: saved.
    const name = page.getByTestId('event-nameEn');
    await name.fill('Signing ceremony, Hanoi 2025');
    await name.press('Enter');
    await saved(page);
    const lastSaved = documentOnDisk(file);
    expect(Object.values(lastSaved.events)[0]!.nameEn).toBe('Signing ceremony, Hanoi 2025');

    // Seating the signing room needs new pages: the disk is full.
    await reseatHall(page, { label: signing.nameVi });

    const banner = page.getByTestId('save-banner');
    await visible(banner);
    await attributeOf(banner, 'data-code').toBe('disk-full');
    await attributeOf(banner, 'data-pending').toBe('1');
    await textOf(page.getByTestId('save-banner-message')).toBe(
      'Ổ đĩa đã đầy. 1 thay đổi chưa được lưu vào tệp. Thay đổi này chỉ được giữ trong cửa sổ này.',
    );
    await textOf(banner).toContain('Lưu thành…');
    await attributeOf(page.getByTestId('save-status'), 'data-state').toBe('unsaved');
    await textOf(page.getByTestId('save-status')).toBe('Chưa lưu (1)');
    // The screen still shows the edit: nobody is left for a re-seating to move.
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').toBe('0');
    await shot(page, 'faults-disk-full-vi');

    // Nothing on disk is damaged or changed: the file opens (integrity and schema checks) and
    // holds exactly the last saved state.
    expect(documentOnDisk(file)).toEqual(lastSaved);

    // Undo and redo still work, in memory; the banner counts what is not saved.
    await page.getByTestId('undo').click();
    await attributeOf(banner, 'data-pending').toBe('2');
    await page.getByTestId('redo').click();
    await attributeOf(banner, 'data-pending').toBe('3');
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').toBe('0');

    // Try again on the same full disk: still not saved, still kept.
    await page.getByTestId('save-banner-retry').click();
    await attributeOf(page.getByTestId('save-status'), 'data-state').toBe('unsaved');
    await attributeOf(banner, 'data-pending').toBe('3');
    expect(documentOnDisk(file)).toEqual(lastSaved);

    // The same banner in English.
    await page.getByTestId('language-en').click();
    await textOf(page.getByTestId('save-banner-message')).toBe(
      'The disk is full. 3 changes are not saved in the file. They are kept in this window only.',
    );
    await shot(page, 'faults-disk-full-en');

    // Closing the event asks first; Cancel keeps everything.
    await page.getByTestId('action-close').click();
    await textOf(page.getByTestId('unsaved-dialog-message')).toBe(
      '3 changes made in this window could not be saved in the file. If you go on, they are lost.',
    );
    await shot(page, 'faults-disk-full-close-asks-en');
    await page.getByTestId('unsaved-cancel').click();
    await countOf(page.getByTestId('unsaved-dialog')).toBe(0);
    await attributeOf(banner, 'data-pending').toBe('3');

    // Closing the window holds back its unload (main turns that into a native question).
    const unload = new Promise<string>((done) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => done(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await unload).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await attributeOf(banner, 'data-pending').toBe('3');

    // Save As on another disk: the copy gets every edit, the one that failed included.
    const copy = join(work, 'usb', 'hanoi-2025-copy.preseance');
    mkdirSync(join(work, 'usb'));
    await app.nextDialogPath(copy);
    await page.getByTestId('save-banner-save-as').click();
    await saved(page);
    await textOf(page.getByTestId('file-name')).toBe('hanoi-2025-copy.preseance');
    await countOf(banner).toBe(0);
    const onCopy = documentOnDisk(copy);
    expect(Object.values(onCopy.events)[0]!.nameEn).toBe('Signing ceremony, Hanoi 2025');
    expect(assignmentsIn(onCopy, signing.id).length).toBeGreaterThan(0);
    // Everything else of the copy is the last saved state.
    expect({ ...onCopy, assignments: {} }).toEqual({ ...lastSaved, assignments: {} });
    const elsewhere = Object.fromEntries(Object.entries(onCopy.assignments).filter(([, a]) => a.hallId !== signing.id));
    expect(elsewhere).toEqual(lastSaved.assignments);
    // The original was closed as last saved.
    expect(documentOnDisk(file)).toEqual(lastSaved);
    await shot(page, 'faults-disk-full-saved-as');
  });
});

describe('a read-only file', () => {
  it('opens read-only with a banner, edits disabled, views and exports, and Save As makes an editable copy', async () => {
    const locked = join(work, 'read-only');
    const file = sampleFileIn(locked);
    const original = shaOnDisk(file);

    const app = await launchApp({ file, language: 'vi', readOnlyFolder: locked });
    const { page } = app;
    await ready(page);
    await textOf(page.getByTestId('read-only-banner-message')).toBe(
      'Tệp này chỉ đọc: bạn không có quyền thay đổi tệp hoặc thư mục chứa tệp. Bạn vẫn có thể xem, in và xuất. Để thay đổi, hãy chọn Lưu thành… và làm việc trên một bản sao.',
    );
    await visible(page.getByTestId('read-only'));
    await attributeOf(page.getByTestId('event-nameEn'), 'readonly').toBe('');
    await shot(page, 'faults-read-only-vi');

    // Edits are disabled: the seating can be read, not changed.
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption({ label: signing.nameVi });
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').not.toBe('0');
    await disabledOf(page.getByTestId('seating-propose')).toBe(true);

    // Viewing and exporting work.
    await page.getByTestId('language-en').click();
    await page.getByTestId('nav-delegations').click();
    await textOf(page.getByTestId('delegation-row-VNM')).toContain('Viet Nam');
    const csv = join(work, 'delegations.csv');
    await app.nextDialogPath(csv);
    await page.getByTestId('delegations-export-csv').click();
    await textOf(page.getByTestId('delegations-file-status')).toBe(`Saved ${csv}`);
    expect(readFileSync(csv, 'utf8')).toContain('Viet Nam');
    await textOf(page.getByTestId('read-only-banner-message')).toContain('This file is read-only');
    await shot(page, 'faults-read-only-en');

    // Nothing was written in the read-only folder, not even a -wal.
    expect(readdirSync(locked)).toEqual(['hanoi-2025.preseance']);
    expect(shaOnDisk(file)).toBe(original);

    // Save As: a writable copy, where edits go on.
    const copy = join(work, 'hanoi-2025-copy.preseance');
    await app.nextDialogPath(copy);
    await page.getByTestId('read-only-banner-save-as').click();
    await textOf(page.getByTestId('file-name')).toBe('hanoi-2025-copy.preseance');
    await countOf(page.getByTestId('read-only-banner')).toBe(0);
    await countOf(page.getByTestId('read-only')).toBe(0);
    await page.getByTestId('nav-overview').click();
    const name = page.getByTestId('event-nameEn');
    await name.fill('Edited in the copy');
    await name.press('Enter');
    await saved(page);
    expect(Object.values(documentOnDisk(copy).events)[0]!.nameEn).toBe('Edited in the copy');
    expect(readdirSync(locked)).toEqual(['hanoi-2025.preseance']);
    expect(shaOnDisk(file)).toBe(original);
  });
});
