/**
 * Issue 13, item 9, on the bundled sample's seated banquet hall as an officer meets it: "+" on
 * the seating plan zooms about the centre of what is visible of the plan (not its corner), and
 * the seats' labels appear once the seats are large enough (the delegation's code, then the
 * guest's name beside it); the hall editor's "+" likewise. The plan's published camera
 * ("scale x y", hall metres to canvas pixels) and label list are what it draws.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Camera } from '../../shared/camera';
import { detectRuntime, launchApp } from './harness';
import { ready } from './page';
import { attributeOf, visible } from './poll';
import { hallOfKind, sampleDocument } from './fixtures';

const { runtime } = detectRuntime();

const sample = sampleDocument();
const banquet = hallOfKind(sample, 'banquet');
const SHOTS = '/tmp/shots-seatui';
/** The middle seat (by position) of the guests the sample seats at the banquet. */
const seatedMiddle = (() => {
  const seats = Object.values(sample.assignments)
    .filter((a) => a.hallId === banquet.id)
    .map((a) => sample.seats[a.seatId]!)
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return seats[Math.floor(seats.length / 2)]!;
})();

/** Two animation frames: the scene publishes its camera in a frame after each change. */
const frames = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

async function cameraOf(canvas: Locator): Promise<Camera> {
  const [scale, x, y] = ((await canvas.getAttribute('data-camera')) ?? '').split(' ').map(Number) as [number, number, number];
  return { scale, x, y };
}

/**
 * The centre of the part of the canvas the officer can see, in canvas pixels: its box cut by
 * the window and by every ancestor that clips (a plan taller than its screen is partly hidden,
 * and "the centre" is the centre of what shows).
 */
async function visibleCentre(canvas: Locator): Promise<{ x: number; y: number }> {
  return canvas.evaluate((el) => {
    const own = el.getBoundingClientRect();
    let left = Math.max(own.left, 0), top = Math.max(own.top, 0);
    let right = Math.min(own.right, window.innerWidth), bottom = Math.min(own.bottom, window.innerHeight);
    for (let p = el.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = p.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    return { x: (left + right) / 2 - own.left, y: (top + bottom) / 2 - own.top };
  });
}

/**
 * Clicks "+" `times` times; after each click the hall point that was at the visible centre
 * before the first click is still there, within 1.5 px, and the scale grew by the step.
 */
async function zoomInAboutCentre(page: Page, canvas: Locator, plus: Locator, times: number): Promise<void> {
  await frames(page);
  const centre = await visibleCentre(canvas);
  const start = await cameraOf(canvas);
  const hallPoint = { x: (centre.x - start.x) / start.scale, y: (centre.y - start.y) / start.scale };
  let scale = start.scale;
  for (let i = 0; i < times; i++) {
    await plus.click();
    await attributeOf(canvas, 'data-camera').not.toMatch(new RegExp(`^${scale} `));
    await frames(page);
    const cam = await cameraOf(canvas);
    expect(cam.scale / scale).toBeCloseTo(1.25, 3);
    scale = cam.scale;
    const now = await visibleCentre(canvas);
    expect(Math.abs(hallPoint.x * cam.scale + cam.x - now.x)).toBeLessThan(1.5);
    expect(Math.abs(hallPoint.y * cam.scale + cam.y - now.y)).toBeLessThan(1.5);
  }
}

/**
 * Zooms in about the centre, one "+" at a time, until the published seat labels pass `shown`;
 * returns how many clicks it took (fails after 12: labels that never come).
 */
async function zoomUntil(page: Page, canvas: Locator, plus: Locator, shown: (list: string) => boolean): Promise<number> {
  for (let clicks = 0; clicks <= 12; clicks++) {
    await frames(page);
    if (shown((await canvas.getAttribute('data-seat-label-list')) ?? '')) return clicks;
    await zoomInAboutCentre(page, canvas, plus, 1);
  }
  throw new Error(`no such labels after 12 zooms: "${await canvas.getAttribute('data-seat-label-list')}"`);
}

/** Drags the plan so that a hall point comes to the visible centre. */
async function dragToCentre(page: Page, canvas: Locator, hallPoint: { x: number; y: number }): Promise<void> {
  await frames(page);
  const before = await canvas.getAttribute('data-camera');
  const cam = await cameraOf(canvas);
  const box = (await canvas.boundingBox())!;
  const centre = await visibleCentre(canvas);
  const from = { x: box.x + hallPoint.x * cam.scale + cam.x, y: box.y + hallPoint.y * cam.scale + cam.y };
  const to = { x: box.x + centre.x, y: box.y + centre.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
  await attributeOf(canvas, 'data-camera').not.toBe(before);
}

describe(`zooming the seating plan and the hall editor (${runtime})`, () => {
  it('"+" keeps the centre of the seated banquet hall in place, and seat labels appear: codes, then names', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    await ready(page);
    await page.getByTestId('nav-seating').click();
    await page.getByTestId('seating-hall').selectOption({ label: banquet.nameEn });
    const canvas = page.getByTestId('seating-canvas');
    await visible(canvas);
    await attributeOf(canvas, 'data-camera').toMatch(/\d/);
    await frames(page);
    await page.screenshot({ path: `${SHOTS}/seating-zoom-0-fit.png` });

    // At the fitted scale the seats are too small to label. "+" about the centre (empty tables).
    await attributeOf(canvas, 'data-seat-labels').toBe('0');
    await zoomInAboutCentre(page, canvas, page.getByTestId('seating-zoom-in'), 2);
    // The seated tables dragged to the middle, then closer: the codes, then the guests' names.
    await dragToCentre(page, canvas, seatedMiddle);
    const plus = page.getByTestId('seating-zoom-in');
    const codesAt = await zoomUntil(page, canvas, plus, (list) => /^[A-Z]{3}(\||$)/.test(list));
    await page.screenshot({ path: `${SHOTS}/seating-zoom-codes.png` });
    const namesAt = await zoomUntil(page, canvas, plus, (list) => /(^|\|)[A-Z]{3} · \S/.test(list));
    expect(namesAt).toBeGreaterThan(0); // names come nearer than codes
    await page.screenshot({ path: `${SHOTS}/seating-zoom-names.png` });
    // Seats 0.5 m wide: codes by 12 px (24 px per metre), names by 28 px (a few more steps).
    expect(codesAt + namesAt).toBeLessThanOrEqual(10);

    // The hall editor's "+", on the same hall.
    await page.getByTestId('nav-halls').click();
    await page.locator('[data-testid^="hall-row-"]', { hasText: banquet.nameEn }).click();
    const editor = page.getByTestId('hall-canvas');
    await visible(editor);
    await attributeOf(editor, 'data-camera').toMatch(/\d/);
    await page.screenshot({ path: `${SHOTS}/hall-editor-zoom-0.png` });
    await zoomInAboutCentre(page, editor, page.getByTestId('hall-zoom-in'), 4);
    await page.screenshot({ path: `${SHOTS}/hall-editor-zoom-4.png` });
  });
});
