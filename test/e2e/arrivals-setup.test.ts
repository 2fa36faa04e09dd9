/**
 * Setting up an arrival sequence, as a protocol officer does before planning it, on the sample's
 * official welcome: a negative interval is refused in place; a gate is placed by clicking the
 * venue map and dragged elsewhere (one undo step); a greeter is added; a step's duration is
 * refused when negative, then changed without moving any planned time, and undone; a new
 * sequence is created and opens in set-up. Checked on screen and in the file.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { detectRuntime, launchSample } from './harness';
import { documentOnDisk } from './files';
import { saved, shot } from './page';
import { attributeOf, textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();


/** The page position of a point of the hall (metres), from the map's camera. */
async function onMap(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const map = page.getByTestId('setup-map');
  const box = (await map.boundingBox())!;
  const [scale, cx, cy] = (await map.getAttribute('data-camera'))!.split(' ').map(Number) as [number, number, number];
  return { x: box.x + cx + x * scale, y: box.y + cy + y * scale };
}

const welcome = (doc: EventDocument) => Object.values(doc.sequences).find((s) => s.nameEn.startsWith('Official welcome of'))!;
const pointsOf = (doc: EventDocument, sequenceId: string) => Object.values(doc.venuePoints).filter((p) => p.sequenceId === sequenceId);
const stepsOf = (doc: EventDocument, sequenceId: string) => Object.values(doc.steps).filter((s) => s.sequenceId === sequenceId).sort((a, b) => a.order - b.order);
/** Every planned time of the sequence, by slot time id. */
const plannedTimes = (doc: EventDocument) => new Map(Object.values(doc.slotTimes).map((t) => [t.id, t.plannedAt]));

async function commit(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(testId).press('Enter');
}

