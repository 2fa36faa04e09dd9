/**
 * Issue 13, items 7 and 9 as an officer meets them: a new hall named in both languages and typed
 * up front (a blank name refused in the UI language), its type choosing how it is seated and the
 * strategy following a change of type; who is seated chosen on the Seating screen with the count
 * of people against seats, a banquet of 11 tables and 17 delegations of 6 filled in order; the
 * chart titled with the hall's name; seat labels on the plan once zoomed in, and the zoom
 * buttons zooming about the view's centre (seating plan and hall editor).
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { EventBuilder } from '../unit/seating-fixtures';
import { tempFolder } from './fixtures';
import { documentOnDisk as loadDocument } from './files';
import { fillNewHall, placeElement } from './hall-canvas';
import { detectRuntime, launchApp } from './harness';
import { ready, saved, shot } from './page';
import { openPrinting } from './print-pdf';
import { attributeOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('hall-naming');

const GUESTS = ['FRA', 'DEU', 'JPN', 'BRA', 'ARG', 'CAN', 'GHA', 'LAO', 'THA', 'IND', 'AUS', 'CHL', 'EGY', 'FIN', 'KEN', 'MEX'] as const;

/** An event of 17 delegations of 6 (Viet Nam hosting) and no hall yet, written to a real file. */
function eventFile(path: string) {
  const b = new EventBuilder();
  b.delegation({ iso3: 'VNM', pinned: 'host', members: 5 });
  GUESTS.forEach((iso3, i) => b.delegation({ iso3, rank: i < 6 ? 'head-of-state' : 'minister', members: 5 }));
  EventFile.create(path, b.doc).close();
}

/** The hall point at the centre of a canvas, from its published camera ("scale x y"). */
async function centreOf(canvas: Locator): Promise<{ x: number; y: number; scale: number }> {
  const [scale, x, y] = ((await canvas.getAttribute('data-camera')) ?? '').split(' ').map(Number) as [number, number, number];
  const box = (await canvas.boundingBox())!;
  return { x: (box.width / 2 - x) / scale, y: (box.height / 2 - y) / scale, scale };
}

async function expectZoomAboutCentre(page: Page, canvas: Locator, zoomIn: Locator) {
  const before = await centreOf(canvas);
  await zoomIn.click();
  await attributeOf(canvas, 'data-camera').not.toMatch(new RegExp(`^${before.scale} `));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  const after = await centreOf(canvas);
  expect(after.scale / before.scale).toBeCloseTo(1.25, 3);
  expect(Math.abs(after.x - before.x)).toBeLessThan(0.05);
  expect(Math.abs(after.y - before.y)).toBeLessThan(0.05);
}

