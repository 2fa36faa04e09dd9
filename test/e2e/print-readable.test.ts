/**
 * Issue 13, item 9, on paper through the Printing screen: the run-of-show wraps a long
 * delegation name at a readable size and names each head of delegation; the guest index of the
 * largest event (3,000 people) is read by letter — a heading at each letter, each letter on
 * its own pages, the letter at the page's foot. The PDFs' text is read with pdftotext (word
 * boxes: the size the name is set at) and pages rasterised to test-results/e2e/print-*.png.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { writeLargestEvent } from '../fixtures/largest';
import { tempFolder } from './fixtures';
import { detectRuntime } from './harness';
import { allPagesPrepared, exportPdf, launchOnPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';

const { runtime } = detectRuntime();
const work = tempFolder('print-readable');
const UK = 'United Kingdom of Great Britain and Northern Ireland';

/** The height (pt) of each word box pdftotext finds on a page, by word. */
function wordHeights(path: string, page: number): Map<string, number[]> {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
  const heights = new Map<string, number[]>();
  for (const m of xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    heights.set(m[5]!, [...(heights.get(m[5]!) ?? []), Number(m[4]) - Number(m[2])]);
  }
  return heights;
}

describe(`readable printed lists (${runtime})`, () => {
  it('the run-of-show wraps a long delegation name at a readable size and names the head of delegation', async () => {
    const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
    const sequence = Object.values(doc.sequences)[0]!;
    const slot = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id).sort((a, b) => a.order - b.order)[0]!;
    doc.delegations[slot.delegationId]!.nameEn = UK;
    const head = Object.values(doc.people).find((p) => p.delegationId === slot.delegationId && p.role === 'head')!;
    const file = join(work, 'welcome.preseance');
    EventFile.create(file, doc).close();
    const app = await launchOnPrinting({ file, language: 'en' });
    await app.page.getByTestId('print-output').selectOption('run-of-show');
    const pdf = await exportPdf(app.page, app, work, 'readable-run-of-show');
    const text = pdfText(pdf, 1);
    expect(text).toContain(UK);
    expect(text).toContain(head.name);
    expect(text).toContain('Head of delegation');
    // Set at least 7 pt high (the old page shrank the name to about 4 pt to keep it on one line).
    for (const word of ['Kingdom', 'Northern', 'Ireland']) expect(Math.min(...wordHeights(pdf, 1).get(word)!)).toBeGreaterThanOrEqual(7);
    rasterise(pdf, 'readable-run-of-show');
  });

  it('the guest index of 3,000 people: each letter on its own pages under its heading', async () => {
    const file = join(work, 'largest.preseance');
    const { document } = writeLargestEvent(file);
    const app = await launchOnPrinting({ file, language: 'en' });
    await app.page.getByTestId('print-output').selectOption('index');
    await allPagesPrepared(app.page);
    const pdf = await exportPdf(app.page, app, work, 'readable-index');
    const pages = pdfInfo(pdf).pages;
    const groups = await app.page.locator('[data-groups]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-groups')));
    expect(groups).toHaveLength(pages);
    expect(groups.every((g) => g !== null && !g.includes(' '))).toBe(true); // one letter a page
    const letters = [...new Set(groups)];
    expect(letters.length).toBeGreaterThan(15);
    // The first page of the second letter opens with its heading and only that letter's names.
    const second = groups.indexOf(letters[1]!) + 1;
    const text = pdfText(pdf, second);
    expect(text.trim().startsWith('Alphabetical guest index')).toBe(true);
    const familyNames = Object.values(document.people).map((p) => p.familyName.trim()).filter((n) => n !== '');
    expect(familyNames.some((n) => text.includes(n))).toBe(true);
    expect(pdfText(pdf)).toContain(`Page ${pages} / ${pages}`);
    rasterise(pdf, 'readable-index', 1);
    rasterise(pdf, 'readable-index-letter', 1, second);
  }, 240_000);
});
