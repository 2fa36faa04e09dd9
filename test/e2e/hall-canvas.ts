import type { Page } from 'playwright-core';
import type { Point } from '../../shared/rect';
import { launchApp, type AppHandle, type LaunchOptions } from './harness';
import { ready } from './page';
import { attributeOf, textOf, visible } from './poll';

// The hall editor's canvas for e2e tests: where a hall point is on the page (from the canvas's
// data-camera), clicks and drags in hall metres, and the event file read back.

export type { Point };

/** The canvas camera: pixels per metre, then the offset of the hall's corner in the canvas. */
export async function camera(page: Page): Promise<[number, number, number]> {
  const canvas = page.getByTestId('hall-canvas');
  // The scene publishes its camera in an animation frame after each change: let two frames pass
  // so that a zoom just clicked is the one read (under load a stale camera aimed drags wrongly).
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await attributeOf(canvas, 'data-camera').toMatch(/\d/);
  return ((await canvas.getAttribute('data-camera')) ?? '').split(' ').map(Number) as [number, number, number];
}

/** The page point of a hall point in metres. */
export async function screenOf(page: Page, x: number, y: number): Promise<Point> {
  const [scale, cx, cy] = await camera(page);
  const box = (await page.getByTestId('hall-canvas').boundingBox())!;
  return { x: box.x + cx + x * scale, y: box.y + cy + y * scale };
}

export async function clickHall(page: Page, x: number, y: number): Promise<void> {
  const p = await screenOf(page, x, y);
  await page.mouse.click(p.x, p.y);
}

/** Presses at `from` and moves to `to` (page pixels) in a few steps; returns the release. */
export async function dragPage(page: Page, from: Point, to: Point, steps = 6): Promise<() => Promise<void>> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  return () => page.mouse.up();
}

/** The same, between two hall points in metres. */
export async function dragHall(page: Page, from: Point, to: Point, steps?: number): Promise<() => Promise<void>> {
  return dragPage(page, await screenOf(page, from.x, from.y), await screenOf(page, to.x, to.y), steps);
}

/** The app started in English on its welcome screen, a new event saved at `path`, one new hall open in the editor. */
export async function newEventWithHall(path: string): Promise<AppHandle> {
  const app = await launchApp({ sample: false, language: 'en' });
  const page = app.page;
  await ready(page);
  await app.nextDialogPath(path);
  await page.getByTestId('welcome-new').click();
  await textOf(page.getByTestId('file-name')).toContain(path.split('/').pop()!);
  await page.getByTestId('nav-halls').click();
  await createHall(page);
  await visible(page.getByTestId('hall-canvas'));
  return app;
}

/** The app started on an event file (`options.file`), on the Halls screen with its first hall in the editor. */
export async function openHallEditor(options: LaunchOptions): Promise<AppHandle> {
  const app = await launchApp(options);
  await ready(app.page);
  await app.page.getByTestId('nav-halls').click();
  await visible(app.page.getByTestId('hall-canvas'));
  return app;
}

/** The id of the first hall in the Halls list. */
export async function firstHallId(page: Page): Promise<string> {
  return ((await page.locator('[data-testid^="hall-row-"]').first().getAttribute('data-testid')) ?? '').replace('hall-row-', '');
}

type NewHall = { nameVi: string; nameEn: string; kind?: string };

/** In the open New hall dialog: the hall's name in both languages and, if given, its type. */
export async function fillNewHall(page: Page, hall: NewHall): Promise<void> {
  await page.getByTestId('new-hall-nameVi').fill(hall.nameVi);
  await page.getByTestId('new-hall-nameEn').fill(hall.nameEn);
  if (hall.kind) await page.getByTestId('new-hall-kind').selectOption(hall.kind);
}

/** New hall…: names it in both languages and gives its type in the dialog, then creates it. */
export async function createHall(page: Page, hall: NewHall = { nameVi: 'Hội trường thử', nameEn: 'Test Hall' }): Promise<void> {
  await page.getByTestId('hall-new').click();
  await visible(page.getByTestId('new-hall-dialog'));
  await fillNewHall(page, hall);
  await page.getByTestId('new-hall-create').click();
}

/** Places an element from the palette at a hall point; returns its id (the new selection). */
export async function placeElement(page: Page, kind: string, x: number, y: number): Promise<string> {
  const canvas = page.getByTestId('hall-canvas');
  const before = await canvas.getAttribute('data-selection');
  await page.getByTestId(`palette-${kind}`).click();
  await clickHall(page, x, y);
  await attributeOf(canvas, 'data-selection').toMatch(/^[0-9a-f-]{36}$/);
  await attributeOf(canvas, 'data-selection').not.toBe(before ?? '');
  return (await canvas.getAttribute('data-selection')) ?? '';
}
