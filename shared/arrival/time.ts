import type { EventDocument } from '../model/collections';
import type { Seconds } from './types';

/**
 * Event-local time for one day of an event, in the event's IANA zone, with nothing but Intl
 * (shared code has no date library). Stored times keep the event-local wall clock *and* the
 * zone's offset at that instant ("2025-10-25T08:30:00+07:00", as the sample stores them): the
 * wall clock is what the run-of-show prints, the offset keeps the hour that happens twice on
 * the day the clocks go back unambiguous. A time without an offset is read as event-local.
 */
export type DayClock = {
  readonly day: string;
  readonly timeZone: string;
  /** Seconds since local midnight of `day` (real elapsed time) for a stored ISO date-time. */
  toSeconds(iso: string): Seconds;
  /** The stored form: event-local date-time with the offset in force then. */
  toIso(seconds: Seconds): string;
  /** Wall clock "HH:MM", with " (+1)" / " (−1)" when the time falls on another day than `day`. */
  label(seconds: Seconds): string;
  /** "HH:MM" on `day` as seconds; a wall time that happens twice is the first, one skipped by DST the hour after. */
  fromClock(hhmm: string): Seconds;
};

const DAY_S = 86_400;
const pad = (n: number) => String(n).padStart(2, '0');

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Offsets change only on a quarter hour of UTC (every transition of the present era does), so one lookup per
// zone and quarter hour serves every instant in it: Intl is slow, and a 200-slot plan asks ~1,000 times.
const QUARTER = 900;
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC, in seconds, at an instant (epoch seconds). */
export function offsetAt(timeZone: string, epochS: number): Seconds {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(epochS / QUARTER);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = lookUpOffset(timeZone, quarter * QUARTER);
    if (zone.size > 100_000) zone.clear(); // bounded: a long-running app plans many days
    zone.set(quarter, offset);
  }
  return offset;
}

function lookUpOffset(timeZone: string, epochS: number): Seconds {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochS * 1000))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) / 1000;
  return wall - Math.floor(epochS);
}

/** True when the IANA zone is known to this runtime. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant (epoch seconds) of a wall time in a zone. Of two instants with that wall time
 * (clocks going back) the earlier; a wall time in the gap of clocks going forward is read with
 * the offset before the change, so it lands as many minutes after the gap (as Temporal's
 * 'compatible' does).
 */
export function wallToEpoch(timeZone: string, wallUtcS: number): number {
  const before = offsetAt(timeZone, wallUtcS - DAY_S / 2);
  const after = offsetAt(timeZone, wallUtcS + DAY_S / 2);
  const candidates = [wallUtcS - before, wallUtcS - after].filter((e) => offsetAt(timeZone, e) === wallUtcS - e);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallUtcS - before; // in the gap
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

// Stored times are read again on every edit and every check: a string with its offset always
// means the same instant, so its reading is kept (bounded).
const readings = new Map<string, number>();

/** Epoch seconds of a stored ISO date-time; one without an offset is event-local. */
export function isoToEpoch(iso: string, timeZone: string): number {
  const known = readings.get(iso);
  if (known !== undefined) return known;
  const epoch = parseIso(iso, timeZone);
  if (/(Z|[+-]\d{2}:\d{2})$/.test(iso)) {
    if (readings.size > 200_000) readings.clear();
    readings.set(iso, epoch);
  }
  return epoch;
}

function parseIso(iso: string, timeZone: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date-time: ${iso}`);
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) / 1000;
  const zone = m[7];
  if (zone === undefined) return wallToEpoch(timeZone, wall);
  if (zone === 'Z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  return wall - sign * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
}

/** The event-local ISO form of an instant: "2025-10-26T02:30:00+01:00". */
export function epochToIso(epochS: number, timeZone: string): string {
  const offset = offsetAt(timeZone, epochS);
  const d = new Date((epochS + offset) * 1000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${d.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

/** "HH:MM" -> seconds after 00:00 on the wall clock (no zone). */
export function clockSeconds(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m || +m[1]! > 23 || +m[2]! > 59) throw new RangeError(`not a time HH:MM: ${hhmm}`);
  return +m[1]! * 3600 + +m[2]! * 60;
}

/** The clock of one day in one zone. */
export function dayClock(day: string, timeZone: string): DayClock {
  const dayUtc = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 1000;
  if (!Number.isFinite(dayUtc)) throw new RangeError(`not a date: ${day}`);
  const midnight = wallToEpoch(timeZone, dayUtc);
  return {
    day,
    timeZone,
    toSeconds: (iso) => Math.round(isoToEpoch(iso, timeZone) - midnight),
    toIso: (seconds) => epochToIso(midnight + seconds, timeZone),
    label(seconds) {
      const epoch = midnight + Math.round(seconds);
      const wall = epoch + offsetAt(timeZone, epoch);
      const days = Math.floor(wall / DAY_S) - Math.floor(dayUtc / DAY_S);
      const inDay = ((wall % DAY_S) + DAY_S) % DAY_S;
      const hhmm = `${pad(Math.floor(inDay / 3600))}:${pad(Math.floor((inDay % 3600) / 60))}`;
      return days === 0 ? hhmm : `${hhmm} (${days > 0 ? '+' : '−'}${Math.abs(days)})`;
    },
    fromClock: (hhmm) => wallToEpoch(timeZone, dayUtc + clockSeconds(hhmm)) - midnight,
  };
}

/** "08:31" or, when the seconds are not zero, "08:31:15" (a run-of-show read to the second), day suffix kept. */
export function timeText(clock: DayClock, seconds: Seconds): string {
  const label = clock.label(seconds);
  const s = ((Math.round(seconds) % 60) + 60) % 60;
  return s === 0 ? label : `${label.slice(0, 5)}:${pad(s)}${label.slice(5)}`;
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
