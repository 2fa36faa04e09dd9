/**
 * Issue 13 item 9: the live view's clock and countdown in words an officer reads aloud — a date
 * when the time is not on the day in question ("25 Oct 2025, 10:21:37" / "10:21:37, 25/10/2025"),
 * and plain durations ("408 days", "2 h 5 min", "3 min 20 s"), in both languages, in the event's zone.
 */
import { describe, expect, it } from 'vitest';
import { dayClock } from '../../shared/arrival';
import { dayIn, durationText, liveTimeText, shiftText } from '../../renderer/src/arrivals/time';

const HANOI = 'Asia/Ho_Chi_Minh';
const at = (iso: string) => new Date(iso);

describe('durations as said aloud', () => {
  it('seconds under a minute, minutes and seconds under an hour', () => {
    expect(durationText(0, 'en')).toBe('0 s');
    expect(durationText(45, 'en')).toBe('45 s');
    expect(durationText(45, 'vi')).toBe('45 giây');
    expect(durationText(200, 'en')).toBe('3 min 20 s');
    expect(durationText(200, 'vi')).toBe('3 phút 20 giây');
    expect(durationText(600, 'en')).toBe('10 min');
    expect(durationText(3599, 'vi')).toBe('59 phút 59 giây');
  });

  it('hours and minutes under a day, whole units counted down', () => {
    expect(durationText(2 * 3600 + 5 * 60 + 59, 'en')).toBe('2 h 5 min');
    expect(durationText(2 * 3600 + 5 * 60, 'vi')).toBe('2 giờ 5 phút');
    expect(durationText(3600, 'en')).toBe('1 h');
    expect(durationText(86_399, 'en')).toBe('23 h 59 min');
  });

  it('days beyond a day: the sample seen 408 days on, and one day in the singular', () => {
    // "expected 9783:55:42 ago" was 408 days, 15 h 55 min 42 s.
    const late = 9783 * 3600 + 55 * 60 + 42;
    expect(durationText(late, 'en')).toBe('407 days');
    expect(durationText(408 * 86_400 + 10, 'en')).toBe('408 days');
    expect(durationText(408 * 86_400, 'vi')).toBe('408 ngày');
    expect(durationText(86_400, 'en')).toBe('1 day');
    expect(durationText(-86_400 * 2, 'en')).toBe('2 days');
  });

  it('a shift keeps its sign, in the same words', () => {
    expect(shiftText(7 * 60, 'en')).toBe('+7 min');
    expect(shiftText(-(2 * 3600 + 5 * 60), 'vi')).toBe('−2 giờ 5 phút');
    expect(shiftText(408 * 86_400, 'en')).toBe('+408 days');
  });
});

describe('times on the event’s clock, with a date when not on the day', () => {
  it('on the day: the time to the second alone, in the event’s zone whatever the computer’s', () => {
    expect(liveTimeText(at('2025-10-25T03:21:37Z'), HANOI, 'en', '2025-10-25')).toBe('10:21:37');
    expect(liveTimeText(at('2025-10-25T03:21:37Z'), HANOI, 'vi', '2025-10-25')).toBe('10:21:37');
  });

  it('another day: the date, as each language writes it', () => {
    expect(liveTimeText(at('2025-10-25T03:21:37Z'), HANOI, 'en', '2026-12-07')).toBe('25 Oct 2025, 10:21:37');
    expect(liveTimeText(at('2025-10-25T03:21:37Z'), HANOI, 'vi', '2026-12-07')).toBe('10:21:37, 25/10/2025');
  });

  it('across midnight: 00:05 in Hanoi is the next day there, though still the 25th in UTC', () => {
    const past = at('2025-10-25T17:05:00Z'); // 00:05:00 on 26 Oct in Hanoi
    expect(dayIn(HANOI, past)).toBe('2025-10-26');
    expect(liveTimeText(past, HANOI, 'en', '2025-10-25')).toBe('26 Oct 2025, 00:05:00');
    expect(liveTimeText(past, HANOI, 'vi', '2025-10-25')).toBe('00:05:00, 26/10/2025');
    expect(liveTimeText(past, HANOI, 'en', '2025-10-26')).toBe('00:05:00');
    // A sequence's clock says the same instant: seconds past its day's midnight.
    const clock = dayClock('2025-10-25', HANOI);
    expect(liveTimeText(new Date(clock.toIso(24 * 3600 + 300)), HANOI, 'en', clock.day)).toBe('26 Oct 2025, 00:05:00');
  });

  it('the day the clocks go back (Paris, 26 Oct 2025): the repeated hour keeps its own wall time', () => {
    expect(liveTimeText(at('2025-10-26T00:30:00Z'), 'Europe/Paris', 'en', '2025-10-26')).toBe('02:30:00');
    expect(liveTimeText(at('2025-10-26T01:30:00Z'), 'Europe/Paris', 'en', '2025-10-26')).toBe('02:30:00');
    expect(liveTimeText(at('2025-10-26T01:30:00Z'), 'Europe/Paris', 'vi', '2025-10-25')).toBe('02:30:00, 26/10/2025');
  });
});
