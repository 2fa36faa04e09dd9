/**
 * Issue 6, first outputs, on the sample event: place cards, desk name plates, a hall's seating
 * chart, the alphabetical guest index and the signing order, each exported as a PDF through
 * the Printing screen (print:pdf; in the chromium runtime the harness answers it with
 * page.pdf() on the app's own page, the print view the preview shows). Each PDF is checked as a
 * user would: page count and paper size (pdfinfo), the names, seat labels and Vietnamese
 * diacritics in its text (pdftotext), and its first page rasterised (pdftoppm) to
 * test-results/e2e/print-*.png to look at. Every export is recorded in the event's print log.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { detectRuntime, launchApp, type AppHandle } from './harness';
import { documentOnDisk } from './files';
import { ready, saved } from './page';
import { attributeOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = mkdtempSync(join(tmpdir(), 'preseance-e2e-print-'));
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');
let app: AppHandle | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sampleFile = (userDataDir: string) => join(userDataDir, 'samples', 'hanoi-2025.preseance');
const hallId = (doc: EventDocument, kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!.id;

function pdfInfo(path: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}
/** The PDF's text, whitespace runs as one space: a name set on two lines reads as one. */
const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
const mm = (pt: number) => Math.round((pt / 72) * 25.4);
function rasterise(path: string, name: string, pages = 1): void {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), path, join(SHOTS, `print-${name}`)]);
}

/** Exports the preview as a PDF through the screen's button, as the user does; returns its path. */
async function exportPdf(page: Page, handle: AppHandle, name: string): Promise<string> {
  const path = join(work, `${name}.pdf`);
  await attributeOf(page.getByTestId('print-root'), 'data-pages').not.toBe(null);
  await handle.nextDialogPath(path);
  await page.getByTestId('print-export').click();
  await textOf(page.getByTestId('print-result')).toContain(`${name}.pdf`);
  expect(existsSync(path)).toBe(true);
  return path;
}

describe(`printing from the same print views (${runtime})`, () => {
  it('exports place cards, name plates, a chart, the guest index and the signing order as checked PDFs', async () => {
    app = await launchApp({ sample: true, language: 'en' });
    const { page, userDataDir } = app;
    await ready(page);
    const doc = documentOnDisk(sampleFile(userDataDir));
    await page.getByTestId('nav-print').click();
    await visible(page.getByTestId('screen-print'));

    // 1. Place cards of the banquet: 100 × 70 tent cards, four per A4 sheet, the delegation's
    //    Vietnamese name too. One card per seated guest, names exactly as in the document.
    const banquet = hallId(doc, 'banquet');
    const guests = Object.values(doc.assignments).filter((a) => a.hallId === banquet).map((a) => doc.people[a.personId]!);
    await page.getByTestId('print-hall').selectOption(banquet);
    await page.getByTestId('print-vietnamese').check();
    await attributeOf(page.getByTestId('print-per-sheet'), 'data-count').toBe('4');
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(Math.ceil(guests.length / 4)));
    const cards = await exportPdf(page, app, 'place-cards');
    const cardsInfo = pdfInfo(cards);
    expect(cardsInfo.pages).toBe(Math.ceil(guests.length / 4));
    expect([mm(cardsInfo.widthPt), mm(cardsInfo.heightPt)]).toEqual([210, 297]);
    const cardsText = pdfText(cards);
    for (const guest of guests.slice(0, 12)) expect(cardsText).toContain(guest.name);
    expect(cardsText).toContain('Việt Nam');
    rasterise(cards, 'place-cards');

    // 2. Name plates of the plenary: UN style, one folded A4 landscape each.
    const plenary = hallId(doc, 'plenary');
    await page.getByTestId('print-output').selectOption('name-plates');
    await page.getByTestId('print-hall').selectOption(plenary);
    const delegations = new Set(Object.values(doc.assignments).filter((a) => a.hallId === plenary).map((a) => doc.people[a.personId]!.delegationId));
    await attributeOf(page.getByTestId('print-per-sheet'), 'data-count').toBe('1');
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe(String(delegations.size));
    const plates = await exportPdf(page, app, 'name-plates');
    const platesInfo = pdfInfo(plates);
    expect(platesInfo.pages).toBe(delegations.size);
    expect([mm(platesInfo.widthPt), mm(platesInfo.heightPt)]).toEqual([297, 210]);
    const platesText = pdfText(plates);
    for (const id of delegations) expect(platesText).toContain(doc.delegations[id]!.nameEn);
    expect(platesText).toContain('Việt Nam');
    rasterise(plates, 'name-plates');

    // 3. The chart of the plenary on A1 portrait: one page, seat labels and delegation codes legible.
    await page.getByTestId('print-output').selectOption('chart');
    await page.getByTestId('print-hall').selectOption(plenary);
    await page.getByTestId('print-paper').selectOption('A1');
    await page.getByTestId('print-landscape').uncheck(); // the plates turned the paper
    await attributeOf(page.getByTestId('print-root'), 'data-pages').toBe('1');
    const chart = await exportPdf(page, app, 'chart');
    const chartInfo = pdfInfo(chart);
    expect(chartInfo.pages).toBe(1);
    expect([mm(chartInfo.widthPt), mm(chartInfo.heightPt)]).toEqual([594, 841]);
    const chartText = pdfText(chart);
    expect(chartText).toContain('Seating chart · Plenary Hall');
    expect(chartText).toContain('Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng');
    expect(chartText).toContain('DRAFT');
    expect(chartText).toMatch(/Scale 1:\d/);
    const hostSeat = Object.values(doc.assignments).find((a) => a.hallId === plenary && doc.delegations[doc.people[a.personId]!.delegationId]!.iso3 === 'VNM')!;
    expect(chartText).toContain(doc.seats[hostSeat.seatId]!.label);
    expect(chartText).toContain('VNM');
    rasterise(chart, 'chart');

    // 4. The guest index on A4: everyone, by family name, with hall, table and seat.
    await page.getByTestId('print-output').selectOption('index');
    await page.getByTestId('print-paper').selectOption('A4');
    const index = await exportPdf(page, app, 'guest-index');
    const indexInfo = pdfInfo(index);
    expect(indexInfo.pages).toBe(Number(await page.getByTestId('print-root').getAttribute('data-pages')));
    const indexText = pdfText(index);
    const people = Object.values(doc.people);
    for (const p of people.slice(0, 20)) expect(indexText).toContain(p.name);
    expect(indexText).toContain('Alphabetical guest index');
    rasterise(index, 'guest-index');

    // 5. The signing order of the signing room: the host first.
    await page.getByTestId('print-output').selectOption('signing');
    const signing = await exportPdf(page, app, 'signing');
    const signingText = pdfText(signing);
    expect(signingText).toMatch(/Viet Nam Việt Nam/);
    rasterise(signing, 'signing');

    // Every export is in the event's print log, with what it printed.
    await saved(page);
    const log = Object.values(documentOnDisk(sampleFile(userDataDir)).settings).find((s) => s.key === 'print.log')!.value as { entries: { kind: string; items: unknown[] }[] };
    expect(log.entries.map((e) => e.kind)).toEqual(['place-card', 'name-plate', 'chart', 'guest-index', 'signing-list']);
    expect(log.entries[0]!.items).toHaveLength(guests.length);
    await textOf(page.getByTestId('print-last')).toContain('revision 1');
  });
});
