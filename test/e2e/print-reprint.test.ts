/**
 * Issue 13, item 6, in the real UI on the sample: the Printing screen's options are kept in the
 * event per output (a screen change and the file opened again bring them back; no undo step),
 * and after a late change "Only what changed since the last print" lists exactly the cards the
 * re-seat diff said were out of date — not the host, who did not move — printed with the
 * options of the first print ("Vietnamese name too" still ticked).
 */
import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { tempFolder } from './fixtures';
import { detectRuntime, launchApp, launchSample, sampleFile } from './harness';
import { exportPdf, openPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';
import { documentOnDisk } from './files';
import { ready, saved, shot } from './page';
import { reseatHall } from './seating-screen';
import { attributeOf, disabledOf, valueOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-reprint');
const hallOf = (doc: EventDocument, kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!.id;
const seatsIn = (doc: EventDocument, hall: string) => new Map(Object.values(doc.assignments).filter((a) => a.hallId === hall).map((a) => [a.personId, a.seatId]));
const checkedOf = (page: import('playwright-core').Page, id: string) => expect.poll(() => page.getByTestId(id).isChecked());

describe(`printing options are kept, and a reprint is only what changed (${runtime})`, () => {
  it('keeps each output’s options over a screen change and a reopen of the file, outside the undo history', async () => {
    let app = await launchApp({ sample: true, language: 'en' });
    const { userDataDir } = app;
    await ready(app.page);
    const banquet = hallOf(documentOnDisk(sampleFile(app)), 'banquet');
    await openPrinting(app.page);
    await app.page.getByTestId('print-hall').selectOption(banquet);
    await app.page.getByTestId('print-vietnamese').check();
    await app.page.getByTestId('print-flags').uncheck();
    await app.page.getByTestId('print-stock').selectOption('card-a4');
    // The chart's paper is the chart's own: A3 there leaves the cards on A4.
    await app.page.getByTestId('print-output').selectOption('chart');
    await app.page.getByTestId('print-paper').selectOption('A3');
    await app.page.getByTestId('print-output').selectOption('place-cards');
    await valueOf(app.page.getByTestId('print-paper')).toBe('A4');
    await saved(app.page);
    await disabledOf(app.page.getByTestId('undo')).toBe(true);

    // Another screen and back: the same output and options.
    await app.page.getByTestId('nav-delegations').click();
    await openPrinting(app.page);
    await valueOf(app.page.getByTestId('print-output')).toBe('place-cards');
    await valueOf(app.page.getByTestId('print-hall')).toBe(banquet);
    await checkedOf(app.page, 'print-vietnamese').toBe(true);
    await checkedOf(app.page, 'print-flags').toBe(false);
    await valueOf(app.page.getByTestId('print-stock')).toBe('card-a4');

    // The file opened again.
    await app.close();
    app = await launchApp({ sample: true, language: 'en', userDataDir });
    await ready(app.page);
    await openPrinting(app.page);
    await valueOf(app.page.getByTestId('print-hall')).toBe(banquet);
    await checkedOf(app.page, 'print-vietnamese').toBe(true);
    await checkedOf(app.page, 'print-flags').toBe(false);
    await valueOf(app.page.getByTestId('print-stock')).toBe('card-a4');
    await app.page.getByTestId('print-output').selectOption('chart');
    await valueOf(app.page.getByTestId('print-paper')).toBe('A3');
    await shot(app.page, 'print-options-kept');
  });

  it('after a late change lists exactly the cards the re-seat diff said, not the host, with "Vietnamese name too" still ticked', async () => {
    const { app, page, file } = await launchSample('en');
    const before = documentOnDisk(file);
    const banquet = hallOf(before, 'banquet');
    const seatedBefore = seatsIn(before, banquet);

    // 1. The banquet's cards printed with the Vietnamese name.
    await openPrinting(page);
    await page.getByTestId('print-hall').selectOption(banquet);
    await page.getByTestId('print-vietnamese').check();
    await exportPdf(page, app, work, 'reprint-all');

    // 2. A late change: a president sends a minister; the banquet re-seated, the diff reviewed.
    const head = Object.values(before.people).find((p) => p.role === 'head' && p.rank === 'head-of-state' && seatedBefore.has(p.id) && before.delegations[p.delegationId]!.pinnedRole === 'none')!;
    await page.getByTestId('nav-delegations').click();
    await page.getByTestId(`delegation-row-${before.delegations[head.delegationId]!.iso3}`).click();
    await page.getByTestId('head-rank').selectOption('minister');
    await saved(page);
    const moves = await reseatHall(page, banquet);
    await saved(page);
    const after = documentOnDisk(file);
    const seatedAfter = seatsIn(after, banquet);
    const moved = new Set([...seatedAfter].filter(([id, seat]) => seatedBefore.get(id) !== seat).map(([id]) => id));
    expect(moved.size).toBe(moves);
    expect(moves).toBeGreaterThan(1);
    const host = Object.values(after.people).find((p) => p.role === 'head' && after.delegations[p.delegationId]!.pinnedRole === 'host')!;
    expect(moved.has(host.id)).toBe(false);

    // 3. Printing again: the options as they were; only the moved cards.
    await openPrinting(page);
    await valueOf(page.getByTestId('print-hall')).toBe(banquet);
    await checkedOf(page, 'print-vietnamese').toBe(true);
    await page.getByTestId('print-only-changed').check();
    await attributeOf(page.getByTestId('print-changed'), 'data-count').toBe(String(moves));
    const listed = await page.getByTestId('print-changed-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));
    expect(new Set(listed)).toEqual(moved);
    await shot(page, 'print-reprint-changed');
    const reprint = await exportPdf(page, app, work, 'reprint-changed');
    expect(pdfInfo(reprint).pages).toBe(Math.ceil(moves / 4));
    const text = pdfText(reprint);
    for (const id of moved) {
      const d = after.delegations[after.people[id]!.delegationId]!;
      expect(text).toContain(after.people[id]!.name);
      if (d.nameVi !== d.nameEn) expect(text).toContain(d.nameVi);
    }
    expect(text).not.toContain(host.name);
    rasterise(reprint, 'reprint-changed');
  });
});