describe(`setting up an arrival sequence (${runtime})`, () => {
  it('refuses a negative interval, places and drags a venue point, adds a greeter, changes a step’s duration, undoes, creates a sequence', async () => {
    const { page, file } = await launchSample('en');
    await page.getByTestId('nav-arrivals').click();
    await page.getByTestId('arrivals-mode-setup').click();
    await visible(page.getByTestId('setup-map'));
    await attributeOf(page.getByTestId('screen-arrivals'), 'data-mode').toBe('setup');
    await attributeOf(page.getByTestId('setup-points'), 'data-count').toBe('5');
    await textOf(page.getByTestId('setup-note')).toContain('generate the sequence again');
    const start = documentOnDisk(file);
    const sequence = welcome(start);
    const hall = start.halls[sequence.hallId!]!;

    // 1. The interval: a negative number is refused in place and nothing is written; 1,5 is 1.5 minutes.
    await valueOf(page.getByTestId('setup-intervalMin')).toBe('1.25');
    await commit(page, 'setup-intervalMin', '-2');
    await textOf(page.getByTestId('setup-intervalMin-error')).toContain('from 0 to 240');
    await shot(page, 'arrivals-setup-refused-en');
    await saved(page);
    expect(welcome(documentOnDisk(file)).intervalMin).toBe(1.25);
    await commit(page, 'setup-intervalMin', '1,5');
    await saved(page);
    expect(welcome(documentOnDisk(file)).intervalMin).toBe(1.5);
    await valueOf(page.getByTestId('setup-intervalMin')).toBe('1.5');

    // 2. A gate placed by clicking the map where it is: it is listed sixth, named after its kind.
    await page.getByTestId('setup-point-kind').selectOption('gate');
    await page.getByTestId('setup-point-place').click();
    await attributeOf(page.getByTestId('setup-point-place'), 'aria-pressed').toBe('true');
    const at = { x: Math.round(hall.widthM * 0.2), y: Math.round(hall.depthM * 0.7) };
    const click = await onMap(page, at.x, at.y);
    await page.mouse.click(click.x, click.y);
    await attributeOf(page.getByTestId('setup-points'), 'data-count').toBe('6');
    await attributeOf(page.getByTestId('setup-point-place'), 'aria-pressed').toBe('false');
    await valueOf(page.getByTestId('setup-point-6-nameEn')).toBe('Gate');
    await saved(page);
    const gate = pointsOf(documentOnDisk(file), sequence.id).find((p) => p.kind === 'gate')!;
    expect(gate.x).toBeCloseTo(at.x, 1);
    expect(gate.y).toBeCloseTo(at.y, 1);
    expect(gate.hallId).toBe(hall.id);
    expect(gate.order).toBe(5);

    // ... then dragged 8 m to the right and 4 m up: written once, on release.
    const to = { x: at.x + 8, y: at.y - 4 };
    const from = await onMap(page, gate.x, gate.y);
    const dest = await onMap(page, to.x, to.y);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + dest.x) / 2, (from.y + dest.y) / 2, { steps: 5 });
    await page.mouse.move(dest.x, dest.y, { steps: 5 });
    await page.mouse.up();
    await saved(page);
    const dragged = documentOnDisk(file).venuePoints[gate.id]!;
    expect(dragged.x).toBeCloseTo(to.x, 1);
    expect(dragged.y).toBeCloseTo(to.y, 1);
    await shot(page, 'arrivals-setup-en');
    // One undo takes the whole drag back to where the gate was placed.
    await page.getByTestId('undo').click();
    await saved(page);
    expect(documentOnDisk(file).venuePoints[gate.id]).toEqual(gate);

    // 3. A greeter: a blank name is refused; a named one greets at the greeting point.
    await page.getByTestId('setup-greeter-add').click();
    await visible(page.getByTestId('setup-greeter-add-error'));
    await page.getByTestId('setup-greeter-add-name').fill('Vice President of Viet Nam');
    await page.getByTestId('setup-greeter-add').click();
    await attributeOf(page.getByTestId('setup-greeters'), 'data-count').toBe('2');
    await saved(page);
    const greeting = pointsOf(start, sequence.id).find((p) => p.kind === 'greeting')!;
    const greeter = Object.values(documentOnDisk(file).greeters).find((g) => g.name === 'Vice President of Viet Nam');
    expect(greeter).toMatchObject({ sequenceId: sequence.id, venuePointId: greeting.id });

    // 4. The walk's duration: negative and over 24 h are refused; 1:15 is 75 s, and no planned time moves.
    const times = plannedTimes(documentOnDisk(file));
    await valueOf(page.getByTestId('setup-step-2-duration')).toBe('0:45');
    await commit(page, 'setup-step-2-duration', '-0:10');
    await textOf(page.getByTestId('setup-step-2-duration-error')).toContain('from 0 to 24 hours');
    await shot(page, 'arrivals-setup-steps-refused-en');
    await commit(page, 'setup-step-2-duration', '25:00:00');
    await textOf(page.getByTestId('setup-step-2-duration-error')).toContain('from 0 to 24 hours');
    await commit(page, 'setup-step-2-duration', '1:15');
    await valueOf(page.getByTestId('setup-step-2-duration')).toBe('1:15');
    await saved(page);
    let doc = documentOnDisk(file);
    expect(stepsOf(doc, sequence.id).map((s) => [s.kind, s.durationS])).toEqual([['drive-in', 60], ['walk', 75], ['greeting', 30], ['photo', 20], ['escort', 90]]);
    expect(plannedTimes(doc)).toEqual(times);
    await page.getByTestId('undo').click();
    await valueOf(page.getByTestId('setup-step-2-duration')).toBe('0:45');
    await saved(page);
    expect(stepsOf(documentOnDisk(file), sequence.id)[1]!.durationS).toBe(45);

    // 5. A new sequence: chosen, opened in set-up, with the usual five steps and no venue points yet.
    await page.getByTestId('arrivals-new-sequence').click();
    await valueOf(page.getByTestId('setup-nameEn')).toBe('Official welcome');
    await attributeOf(page.getByTestId('setup-points'), 'data-count').toBe('0');
    await attributeOf(page.getByTestId('setup-steps'), 'data-count').toBe('5');
    await saved(page);
    doc = documentOnDisk(file);
    expect(Object.keys(doc.sequences)).toHaveLength(2);
    const created = Object.values(doc.sequences).find((s) => s.id !== sequence.id)!;
    expect(await page.getByTestId('arrivals-sequence').inputValue()).toBe(created.id);
    expect(stepsOf(doc, created.id).map((s) => s.kind)).toEqual(['drive-in', 'walk', 'greeting', 'photo', 'escort']);
    expect(created.sortKey > sequence.sortKey).toBe(true);
    await shot(page, 'arrivals-setup-new-en');

    // The same screens in Vietnamese.
    await page.getByTestId('language-vi').click();
    await textOf(page.getByTestId('arrivals-mode-setup')).toBe('Thiết lập');
    await shot(page, 'arrivals-setup-new-vi');
    await page.getByTestId('arrivals-sequence').selectOption(sequence.id);
    await valueOf(page.getByTestId('setup-nameVi')).toBe(sequence.nameVi);
    await textOf(page.getByTestId('setup-point-6')).toContain('Cổng');
    await shot(page, 'arrivals-setup-vi');
  });
});
