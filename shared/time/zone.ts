import { Temporal } from 'temporal-polyfill';

/**
 * The one clock of the app: event-local time in the event's IANA zone, on Temporal
 * (temporal-polyfill). Instants are epoch seconds; a local time is a wall-clock date and time in
 * one zone. Every conversion between the two goes through here, so the engine, the CLI, the
 * printouts and the screen agree on every instant, DST days included.
 *
 * Local → instant is Temporal's `PlainDateTime.toZonedDateTime` (exact, with its disambiguation).
 * Instant → local is needed a thousand times per plan, so it reads the zone's offset from a table
 * of the zone's transitions per UTC year, built once from Temporal's own `getTimeZoneTransition`:
 * the same offsets as Temporal, at the cost of a lookup in an array of two or three entries.
 */

/** A local time that does not exist (clocks going forward): refuse it, or move it forward by the gap. */
export type SkippedChoice = 'reject' | 'forward';
/** A local time that happens twice (clocks going back): the first or the second. */
export type RepeatedChoice = 'earlier' | 'later';
export type LocalChoice = { readonly skipped?: SkippedChoice; readonly repeated?: RepeatedChoice };

/** Why a local time has no instant: the clocks jump from `from` to `to` (local "HH:MM") on `date`. */
export type SkippedTime = { readonly date: string; readonly time: string; readonly from: string; readonly to: string; readonly gapS: number; readonly zone: string };

export type Resolved =
  | { readonly ok: true; readonly epochS: number; /** seconds moved forward out of a gap (0 when it exists) */ readonly movedS: number; /** the wall time happens twice */ readonly repeated: boolean }
  | { readonly ok: false; readonly skipped: SkippedTime };

/** A wall-clock date and time; `second` may carry a fraction. */
export type Wall = { readonly year: number; readonly month: number; readonly day: number; readonly hour: number; readonly minute: number; readonly second: number };

const DAY_S = 86_400;
const pad = (n: number) => String(n).padStart(2, '0');

const known = new Map<string, boolean>();
/** True when the IANA zone is known to this runtime. */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

// ---- instant → offset ---------------------------------------------------------------------------

/** The offsets of one zone over one UTC year [from, to): from `starts[i]` (epoch s) on, `offsets[i]`. */
type YearTable = { from: number; to: number; starts: number[]; offsets: number[] };
const tables = new Map<string, Map<number, YearTable>>();
// The table last used per zone: a plan asks a thousand times about the same day.
const lastUsed = new Map<string, YearTable>();

const zoned = (zone: string, epochS: number) => Temporal.Instant.fromEpochMilliseconds(Math.floor(epochS) * 1000).toZonedDateTimeISO(zone);
const offsetOf = (z: Temporal.ZonedDateTime) => z.offsetNanoseconds / 1e9;

function yearTable(zone: string, year: number): YearTable {
  let zoneTables = tables.get(zone);
  if (!zoneTables) tables.set(zone, (zoneTables = new Map()));
  let table = zoneTables.get(year);
  if (!table) {
    const from = Date.UTC(year, 0, 1) / 1000;
    const to = Date.UTC(year + 1, 0, 1) / 1000;
    let z = zoned(zone, from);
    table = { from, to, starts: [from], offsets: [offsetOf(z)] };
    for (;;) {
      const next = z.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds / 1000 >= to) break;
      table.starts.push(next.epochMilliseconds / 1000);
      table.offsets.push(offsetOf(next));
      z = next;
    }
    zoneTables.set(year, table);
  }
  return table;
}

/** The zone's offset from UTC, in seconds, at an instant (epoch seconds). */
export function offsetAt(zone: string, epochS: number): number {
  let table = lastUsed.get(zone);
  if (!table || epochS < table.from || epochS >= table.to) {
    table = yearTable(zone, new Date(Math.floor(epochS) * 1000).getUTCFullYear());
    lastUsed.set(zone, table);
  }
  let i = table.starts.length - 1;
  while (i > 0 && table.starts[i]! > epochS) i--;
  return table.offsets[i]!;
}

/** The wall clock of an instant in a zone. */
export function wallOf(zone: string, epochS: number): Wall {
  return wallAtLocal(epochS + offsetAt(zone, epochS));
}

/** The wall clock of a local time counted in seconds like an epoch (an instant plus its zone's offset then). */
function wallAtLocal(local: number): Wall {
  const d = new Date(Math.floor(local) * 1000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() + (local - Math.floor(local)),
  };
}

