/**
 * Resize handles and the minimap of the hall editor: a rectangular table widened by its east
 * handle (one command, read back from the file), a size too small for its seats refused with the
 * document unchanged, and the minimap moving the view once the hall no longer fits; a theatre
 * block's handles changing its seats per row and its rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIn } from '../fixtures/event-file';
import { tempFolder } from './fixtures';
import { camera, dragHall, newEventWithHall, placeElement, screenOf } from './hall-canvas';
import { detectRuntime } from './harness';
import { saved, shot } from './page';
import { attributeOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('hall-resize');

describe(`Hall editor resize handles and minimap (${runtime})`, () => {
  it('resizes a table by its handle, refuses a size too small, and moves the view from the minimap', async () => {
    const path = join(work, 'resize.preseance');
    const app = await newEventWithHall(path);
    const page = app.page;

    // A 4.2 × 0.9 m rectangular table at (10, 10); the hall snaps to 0.5 m.
    const id = await placeElement(page, 'rect-table', 10, 10);
    await valueOf(page.getByTestId('inspector-width')).toBe('4.2');
    const canvas = page.getByTestId('hall-canvas');
    await attributeOf(canvas, 'data-handles').toBe(id);
    // The minimap is hidden while the whole hall is in view.
    expect(await page.getByTestId('hall-minimap').isHidden()).toBe(true);

    // Hovering the east handle shows a resize cursor.
    const east = await screenOf(page, 12.1, 10);
    await page.mouse.move(east.x, east.y);
    await expect.poll(() => canvas.evaluate((el) => (el as HTMLElement).style.cursor)).toBe('ew-resize');

    // Drag the east handle 1 m east: 5 m wide (snapped), the west end stays at x = 7.9.
    let release = await dragHall(page, { x: 12.1, y: 10 }, { x: 13.1, y: 10 });
    await shot(page, 'hall-editor-resize-live');
    await valueOf(page.getByTestId('inspector-width')).toBe('4.2'); // a live preview only
    await release();
    await valueOf(page.getByTestId('inspector-width')).toBe('5');
    await valueOf(page.getByTestId('inspector-x')).toBe('10.4');
    await valueOf(page.getByTestId('inspector-depth')).toBe('0.9');
    await saved(page);
    await shot(page, 'hall-editor-resized');

    // Narrower than its seats need: refused in the hint bar, nothing changes.
    release = await dragHall(page, { x: 12.9, y: 10 }, { x: 9, y: 10 });
    await release();
    await visible(page.getByTestId('hall-resize-refused'));
    await textOf(page.getByTestId('hall-resize-refused')).toContain('Size refused');
    await shot(page, 'hall-editor-resize-refused');
    await valueOf(page.getByTestId('inspector-width')).toBe('5');
    await valueOf(page.getByTestId('inspector-x')).toBe('10.4');
    // One undo step for the resize: undo puts the table back as placed, redo resizes it again.
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('inspector-width')).toBe('4.2');
    expect(await page.getByTestId('hall-resize-refused').count()).toBe(0); // the refusal went with the change
    await page.getByTestId('redo').click();
    await valueOf(page.getByTestId('inspector-width')).toBe('5');
    await saved(page);

    // Zoom in until the hall no longer fits: the minimap appears; a click in it moves the view.
    const [fitted] = await camera(page);
    for (let i = 0; i < 3; i++) await page.getByTestId('hall-zoom-in').click();
    await expect.poll(async () => (await camera(page))[0]).toBeCloseTo(fitted * 1.25 ** 3, 6);
    await visible(page.getByTestId('hall-minimap'));
    const [scale, x0, y0] = await camera(page);
    const mini = (await page.getByTestId('hall-minimap').boundingBox())!;
    await shot(page, 'hall-editor-minimap');
    await page.mouse.click(mini.x + 15, mini.y + 12);
    await attributeOf(canvas, 'data-camera').not.toBe(`${scale} ${x0} ${y0}`);
    const [scale2, x1, y1] = await camera(page);
    expect(scale2).toBe(scale);
    // The top-left of the hall is now near the middle of the view: the camera moved right and down.
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
    await shot(page, 'hall-editor-minimap-moved');
    // Fit again: the minimap goes away.
    await page.getByTestId('hall-fit').click();
    await attributeOf(page.getByTestId('hall-minimap'), 'hidden').toBe('');

    await app.close();
    expect(documentIn(path).elements[id]).toMatchObject({ kind: 'rect-table', x: 10.4, y: 10, width: 5, depth: 0.9, rotation: 0 });
  });

  it('gives a theatre block more seats per row and more rows by its handles, one undo step each', async () => {
    const path = join(work, 'block.preseance');
    const app = await newEventWithHall(path);
    const page = app.page;
    // 5 rows of 10 seats, 0.55 m apart, rows 0.95 m apart: 5.5 × 4.75 m, centred at (15, 15).
    const id = await placeElement(page, 'row-block', 15, 15);
    await valueOf(page.getByTestId('inspector-seatsPerRow')).toBe('10');
    await attributeOf(page.getByTestId('hall-canvas'), 'data-handles').toBe(id);

    // The east side dragged two seats further: 12 seats per row, the west side where it was.
    let release = await dragHall(page, { x: 17.75, y: 15 }, { x: 17.75 + 1.1, y: 15 });
    await shot(page, 'hall-editor-block-resize-live');
    await valueOf(page.getByTestId('inspector-seatsPerRow')).toBe('10'); // a live preview only
    await release();
    await valueOf(page.getByTestId('inspector-seatsPerRow')).toBe('12');
    await valueOf(page.getByTestId('inspector-width')).toBe('6.6');
    await valueOf(page.getByTestId('inspector-x')).toBe('15.55');
    await textOf(page.getByTestId('inspector-seats')).toContain('60');
    // The back dragged two rows further: 7 rows.
    release = await dragHall(page, { x: 15.55, y: 17.375 }, { x: 15.55, y: 17.375 + 1.9 });
    await release();
    await valueOf(page.getByTestId('inspector-rows')).toBe('7');
    await textOf(page.getByTestId('inspector-seats')).toContain('84');
    await saved(page);
    await shot(page, 'hall-editor-block-resized');
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('inspector-rows')).toBe('5');
    await valueOf(page.getByTestId('inspector-seatsPerRow')).toBe('12');
    await page.getByTestId('redo').click();
    await valueOf(page.getByTestId('inspector-rows')).toBe('7');
    await saved(page);
    await app.close();
    const doc = documentIn(path);
    expect(doc.elements[id]).toMatchObject({ kind: 'row-block', x: 15.55, width: 6.6, props: { rows: 7, seatsPerRow: 12 } });
    expect(Object.values(doc.seats).filter((s) => s.elementId === id)).toHaveLength(84);
  });
});
