import { nextDayClock, type DayClock } from '../../../shared/arrival';
import { ClockTime } from '../../../shared/model/primitives';
import type { Language } from '../../../shared/i18n/index';
import { dayIn as dayOf, dayNumber, labelAt, liveText, skippedText, zoneName, type LocalChoice, type SkippedTime } from '../../../shared/time';
import type { SequenceView } from './model';

export { durationText, shiftText } from '../../../shared/time';

/**
 * Times as the screen shows and reads them, on the app's one clock (shared/time): the engine's
 * DayClock counts seconds since the sequence day's local midnight in the event's zone; every
 * wall clock shown or typed here is converted there, none here.
 */

/** "08:42:30": HH:MM with seconds, for the inspector and diffs (an interval of 1.25 min is 75 s). */
export const clockWithSeconds = (clock: DayClock, seconds: number): string => labelAt(clock.timeZone, clock.midnight + seconds, true, dayNumber(clock.day));

/** The label, with seconds only when they are not :00. */
export const clockShort = (clock: DayClock, seconds: number): string => (Math.round(seconds) % 60 === 0 ? clock.label(seconds) : clockWithSeconds(clock, seconds));

/** A typed time read: its seconds on the day, or why not (not a time; a time the clocks skip). */
export type ReadTime = { ok: true; seconds: number; movedS: number } | { ok: false; skipped: SkippedTime | null };

/**
 * The time an officer typed, on the sequence's day: "8:42", "08:42", "08h42", "08.42" or
 * "08:42:30", resolved as the officer chose for a time the clocks skip or repeat (refused, with
 * the reason, by default; the first of a repeated hour by default).
 */
export function readClockAs(text: string, clock: DayClock, choice: LocalChoice = {}): ReadTime {
  const m = /^\s*([01]?\d|2[0-3])[:h.]([0-5]\d)(?::([0-5]\d))?\s*$/.exec(text);
  if (!m) return { ok: false, skipped: null };
  const r = clock.resolve(`${m[1]!.padStart(2, '0')}:${m[2]}:${m[3] ?? '00'}`, choice);
  return r.ok ? { ok: true, seconds: r.epochS, movedS: r.movedS } : { ok: false, skipped: r.skipped };
}

/** The typed time's seconds, a skipped one moved forward; null when it is not a 24-hour time. */
export function readClock(text: string, clock: DayClock, choice: LocalChoice = { skipped: 'forward' }): number | null {
  const r = readClockAs(text, clock, choice);
  return r.ok ? r.seconds : null;
}

/**
 * Why a start or deadline ("HH:MM") typed for the sequence cannot be taken: a time the clocks
 * skip on its day (a deadline before the start: the next day), when the officer chose to refuse
 * those. Null when it can.
 */
export function skippedStartOrDeadline(view: SequenceView, hhmm: string, field: 'startTime' | 'deadline', startTime: string | null, lang: Language): string | null {
  const nextDay = field === 'deadline' && startTime !== null && hhmm <= startTime;
  const r = (nextDay ? nextDayClock(view.clock) : view.clock).resolve(hhmm, view.times);
  return r.ok ? null : skippedText(r.skipped, lang);
}

/** The calendar day ("2025-10-25") of an instant in a zone. */
export const dayIn = (zone: string, at: Date): string => dayOf(zone, at.getTime() / 1000);

/**
 * An instant on the event's clock, to the second, with its date when it falls on another day
 * than `day` (both in the event's zone; `day` "YYYY-MM-DD"): "10:21:37", or
 * "25 Oct 2025, 10:21:37" / "10:21:37, 25/10/2025".
 */
export const liveTimeText = (at: Date, zone: string, lang: Language, day: string): string => liveText(zone, at.getTime() / 1000, lang, day);

/** "Indochina Time (Asia/Ho_Chi_Minh)" / "Giờ Đông Dương (Asia/Ho_Chi_Minh)": the zone live mode follows. */
export const zoneLabel = (zone: string, lang: Language, at: Date): string => zoneName(zone, lang, at.getTime() / 1000);

/** Minutes as typed in either language ("1.25" or "1,25"); null when not a number from 0 to 240. */
export function readMinutes(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n <= 240 ? n : null;
}

/** Whole minutes late, 1 to 240; null otherwise. */
export function readLate(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 240 ? n : null;
}

/** A sequence's start or deadline as typed: "HH:MM" (08:30 or 8:30), null when empty, undefined when not a time. */
export function readTime(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const hhmm = /^\d:\d\d$/.test(t) ? `0${t}` : t;
  return ClockTime.safeParse(hhmm).success ? hhmm : undefined;
}
