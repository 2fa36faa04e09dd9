/**
 * What the printing e2e tests (print*.test.ts) share: Export PDF… through the Printing screen as
 * the user does it, and the PDF read as a user would check it with poppler: page count and paper
 * size (pdfinfo), text (pdftotext), pages rasterised (pdftoppm, 50 dpi) to test-results/e2e/print-*.png to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchApp, type AppHandle, type LaunchOptions } from './harness';
import { ready } from './page';
import { attributeOf, visible } from './poll';

const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

/** Opens the Printing screen. */
export async function openPrinting(page: Page): Promise<void> {
  await page.getByTestId('nav-print').click();
  await visible(page.getByTestId('screen-print'));
}

/** The app started (on `options.file`, say) and on the Printing screen. */
export async function launchOnPrinting(options: LaunchOptions): Promise<AppHandle> {
  const app = await launchApp(options);
  await ready(app.page);
  await openPrinting(app.page);
  return app;
}

/** Waits until every page of the preview is in the page (long jobs are prepared in batches after the first pages show). */
export async function allPagesPrepared(page: Page): Promise<void> {
  const root = page.getByTestId('print-root');
  await attributeOf(root, 'data-pages').not.toBe(null);
  await expect.poll(async () => (await root.getAttribute('data-prepared')) === (await root.getAttribute('data-pages')), { timeout: 60_000 }).toBe(true);
}

/** Exports the preview as `dir/name.pdf` through the screen's button, as the user does; returns its path. */
export async function exportPdf(page: Page, app: AppHandle, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  await attributeOf(page.getByTestId('print-root'), 'data-pages').not.toBe(null);
  await app.nextDialogPath(path);
  await page.getByTestId('print-export').click();
  // A long document (the 3,000-guest index) takes a while to write on a busy machine; its speed is
  // the bench's business, so wait as long as the preview is allowed to take.
  await expect.poll(() => page.getByTestId('print-result').textContent().catch(() => null), { timeout: 60_000 }).toContain(`${name}.pdf`);
  expect(existsSync(path)).toBe(true);
  return path;
}

export function pdfInfo(path: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** The PDF's text (one page, or all), whitespace runs as one space: a name set on two lines reads as one. */
export const pdfText = (path: string, onPage?: number) =>
  execFileSync('pdftotext', [...(onPage ? ['-f', String(onPage), '-l', String(onPage)] : []), path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');

/** Points to whole millimetres. */
export const mm = (pt: number) => Math.round((pt / 72) * 25.4);

/** `pages` pages from page `from` as test-results/e2e/print-<name>-<n>.png at 50 dpi. */
export function rasterise(path: string, name: string, pages = 1, from = 1): void {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', String(from), '-l', String(from + pages - 1), path, join(SHOTS, `print-${name}`)]);
}
