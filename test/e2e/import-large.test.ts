/**
 * A huge broken CSV file in the Import dialog: main reads and checks it in a worker, so the
 * window stays answered while it does, shows how far it is, and can stop it; a refused file
 * lists its first 1,000 errors and counts the rest, naming each row as a spreadsheet shows it.
 * Nothing saved changes. The built renderer, the real services, the real sample event file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { type AppHandle, detectRuntime, launchApp, sampleFile } from './harness';
import { shaOnDisk } from './files';
import { ready, saved, shot } from './page';
import { countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('import-large');

const HEADER = 'kind,iso3,head_name,rank,members';
/** `rows` rows, each with two errors (no such state, no such rank): 18 MB for a million. */
const badRows = (rows: number) => Array.from({ length: rows }, (_, i) => `state,Z${i % 100},A ${i % 1000},x,`);
// The file stopped midway: 18 MB of the rows that take longest to check, a quoted members cell
// of two members whose gender is no gender (four errors a row). A million rows like badRows's
// are checked in about a second now, often before Stop can be pressed.
const slowRows = (rows: number) => Array.from({ length: rows }, (_, i) => `state,Z${i % 100},A ${i % 1000},x,"B | f | | q; C | g | | q"`);
const huge = join(work, 'huge.csv');
writeFileSync(huge, [HEADER, ...slowRows(400_000)].join('\n') + '\n');
// Row 2 has a members cell on two lines: from there on, row n of the spreadsheet is line n + 1.
const broken = join(work, 'broken.csv');
writeFileSync(broken, [HEADER, 'state,VNM,Lương Cường,head-of-state,"Lê Hoài Trung | Minister\nBùi Thanh Sơn | Deputy"', ...badRows(3_000)].join('\r\n') + '\r\n');

/** The sample opened on the Delegations screen, saved, and the fingerprint of its file on disk. */
async function openDelegations(language: 'en' | 'vi') {
  const app = await launchApp({ sample: true, language });
  await ready(app.page);
  await app.page.getByTestId('nav-delegations').click();
  await saved(app.page);
  const eventFile = sampleFile(app);
  const before = shaOnDisk(eventFile);
  return { app, page: app.page, unchanged: () => expect(shaOnDisk(eventFile)).toBe(before) };
}

async function choose(a: AppHandle, path: string) {
  await a.page.getByTestId('delegations-import').click();
  await visible(a.page.getByTestId('import-dialog'));
  await a.page.getByTestId('import-file').setInputFiles(path);
}

/** How long main takes to answer a request from the window, in ms. */
const answerMs = (a: AppHandle) =>
  a.page.evaluate(async () => {
    const start = performance.now();
    await (window as unknown as { preseance: Record<string, (input: unknown) => Promise<unknown>> }).preseance['app:state']!({});
    return performance.now() - start;
  });

describe(`importing a huge broken file (${runtime})`, () => {
  it('shows how far the reading is while main stays answered, and stops it on request; nothing saved changes', async () => {
    const { app, page, unchanged } = await openDelegations('en');

    await choose(app, huge);
    const progress = page.getByTestId('import-progress');
    // The harness carries the 18 MB text to main over Playwright's pipe (Electron's IPC takes a
    // fraction of that): seconds on a busy machine before the worker starts.
    await progress.waitFor({ state: 'visible', timeout: 90_000 });
    await textOf(page.getByTestId('import-reading')).toMatch(/^(Reading huge\.csv… \d+%|Checking the rows of huge\.csv: [\d,]+ of [\d,]+…)$/);
    // Main answers the window while the worker reads: a synchronous parse held it for 11 s.
    expect(await answerMs(app)).toBeLessThan(1_000);
    const first = Number(await progress.getAttribute('value'));
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).not.toBe(first);
    await shot(page, 'import-large-progress-en');

    await page.getByTestId('import-stop').click();
    await textOf(page.getByTestId('import-stopped')).toBe('Reading huge.csv was stopped: nothing was imported. Choose a file to start again.');
    await countOf(page.getByTestId('import-progress')).toBe(0);
    await countOf(page.getByTestId('import-errors')).toBe(0);
    await shot(page, 'import-large-stopped-en');
    // The dialog is usable again at once: another file is read and reported.
    await page.getByTestId('import-file').setInputFiles(broken);
    await textOf(page.getByTestId('import-errors-title')).toContain('6,000 errors in broken.csv');
    await page.getByTestId('import-cancel').click();
    await countOf(page.getByTestId('import-dialog')).toBe(0);
    // The window's own navigation answers too.
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('nav-delegations').click();
    await visible(page.getByTestId('delegation-row-VNM'));
    await app.close();
    unchanged();
  });

  it.each([
    ['en', '6,000 errors in broken.csv', ['3 (line 4)', '4 (line 5)'], 'Row', '… and 5,000 more errors.'],
    ['vi', 'broken.csv có 6.000 lỗi', ['3 (dòng 4)', '4 (dòng 5)'], 'Hàng', '… và 5.000 lỗi khác.'],
  ] as const)('lists the first 1,000 errors by spreadsheet row and counts the rest (%s)', async (language, title, rows, column, more) => {
    const { app, page, unchanged } = await openDelegations(language);
    await choose(app, broken);
    await textOf(page.getByTestId('import-errors-title')).toContain(title);
    await countOf(page.getByTestId('import-error')).toBe(1_000);
    await textOf(page.locator('.import-errors th').first()).toBe(column);
    // Row 3 is the first bad one (line 4): rows after the two-line cell are one line further down.
    await textOf(page.getByTestId('import-error-line').first()).toBe(rows[0]);
    await textOf(page.getByTestId('import-error-line').nth(2)).toBe(rows[1]);
    await textOf(page.getByTestId('import-errors-more')).toBe(more);
    await shot(page, `import-large-errors-${language}`);
    await page.getByTestId('import-cancel').click();
    await app.close();
    unchanged();
  });
});