describe(`halls an officer can name (${runtime})`, () => {
  it('creates, names and types a banquet hall, seats whole delegations into its 11 tables, prints its name; labels and zoom on the plan', async () => {
    const path = join(work, 'banquet.preseance');
    eventFile(path);
    const app = await launchApp({ file: path, language: 'en' });
    const page = app.page;
    await ready(page);

    // A new hall: both names asked for up front, a blank one refused in the UI language.
    await page.getByTestId('nav-halls').click();
    await page.getByTestId('hall-new').click();
    await visible(page.getByTestId('new-hall-dialog'));
    await page.getByTestId('new-hall-create').click();
    await textOf(page.getByTestId('new-hall-nameVi-error')).toBe('Enter the hall’s name in Vietnamese.');
    await textOf(page.getByTestId('new-hall-nameEn-error')).toBe('Enter the hall’s name in English.');
    expect(Object.keys(loadDocument(path).halls)).toHaveLength(0);
    await fillNewHall(page, { nameVi: 'Phòng tiệc Quốc yến', nameEn: 'State Banquet Hall', kind: 'banquet' });
    await shot(page, 'hall-naming-new');
    await page.getByTestId('new-hall-create').click();
    await visible(page.getByTestId('hall-canvas'));
    await textOf(page.getByTestId('hall-preview-name')).toBe('State Banquet Hall');
    await saved(page);
    const hall = Object.values(loadDocument(path).halls)[0]!;
    expect(hall).toMatchObject({ nameEn: 'State Banquet Hall', nameVi: 'Phòng tiệc Quốc yến', kind: 'banquet' });
    await textOf(page.getByTestId(`hall-kind-${hall.id}`)).toBe('Banquet hall');

    // Renamed in the inspector: a blank name is refused in place, a new one is one undoable edit.
    await page.getByTestId('hall-nameEn').fill('  ');
    await page.getByTestId('hall-nameEn').press('Enter');
    await textOf(page.getByTestId('hall-nameEn-error')).toBe('Enter the hall’s name in English.');
    await page.getByTestId('hall-nameEn').fill('Gala Dinner Hall');
    await page.getByTestId('hall-nameEn').press('Enter');
    await textOf(page.getByTestId('hall-preview-name')).toBe('Gala Dinner Hall');
    await page.getByTestId('undo').click();
    await textOf(page.getByTestId('hall-preview-name')).toBe('State Banquet Hall');
    await page.getByTestId('redo').click();
    await textOf(page.getByTestId('hall-preview-name')).toBe('Gala Dinner Hall');

    // 11 round tables of 10, numbered 1 to 11 as placed.
    for (let n = 0; n < 11; n++) await placeElement(page, 'round-table', 5 + (n % 4) * 9, 5 + Math.floor(n / 4) * 9);
    await saved(page);
    await page.keyboard.press('Escape');

    // Hall editor: "+" zooms about the view's centre.
    await page.getByTestId('hall-canvas').click({ position: { x: 5, y: 5 } });
    await expectZoomAboutCentre(page, page.getByTestId('hall-canvas'), page.getByTestId('hall-zoom-in'));

    // Seating: the strategy by the hall's type; who is seated with the count before seating.
    await page.getByTestId('nav-seating').click();
    await visible(page.getByTestId('seating-canvas'));
    await valueOf(page.getByTestId('seating-strategy')).toBe('');
    await textOf(page.getByTestId('seating-strategy').locator('option').first()).toBe('By the hall’s type: Tables by rank (banquet)');
    await page.getByTestId('seating-options').locator('summary').click();
    await textOf(page.getByTestId('seating-who').locator('option:checked')).toBe('Default: whole delegations, by rank');
    await textOf(page.getByTestId('seating-who-count')).toBe('102 people to seat, 110 seats in the hall');
    await page.getByTestId('seating-who').selectOption('heads-plus');
    await page.getByTestId('seating-membersPerDelegation').fill('2');
    await textOf(page.getByTestId('seating-who-count')).toBe('51 people to seat, 110 seats in the hall');
    await page.getByTestId('seating-who').selectOption('heads');
    await textOf(page.getByTestId('seating-who-count')).toBe('17 people to seat, 110 seats in the hall');
    await page.getByTestId('seating-who').selectOption('');
    await textOf(page.getByTestId('seating-who-count')).toBe('102 people to seat, 110 seats in the hall');
    await saved(page);
    await shot(page, 'hall-naming-who');

    await page.getByTestId('seating-propose').click();
    await visible(page.getByTestId('seating-diff'));
    await page.getByTestId('seating-diff-apply').click();
    await attributeOf(page.getByTestId('seating-status'), 'data-pending').toBe('0');
    await saved(page);
    const doc = loadDocument(path);
    const seated = Object.values(doc.assignments).filter((a) => a.hallId === hall.id);
    expect(seated).toHaveLength(102);
    const perTable = new Map<number, number>();
    for (const a of seated) {
      const n = doc.elements[doc.seats[a.seatId]!.elementId]!.number!;
      perTable.set(n, (perTable.get(n) ?? 0) + 1);
    }
    expect([...perTable.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 2]);
    // Saved settings (who) do not pin the strategy: a change of type still changes it.
    expect(Object.values(doc.settings).find((s) => s.key === `seating.${hall.id}`)?.value).toMatchObject({ strategyFromKind: true, who: null });

    // The plan: no labels at the fitted scale (seats too small), labels once zoomed in; "+"
    // about the view's centre.
    const canvas = page.getByTestId('seating-canvas');
    await attributeOf(canvas, 'data-seat-labels').toBe('0');
    await shot(page, 'hall-naming-plan-fit');
    await expectZoomAboutCentre(page, canvas, page.getByTestId('seating-zoom-in'));
    // Also after the plan was dragged aside.
    const box = (await canvas.boundingBox())!;
    const panned = await canvas.getAttribute('data-camera');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + box.width / 2 + i * 15, box.y + box.height / 2 + i * 10);
    await page.mouse.up();
    await attributeOf(canvas, 'data-camera').not.toBe(panned);
    for (let i = 0; i < 2; i++) await expectZoomAboutCentre(page, canvas, page.getByTestId('seating-zoom-in'));
    await attributeOf(canvas, 'data-seat-labels').toMatch(/^[1-9]\d*$/);
    // First the delegations' codes, then (closer) each guest's name beside the code.
    await attributeOf(canvas, 'data-seat-label-list').toMatch(/^(VNM|FRA|DEU|JPN|BRA|ARG|CAN|GHA|LAO|THA|IND|AUS|CHL|EGY|FIN|KEN|MEX)(\||$)/);
    await shot(page, 'hall-naming-plan-codes');
    for (let i = 0; i < 4; i++) await expectZoomAboutCentre(page, canvas, page.getByTestId('seating-zoom-in'));
    await attributeOf(canvas, 'data-seat-label-list').toMatch(/(^|\|)(VNM|FRA|DEU|JPN|BRA|ARG|CAN|GHA|LAO|THA|IND|AUS|CHL|EGY|FIN|KEN|MEX) · [A-Z]/);
    await shot(page, 'hall-naming-plan-names');

    // The chart prints the hall's name, not "Hall 1".
    await openPrinting(page);
    await page.getByTestId('print-output').selectOption('chart');
    await page.getByTestId('print-hall').selectOption(hall.id);
    await textOf(page.locator('.print-page').first()).toContain('Seating chart · Gala Dinner Hall');
    await shot(page, 'hall-naming-chart');

    // The type changed on the Halls screen: the strategy follows (no strategy was chosen).
    await page.getByTestId('nav-halls').click();
    await page.getByTestId('hall-kind').selectOption('plenary');
    await saved(page);
    await page.getByTestId('nav-seating').click();
    await textOf(page.getByTestId('seating-strategy').locator('option').first()).toBe('By the hall’s type: Blocks per delegation (plenary)');
  }, 240_000);
});
