import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { attributeOf } from './poll';

// What every e2e test waits for or keeps: the app started, every edit written, a screenshot.
const SHOTS = resolve(import.meta.dirname, '../../test-results/e2e');

export const ready = (page: Page) => attributeOf(page.getByTestId('app'), 'data-status').toBe('ready');
export const saved = (page: Page) => attributeOf(page.getByTestId('save-status'), 'data-state').toBe('saved');

/** Writes test-results/e2e/<name>.png, to look at after the run. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
