/**
 * The same event file opened twice: two app instances (each with its own services, as two app
 * processes), and the command line beside a running app. The second is refused with a clear
 * message in its language and never writes; once the first lets go, the second can open it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { tempFolder } from './fixtures';
import { cli } from './cli-run';
import { detectRuntime, launchApp } from './harness';
import { documentOnDisk, shaOnDisk } from './files';
import { ready, saved, shot } from './page';
import { countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('twice');

async function launch(options: Parameters<typeof launchApp>[0]) {
  const app = await launchApp(options);
  await ready(app.page);
  return app;
}

describe(`the same file opened twice (${runtime})`, () => {
  it('a second app instance is refused in its language, never writes, and opens the file once the first has closed it', async () => {
    const file = join(work, 'hanoi-2025.preseance');
    EventFile.create(file, buildSampleDocument(referenceData, seededIds(SAMPLE_SEED))).close();

    const first = await launch({ file, language: 'en' });
    const name = first.page.getByTestId('event-nameEn');
    await name.fill('Held by the first window');
    await name.press('Enter');
    await saved(first.page);
    const held = shaOnDisk(file);

    // The second instance is given the same file at start: refused, it starts on its welcome screen.
    const second = await launch({ file, language: 'vi' });
    const locked = `“${file}” đang được mở trong một cửa sổ hoặc chương trình khác. Hãy đóng tệp ở đó trước; tệp chưa được mở ở đây.`;
    if (runtime === 'chromium') expect(second.startupErrors).toEqual([locked]);
    await visible(second.page.getByTestId('welcome'));

    // Open… the file by hand: the same clear refusal, in Vietnamese.
    await second.nextDialogPath(file);
    await second.page.getByTestId('welcome-open').click();
    await visible(second.page.getByTestId('error-modal'));
    await textOf(second.page.getByTestId('error-modal-title')).toBe('Không mở được sự kiện');
    await textOf(second.page.getByTestId('error-modal-message')).toBe(locked);
    await shot(second.page, 'faults-open-twice-vi');
    await second.page.getByTestId('error-modal-close').click();
    await countOf(second.page.getByTestId('event-name')).toBe(0);
    expect(shaOnDisk(file)).toBe(held);
    // Both instances live in this test process: the refusal must not have loosened the first
    // one's lock (a read of the held file here would drop it): another program is still kept out.
    expect(cli('info', file).err).toContain('is open in another window or program');

    // The first goes on writing, alone.
    await name.fill('Still held by the first window');
    await name.press('Enter');
    await saved(first.page);
    expect(Object.values(documentOnDisk(file).events)[0]!.nameEn).toBe('Still held by the first window');

    // Once the first closes the event, the second opens it, with the first one's last edit.
    await first.page.getByTestId('action-close').click();
    await visible(first.page.getByTestId('welcome'));
    await second.nextDialogPath(file);
    await second.page.getByTestId('welcome-open').click();
    await second.page.getByTestId('nav-overview').waitFor();
    await second.page.getByTestId('language-en').click();
    expect(await second.page.getByTestId('event-nameEn').inputValue()).toBe('Still held by the first window');

    // Now the first is the one refused, in English.
    await first.nextDialogPath(file);
    await first.page.getByTestId('welcome-open').click();
    await textOf(first.page.getByTestId('error-modal-message')).toBe(`“${file}” is open in another window or program. Close it there first; it was not opened here.`);
    await shot(first.page, 'faults-open-twice-en');
  });

  it('the command line on a file the app holds: a clear refusal, exit code 1, the file unchanged', async () => {
    const file = join(work, 'cli-held.preseance');
    EventFile.create(file, buildSampleDocument(referenceData, seededIds(SAMPLE_SEED))).close();
    const app = await launch({ file, language: 'en' });
    await saved(app.page);
    const before = shaOnDisk(file);

    const seat = cli('seat', file, '--hall', 'Signing Room');
    expect(seat.code, seat.out + seat.err).toBe(1);
    expect(seat.err.trim()).toBe(`“${file}” is open in another window or program. Close it there first; it was not opened here.`);
    const seatVi = cli('seat', file, '--hall', 'Signing Room', '--lang', 'vi');
    expect(seatVi.code).toBe(1);
    expect(seatVi.err.trim()).toBe(`“${file}” đang được mở trong một cửa sổ hoặc chương trình khác. Hãy đóng tệp ở đó trước; tệp chưa được mở ở đây.`);
    expect(cli('info', file).code).toBe(1);
    expect(shaOnDisk(file)).toBe(before);

    // Once the app has let go, the command line seats the hall.
    await app.close();
    const after = cli('seat', file, '--hall', 'Signing Room');
    expect(after.code, after.err).toBe(0);
  });
});
