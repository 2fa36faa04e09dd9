/**
 * Issue 5 as the protocol team lives it, on the sample event's official welcome: generate the
 * sequence back from the 09:00 opening and see it on the timeline, delay one motorcade by 7
 * minutes with ripple (the diff first, then one undoable step), move an arrival by dragging it and
 * refuse a bad time typed in the inspector; rehearse it on the venue map at 30x and watch the
 * markers move; follow it live, log an arrival with one key and accept the re-plan. Checked on
 * screen and in the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayClock } from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { tempFolder } from './fixtures';
import { detectRuntime, launchApp, launchSample, sampleFile } from './harness';
import { documentOnDisk } from './files';
import { ready, saved, shot } from './page';
import { attributeOf, countOf, textOf, visible } from './poll';

const { runtime } = detectRuntime();
const work = tempFolder('arrivals');

const clock = dayClock('2025-10-25', 'Asia/Ho_Chi_Minh');
const hhmmss = (iso: string) => {
  const s = clock.toSeconds(iso);
  return `${clock.label(s)}:${String(s % 60).padStart(2, '0')}`;
};

/** Each delegation's arrival (the first step's planned time) in the official welcome, by ISO3. */
function arrivals(doc: EventDocument): Map<string, string> {
  const sequence = Object.values(doc.sequences)[0]!;
  const first = Object.values(doc.steps).filter((s) => s.sequenceId === sequence.id).sort((a, b) => a.order - b.order)[0]!;
  const map = new Map<string, string>();
  for (const slot of Object.values(doc.slots)) {
    if (slot.sequenceId !== sequence.id) continue;
    const time = Object.values(doc.slotTimes).find((t) => t.slotId === slot.id && t.stepId === first.id)!;
    map.set(doc.delegations[slot.delegationId]!.iso3 ?? slot.delegationId, hhmmss(time.plannedAt));
  }
  return map;
}

/** The delegations in arrival order, as the screen lists them. */
async function listed(page: Page): Promise<{ code: string; start: string }[]> {
  return page.getByTestId('arrivals-list').locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ code: (r.getAttribute('data-testid') ?? '').replace('arrivals-row-', ''), start: r.getAttribute('data-start') ?? '' })),
  );
}

/** Markers on the rehearsal map: code -> [x, y] in hall metres. */
async function markers(page: Page): Promise<Map<string, [number, number]>> {
  const text = (await page.getByTestId('rehearsal-map').getAttribute('data-markers')) ?? '';
  return new Map(
    text
      .split(' ')
      .filter(Boolean)
      .map((part) => {
        const [code, xy] = part.split(':') as [string, string];
        return [code, xy.split(',').map(Number) as [number, number]];
      }),
  );
}

