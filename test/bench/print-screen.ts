import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { expect } from 'vitest';
import type { AppHandle } from '../e2e/harness';
import { round } from './measure';

export type PrintFigures = { pages: number; previewMs: number; preparedMs: number; exportMs: number; chromiumPdfMs: number };
/** The same, with every export's time. */
export type PrintRuns = Omit<PrintFigures, 'exportMs'> & { exportMs: number[] };

/** One print job, exported once to `pdf` (see printRuns). */
export async function printThroughScreen(app: AppHandle, job: { output: string; hallId?: string; paper: string }, pdf: string): Promise<PrintFigures> {
  const runs = await printRuns(app, job, [pdf]);
  return { ...runs, exportMs: runs.exportMs[0]! };
}

/**
 * A print job through the Printing screen, as a user does it: choose the output (and hall) and
 * paper, wait for the preview (choice to pages drawn, fonts loaded) and for every page to be
 * prepared, then Export PDF… once to each of `pdfs` (click to file written, each export timed).
 * Then Chromium's printToPDF of the same view alone, no re-stamping:
 * what of the export is the app's (re-rendering the pages with the time printed) and what is
 * Chromium's. Checks that every PDF has the pages the preview showed.
 */
export async function printRuns(app: AppHandle, job: { output: string; hallId?: string; paper: string }, pdfs: readonly string[]): Promise<PrintRuns> {
  const { page } = app;
  await page.getByTestId('nav-print').click();
  const t0 = performance.now();
  await page.getByTestId('print-output').selectOption(job.output);
  if (job.hallId) await page.getByTestId('print-hall').selectOption(job.hallId);
  await page.getByTestId('print-paper').selectOption(job.paper);
  await page.getByTestId('print-root').waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  const previewMs = round(performance.now() - t0);
  const pages = Number(await page.getByTestId('print-root').getAttribute('data-pages'));
  // Long jobs are put into the page in batches after the first pages show: until every page is in.
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-testid="print-root"]');
    return root !== null && root.getAttribute('data-prepared') === root.getAttribute('data-pages');
  }, undefined, { timeout: 120_000, polling: 20 });
  const preparedMs = round(performance.now() - t0);

  const exportMs: number[] = [];
  for (const pdf of pdfs) {
    // Each export to a file of its own name: the result line then tells this export from the last.
    await app.nextDialogPath(pdf);
    const t1 = performance.now();
    await page.getByTestId('print-export').click();
    // Waited for as long as a loaded machine takes (the e2e polls give up after 15 s): a slow
    // export is a figure over its target in the table, not a timeout.
    await page.waitForFunction((name) => document.querySelector('[data-testid="print-result"]')?.textContent?.includes(name) ?? false, basename(pdf), { timeout: 120_000, polling: 20 });
    exportMs.push(round(performance.now() - t1));
  }
  const [w, h] = (await page.getByTestId('print-root').getAttribute('data-size'))!.split('x');
  const t2 = performance.now();
  await page.pdf({ width: `${w}mm`, height: `${h}mm`, printBackground: true, preferCSSPageSize: true });
  const chromiumPdfMs = round(performance.now() - t2);
  for (const pdf of pdfs) expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])).toBe(pages);
  return { pages, previewMs, preparedMs, exportMs, chromiumPdfMs };
}
