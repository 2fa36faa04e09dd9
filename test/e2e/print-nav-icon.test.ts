/**
 * Issue 13, item 9: the Printing icon rendered as an empty box (the printer character ⎙ is in
 * no bundled font). Every icon of the navigation bar is now drawn, in the text colour, whatever
 * fonts the system has: each is an SVG with strokes that has a size on screen. The bar is
 * screenshotted to test-results/e2e/print-nav-bar.png to look at.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRuntime, launchApp } from './harness';
import { ready } from './page';

const { runtime } = detectRuntime();

describe(`the navigation bar's icons (${runtime})`, () => {
  it('draws every icon, Printing included, without depending on a font', async () => {
    const { page } = await launchApp({ sample: true, language: 'vi' });
    await ready(page);
    await page.getByTestId('nav-print').click();
    const icons = await page.locator('.nav__icon').evaluateAll((spans) =>
      spans.map((span) => {
        const svg = span.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        return { text: span.textContent?.trim() ?? '', svg: !!svg, shapes: svg ? svg.querySelectorAll('path, rect, circle').length : 0, width: box?.width ?? 0, height: box?.height ?? 0 };
      }),
    );
    expect(icons).toHaveLength(7);
    for (const icon of icons) {
      expect(icon).toMatchObject({ text: '', svg: true });
      expect(icon.shapes).toBeGreaterThan(0);
      expect(icon.width).toBeGreaterThan(10);
      expect(icon.height).toBeGreaterThan(10);
    }
    const dir = resolve(import.meta.dirname, '../../test-results/e2e');
    mkdirSync(dir, { recursive: true });
    await page.locator('nav.nav').screenshot({ path: resolve(dir, 'print-nav-bar.png') });
  });
});
