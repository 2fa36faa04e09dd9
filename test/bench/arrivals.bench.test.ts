/**
 * Arrival engine benchmark (`npm run bench`): generating a 200-delegation welcome with its
 * conflict check (the plan, then the conflicts it would leave, as the app shows them before
 * applying), one ripple delay (re-plan, diff, conflicts), and the rehearsal's 200 markers for one
 * frame. Beside each figure, the same job written the straightforward way a competent developer
 * would (the order from one sort over keys read once, the zone read once per sequence and the
 * times in epoch seconds, each time written with Temporal, conflicts by sorting each drop-off and
 * greeter), in the same run, with the ratio; each baseline's output is asserted equal to ours.
 * Rows go to the bench table (table.ts); targets (p95, issue 14): generate 200 <= 20 ms,
 * ripple <= 5 ms; a rehearsal frame's markers <= 1 ms (a 16.7 ms frame draws them too).
 * Writes bench-results/arrivals.json.
 */
import { expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { referenceData } from '../../resources/reference/load';
import { emptyHistory, execute } from '../../shared/document/history';
import { applySequencePlan, createRehearsal, planConflicts, planDelay, planSequence } from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { RankClass } from '../../shared/model/entities';
import { ArrivalBuilder } from '../unit/arrival-fixtures';
import { baselineOrder } from './baseline-order';
import { figures, machine, time, versus, writeResults } from './measure';
import { benchRow } from './table';

const RANKS = RankClass.options.filter((r) => !r.includes('organization'));

/** 200 delegations (the UN states, then organizations), heads of rotating rank; the sample's step template. */
function event() {
  const b = new ArrivalBuilder(17);
  b.add({ iso3: 'VNM', pinned: 'host' });
  const states = referenceData.states.filter((s) => s.iso3 !== 'VNM');
  for (let i = 0; i < 200; i++) {
    if (i < states.length) b.add({ iso3: states[i]!.iso3, rank: RANKS[i % RANKS.length]! });
    else b.add({ org: referenceData.organizations[i - states.length]!.code });
  }
  const { sequence } = b.sequence({
    startTime: '06:00', deadline: '11:00', intervalMin: 1.25, minGapMin: 1,
    template: [['drive-in', 'drop-off', 60], ['walk', 'red-carpet-start', 45], ['greeting', 'greeting', 30], ['photo', 'photo', 20], ['escort', 'holding-room', 90]],
  });
  return { b, sequence };
}

// ---- the straightforward baselines -----------------------------------------------------------

/** One arrival as the baselines plan it: start and step times in epoch seconds, and as stored. */
type Row = { delegationId: string; starts: number[]; plannedAt: string[]; greeterId: string | null; dropOff: string };

const zoneOf = (doc: EventDocument) => Object.values(doc.events)[0]!.timeZone;
const stepsIn = (doc: EventDocument, sequenceId: string) => Object.values(doc.steps).filter((s) => s.sequenceId === sequenceId).sort((a, b) => a.order - b.order);
/** An instant (epoch s) as stored: the event-local wall clock with the offset then, Temporal's own formatting. */
const stored = (epochS: number, zone: string) =>
  Temporal.Instant.fromEpochMilliseconds(epochS * 1000).toZonedDateTimeISO(zone).toString({ timeZoneName: 'never', smallestUnit: 'second' });

/**
 * Generation the straightforward way, for a sequence anchored at its start: the participants in
 * reverse precedence, the start read once through Temporal, each arrival `spacing` after the one
 * before (the interval, raised to the minimum gap and the greeting), each step after the one before.
 */
function baselineGenerate(doc: EventDocument, sequenceId: string): Row[] {
  const sequence = doc.sequences[sequenceId]!;
  const zone = zoneOf(doc);
  const steps = stepsIn(doc, sequenceId);
  const greeters = Object.values(doc.greeters).filter((g) => g.sequenceId === sequenceId);
  const greeting = Math.max(0, ...steps.filter((s) => s.kind === 'greeting').map((s) => s.durationS));
  const spacing = Math.max(Math.round(sequence.intervalMin * 60), Math.round(sequence.minGapMin * 60), greeting);
  const start = Temporal.PlainDateTime.from(`${sequence.day}T${sequence.startTime}`).toZonedDateTime(zone).epochMilliseconds / 1000;
  const order = baselineOrder(doc).filter((id) => doc.delegations[id]!.pinnedRole !== 'host').reverse();
  return order.map((delegationId, i) => {
    let at = start + i * spacing;
    const starts = steps.map((s) => {
      const t = at;
      at += s.durationS;
      return t;
    });
    return { delegationId, starts, plannedAt: starts.map((t) => stored(t, zone)), greeterId: greeters.length === 1 ? greeters[0]!.id : null, dropOff: steps[0]!.venuePointId ?? '' };
  });
}

/**
 * The conflict check the straightforward way: the arrivals at each drop-off sorted and each
 * compared with the one before (the minimum gap), each greeter's greetings sorted and compared
 * likewise, the end against the deadline. Returns how many it found.
 */
function baselineConflicts(doc: EventDocument, sequenceId: string, rows: Row[]): number {
  const sequence = doc.sequences[sequenceId]!;
  const steps = stepsIn(doc, sequenceId);
  const g = steps.findIndex((s) => s.kind === 'greeting');
  const gap = Math.round(sequence.minGapMin * 60);
  let found = 0;
  const sortedBy = (key: (r: Row) => string, at: (r: Row) => number) => {
    const groups = new Map<string, number[]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), at(r)]);
    return [...groups.values()].map((list) => list.sort((a, b) => a - b));
  };
  for (const list of sortedBy((r) => r.dropOff, (r) => r.starts[0]!)) for (let i = 1; i < list.length; i++) if (list[i]! - list[i - 1]! < gap) found++;
  if (g >= 0) {
    const withGreeter = (r: Row) => r.greeterId ?? '';
    for (const list of sortedBy(withGreeter, (r) => r.starts[g]!)) for (let i = 1; i < list.length; i++) if (list[i]! - list[i - 1]! < steps[g]!.durationS) found++;
  }
  const deadline = Temporal.PlainDateTime.from(`${sequence.day}T${sequence.deadline}`).toZonedDateTime(zoneOf(doc)).epochMilliseconds / 1000;
  const end = Math.max(...rows.map((r) => r.starts.at(-1)! + steps.at(-1)!.durationS));
  if (end > deadline) found++;
  return found;
}