describe(`arrival and welcome sequences (${runtime})`, () => {
  it('generates the official welcome back from 09:00, delays a motorcade 7 minutes with ripple, undoes it; drags and edits an arrival', async () => {
    const { app, page, file } = await launchSample('en');
    await page.getByTestId('nav-arrivals').click();
    await visible(page.getByTestId('arrivals-timeline'));

    // The sample's sequence on the timeline: 19 heads of state and government, one bar per step.
    await countOf(page.locator('[data-testid^="timeline-bar-"][data-step="drive-in"]')).toBe(19);
    await textOf(page.getByTestId('arrivals-summary')).toContain('08:30');
    await attributeOf(page.getByTestId('arrivals-conflicts'), 'data-errors').toBe('0');
    await shot(page, 'arrivals-plan-en');
    // Zoom in and back: the bars widen, the whole sequence fits again.
    const firstBar = page.locator('[data-testid^="timeline-bar-"][data-step="drive-in"]').first();
    const fitWidth = (await firstBar.boundingBox())!.width;
    await page.getByTestId('timeline-zoom-in').click();
    expect((await firstBar.boundingBox())!.width).toBeGreaterThan(fitWidth * 1.4);
    await page.getByTestId('timeline-fit').click();
    expect((await firstBar.boundingBox())!.width).toBeCloseTo(fitWidth, 0);

    // 1. Generate back from the 09:00 opening: the preview says what moves before anything does.
    await saved(page);
    const before = arrivals(documentOnDisk(file));
    await page.getByTestId('arrivals-generate').click();
    await visible(page.getByTestId('generate-dialog'));
    await page.getByTestId('generate-anchor-end').check();
    await page.getByTestId('generate-deadline').fill('09:00');
    await attributeOf(page.getByTestId('generate-diff-count'), 'data-count').toBe('19');
    await textOf(page.getByTestId('generate-diff-explanation')).toContain('Planned back from 09:00');
    // A bad value is refused in place and Apply waits for a good one.
    await page.getByTestId('generate-intervalMin').fill('1,2,5');
    await visible(page.getByTestId('generate-intervalMin-error'));
    expect(await page.getByTestId('generate-apply').isDisabled()).toBe(true);
    await page.getByTestId('generate-intervalMin').fill('1.25');
    await shot(page, 'arrivals-generate-en');
    await page.getByTestId('generate-apply').click();
    await saved(page);
    const generated = arrivals(documentOnDisk(file));
    const order = await listed(page);
    expect(order).toHaveLength(19);
    // The last guest reaches the holding room at 09:00: 18 intervals of 75 s and 245 s of steps.
    expect(order.at(-1)!.start).toBe('08:55:55');
    expect(order[0]!.start).toBe('08:33:25');
    expect(generated.get(order[0]!.code)).toBe('08:33:25');
    expect(generated).not.toEqual(before);
    await attributeOf(page.getByTestId('arrivals-conflicts'), 'data-errors').toBe('0');

    // 2. The fifth motorcade will be 7 minutes late: ripple. The diff first, nothing written yet.
    const late = order[4]!;
    await page.getByTestId(`arrivals-row-${late.code}`).click();
    await page.getByTestId('arrivals-delay').click();
    await visible(page.getByTestId('delay-dialog'));
    expect(await page.getByTestId('delay-delegation').inputValue()).toBeTruthy();
    await page.getByTestId('delay-minutes').fill('7');
    await page.getByTestId('delay-mode-ripple').check();
    // It and the 14 after it arrive 7 minutes later; the four before it keep their times.
    await attributeOf(page.getByTestId('delay-diff-count'), 'data-count').toBe('15');
    const shifts = await page.getByTestId('delay-diff-moves').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-shift')));
    expect(new Set(shifts)).toEqual(new Set(['420']));
    await textOf(page.getByTestId('delay-diff-moves')).toContain('+7 min');
    await shot(page, 'arrivals-delay-en');
    await saved(page);
    expect(arrivals(documentOnDisk(file))).toEqual(generated);
    await page.getByTestId('delay-apply').click();
    await saved(page);
    const delayed = arrivals(documentOnDisk(file));
    const plus7 = (hms: string) => hhmmss(clock.toIso(clock.toSeconds(`2025-10-25T${hms}+07:00`) + 420));
    expect(delayed.get(late.code)).toBe(plus7(late.start));
    expect(delayed.get(order[18]!.code)).toBe(plus7(order[18]!.start));
    expect(delayed.get(order[3]!.code)).toBe(order[3]!.start);
    // Now the sequence ends after its deadline: shown live.
    await textOf(page.getByTestId('arrivals-conflicts')).toContain('after its deadline');

    // 3. Undo takes the whole delay back in one step.
    await page.getByTestId('undo').click();
    await saved(page);
    expect(arrivals(documentOnDisk(file))).toEqual(generated);
    await attributeOf(page.getByTestId('arrivals-conflicts'), 'data-errors').toBe('0');

    // 4. Drag the first arrival's bar 2 minutes later: it lands on a whole minute.
    const first = order[0]!;
    const bar = page.locator(`[data-testid="timeline-bar-${first.code}"][data-step="drive-in"]`);
    const box = (await bar.boundingBox())!;
    const minute = await pxPerMinute(page, order);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + minute, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2 + 2 * minute, box.y + box.height / 2, { steps: 4 });
    await textOf(page.getByTestId('timeline-drag-time')).toBe('08:35:00');
    await page.mouse.up();
    await saved(page);
    expect(arrivals(documentOnDisk(file)).get(first.code)).toBe('08:35:00');

    // 5. The inspector: a time that is not one is refused in place, the file unchanged; a good one moves the arrival.
    await page.getByTestId(`arrivals-row-${first.code}`).click();
    await attributeOf(page.getByTestId('slot-inspector'), 'data-delegation').toBe(first.code);
    const moved = arrivals(documentOnDisk(file));
    await page.getByTestId('slot-time-drive-in').fill('8h70');
    await page.getByTestId('slot-time-drive-in').press('Enter');
    await textOf(page.getByTestId('slot-time-drive-in-error')).toContain('24-hour');
    await saved(page);
    expect(arrivals(documentOnDisk(file))).toEqual(moved);
    await page.getByTestId('slot-time-drive-in').fill('08:31:30');
    await page.getByTestId('slot-time-drive-in').press('Enter');
    await saved(page);
    expect(arrivals(documentOnDisk(file)).get(first.code)).toBe('08:31:30');
    await page.getByTestId('slot-carNumber').fill('VIP-99');
    await page.getByTestId('slot-carNumber').press('Enter');
    await page.getByTestId('slot-liaisonOfficer').fill('Trần Thu Hà');
    await page.getByTestId('slot-liaisonOfficer').press('Enter');
    await saved(page);
    const slot = Object.values(documentOnDisk(file).slots).find((s) => s.carNumber === 'VIP-99');
    expect(slot?.liaisonOfficer).toBe('Trần Thu Hà');
    await shot(page, 'arrivals-inspector-en');

    // 6. The run-of-show as a CSV file, from the screen: every arrival, the edits included.
    const csv = join(work, 'run-of-show.csv');
    await app.nextDialogPath(csv);
    await page.getByTestId('arrivals-export-csv').click();
    await textOf(page.getByTestId('arrivals-file-status')).toContain('run-of-show.csv');
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain('VIP-99');
    expect(text).toContain('Trần Thu Hà');
    expect(text.trim().split(/\r?\n/).length).toBeGreaterThanOrEqual(20);
  });

  it('rehearses the official welcome on the venue map at 30x: the clock runs, markers move, cues follow (vi)', async () => {
    const app = await launchApp({ sample: true, language: 'vi' });
    const { page } = app;
    await ready(page);
    await page.getByTestId('nav-arrivals').click();
    await shot(page, 'arrivals-plan-vi');
    // The dialogs in Vietnamese, looked at and closed: nothing changes.
    await page.getByTestId('arrivals-generate').click();
    await page.getByTestId('generate-anchor-end').check();
    await visible(page.getByTestId('generate-diff-moves'));
    await shot(page, 'arrivals-generate-vi');
    await page.getByTestId('generate-cancel').click();
    await page.getByTestId('arrivals-delay').click();
    await page.getByTestId('delay-minutes').fill('7');
    await visible(page.getByTestId('delay-diff-moves'));
    await shot(page, 'arrivals-delay-vi');
    await page.getByTestId('delay-cancel').click();
    await attributeOf(page.getByTestId('undo'), 'disabled').toBe('');
    await page.getByTestId('arrivals-mode-rehearsal').click();
    await visible(page.getByTestId('rehearsal-map'));
    await textOf(page.getByTestId('rehearsal-clock')).toBe('08:30:00');
    await textOf(page.getByTestId('rehearsal-current')).toContain('08:30');

    // Jump to 08:40, where several delegations are on their way.
    await page.getByTestId('rehearsal-jump').fill('08:40');
    await page.getByTestId('rehearsal-jump').press('Enter');
    await textOf(page.getByTestId('rehearsal-clock')).toBe('08:40:00');
    const at840 = await markers(page);
    expect(at840.size).toBeGreaterThan(3);
    await shot(page, 'arrivals-rehearsal-vi');

    // Play at 30x for a moment: the clock runs 30 seconds a second, the markers move.
    await page.getByTestId('rehearsal-speed').selectOption('30');
    await page.getByTestId('rehearsal-play').click();
    await attributeOf(page.getByTestId('rehearsal-map'), 'data-playing').toBe('true');
    // Until the rehearsal clock has run at least 30 s past 08:40 (one second at 30x), not a fixed wait.
    const map = page.getByTestId('rehearsal-map');
    await expect.poll(async () => Number(await map.getAttribute('data-time')) - clock.fromClock('08:40'), { timeout: 15_000, interval: 50 }).toBeGreaterThanOrEqual(30);
    await page.getByTestId('rehearsal-play').click();
    await attributeOf(page.getByTestId('rehearsal-map'), 'data-playing').toBe('false');
    const elapsed = Number(await page.getByTestId('rehearsal-map').getAttribute('data-time')) - clock.fromClock('08:40');
    expect(elapsed).toBeGreaterThanOrEqual(30);
    expect(elapsed).toBeLessThan(150);
    const later = await markers(page);
    const movedCodes = [...later].filter(([code, [x, y]]) => {
      const was = at840.get(code);
      return !was || Math.hypot(was[0] - x, was[1] - y) > 0.5;
    });
    expect(movedCodes.length).toBeGreaterThan(0);

    // Step to the next cue: the clock lands on it and the cue under way is that one.
    const paused = await page.getByTestId('rehearsal-clock').textContent();
    await page.getByTestId('rehearsal-next-cue').click();
    await textOf(page.getByTestId('rehearsal-clock')).not.toBe(paused);
    const cueClock = (await page.getByTestId('rehearsal-clock').textContent())!;
    await textOf(page.getByTestId('rehearsal-current')).toMatch(new RegExp(`^${cueClock.slice(0, 5)}`));
    await shot(page, 'arrivals-rehearsal-playing-vi');

    // The same in English.
    await page.getByTestId('language-en').click();
    await textOf(page.getByTestId('rehearsal-current')).toMatch(/^\d\d:\d\d — /);
    await shot(page, 'arrivals-rehearsal-en');
  });

  it('live: follows the clock, logs an arrival with one key and re-plans the rest with a diff', async () => {
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    const file = sampleFile(app);
    // The morning of the ceremony: the first motorcade (planned 08:30:00) reaches the drop-off at 08:30:40.
    await page.clock.setFixedTime(new Date('2025-10-25T08:30:40+07:00'));
    await ready(page);
    await page.getByTestId('nav-arrivals').click();
    await page.getByTestId('arrivals-mode-live').click();
    await textOf(page.getByTestId('live-clock')).toBe('08:30:40');
    const first = (await listed(page))[0]!;
    await attributeOf(page.getByTestId('live-next'), 'data-delegation').toBe(first.code);
    await textOf(page.getByTestId('live-countdown')).toBe('expected 40 s ago');
    await shot(page, 'arrivals-live-en');

    await page.keyboard.press('a');
    await visible(page.getByTestId('live-dialog'));
    await attributeOf(page.getByTestId('live-delay'), 'data-shift').toBe('40');
    // Ripple: every delegation still to come moves 40 s later, itself included.
    await attributeOf(page.getByTestId('live-diff-count'), 'data-count').toBe('19');
    await shot(page, 'arrivals-live-diff-en');
    await page.getByTestId('live-apply').click();
    await saved(page);
    const doc = documentOnDisk(file);
    const slot = Object.values(doc.slots).find((s) => doc.delegations[s.delegationId]!.iso3 === first.code)!;
    const logged = Object.values(doc.slotTimes).filter((t) => t.slotId === slot.id && t.actualAt !== null);
    expect(logged.map((t) => hhmmss(t.actualAt!))).toEqual(['08:30:40']);
    const second = (await listed(page))[1]!;
    await attributeOf(page.getByTestId('live-next'), 'data-delegation').toBe(second.code);
    await textOf(page.getByTestId(`arrivals-row-${first.code}`)).toContain('08:30:40');
    await page.getByTestId('language-vi').click();
    await textOf(page.getByTestId('live-log')).toContain('Đã đến');
    await shot(page, 'arrivals-live-vi');
    await page.getByTestId('undo').click();
    await saved(page);
    expect(Object.values(documentOnDisk(file).slotTimes).every((t) => t.actualAt === null)).toBe(true);
  });
});

/** Pixels per minute on the timeline, from two bars' positions and their times. */
async function pxPerMinute(page: Page, order: { code: string; start: string }[]): Promise<number> {
  const a = (await page.locator(`[data-testid="timeline-bar-${order[0]!.code}"][data-step="drive-in"]`).boundingBox())!;
  const b = (await page.locator(`[data-testid="timeline-bar-${order[8]!.code}"][data-step="drive-in"]`).boundingBox())!;
  const seconds = (s: string) => s.split(':').reduce((n, p) => n * 60 + Number(p), 0);
  return ((b.x - a.x) / (seconds(order[8]!.start) - seconds(order[0]!.start))) * 60;
}
