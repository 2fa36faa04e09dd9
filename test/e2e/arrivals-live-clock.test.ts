/**
 * Issue 13 item 9 (the live clock): on the sample, whose welcome is on 25 Oct 2025, the live view
 * opened on another day shows dates and plain durations — not "10:21:37 (+408)" and "expected
 * 9783:55:42 ago" — in English and Vietnamese; the evening before, across midnight, the same.
 */
import { mkdirSync } from 'node:fs';
import { describe, it } from 'vitest';
import { detectRuntime, launchApp } from './harness';
import { ready, shot } from './page';
import { textOf } from './poll';

const { runtime } = detectRuntime();
const SHOTS = '/tmp/shots-undo';

describe(`the live clock says dates and plain durations (${runtime})`, () => {
  it('408 days after the welcome, and the evening before it', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const app = await launchApp({ sample: true, language: 'en' });
    const { page } = app;
    // Long after the ceremony: the first motorcade was due at 08:30:00 on 25 Oct 2025.
    await page.clock.setFixedTime(new Date('2026-12-07T10:21:37+07:00'));
    await ready(page);
    await page.getByTestId('nav-arrivals').click();
    await page.getByTestId('arrivals-mode-live').click();
    await textOf(page.getByTestId('live-clock')).toBe('7 Dec 2026, 10:21:37');
    await textOf(page.getByTestId('live-due')).toBe('25 Oct 2025, 08:30:00');
    await textOf(page.getByTestId('live-countdown')).toBe('expected 408 days ago');
    await page.screenshot({ path: `${SHOTS}/live-408-days-en.png` });
    await shot(page, 'arrivals-live-days-en');
    await page.getByTestId('language-vi').click();
    await textOf(page.getByTestId('live-clock')).toBe('10:21:37, 07/12/2026');
    await textOf(page.getByTestId('live-due')).toBe('08:30:00, 25/10/2025');
    await textOf(page.getByTestId('live-countdown')).toBe('đã quá 408 ngày');
    await page.screenshot({ path: `${SHOTS}/live-408-days-vi.png` });

    // The evening before, in Hanoi: the clock is not yet on the welcome's day, the arrival is tomorrow.
    await page.clock.setFixedTime(new Date('2025-10-24T23:50:00+07:00'));
    await textOf(page.getByTestId('live-clock')).toBe('23:50:00, 24/10/2025');
    await textOf(page.getByTestId('live-due')).toBe('08:30:00, 25/10/2025');
    await textOf(page.getByTestId('live-countdown')).toBe('còn 8 giờ 40 phút');
    await page.getByTestId('language-en').click();
    await textOf(page.getByTestId('live-clock')).toBe('24 Oct 2025, 23:50:00');
    await textOf(page.getByTestId('live-countdown')).toBe('in 8 h 40 min');
    await page.screenshot({ path: `${SHOTS}/live-evening-before-en.png` });

    // On the day, a few minutes before: times alone, minutes and seconds.
    await page.clock.setFixedTime(new Date('2025-10-25T08:26:40+07:00'));
    await textOf(page.getByTestId('live-clock')).toBe('08:26:40');
    await textOf(page.getByTestId('live-due')).toBe('08:30:00');
    await textOf(page.getByTestId('live-countdown')).toBe('in 3 min 20 s');
    await page.screenshot({ path: `${SHOTS}/live-on-the-day-en.png` });
  });
});
