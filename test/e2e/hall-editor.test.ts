/**
 * The hall layout editor as an officer uses it: a new event, a new hall drawn from scratch
 * (round tables, a theatre block, a stage), moved, rotated, undone, redone, renumbered; the
 * file read back from disk and the app reopened on it with everything where it was.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutElement } from '../../shared/model/entities';
import { documentIn } from '../fixtures/event-file';
import { tempFolder } from './fixtures';
import { clickHall, createHall, dragHall, firstHallId, openHallEditor, screenOf } from './hall-canvas';
import { detectRuntime, launchApp } from './harness';
import { ready, saved, shot } from './page';
import { attributeOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('hall-editor');

function hallElements(path: string, hallId: string): LayoutElement[] {
  return Object.values(documentIn(path).elements)
    .filter((e) => e.hallId === hallId)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.y - b.y);
}

const pick = (e: LayoutElement) => ({ kind: e.kind, x: e.x, y: e.y, rotation: e.rotation, width: e.width, depth: e.depth, number: e.number });

describe(`Hall layout editor (${runtime})`, () => {
  it('draws a hall from scratch, edits it with undo and redo, and finds it all again after reopening', async () => {
    const path = join(work, 'signing.preseance');
    let app = await launchApp({ sample: false, language: 'en' });
    let page = app.page;
    const userDataDir = app.userDataDir;
    await ready(page);
    await app.nextDialogPath(path);
    await page.getByTestId('welcome-new').click();
    await textOf(page.getByTestId('file-name')).toContain('signing.preseance');

    await page.getByTestId('nav-halls').click();
    await visible(page.getByTestId('halls-empty'));
    await createHall(page);
    await visible(page.getByTestId('hall-canvas'));
    const hallId = await firstHallId(page);
    expect(hallId).toMatch(/^[0-9a-f-]{36}$/);
    await textOf(page.getByTestId('hall-hint')).toContain('Click to select');

    // Palette: click an item, then click on the hall (positions snap to the 0.5 m grid).
    await page.getByTestId('palette-round-table').click();
    await textOf(page.getByTestId('hall-hint')).toContain('Click on the hall to place: Round table');
    await clickHall(page, 10.1, 12.2);
    await valueOf(page.getByTestId('inspector-x')).toBe('10');
    await valueOf(page.getByTestId('inspector-y')).toBe('12');
    await textOf(page.getByTestId('inspector-seats')).toContain('10 seats');

    await page.getByTestId('palette-round-table').click();
    await clickHall(page, 10, 6);
    await page.getByTestId('palette-row-block').click();
    await clickHall(page, 26, 18);
    await valueOf(page.getByTestId('inspector-x')).toBe('26');
    await page.getByTestId('palette-stage').click();
    await clickHall(page, 20, 4);
    await valueOf(page.getByTestId('inspector-width')).toBe('8');
    await saved(page);
    await shot(page, 'hall-editor-drawn');

    // Move the first round table by dragging it: one command when the drag ends.
    await (await dragHall(page, { x: 10, y: 12 }, { x: 14, y: 14 }, 8))();
    await valueOf(page.getByTestId('inspector-x')).toBe('14');
    await valueOf(page.getByTestId('inspector-y')).toBe('14');

    // Arrow keys nudge (0.1 m; Shift 1 m).
    await page.getByTestId('hall-canvas').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('ArrowDown');
    await valueOf(page.getByTestId('inspector-x')).toBe('15');
    await valueOf(page.getByTestId('inspector-y')).toBe('14.1');
    // Both nudges are one undo step.
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('inspector-x')).toBe('14');
    await valueOf(page.getByTestId('inspector-y')).toBe('14');

    // Rotate the stage with the keyboard (R = 15° clockwise), then to 180° in the inspector.
    await clickHall(page, 20, 4);
    await valueOf(page.getByTestId('inspector-width')).toBe('8');
    await page.keyboard.press('r');
    await valueOf(page.getByTestId('inspector-rotation')).toBe('15');
    await page.getByTestId('inspector-rotation').fill('180');
    await page.getByTestId('inspector-rotation').press('Enter');
    await valueOf(page.getByTestId('inspector-rotation')).toBe('180');

    // An impossible value is refused in place; the document is unchanged.
    await page.getByTestId('inspector-width').fill('-2');
    await page.getByTestId('inspector-width').press('Enter');
    await visible(page.getByTestId('inspector-width-error'));
    await shot(page, 'hall-editor-refused');
    await page.getByTestId('inspector-width').press('Escape');
    await valueOf(page.getByTestId('inspector-width')).toBe('8');

    // Undo and redo.
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('inspector-rotation')).toBe('15');
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('inspector-rotation')).toBe('0');
    await page.getByTestId('redo').click();
    await valueOf(page.getByTestId('inspector-rotation')).toBe('15');
    await page.getByTestId('redo').click();
    await valueOf(page.getByTestId('inspector-rotation')).toBe('180');

    // Right-click menu, then renumber the tables.
    await clickHall(page, 10, 6);
    const p = await screenOf(page, 10, 6);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await visible(page.getByTestId('hall-context-menu'));
    await shot(page, 'hall-editor-context-menu');
    await page.getByTestId('menu-renumber').click();
    await saved(page);
    await shot(page, 'hall-editor-renumbered');
    await app.close(); // the file is locked while the event is open

    const before = hallElements(path, hallId).map(pick);
    expect(before.map((e) => e.kind)).toEqual(['round-table', 'round-table', 'row-block', 'stage']);
    expect(before.find((e) => e.kind === 'stage')).toMatchObject({ x: 20, y: 4, rotation: 180, width: 8 });
    expect(before.filter((e) => e.kind === 'round-table').map((e) => ({ x: e.x, y: e.y }))).toEqual([
      { x: 10, y: 6 },
      { x: 14, y: 14 },
    ]);
    expect(before.filter((e) => e.kind === 'round-table').map((e) => e.number).sort()).toEqual([1, 2]);
    expect(before.find((e) => e.kind === 'row-block')).toMatchObject({ x: 26, y: 18, rotation: 0 });

    // Reopen the same file: everything where it was.
    app = await openHallEditor({ file: path, userDataDir, language: 'en' });
    page = app.page;
    await clickHall(page, 20, 4);
    await valueOf(page.getByTestId('inspector-rotation')).toBe('180');
    await valueOf(page.getByTestId('inspector-x')).toBe('20');
    await clickHall(page, 14, 14);
    await valueOf(page.getByTestId('inspector-x')).toBe('14');
    await valueOf(page.getByTestId('inspector-y')).toBe('14');
    await shot(page, 'hall-editor-reopened');
    // Zoom to the selected table: seat labels appear when they can be read.
    await page.getByTestId('hall-zoom-selection').click();
    await attributeOf(page.getByTestId('hall-canvas'), 'data-camera').toMatch(/^(1\d\d|200)(\.\d+)? /);
    await shot(page, 'hall-editor-zoomed');
    await app.close();
    expect(hallElements(path, hallId).map(pick)).toEqual(before);
  });
});
