/**
 * Issue 6: a seating chart tiled across pages at a scale, with overlaps and assembly marks. The
 * sample's plenary (80 × 70 m) at 1:100 on A3 landscape, exported through the Printing screen:
 * the PDF has a page per tile (columns × rows), each page names its tile ("B2") in the title and
 * in "Page B2 of 3 × R", and a seat lying in the band two neighbouring tiles share is printed on
 * both of them (and not on a tile far from it). Pages rasterised to test-results/e2e/print-tiles-*.png.
 */
import { describe, expect, it } from 'vitest';
import type { Seat } from '../../shared/model/entities';
import { tempFolder } from './fixtures';
import { detectRuntime, launchSample } from './harness';
import { exportPdf, openPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';
import { documentOnDisk } from './files';
import { shot } from './page';
import { attributeOf, textOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-tiles');

/** The label as a word of the page's text (not part of a longer label). */
const word = (label: string) => new RegExp(`(^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`);

type Window = { x0: number; y0: number; x1: number; y1: number };
const inside = (seat: Seat, w: Window, margin: number) => seat.x >= w.x0 + margin && seat.x <= w.x1 - margin && seat.y >= w.y0 + margin && seat.y <= w.y1 - margin;

describe(`a chart tiled across pages (${runtime})`, () => {
  it('prints the plenary at 1:100 on A3 landscape: a page per tile, each labelled, a seat in an overlap on both neighbours', async () => {
    const { app, page, file } = await launchSample('en');
    const doc = documentOnDisk(file);
    const plenary = Object.values(doc.halls).find((h) => h.kind === 'plenary')!;
    await openPrinting(page);
    await page.getByTestId('print-output').selectOption('chart');
    await page.getByTestId('print-hall').selectOption(plenary.id);
    await page.getByTestId('print-paper').selectOption('A3');
    await page.getByTestId('print-landscape').check();
    await page.getByTestId('print-chart-layout').selectOption('scale');
    await page.getByTestId('print-chart-scale').selectOption('100');
    await attributeOf(page.getByTestId('print-chart-overlap'), 'value').toBe('10'); // the default

    // Hand-worked: 80 m at 1:100 is 800 mm; A3 landscape leaves 400 mm of plan across, and each
    // further sheet adds 400 − 10 = 390 mm: 2 sheets cover 790 mm (too few), 3 cover 1,180 mm.
    await attributeOf(page.getByTestId('print-tiles'), 'data-columns').toBe('3');
    const rows = Number(await page.getByTestId('print-tiles').getAttribute('data-rows'));
    expect(rows).toBeGreaterThanOrEqual(3); // 700 mm deep on sheets of less than 287 mm of plan
    const pages = 3 * rows;
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(pages));
    await textOf(page.getByTestId('print-tiles')).toContain(`${pages} pages: 3 across × ${rows} down`);
    await shot(page, 'print-tiles-screen');

    // Which part of the hall each page shows (metres), as drawn.
    const windows = await page.locator('.print-page').evaluateAll((els) =>
      els.map((el) => {
        const [x0, y0, x1, y1] = el.querySelector('[data-window]')!.getAttribute('data-window')!.split(' ').map(Number) as [number, number, number, number];
        return { label: el.getAttribute('data-subject')!, x0, y0, x1, y1 };
      }),
    );
    const labels = Array.from({ length: rows }, (_, r) => [1, 2, 3].map((c) => `${String.fromCharCode(65 + r)}${c}`)).flat();
    expect(windows.map((w) => w.label)).toEqual(labels);

    const path = await exportPdf(page, app, work, 'plenary-tiled');
    expect(pdfInfo(path).pages).toBe(pages);
    const texts = labels.map((_, i) => pdfText(path, i + 1));
    labels.forEach((label, i) => {
      expect(texts[i]).toContain(`Seating chart · Plenary Hall · ${label}`);
      expect(texts[i]).toContain(`Page ${label} of 3 × ${rows} (columns × rows)`);
      expect(texts[i]).toContain('Scale 1:100');
    });

    // A seat (its label unique in the hall) well inside the band two neighbours share: on both pages.
    const seats = Object.values(doc.seats).filter((s) => s.hallId === plenary.id);
    const count = new Map<string, number>();
    for (const s of seats) count.set(s.label, (count.get(s.label) ?? 0) + 1);
    let found: { seat: Seat; a: number; b: number } | null = null;
    for (let a = 0; a < windows.length && !found; a++) {
      for (const b of [a + 1, a + 3]) {
        const [wa, wb] = [windows[a]!, windows[b]];
        if (!wb || (b === a + 1 && a % 3 === 2)) continue; // neighbours: the next in the row, or the one below
        const shared = { x0: Math.max(wa.x0, wb.x0), y0: Math.max(wa.y0, wb.y0), x1: Math.min(wa.x1, wb.x1), y1: Math.min(wa.y1, wb.y1) };
        const seat = seats.find((s) => count.get(s.label) === 1 && inside(s, shared, 0.3));
        if (seat) {
          found = { seat, a, b };
          break;
        }
      }
    }
    expect(found).not.toBeNull();
    const { seat, a, b } = found!;
    expect(texts[a]).toMatch(word(seat.label));
    expect(texts[b]).toMatch(word(seat.label));
    // ...and not on a page whose part of the hall is far from it.
    const far = windows.findIndex((w) => seat.x < w.x0 - 3 || seat.x > w.x1 + 3 || seat.y < w.y0 - 3 || seat.y > w.y1 + 3);
    expect(far).toBeGreaterThanOrEqual(0);
    expect(texts[far]).not.toMatch(word(seat.label));

    rasterise(path, 'tiles', 2);

    // In Vietnamese, the pages say which tile they are in Vietnamese.
    await page.getByTestId('language-vi').click();
    await textOf(page.locator('.print-page[data-page="5"]')).toContain(`Trang B2 trong 3 × ${rows} trang (cột × hàng)`);

    // A number of pages across instead of a scale: 2 across, at the scale that fills them.
    await page.getByTestId('print-chart-layout').selectOption('across');
    await page.getByTestId('print-chart-across').fill('2');
    await attributeOf(page.getByTestId('print-tiles'), 'data-columns').toBe('2');
    const acrossRows = Number(await page.getByTestId('print-tiles').getAttribute('data-rows'));
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(2 * acrossRows));
    // 2 × 400 − 10 = 790 mm for 80 m: 9.875 mm a metre, about 1:101.
    await textOf(page.locator('.print-page[data-page="1"]')).toContain('Tỷ lệ 1:101');

    // A scale far too large for the paper is refused with the count, in the user's language:
    // 1:20 on A4 portrait is 4,000 × 3,500 mm of plan on sheets of 190 mm across: 23 columns, far over 200 pages.
    await page.getByTestId('print-paper').selectOption('A4');
    await page.getByTestId('print-landscape').uncheck();
    await page.getByTestId('print-chart-layout').selectOption('scale');
    await page.getByTestId('print-chart-scale').selectOption('20');
    await textOf(page.getByTestId('print-empty')).toMatch(/^Quá nhiều trang \([\d.]+, tối đa 200\)/);
  });
});