/**
 * A ripple the straightforward way: the sequence's slots read from the document (each stored
 * time parsed once), the late one and every one after it moved by the delay and written again,
 * the moves listed, then the conflict check on the result.
 */
function baselineRipple(doc: EventDocument, sequenceId: string, late: string, minutes: number) {
  const steps = stepsIn(doc, sequenceId);
  const zone = zoneOf(doc);
  const times = new Map<string, Map<string, string>>();
  for (const t of Object.values(doc.slotTimes)) times.set(t.slotId, (times.get(t.slotId) ?? new Map()).set(t.stepId, t.plannedAt));
  const slots = Object.values(doc.slots).filter((s) => s.sequenceId === sequenceId).sort((a, b) => a.order - b.order);
  const rows: Row[] = slots.map((s) => {
    const plannedAt = steps.map((step) => times.get(s.id)!.get(step.id)!);
    return { delegationId: s.delegationId, starts: plannedAt.map((iso) => Date.parse(iso) / 1000), plannedAt, greeterId: s.greeterId, dropOff: steps[0]!.venuePointId ?? '' };
  });
  const from = rows.findIndex((r) => r.delegationId === late);
  const by = minutes * 60;
  const moved = rows.map((r, i) => (i < from ? r : { ...r, starts: r.starts.map((t) => t + by), plannedAt: r.starts.map((t) => stored(t + by, zone)) }));
  const moves = moved.slice(from).map((r) => ({ delegationId: r.delegationId, toTime: r.plannedAt[0]! }));
  return { moves, conflicts: baselineConflicts(doc, sequenceId, moved) };
}

it('generates 200 arrivals with the conflict check, ripples a delay, and draws 200 markers', () => {
  const { b, sequence } = event();
  const doc = b.doc;

  // Generation: the same order and the same stored times for every step, the same conflicts (none).
  const plan = planSequence(doc, sequence.id);
  const generated = baselineGenerate(doc, sequence.id);
  expect(plan.slots.map((s) => [s.delegationId, s.times.map((t) => t.plannedAt)])).toEqual(generated.map((r) => [r.delegationId, r.plannedAt]));
  expect(planConflicts(doc, plan).length).toBe(baselineConflicts(doc, sequence.id, generated));
  const generate = versus(
    time(() => planConflicts(doc, planSequence(doc, sequence.id)), 200),
    time(() => baselineConflicts(doc, sequence.id, baselineGenerate(doc, sequence.id)), 100),
  );

  // Applied; then the 100th delegation 5 min late: the same moves to the same times, the same conflicts.
  const planned = execute(doc, emptyHistory(), applySequencePlan, { plan, ids: b.ids })!.document;
  const late = plan.slots[100]!.delegationId;
  const delay = planDelay(planned, sequence.id, late, 5, 'ripple');
  const rippled = baselineRipple(planned, sequence.id, late, 5);
  expect(delay.diff.moves.map((m) => ({ delegationId: m.delegationId, toTime: m.toTime }))).toEqual(rippled.moves);
  expect(delay.conflicts.length).toBe(rippled.conflicts);
  const ripple = versus(time(() => planDelay(planned, sequence.id, late, 5, 'ripple'), 200), time(() => baselineRipple(planned, sequence.id, late, 5), 100));

  // One frame of the rehearsal, a minute before the last arrival: 200 markers (no baseline: the
  // rehearsal has no simpler form doing the same job).
  const rehearsal = createRehearsal(planned, sequence.id);
  const t = plan.slots.at(-1)!.start - 60;
  const markers = time(() => rehearsal.markersAt(t), 500);

  writeResults('arrivals', {
    benchmark: 'arrivals',
    date: new Date().toISOString(),
    machine: machine('none'),
    results: {
      generate: { delegations: plan.slots.length, conflicts: planConflicts(doc, plan).length, ...generate },
      ripple: { moves: delay.diff.moves.length, conflicts: delay.conflicts.length, ...ripple },
      markersFrame: { markers: rehearsal.markersAt(t).length, ...markers },
    },
  });
  expect(plan.slots).toHaveLength(200);
  expect(delay.diff.moves).toHaveLength(100); // the late one and the 99 after it
  expect(rehearsal.markersAt(t)).toHaveLength(200);
  benchRow({ name: 'generate 200 arrivals with the conflict check', unit: 'ms', ours: figures(generate.engine), baseline: figures(generate.baseline), target: 20 });
  benchRow({ name: 'ripple a 5 min delay over 100 arrivals', unit: 'ms', ours: figures(ripple.engine), baseline: figures(ripple.baseline), target: 5 });
  benchRow({ name: 'rehearsal frame, 200 markers', unit: 'ms', ours: figures(markers), baseline: null, target: 1 });
});
