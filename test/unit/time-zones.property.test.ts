/**
 * The one clock (shared/time, DayClock) against Temporal itself, over the zones an event of this
 * kind meets — whole-hour, half-hour (St John's, Lord Howe's 30-minute DST), 45-minute (Chatham
 * +12:45/+13:45, Kathmandu +05:45) offsets, offsets beyond 12 h (Auckland, Chatham) and no DST
 * (Hanoi) — and every transition of 2025–2027: local → instant → local round-trips; a time the
 * clocks skip is refused with the reason or moved forward by the gap; a repeated time is the
 * earlier by default and the later on request; arrivals across a transition keep their real
 * intervals. The oracle is Temporal.ZonedDateTime, computed here independently of the module.
 */
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { applySequencePlan, dayClock, planSequence, sequenceConflicts } from '../../shared/arrival';
import { emptyHistory, execute } from '../../shared/document/history';
import { ArrivalBuilder } from './arrival-fixtures';

const ZONES = [
  'Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns',
  'Asia/Kathmandu', 'Europe/Paris', 'America/New_York', 'Asia/Ho_Chi_Minh',
] as const;

type Transition = { zone: string; at: Temporal.ZonedDateTime; before: number; after: number };

/** Every offset change of a zone in 2025–2027, straight from Temporal. */
function transitions(zone: string): Transition[] {
  const out: Transition[] = [];
  let z = Temporal.ZonedDateTime.from({ year: 2025, month: 1, day: 1, timeZone: zone });
  for (;;) {
    const next = z.getTimeZoneTransition('next');
    if (!next || next.year > 2027) return out;
    out.push({ zone, at: next, before: next.subtract({ nanoseconds: 1 }).offsetNanoseconds / 1e9, after: next.offsetNanoseconds / 1e9 });
    z = next;
  }
}
const ALL = ZONES.flatMap(transitions);
const FORWARD = ALL.filter((t) => t.after > t.before);
const BACK = ALL.filter((t) => t.after < t.before);
const pick = <T,>(list: readonly T[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i]!);

/** A day clock on the local date of an instant, and the second of that day the instant is. */
function onDay(zone: string, epochS: number) {
  const local = Temporal.Instant.fromEpochMilliseconds(epochS * 1000).toZonedDateTimeISO(zone);
  const clock = dayClock(local.toPlainDate().toString(), zone);
  return { clock, local, seconds: epochS - local.startOfDay().epochMilliseconds / 1000 };
}
const hms = (p: Temporal.PlainDateTime | Temporal.ZonedDateTime) => p.toPlainTime().toString({ smallestUnit: 'second' });
const epochOf = (z: Temporal.ZonedDateTime) => z.epochMilliseconds / 1000;

