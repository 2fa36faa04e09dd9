/**
 * Issue 13, item 9: the plenary's chart on A4 printed no delegation at all (only a notice).
 * Now each delegation's seats carry its name, code or number, with the numbered key after the
 * chart; the stage's label is printed clear of the presiding table. Pages rasterised to
 * test-results/e2e/print-chart-a4-*.png to look at.
 */
import { describe, expect, it } from 'vitest';
import { tempFolder } from './fixtures';
import { detectRuntime, launchApp, sampleFile } from './harness';
import { exportPdf, openPrinting, pdfInfo, pdfText, rasterise } from './print-pdf';
import { documentOnDisk } from './files';
import { ready } from './page';
import { attributeOf } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('print-chart-a4');

describe(`a chart on A4 (${runtime})`, () => {
  it('marks every delegation of the plenary and keys them, with the stage label visible', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    await ready(app.page);
    const doc = documentOnDisk(sampleFile(app));
    const plenary = Object.values(doc.halls).find((h) => h.kind === 'plenary')!;
    const seated = new Set(Object.values(doc.assignments).filter((a) => a.hallId === plenary.id).map((a) => doc.people[a.personId]!.delegationId));
    await openPrinting(app.page);
    await app.page.getByTestId('print-output').selectOption('chart');
    await app.page.getByTestId('print-hall').selectOption(plenary.id);
    await app.page.getByTestId('print-paper').selectOption('A4');
    // One mark per delegation's block, each one of the hall's delegations.
    const marked = await app.page.locator('[data-mark]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-delegation')));
    expect(new Set(marked)).toEqual(seated);
    await attributeOf(app.page.locator('[data-element-label="stage"]'), 'data-element-label').toBe('stage');
    const pdf = await exportPdf(app.page, app, work, 'chart-a4');
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBeGreaterThan(1);
    const chart = pdfText(pdf, 1);
    expect(chart).toContain('Stage');
    expect(chart).toContain('the key follows on the next page');
    const key = pdfText(pdf, 2);
    expect(key).toContain('Key to the seating chart');
    expect(pdfText(pdf)).toMatch(/\d+ VNM Viet Nam/); // the key runs over the pages after the chart
    rasterise(pdf, 'chart-a4', Math.min(2, pages));
  });
});
