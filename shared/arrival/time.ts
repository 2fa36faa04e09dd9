import type { EventDocument } from '../model/collections';
import {
  addDays, dayNumber, epochToIso, labelAt, isoToEpoch, isTimeZone, localToEpoch, readDate, resolveLocal,
  type LocalChoice, type RepeatedChoice, type Resolved,
} from '../time';
import type { Seconds } from './types';
import { boundedCache } from '../cache';

/**
 * One day of an event on the app's one clock (shared/time: Temporal in the event's IANA zone).
 * The engine counts in seconds since the day's local midnight, real elapsed time, so intervals
 * are plain additions on instants; local wall clocks are only read (parse) and written (display,
 * the stored form) here. Stored times keep the event-local wall clock *and* the zone's offset at
 * that instant ("2025-10-25T08:30:00+07:00", as the sample stores them): the wall clock is what
 * the run-of-show prints, the offset keeps the hour that happens twice on the day the clocks go
 * back unambiguous. A time without an offset is read as event-local.
 */
export type DayClock = {
  readonly day: string;
  readonly timeZone: string;
  /** The instant (epoch seconds) of the day's local midnight: second `s` of the day is `midnight + s`. */
  readonly midnight: number;
  /** Seconds since local midnight of `day` (real elapsed time) for a stored ISO date-time. */
  toSeconds(iso: string): Seconds;
  /** The stored form: event-local date-time with the offset in force then. */
  toIso(seconds: Seconds): string;
  /** Wall clock "HH:MM", with " (+1)" / " (−1)" when the time falls on another day than `day`. */
  label(seconds: Seconds): string;
  /**
   * "HH:MM" on `day` as seconds: a wall time that happens twice is the first (the second with
   * `repeated: 'later'`), one skipped by DST moved forward by the gap (a stored time is never refused).
   */
  fromClock(hhmm: string, repeated?: RepeatedChoice): Seconds;
  /** A wall time ("HH:MM" or "HH:MM:SS") on `day`, resolved as the officer chose: see shared/time resolveLocal. */
  resolve(time: string, choice: LocalChoice): Resolved;
};

export { isTimeZone };

/** "HH:MM" -> seconds after 00:00 on the wall clock (no zone). */
export function clockSeconds(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(hhmm);
  if (!m || +m[1]! > 23 || +m[2]! > 59 || +(m[3] ?? 0) > 59) throw new RangeError(`not a time HH:MM: ${hhmm}`);
  return +m[1]! * 3600 + +m[2]! * 60 + +(m[3] ?? 0);
}

const wallAt = (day: string, time: string) => {
  const s = clockSeconds(time);
  return { ...readDate(day), hour: Math.floor(s / 3600), minute: Math.floor((s % 3600) / 60), second: s % 60 };
};

// Midnights are asked for on every plan and every check of every sequence: kept per day and zone.
const midnights = boundedCache<number>();
function midnightOf(day: string, timeZone: string): number {
  return midnights(`${day}|${timeZone}`, () => localToEpoch(timeZone, readDate(day)));
}

// A start or deadline is read on every plan and every check (Temporal: ~0.1 ms each): kept.
const resolutions = boundedCache<Resolved>();

/** The clock of one day in one zone. */
export function dayClock(day: string, timeZone: string): DayClock {
  const midnight = midnightOf(day, timeZone);
  const dayNo = dayNumber(day);
  const resolve = (time: string, choice: LocalChoice): Resolved => {
    const key = `${timeZone}|${day}|${time}|${choice.skipped ?? ''}|${choice.repeated ?? ''}`;
    return resolutions(key, () => {
      const local = resolveLocal(timeZone, wallAt(day, time), choice);
      return local.ok ? { ...local, epochS: local.epochS - midnight } : local;
    });
  };
  return {
    day,
    timeZone,
    midnight,
    toSeconds: (iso) => Math.round(isoToEpoch(iso, timeZone) - midnight),
    toIso: (seconds) => epochToIso(midnight + seconds, timeZone),
    label: (seconds) => labelAt(timeZone, midnight + seconds, false, dayNo),
    fromClock: (hhmm, repeated = 'earlier') => (resolve(hhmm, { skipped: 'forward', repeated }) as Extract<Resolved, { ok: true }>).epochS,
    resolve,
  };
}

/** The clock of the next day in the same zone. */
export const nextDayClock = (clock: DayClock): DayClock => dayClock(addDays(clock.day, 1), clock.timeZone);

/** "08:31" or, when the seconds are not zero, "08:31:15" (a run-of-show read to the second), day suffix kept. */
export function timeText(clock: DayClock, seconds: Seconds): string {
  return labelAt(clock.timeZone, clock.midnight + seconds, 'auto', dayNumber(clock.day));
}

/** The event's zone (the first event row's; Asia/Ho_Chi_Minh when the document has none). */
export function eventTimeZone(document: EventDocument): string {
  return Object.values(document.events)[0]?.timeZone ?? 'Asia/Ho_Chi_Minh';
}

/** The clock of a sequence: its day in the event's zone. */
export function sequenceClock(document: EventDocument, sequenceId: string): DayClock {
  const sequence = document.sequences[sequenceId];
  if (!sequence) throw new RangeError(`no arrival sequence ${sequenceId}`);
  return dayClock(sequence.day, eventTimeZone(document));
}