describe('the zones and their transitions', () => {
  it('covers every DST zone with its changes of 2025–2027 (and Hanoi, Kathmandu with none)', () => {
    for (const zone of ['Pacific/Auckland', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns', 'Europe/Paris', 'America/New_York']) {
      expect(transitions(zone)).toHaveLength(6);
    }
    expect(transitions('Asia/Ho_Chi_Minh')).toEqual([]);
    expect(transitions('Asia/Kathmandu')).toEqual([]);
  });
});

describe('local → instant → local', () => {
  it('Chatham and Auckland on the day the clocks go back: the hours before the change keep their summer offset', () => {
    // The old search looked 12 h either side of the wall time: beyond +12 h it read these an hour late.
    const chatham = dayClock('2025-04-06', 'Pacific/Chatham');
    expect(chatham.toIso(chatham.fromClock('01:00'))).toBe('2025-04-06T01:00:00+13:45');
    expect(chatham.toIso(chatham.fromClock('02:30'))).toBe('2025-04-06T02:30:00+13:45');
    expect(chatham.fromClock('04:00') - chatham.fromClock('01:00')).toBe(4 * 3600); // 03:45 goes back to 02:45
    const auckland = dayClock('2025-04-06', 'Pacific/Auckland');
    expect(auckland.toIso(auckland.fromClock('02:00'))).toBe('2025-04-06T02:00:00+13:00');
    expect(auckland.toIso(auckland.fromClock('01:30'))).toBe('2025-04-06T01:30:00+13:00');
  });

  // Instants anywhere in 2025–2027, and within two hours of every transition.
  const anywhere = fc.tuple(pick(ZONES), fc.integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2027, 11, 31) / 1000 }));
  const nearChange = fc.tuple(pick(ALL), fc.integer({ min: -7200, max: 7200 })).map(([t, d]) => [t.zone, epochOf(t.at) + d] as const);

  it('the stored form of an instant is its wall clock and offset in Temporal, and reads back to the same instant', () => {
    fc.assert(
      fc.property(fc.oneof(anywhere, nearChange), ([zone, epochS]) => {
        const { clock, local, seconds } = onDay(zone, epochS);
        const iso = clock.toIso(seconds);
        expect(iso).toBe(local.toString({ timeZoneName: 'never', smallestUnit: 'second' }));
        expect(clock.toSeconds(iso)).toBe(seconds);
        expect(clock.label(seconds)).toBe(hms(local).slice(0, 5));
      }),
      { numRuns: 3000 },
    );
  });

  it('a wall time typed on its day is the instant Temporal gives it, and shows as that wall time again', () => {
    fc.assert(
      fc.property(fc.oneof(anywhere, nearChange), ([zone, epochS]) => {
        const { clock, local } = onDay(zone, epochS);
        const typed = hms(local).slice(0, 5);
        const expected = Temporal.PlainDateTime.from(`${clock.day}T${typed}`).toZonedDateTime(zone, { disambiguation: 'earlier' });
        if (Temporal.PlainDateTime.compare(expected.toPlainDateTime(), local.toPlainDateTime().round({ smallestUnit: 'minute', roundingMode: 'floor' })) !== 0) return; // a skipped minute: below
        const seconds = clock.fromClock(typed);
        expect(clock.toIso(seconds)).toBe(expected.toString({ timeZoneName: 'never', smallestUnit: 'second' }));
        expect(clock.label(seconds)).toBe(typed);
        expect(clock.toSeconds(clock.toIso(seconds))).toBe(seconds);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a time the clocks skip', () => {
  const inGap = fc.tuple(pick(FORWARD), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })).map(([t, f]) => {
    const from = t.at.subtract({ nanoseconds: 1 }).toPlainDateTime().round({ smallestUnit: 'minute', roundingMode: 'ceil' });
    const wall = from.add({ minutes: Math.floor((f * (t.after - t.before)) / 60) });
    return { t, wall, from };
  });

  it('is refused with the reason: the day, the time, and the clocks jumping from → to', () => {
    fc.assert(
      fc.property(inGap, ({ t, wall, from }) => {
        const clock = dayClock(wall.toPlainDate().toString(), t.zone);
        const r = clock.resolve(hms(wall), { skipped: 'reject' });
        expect(r).toEqual({
          ok: false,
          skipped: { zone: t.zone, date: clock.day, time: hms(wall).slice(0, 5), from: hms(from).slice(0, 5), to: hms(t.at).slice(0, 5), gapS: t.after - t.before },
        });
        expect(clock.resolve(hms(wall), {})).toEqual(r); // refusing is the default
      }),
    );
  });

  it('or moved forward by the gap, when the officer chose so', () => {
    fc.assert(
      fc.property(inGap, ({ t, wall }) => {
        const clock = dayClock(wall.toPlainDate().toString(), t.zone);
        const gapS = t.after - t.before;
        const r = clock.resolve(hms(wall), { skipped: 'forward' });
        expect(r).toMatchObject({ ok: true, movedS: gapS });
        if (!r.ok) return;
        expect(clock.toIso(r.epochS).slice(0, 19)).toBe(wall.add({ seconds: gapS }).toString());
        expect(clock.fromClock(hms(wall).slice(0, 5))).toBe(r.epochS); // the engine's reading of a stored HH:MM
      }),
    );
  });
});

describe('a time that happens twice', () => {
  const inOverlap = fc.tuple(pick(BACK), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })).map(([t, f]) => {
    const overlapS = t.before - t.after;
    const first = t.at.subtract({ seconds: overlapS }).add({ minutes: Math.floor((f * overlapS) / 60) });
    return { t, first, overlapS };
  });

  it('is the earlier by default and the later on request, the overlap apart, both shown as the same wall time', () => {
    fc.assert(
      fc.property(inOverlap, ({ t, first, overlapS }) => {
        const clock = dayClock(first.toPlainDate().toString(), t.zone);
        const typed = hms(first).slice(0, 5);
        const earlier = clock.resolve(typed, {});
        const later = clock.resolve(typed, { repeated: 'later' });
        expect(earlier).toMatchObject({ ok: true, repeated: true, movedS: 0 });
        expect(later).toMatchObject({ ok: true, repeated: true, movedS: 0 });
        if (!earlier.ok || !later.ok) return;
        expect(clock.midnight + earlier.epochS).toBe(epochOf(first));
        expect(clock.midnight + earlier.epochS).toBeLessThan(epochOf(t.at));
        expect(clock.midnight + later.epochS).toBeGreaterThanOrEqual(epochOf(t.at));
        expect(later.epochS - earlier.epochS).toBe(overlapS);
        expect(clock.fromClock(typed)).toBe(earlier.epochS);
        expect(clock.label(later.epochS)).toBe(typed);
        // Told apart in the stored form by their offsets, and read back each to its own instant.
        expect(clock.toSeconds(clock.toIso(later.epochS))).toBe(later.epochS);
        expect(clock.toIso(later.epochS)).not.toBe(clock.toIso(earlier.epochS));
      }),
    );
  });
});

