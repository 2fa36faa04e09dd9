/**
 * A file the user may not write opens read-only: shown from the copy its checks ran on (the
 * original is only read, nothing appears beside it), with a banner saying so; it can be viewed
 * and exported, an edit is refused with the reason, and Save As makes a writable copy where
 * the work goes on. The tests run as root, whom the file system never refuses, so the harness
 * answers the writability check for one folder as it would for an ordinary user.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { launchApp, type AppHandle } from './harness';
import { documentOnDisk, shaOnDisk } from './files';
import { ready, saved, shot } from './page';
import { attributeOf, countOf, disabledOf, textOf, visible } from './poll';

const work = mkdtempSync(join(tmpdir(), 'preseance-e2e-read-only-'));
let app: AppHandle | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const signing = Object.values(sample.halls).find((h) => h.kind === 'signing')!;

describe('a read-only file (chromium runtime: the writability check is injected into the services)', () => {
  it('opens read-only with a banner, edits disabled, views and exports, and Save As makes an editable copy', async () => {
    const locked = join(work, 'read-only');
    mkdirSync(locked);
    const file = join(locked, 'hanoi-2025.preseance');
    EventFile.create(file, sample).close();
    const original = shaOnDisk(file);

    app = await launchApp({ file, language: 'vi', readOnlyFolder: locked });
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
