/**
 * Event-local time: the event's own IANA zone, a sequence across midnight, and the days the
 * clocks change in a zone that has daylight saving (Europe/Paris: back on 2025-10-26 at 03:00,
 * forward on 2025-03-30 at 02:00). Intervals are real elapsed time; stored times keep the offset
 * so the hour that happens twice stays unambiguous.
 */
import { describe, expect, it } from 'vitest';
import { dayClock, planSequence, sequenceConflicts, timeText } from '../../shared/arrival';
import { emptyHistory, execute } from '../../shared/document/history';
import { applySequencePlan } from '../../shared/arrival';
import { ArrivalBuilder } from './arrival-fixtures';

function guests(timeZone: string, spec: Parameters<ArrivalBuilder['sequence']>[0]) {
  const b = new ArrivalBuilder(3, timeZone);
  b.add({ iso3: 'VNM', pinned: 'host' });
  b.add({ iso3: 'FRA' }, { iso3: 'BRA' }, { iso3: 'JPN' }, { iso3: 'KEN' });
  const { sequence } = b.sequence({ rule: 'alphabetical', ...spec });
  return { doc: b.doc, sequence };
}

describe('the day clock', () => {
  it('reads and writes event-local times with the zone’s offset; a time without offset is event-local', () => {
    const hanoi = dayClock('2025-10-25', 'Asia/Ho_Chi_Minh');
    expect(hanoi.fromClock('08:30')).toBe(8.5 * 3600);
    expect(hanoi.toIso(8.5 * 3600)).toBe('2025-10-25T08:30:00+07:00');
    expect(hanoi.toSeconds('2025-10-25T08:30:00')).toBe(8.5 * 3600);
    expect(hanoi.toSeconds('2025-10-25T01:30:00Z')).toBe(8.5 * 3600);
    expect(hanoi.label(8.5 * 3600 + 75)).toBe('08:31');
    expect(timeText(hanoi, 8.5 * 3600 + 75)).toBe('08:31:15');
  });

  it('after midnight is the next day, labelled (+1)', () => {
    const hanoi = dayClock('2025-10-25', 'Asia/Ho_Chi_Minh');
    expect(hanoi.toIso(24 * 3600 + 600)).toBe('2025-10-26T00:10:00+07:00');
    expect(hanoi.label(24 * 3600 + 600)).toBe('00:10 (+1)');
    expect(hanoi.toSeconds('2025-10-26T00:10:00+07:00')).toBe(24 * 3600 + 600);
  });

  it('Paris, clocks back on 2025-10-26: 02:30 happens twice, an hour apart, told apart by the offset', () => {
    const paris = dayClock('2025-10-26', 'Europe/Paris');
    const first = paris.toSeconds('2025-10-26T02:30:00+02:00');
    const second = paris.toSeconds('2025-10-26T02:30:00+01:00');
    expect(second - first).toBe(3600);
    expect(paris.fromClock('02:30')).toBe(first); // a wall time given alone: the first of the two
    expect(paris.toIso(first + 3600)).toBe('2025-10-26T02:30:00+01:00');
    expect(paris.fromClock('03:00')).toBe(4 * 3600); // 4 real hours after midnight
  });

  it('Paris, clocks forward on 2025-03-30: 02:30 does not exist and is read as 03:30', () => {
    const paris = dayClock('2025-03-30', 'Europe/Paris');
    expect(paris.toIso(paris.fromClock('02:30'))).toBe('2025-03-30T03:30:00+02:00');
    expect(paris.fromClock('03:00')).toBe(2 * 3600);
  });
});

describe('sequences at the edges of the day', () => {
  it('Asia/Ho_Chi_Minh, the sample’s zone: times stored with +07:00', () => {
    const { doc, sequence } = guests('Asia/Ho_Chi_Minh', {});
    expect(planSequence(doc, sequence.id).slots[0]!.times[0]!.plannedAt).toBe('2025-10-25T08:30:00+07:00');
  });

  it('a sequence from 23:56 crosses midnight: the later arrivals are dated the next day, the deadline 00:10 is met', () => {
    const { doc, sequence } = guests('Asia/Ho_Chi_Minh', { startTime: '23:56', deadline: '00:10' });
    const plan = planSequence(doc, sequence.id);
    // Brazil 23:56, France 23:58, Japan 00:00 (+1), Kenya 00:02 (+1), in the holding room at 00:06.
    expect(plan.slots.map((s) => s.times[0]!.plannedAt)).toEqual([
      '2025-10-25T23:56:00+07:00', '2025-10-25T23:58:00+07:00', '2025-10-26T00:00:00+07:00', '2025-10-26T00:02:00+07:00',
    ]);
    expect(plan.impossible).toBeNull();
    const late = planSequence(doc, sequence.id, { intervalMin: 4 });
    // 23:56 + 3 x 4 min = 00:08, holding room 00:12: 2 min after 00:10.
    expect(late.impossible).toEqual({ deadline: '00:10 (+1)', endsAt: '00:12 (+1)', overByS: 120, maxIntervalMin: 3.33 });
  });

  it('Paris on 2025-10-26: arrivals every 30 min through the repeated hour are 30 real minutes apart', () => {
    const { doc, sequence } = guests('Europe/Paris', { day: '2025-10-26', startTime: '01:58', deadline: null, intervalMin: 30 });
    const plan = planSequence(doc, sequence.id);
    expect(plan.slots.map((s) => s.times[0]!.plannedAt)).toEqual([
      '2025-10-26T01:58:00+02:00', '2025-10-26T02:28:00+02:00', '2025-10-26T02:58:00+02:00', '2025-10-26T02:28:00+01:00',
    ]);
    // Stored and read back: no conflict, the third and fourth are not taken for 30 min apart backwards.
    const step = execute(structuredClone(doc), emptyHistory(), applySequencePlan, { plan })!;
    expect(sequenceConflicts(step.document)).toEqual([]);
  });

  it('Paris on 2025-10-26: a deadline of 03:00 is four real hours after midnight', () => {
    const { doc, sequence } = guests('Europe/Paris', { day: '2025-10-26', startTime: '02:00', deadline: '03:00', intervalMin: 20 });
    const plan = planSequence(doc, sequence.id);
    // From 02:00 (+02:00) every 20 real minutes: the last (4th) at 03:00 real = 02:00 (+01:00), in at 02:04 (+01:00).
    expect(plan.slots.at(-1)!.times[0]!.plannedAt).toBe('2025-10-26T02:00:00+01:00');
    expect(plan.impossible).toBeNull();
  });
});
