/**
 * Issue 14 §4 (one clock), in the real UI on the sample's file: the event moved to Europe/Paris
 * and its welcome to 30 March 2025, the day the clocks go forward from 02:00 to 03:00. A first
 * arrival typed at 02:30 is refused with the reason (nothing written), in English and in
 * Vietnamese; once the officer chooses "move forward by the gap" in the set-up (one setting,
 * through the document store), 02:30 is taken and the generated plan starts at 03:30 (+02:00).
 */
import { mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrivalKey } from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { detectRuntime, launchSample } from './harness';
import { documentOnDisk } from './files';
import { saved, shot } from './page';
import { textOf, valueOf, visible } from './poll';

const { runtime } = detectRuntime();

const welcome = (doc: EventDocument) => Object.values(doc.sequences).find((s) => s.nameEn.startsWith('Official welcome of'))!;
const settingOf = (doc: EventDocument, sequenceId: string) => Object.values(doc.settings).find((s) => s.key === arrivalKey(sequenceId))?.value as Record<string, unknown> | undefined;

async function commit(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).fill(text);
  await page.getByTestId(testId).press('Enter');
}

async function look(page: Page, name: string): Promise<void> {
  await shot(page, name);
  mkdirSync('/tmp/shots-clock', { recursive: true });
  copyFileSync(join('test-results', 'e2e', `${name}.png`), join('/tmp/shots-clock', `${name}.png`));
}

describe(`a time the clocks skip (${runtime})`, () => {
  it('is refused with the reason in both languages, or moved forward by the gap once the officer chooses so', async () => {
    const { page, file } = await launchSample('en');

    // The event in Paris, its welcome on the day the clocks go forward.
    await page.getByTestId('nav-overview').click();
    await commit(page, 'event-timeZone', 'Europe/Paris');
    await saved(page);
    expect(Object.values(documentOnDisk(file).events)[0]!.timeZone).toBe('Europe/Paris');
    await page.getByTestId('nav-arrivals').click();
    await page.getByTestId('arrivals-mode-setup').click();
    await visible(page.getByTestId('setup-day'));
    await commit(page, 'setup-day', '2025-03-30');
    await saved(page);
    const sequence = welcome(documentOnDisk(file));
    expect(sequence.day).toBe('2025-03-30');
    await valueOf(page.getByTestId('setup-skippedTime')).toBe('reject');
    await valueOf(page.getByTestId('setup-repeatedTime')).toBe('earlier');

    // 02:30 does not exist that day: refused, with why, and the file keeps 08:30.
    await commit(page, 'setup-startTime', '02:30');
    await textOf(page.getByTestId('setup-startTime-error')).toBe(
      '02:30 does not exist on 30 Mar 2025 in Europe/Paris: the clocks go forward from 02:00 to 03:00. Type a time outside that gap, or choose “Move forward by the gap” for times that do not exist.',
    );
    await look(page, 'arrivals-dst-refused-en');
    await saved(page);
    expect(welcome(documentOnDisk(file)).startTime).toBe('08:30');

    // The same in Vietnamese.
    await page.getByTestId('language-vi').click();
    await commit(page, 'setup-startTime', '02:45');
    await textOf(page.getByTestId('setup-startTime-error')).toContain('Giờ 02:45 không tồn tại ngày 30/03/2025 theo múi giờ Europe/Paris: đồng hồ nhảy từ 02:00 lên 03:00.');
    await look(page, 'arrivals-dst-refused-vi');
    await page.getByTestId('language-en').click();

    // Moved forward by the gap: the choice is a setting of the sequence, one undo step.
    await page.getByTestId('setup-skippedTime').selectOption('forward');
    await saved(page);
    expect(settingOf(documentOnDisk(file), sequence.id)).toMatchObject({ skippedTime: 'forward', repeatedTime: 'earlier' });
    await commit(page, 'setup-startTime', '02:30');
    await saved(page);
    expect(welcome(documentOnDisk(file)).startTime).toBe('02:30');
    await look(page, 'arrivals-dst-forward-en');

    // Generated from 02:30 that day: the first arrival is at 03:30 (+02:00), one real hour after 01:30 (+01:00).
    await page.getByTestId('setup-generate').click();
    await visible(page.getByTestId('generate-dialog'));
    await page.getByTestId('generate-anchor-start').check();
    await valueOf(page.getByTestId('generate-startTime')).toBe('02:30');
    await visible(page.getByTestId('generate-diff'));
    await look(page, 'arrivals-dst-generate-en');
    await page.getByTestId('generate-apply').click();
    await saved(page);
    const doc = documentOnDisk(file);
    const first = Object.values(doc.slotTimes)
      .filter((t) => doc.slots[t.slotId]?.sequenceId === sequence.id)
      .map((t) => t.plannedAt)
      .sort()[0];
    expect(first).toBe('2025-03-30T03:30:00+02:00');
  });
});
