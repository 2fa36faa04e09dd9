/**
 * Issue 6: a long print job shows its progress and can be cancelled, and the app stays
 * responsive. Every place card of a large event (the sample with its delegations grown to 1,900
 * people, "All delegations"): the pages are put in the page batch by batch, "Preparing 240 /
 * 1,900 cards" with Cancel. An export cancelled while
 * it waits for them writes nothing (no PDF, no temporary file), and the app answers at once
 * (another screen opens). A job left to finish writes every card.
 */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { tempFolder } from './fixtures';
import { detectRuntime } from './harness';
import { launchOnPrinting, pdfInfo } from './print-pdf';
import { shot } from './page';
import { attributeOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-progress');

/** The sample with more members in its delegations (synthetic names), `people` in all. */
function largeEvent(people: number): string {
  const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
  const ids = seededIds(7);
  const delegations = Object.values(doc.delegations);
  const given = ['An', 'Bảo', 'Chi', 'Dũng', 'Élodie', 'Hằng', 'José', 'Phương'];
  for (let i = Object.keys(doc.people).length; i < people; i++) {
    const delegation = delegations[i % delegations.length]!;
    const id = ids();
    doc.people[id] = {
      id, delegationId: delegation.id, role: 'member', order: 100 + i, honorific: '', honorificVi: '', name: `${given[i % given.length]} Nguyễn ${i}`, familyName: 'Nguyễn',
      titleEn: '', titleVi: '', rank: 'other', gender: 'unspecified', language: 'en', inOfficeSince: null, credentialsAt: null, needsInterpreter: false, needsAccessible: false, notes: '',
    };
  }
  const path = join(work, 'large.preseance');
  EventFile.create(path, doc).close();
  return path;
}

describe(`a long print job (${runtime})`, () => {
  it('shows "Preparing n / 1,900 cards", cancels an export without writing anything, and keeps the app responsive', async () => {
    const people = 1900;
    const app = await launchOnPrinting({ file: largeEvent(people), language: 'en' });
    const { page } = app;

    // 1. Every card, one per A4 sheet: 1,900 pages to prepare, and Export PDF… at once: the
    //    export waits for the pages, showing how far it is. Cancel: nothing is written.
    const out = mkdtempSync(join(work, 'out-'));
    const path = join(out, 'all-cards.pdf');
    await page.getByTestId('print-stock').selectOption('card-a4');
    await page.getByTestId('print-hall').selectOption('all');
    await app.nextDialogPath(path);
    await page.getByTestId('print-export').click();
    const progress = page.getByTestId('print-progress');
    await attributeOf(progress, 'data-phase').toBe('preparing');
    await attributeOf(progress, 'data-total').toBe(String(people));
    await textOf(progress).toMatch(/Preparing [\d,]+ \/ 1,900 cards/);
    await page.getByTestId('print-cancel').click();
    await textOf(page.getByTestId('print-result')).toBe('Cancelled: no file was written.');
    await expect.poll(() => progress.count()).toBe(0); // stopped: no progress any more
    expect(Number(await page.getByTestId('print-root').getAttribute('data-prepared'))).toBeLessThan(people);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(out)).toEqual([]); // not even a temporary file
    await attributeOf(page.getByTestId('print-last'), 'data-count').toBe('0'); // nothing recorded as printed

    // The app answers at once: another screen opens.
    const t0 = Date.now();
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('screen-overview').waitFor({ state: 'visible', timeout: 2_000 });
    expect(Date.now() - t0).toBeLessThan(2_000);

    // 2. Back on Printing, the same choice prepares again. An export waiting for the pages,
    //    whose pages then change (the flags taken off): it was asked for other pages, so it
    //    writes nothing and says so.
    await page.getByTestId('nav-print').click();
    await page.getByTestId('print-stock').selectOption('card-a4');
    await page.getByTestId('print-hall').selectOption('all');
    const changed = join(out, 'changed.pdf');
    await app.nextDialogPath(changed);
    await page.getByTestId('print-export').click();
    await attributeOf(progress, 'data-phase').toBe('preparing');
    await page.getByTestId('print-flags').uncheck();
    await textOf(page.getByTestId('print-result')).toContain('The pages changed while they were being prepared');
    expect(readdirSync(out)).toEqual([]);

    // The new pages are prepared batch after batch, the count moving, and the screen answers
    // meanwhile: the preview turns to the next page at once.
    await visible(progress);
    const early = Number(await progress.getAttribute('data-done'));
    await attributeOf(progress, 'data-done').not.toBe(String(early));
    await page.getByTestId('print-next').click();
    await attributeOf(page.getByTestId('print-page-number'), 'data-page').toBe('2');
    await shot(page, 'print-progress');

    // 3. Left to finish, the same job writes every card: four 100 × 70 cards a sheet.
    await page.getByTestId('print-stock').selectOption('card-100x70');
    const full = join(out, 'all-cards-100x70.pdf');
    await app.nextDialogPath(full);
    await page.getByTestId('print-export').click();
    // Writing 475 sheets of cards takes a while: "Writing the PDF…" meanwhile, then the file.
    await attributeOf(progress, 'data-phase').toBe('writing');
    await textOf(progress).toContain('Writing the PDF…');
    await expect.poll(() => page.getByTestId('print-result').textContent(), { timeout: 90_000, interval: 200 }).toContain('all-cards-100x70.pdf');
    expect(pdfInfo(full).pages).toBe(Math.ceil(people / 4));
    expect(await progress.count()).toBe(0);
  }, 180_000);
});