/** "2025-10-26" of a wall clock. */
export const dateOf = (w: Pick<Wall, 'year' | 'month' | 'day'>): string => `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
/** "02:30" of a wall clock. */
export const hhmmOf = (w: Pick<Wall, 'hour' | 'minute'>): string => `${pad(w.hour)}:${pad(w.minute)}`;

/**
 * The event-local ISO form of an instant (whole seconds), with the offset in force then:
 * "2025-10-26T02:30:00+01:00" — the string Temporal's `Instant.toString({ timeZone })` writes
 * (test/unit/time-zones.property.test.ts holds them equal near every transition). It is written
 * from the wall clock and the offset of the transition table, like wallOf: a ripple writes
 * hundreds of step times, and Temporal's own formatting cost more than the rest of the plan.
 * An offset with seconds (a zone's local mean time before 1900) is left to Temporal.
 */
export function epochToIso(epochS: number, zone: string): string {
  const whole = Math.floor(epochS);
  const offset = offsetAt(zone, whole);
  if (offset % 60 !== 0) return Temporal.Instant.fromEpochMilliseconds(whole * 1000).toString({ timeZone: zone, smallestUnit: 'second' });
  const w = wallAtLocal(whole + offset);
  const minutes = Math.abs(offset) / 60;
  return `${dateOf(w)}T${hhmmOf(w)}:${pad(w.second)}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

// ---- local → instant ----------------------------------------------------------------------------

/**
 * The instant of a wall time in a zone. A time that happens twice is the earlier by default
 * (`repeated: 'later'` for the second); one the clocks skip is refused with the reason by
 * default, or moved forward by the length of the gap (`skipped: 'forward'`: 02:30 → 03:30).
 */
export function resolveLocal(zone: string, wall: Wall, choice: LocalChoice = {}): Resolved {
  const whole = Math.floor(wall.second);
  const fraction = wall.second - whole;
  const plain = new Temporal.PlainDateTime(wall.year, wall.month, wall.day, wall.hour, wall.minute, whole);
  const earlier = plain.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = plain.toZonedDateTime(zone, { disambiguation: 'later' });
  const exists = Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), plain) === 0;
  if (!exists) {
    // In a gap Temporal's 'earlier' reads the wall time with the offset after the change and
    // 'later' with the one before: the gap's length is the difference of the two offsets.
    const gapS = offsetOf(later) - offsetOf(earlier);
    // The change itself: the last one before a second after 'later' (which may fall on it exactly).
    const change = later.add({ seconds: 1 }).getTimeZoneTransition('previous')!;
    if ((choice.skipped ?? 'reject') === 'reject') {
      const to = change.toPlainDateTime();
      const from = to.subtract({ seconds: gapS });
      return { ok: false, skipped: { zone, date: dateOf(wall), time: hhmmOf(wall), from: hhmmOf(from), to: hhmmOf(to), gapS } };
    }
    return { ok: true, epochS: later.epochMilliseconds / 1000 + fraction, movedS: gapS, repeated: false };
  }
  const repeated = earlier.epochMilliseconds !== later.epochMilliseconds;
  const pick = repeated && choice.repeated === 'later' ? later : earlier;
  return { ok: true, epochS: pick.epochMilliseconds / 1000 + fraction, movedS: 0, repeated };
}

/** The instant of a wall time, a skipped one moved forward (the stored form's reading). */
export function localToEpoch(zone: string, wall: Wall, repeated: RepeatedChoice = 'earlier'): number {
  const r = resolveLocal(zone, wall, { skipped: 'forward', repeated });
  return (r as Extract<Resolved, { ok: true }>).epochS;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "2025-10-26" as a wall clock at midnight; RangeError when it is not a calendar date. */
export function readDate(date: string): Wall {
  const m = DATE.exec(date);
  const wall = m ? { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: 0, minute: 0, second: 0 } : null;
  if (!wall || dateOf(new Temporal.PlainDate(wall.year, wall.month, wall.day)) !== date) throw new RangeError(`not a date: ${date}`);
  return wall;
}

/**
 * Whole days from 1970-01-01 to a calendar date ("2025-10-26"; dates compared without any zone).
 * Plain calendar arithmetic, asked for every label: no zone is involved, so Date.UTC is exact.
 */
export const dayNumber = (date: string): number => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / (DAY_S * 1000);

/** The calendar date `days` after `date`. */
export const addDays = (date: string, days: number): string => Temporal.PlainDate.from(date).add({ days }).toString();

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$/i;

// Stored times are read again on every edit and every check: a string with its offset always
// means the same instant, so its reading is kept (bounded).
const readings = new Map<string, number>();

/**
 * Epoch seconds of a stored ISO date-time. With an offset ("+07:00", "Z") it is that instant;
 * without, event-local in `zone`, the earlier of a repeated hour and a skipped time moved forward.
 */
export function isoToEpoch(iso: string, zone: string): number {
  const cached = readings.get(iso);
  if (cached !== undefined) return cached;
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date-time: ${iso}`);
  const wall = { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]!, second: Number(m[6] ?? 0) };
  const offset = m[7]?.toUpperCase();
  if (offset === undefined) return localToEpoch(zone, wall);
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) / 1000 + wall.second;
  const sign = offset.startsWith('-') ? -1 : 1;
  const epoch = offset === 'Z' ? utc : utc - sign * (Number(offset.slice(1, 3)) * 3600 + Number(offset.slice(4, 6)) * 60);
  if (readings.size > 200_000) readings.clear();
  readings.set(iso, epoch);
  return epoch;
}

/** The calendar day ("2025-10-25") of an instant in a zone. */
export const dayIn = (zone: string, epochS: number): string => dateOf(wallOf(zone, epochS));

export { DAY_S };
