/**
 * The floor plan under a hall, as an officer uses it: a non-image refused in place, a PNG picked
 * and drawn, scaled by marking a known distance, dimmed, locked, undone and redone, found again
 * in the file; and the place of honour of a round table moved from the inspector.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LayoutElement } from '../../shared/model/entities';
import { placeSeat, seatSpecs } from '../../shared/layout/seats';
import { documentIn } from '../fixtures/event-file';
import { tempFolder } from './fixtures';
import { clickHall, dragHall, firstHallId, newEventWithHall, openHallEditor } from './hall-canvas';
import { detectRuntime } from './harness';
import { saved, shot } from './page';
import { attributeOf, countOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('hall-plan');

/** A real PNG, `width` × `height`, drawn by `colour(x, y)` → [r, g, b]. */
function png(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(colour(x, y), y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A 200 × 100 px "architect's plan": walls, a wall between two rooms, a door gap. */
const PLAN = png(200, 100, (x, y) => {
  const wall = x < 3 || x > 196 || y < 3 || y > 96 || (x > 118 && x < 122 && (y < 40 || y > 60));
  return wall ? [30, 41, 59] : (x + y) % 20 === 0 ? [203, 213, 225] : [255, 255, 255];
});

/** The canvas's data-background: x, y, scale, opacity (and "locked"). */
async function background(page: Page): Promise<{ x: number; y: number; scale: number; opacity: number; locked: boolean } | null> {
  const raw = await page.getByTestId('hall-canvas').getAttribute('data-background');
  if (!raw) return null;
  const [x, y, scale, opacity, locked] = raw.split(' ');
  return { x: Number(x), y: Number(y), scale: Number(scale), opacity: Number(opacity), locked: locked === 'locked' };
}

describe(`Hall editor: floor plan and place of honour (${runtime})`, () => {
  it('picks, scales, dims and locks a floor plan, undoes and redoes, and finds it in the file', async () => {
    const path = join(work, 'banquet.preseance');
    const image = join(work, 'plan.png');
    const fake = join(work, 'notes.png');
    writeFileSync(image, PLAN);
    writeFileSync(fake, 'Minutes of the reception subcommittee, not an image.\n');
    let app = await newEventWithHall(path);
    const page = app.page;
    const hallId = await firstHallId(page);
    await visible(page.getByTestId('hall-plan-none'));
    await saved(page);

    // A text file named .png: main refuses it, the refusal is shown in place, nothing changes.
    await app.nextDialogPath(fake);
    await page.getByTestId('hall-plan-pick').click();
    await textOf(page.getByTestId('hall-plan-error')).toContain('is not a PNG, JPEG or SVG image');
    await textOf(page.getByTestId('hall-plan-error')).toContain('notes.png');
    await visible(page.getByTestId('hall-plan-none'));
    expect(await background(page)).toBeNull();

    // A real PNG: fitted into the 40 × 30 m hall (200 px wide → 0.2 m per pixel), unlocked to place it.
    await app.nextDialogPath(image);
    await page.getByTestId('hall-plan-pick').click();
    await attributeOf(page.getByTestId('hall-canvas'), 'data-background').toBe('0 0 0.2 0.5');
    await countOf(page.getByTestId('hall-plan-error')).toBe(0);
    await textOf(page.getByTestId('hall-hint')).toContain('Floor plan unlocked');
    await saved(page);
    await shot(page, 'hall-plan-picked');

    // Drag it 2 m right and 1 m down: one command.
    await (await dragHall(page, { x: 30, y: 10 }, { x: 32, y: 11 }))();
    await expect.poll(async () => (await background(page))?.x).toBeCloseTo(2, 1);
    expect((await background(page))!.y).toBeCloseTo(1, 1);
    // Exact position in the inspector.
    await page.getByTestId('hall-plan-x').fill('0');
    await page.getByTestId('hall-plan-x').press('Enter');
    await page.getByTestId('hall-plan-y').fill('0');
    await page.getByTestId('hall-plan-y').press('Enter');
    await attributeOf(page.getByTestId('hall-canvas'), 'data-background').toBe('0 0 0.2 0.5');

    // Scale by a known distance: the outer walls (x = 0 and x = 40 m as drawn, 200 px) are 30 m apart.
    await page.getByTestId('hall-plan-calibrate').click();
    await attributeOf(page.getByTestId('hall-canvas'), 'data-tool').toBe('calibrate');
    await textOf(page.getByTestId('hall-hint')).toContain('click one end of a distance');
    await clickHall(page, 0, 10);
    await textOf(page.getByTestId('hall-hint')).toContain('other end');
    await clickHall(page, 40, 10);
    await visible(page.getByTestId('hall-plan-distance'));
    await shot(page, 'hall-plan-marked');
    // A distance that is not > 0 is refused in place; the plan is unchanged.
    await page.getByTestId('hall-plan-distance').fill('0');
    await page.getByTestId('hall-plan-distance').press('Enter');
    await textOf(page.getByTestId('hall-plan-distance-error')).toContain('Must be more than 0');
    expect((await background(page))!.scale).toBe(0.2);
    await page.getByTestId('hall-plan-distance').fill('30');
    await page.getByTestId('hall-plan-apply').click();
    await attributeOf(page.getByTestId('hall-canvas'), 'data-tool').toBe('select');
    // 200 px = 30 m → 0.15 m per pixel (within what one screen pixel of clicking allows).
    await expect.poll(async () => (await background(page))?.scale).toBeCloseTo(0.15, 3);
    const scaled = (await background(page))!;

    // Dim and lock.
    await page.getByTestId('hall-plan-opacity').fill('30');
    await expect.poll(async () => (await background(page))?.opacity).toBe(0.3);
    await page.getByTestId('hall-plan-locked').check();
    await expect.poll(async () => (await background(page))?.locked).toBe(true);
    await textOf(page.getByTestId('hall-hint')).not.toContain('Floor plan unlocked');
    await saved(page);
    await shot(page, 'hall-plan-scaled-dimmed-locked');

    // Undo: lock, then opacity, then the scale; redo all three.
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await background(page))?.locked).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await background(page))?.opacity).toBe(0.5);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await background(page))?.scale).toBe(0.2);
    for (let i = 0; i < 3; i++) await page.getByTestId('redo').click();
    await expect.poll(async () => await background(page)).toEqual({ ...scaled, opacity: 0.3, locked: true });

    // Remove, undo the removal.
    await page.getByTestId('hall-plan-remove').click();
    await visible(page.getByTestId('hall-plan-none'));
    expect(await background(page)).toBeNull();
    await page.getByTestId('undo').click();
    await expect.poll(async () => await background(page)).toEqual({ ...scaled, opacity: 0.3, locked: true });
    await saved(page);

    // A refused pick when a plan is there leaves it as it was.
    await app.nextDialogPath(fake);
    await page.getByTestId('hall-plan-pick').click();
    await visible(page.getByTestId('hall-plan-error'));
    expect(await background(page)).toEqual({ ...scaled, opacity: 0.3, locked: true });
    await app.close();

    const doc = documentIn(path);
    const hall = doc.halls[hallId]!;
    expect(hall.backgroundScale).toBeCloseTo(0.15, 3);
    expect(hall.backgroundScale).toBe(scaled.scale);
    expect({ x: hall.backgroundX, y: hall.backgroundY, opacity: hall.backgroundOpacity, locked: hall.backgroundLocked }).toEqual({ x: scaled.x, y: scaled.y, opacity: 0.3, locked: true });
    const assets = Object.values(doc.assets);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ id: hall.backgroundAssetId, mime: 'image/png', dataBase64: PLAN.toString('base64') });

    // Reopened: the same plan, at the same scale and opacity.
    app = await openHallEditor({ file: path, language: 'en' });
    await expect.poll(async () => await background(app.page)).toEqual({ ...scaled, opacity: 0.3, locked: true });
    await shot(app.page, 'hall-plan-reopened');
  });

  it('moves the place of honour of a round table from the inspector and saves it', async () => {
    const path = join(work, 'gala.preseance');
    const app = await newEventWithHall(path);
    const page = app.page;
    await page.getByTestId('palette-round-table').click();
    await clickHall(page, 10, 10);
    await valueOf(page.getByTestId('inspector-host')).toBe('1');
    await saved(page);
    await page.getByTestId('inspector-host').selectOption('4');
    await saved(page);
    await valueOf(page.getByTestId('inspector-host')).toBe('1');
    await page.getByTestId('hall-zoom-selection').click();
    await shot(page, 'hall-plan-host-moved');
    await app.close();
    const doc = documentIn(path);
    const table = Object.values(doc.elements).find((e) => e.kind === 'round-table')!;
    expect(table.props).toMatchObject({ hostSeat: 3 });
    const host = Object.values(doc.seats).find((s) => s.elementId === table.id && s.isTableHost)!;
    // The chair that was "4" (host at its default place) is now the place of honour, numbered 1.
    const { hostSeat: _moved, ...props } = table.props as Record<string, unknown>;
    const unmoved = { ...table, props } as LayoutElement;
    const was4 = placeSeat(unmoved, seatSpecs(unmoved).find((s) => s.label === '4')!, 0);
    expect(host.label).toBe('1');
    expect({ x: host.x, y: host.y }).toEqual({ x: was4.x, y: was4.y });
  });
});