describe('arrivals across a transition', () => {
  it('keep their real intervals: stored, read back and checked, whichever zone and change', () => {
    const cases = fc.record({
      t: pick(ALL),
      interval: fc.integer({ min: 2, max: 20 }),
      lead: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(cases, ({ t, interval, lead }) => {
        // Start `lead` intervals before the change (as a wall time on its day), one arrival every `interval` min.
        const start = t.at.subtract({ minutes: lead * interval }).round({ smallestUnit: 'minute', roundingMode: 'floor' });
        if (start.toPlainDate().toString() !== t.at.toPlainDate().toString()) return;
        const b = new ArrivalBuilder(5, t.zone);
        b.add({ iso3: 'VNM', pinned: 'host' });
        b.add({ iso3: 'FRA' }, { iso3: 'BRA' }, { iso3: 'JPN' }, { iso3: 'KEN' }, { iso3: 'CAN' }, { iso3: 'IND' });
        const { sequence } = b.sequence({ rule: 'alphabetical', day: start.toPlainDate().toString(), startTime: hms(start).slice(0, 5), deadline: null, intervalMin: interval, minGapMin: 1 });
        const plan = planSequence(b.doc, sequence.id);
        const arrivals = plan.slots.map((s) => Temporal.Instant.from(s.times[0]!.plannedAt).epochMilliseconds / 1000);
        expect(arrivals[0]).toBe(epochOf(start));
        for (let i = 1; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 1]!).toBe(interval * 60);
        // Each stored time is the wall clock and offset Temporal gives that instant.
        for (const s of plan.slots) {
          const at = s.times[0]!.plannedAt;
          expect(at).toBe(Temporal.Instant.from(at).toZonedDateTimeISO(t.zone).toString({ timeZoneName: 'never', smallestUnit: 'second' }));
        }
        const applied = execute(structuredClone(b.doc), emptyHistory(), applySequencePlan, { plan })!.document;
        expect(sequenceConflicts(applied)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
