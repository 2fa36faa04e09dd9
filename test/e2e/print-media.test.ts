/**
 * What the printer gets, at whatever zoom the preview is: under print media the pages alone, each
 * at the paper's size, nothing of the screen around them — and back on screen, the preview as it
 * was, at its zoom, with its one page shown. The preview is scaled with a transform (not CSS
 * zoom, which made Chromium lay out every text of the pages again at each print): this test
 * fails if the scale reached the paper or the screen's layout reached the pages.
 */
import { describe, expect, it } from 'vitest';
import { detectRuntime } from './harness';
import { launchOnPrinting } from './print-pdf';
import { attributeOf } from './poll';

const { runtime } = detectRuntime();
const MM = 96 / 25.4;

describe(`the print media (${runtime})`, () => {
  it('prints the pages alone at paper size at any preview zoom, and gives the preview back as it was', async () => {
    const { page } = await launchOnPrinting({ sample: true, language: 'en' });
    await page.getByTestId('print-output').selectOption('index');
    await page.getByTestId('print-paper').selectOption('A4');
    const root = page.getByTestId('print-root');
    await root.waitFor();
    const pages = Number(await root.getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(1);
    await page.getByTestId('print-zoom-in').click();
    await page.getByTestId('print-zoom-in').click();
    await attributeOf(page.getByTestId('print-zoom'), 'data-zoom').toBe('1');
    await page.getByTestId('print-zoom-in').click();
    await attributeOf(page.getByTestId('print-zoom'), 'data-zoom').toBe('1.5');
    const onScreen = async () => page.locator('.print-page').evaluateAll((nodes) => nodes.map((n) => {
      const box = n.getBoundingClientRect();
      return { shown: getComputedStyle(n).display !== 'none', width: Math.round(box.width), height: Math.round(box.height) };
    }));
    const before = await onScreen();
    // On screen, one page, scaled to 150 %.
    expect(before.filter((p) => p.shown)).toEqual([{ shown: true, width: Math.round(210 * MM * 1.5), height: Math.round(297 * MM * 1.5) }]);

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0;
      };
      const pages = [...document.querySelectorAll('.print-page')].map((n) => {
        const box = n.getBoundingClientRect();
        return { width: Math.round(box.width), height: Math.round(box.height), left: Math.round(box.left) };
      });
      // Everything shown that is not a page or inside one: nothing of the app's screen.
      const others = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('.print-page') && !el.querySelector('.print-page') && visible(el));
      return { pages, others: others.map((el) => `${el.tagName.toLowerCase()}.${el.className}`) };
    });
    expect(printed.pages).toHaveLength(pages);
    for (const p of printed.pages) expect(p).toEqual({ width: Math.round(210 * MM), height: Math.round(297 * MM), left: 0 });
    expect(printed.others).toEqual([]);

    await page.emulateMedia({ media: 'screen' });
    expect(await onScreen()).toEqual(before);
    await attributeOf(page.getByTestId('print-zoom'), 'data-zoom').toBe('1.5');
  });
});
