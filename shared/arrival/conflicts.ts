import { byOrder, bySortKey } from '../compare';
import type { CollectionName, EventDocument } from '../model/collections';
import type { ArrivalSequence, Slot, SlotTime } from '../model/entities';
import { writePlan } from './commands';
import { clockAfter, participantsOf } from './generate';
import { both, minutesText, stepLabel } from './messages';
import { effectiveStarts, nameKey, stepsOf, timesBySlot, type TimesBySlot } from './model';
import { readArrivalSettings, ArrivalSettingsError, type ArrivalSettings } from './settings';
import { sequenceClock, timeText, type DayClock } from './time';
import type { ArrivalConflict, SequencePlan } from './types';

/** One slot's times as the conflicts read them: actual when logged, else planned. */
type Timed = {
  slot: Slot;
  sequence: ArrivalSequence;
  clock: DayClock;
  arrival: number; // the first step
  end: number; // the last step's end
  greeting: { start: number; end: number; pointId: string | null } | null;
  dropOff: string; // venue point of the first step + entrance
};

const names = (prefix: string, s: { nameEn: string; nameVi: string } | undefined, fallback: string) =>
  both(prefix, s?.nameEn ?? fallback, s?.nameVi ?? fallback);

/**
 * Every arrival conflict, errors first, then by sequence: two arrivals at one drop-off (the
 * first step's venue point and the slot's entrance) closer than the sequence's minimum gap; a
 * greeter greeting two delegations at once; one greeter (by name, across sequences) expected in
 * two places at once; a delegation expected in a sequence without a slot; a sequence ending after
 * its deadline; a liaison officer (by name, across sequences) with two slots whose times overlap;
 * a slot missing a step time; settings that do not parse. Logged actual times count over planned
 * ones: a late arrival not yet re-planned shows as the conflicts it causes. With `sequenceId`,
 * only conflicts involving that sequence.
 */
export function sequenceConflicts(document: EventDocument, sequenceId?: string): ArrivalConflict[] {
  return conflictsOf(document, sequenceId, timesBySlot(document));
}

/** sequenceConflicts with the document's slot times already indexed (a preview's are). */
function conflictsOf(document: EventDocument, sequenceId: string | undefined, times: TimesBySlot): ArrivalConflict[] {
  const conflicts: ArrivalConflict[] = [];
  const delegation = (id: string) => names('delegation', document.delegations[id], id);
  const timed: Timed[] = [];
  const sequences = Object.values(document.sequences).sort(bySortKey);
  const slotsBySequence = new Map<string, Slot[]>();
  for (const slot of Object.values(document.slots)) {
    let list = slotsBySequence.get(slot.sequenceId);
    if (!list) slotsBySequence.set(slot.sequenceId, (list = []));
    list.push(slot);
  }
  for (const sequence of sequences) {
    const seqNames = names('sequence', sequence, sequence.id);
    const clock = sequenceClock(document, sequence.id);
    let settings: ArrivalSettings | null = null;
    try {
      settings = readArrivalSettings(document, sequence.id);
    } catch (err) {
      if (!(err instanceof ArrivalSettingsError)) throw err;
      conflicts.push({ severity: 'error', key: 'conflict-settings-invalid', params: { ...seqNames, issues: err.issues.join('; ') }, sequenceId: sequence.id, slotIds: [], delegationIds: [] });
    }
    const steps = stepsOf(document, sequence.id);
    const slots = (slotsBySequence.get(sequence.id) ?? []).sort(byOrder);
    const greetingIndex = steps.findIndex((s) => s.kind === 'greeting');
    const mine: Timed[] = [];
    for (const slot of slots) {
      const own = times.get(slot.id);
      for (const step of steps) {
        if (own?.has(step.id)) continue;
        conflicts.push({
          severity: 'error', key: 'conflict-missing-times',
          params: { ...delegation(slot.delegationId), ...seqNames, ...both('step', stepLabel(step.kind, 'en'), stepLabel(step.kind, 'vi')) },
          sequenceId: sequence.id, slotIds: [slot.id], delegationIds: [slot.delegationId],
        });
      }
      // A missing time follows the template, so one gap does not hide the other conflicts.
      const at = effectiveStarts(clock, steps, own);
      if (steps.length === 0 || Number.isNaN(at[0])) continue;
      const last = steps.length - 1;
      const g = greetingIndex >= 0 ? { start: at[greetingIndex]!, end: at[greetingIndex]! + steps[greetingIndex]!.durationS, pointId: steps[greetingIndex]!.venuePointId } : null;
      mine.push({
        slot, sequence, clock, arrival: at[0]!, end: at[last]! + steps[last]!.durationS, greeting: g,
        dropOff: `${steps[0]!.venuePointId ?? sequence.id}|${nameKey(slot.entrance)}`,
      });
    }
    timed.push(...mine);

    // Two arrivals at one drop-off closer than the minimum gap.
    const gapS = Math.round(sequence.minGapMin * 60);
    const byDropOff = groupBy(mine, (t) => t.dropOff);
    for (const group of byDropOff.values()) {
      group.sort((a, b) => a.arrival - b.arrival);
      for (let i = 1; i < group.length; i++) {
        const a = group[i - 1]!;
        const b = group[i]!;
        if (b.arrival - a.arrival >= gapS) continue;
        const point = document.venuePoints[steps[0]!.venuePointId ?? ''];
        conflicts.push({
          severity: 'error', key: 'conflict-min-gap',
          params: {
            ...names('a', document.delegations[a.slot.delegationId], a.slot.delegationId), ...names('b', document.delegations[b.slot.delegationId], b.slot.delegationId),
            timeA: timeText(clock, a.arrival), timeB: timeText(clock, b.arrival), gap: minutesText(b.arrival - a.arrival), min: minutesText(gapS),
            ...both('point', withEntrance(point?.nameEn ?? 'the drop-off', a.slot.entrance), withEntrance(point?.nameVi ?? 'điểm xuống xe', a.slot.entrance)),
          },
          sequenceId: sequence.id, slotIds: [a.slot.id, b.slot.id], delegationIds: [a.slot.delegationId, b.slot.delegationId],
        });
      }
    }

    // One greeter greeting two at once.
    const byGreeter = groupBy(mine.filter((t) => t.greeting && t.slot.greeterId), (t) => t.slot.greeterId!);
    for (const [greeterId, group] of byGreeter) {
      const greeter = document.greeters[greeterId];
      for (const [a, b] of overlaps(group, (t) => t.greeting!)) {
        conflicts.push({
          severity: 'error', key: 'conflict-greeter-overlap',
          params: {
            greeter: greeter?.name ?? greeterId,
            ...names('a', document.delegations[a.slot.delegationId], a.slot.delegationId), ...names('b', document.delegations[b.slot.delegationId], b.slot.delegationId),
            timeA: timeText(clock, a.greeting!.start), timeB: timeText(clock, b.greeting!.start),
          },
          sequenceId: sequence.id, slotIds: [a.slot.id, b.slot.id], delegationIds: [a.slot.delegationId, b.slot.delegationId],
        });
      }
    }

    // A delegation expected without a slot: only once who is expected has been said ('all' or
    // ranks; a sequence never generated here expects who it holds). Not planned yet: nobody.
    if (settings && settings.participants !== null && slots.length > 0) {
      const slotted = new Set(slots.map((s) => s.delegationId));
      for (const d of participantsOf(document, sequence.id, settings.participants).delegations) {
        if (slotted.has(d.id)) continue;
        conflicts.push({
          severity: 'error', key: 'conflict-no-slot', params: { ...delegation(d.id), ...seqNames }, sequenceId: sequence.id, slotIds: [], delegationIds: [d.id],
        });
      }
    }

    // Ending after the deadline.
    if (sequence.deadline !== null && mine.length > 0) {
      // Checked as stored: a skipped time moved forward (planning is where it is refused).
      const repeated = settings?.repeatedTime ?? 'earlier';
      const start = sequence.startTime === null ? null : clock.fromClock(sequence.startTime, repeated);
      const deadline = clockAfter(clock, sequence.deadline, start, { skipped: 'forward', repeated });
      const end = Math.max(...mine.map((t) => t.end));
      if (end > deadline) {
        const late = mine.filter((t) => t.end > deadline);
        conflicts.push({
          severity: 'error', key: 'conflict-deadline',
          params: { ...seqNames, end: timeText(clock, end), over: minutesText(end - deadline), deadline: clock.label(deadline) },
          sequenceId: sequence.id, slotIds: late.map((t) => t.slot.id), delegationIds: late.map((t) => t.slot.delegationId),
        });
      }
    }
  }

  // Across sequences: one greeter, by name, in two places at once.
  const greetings = timed.filter((t) => t.greeting && t.slot.greeterId && document.greeters[t.slot.greeterId]);
  for (const group of groupBy(greetings, (t) => nameKey(document.greeters[t.slot.greeterId!]!.name)).values()) {
    for (const [a, b] of overlaps(group, (t) => t.greeting!)) {
      if (a.slot.greeterId === b.slot.greeterId) continue; // the same greeter: greeter-overlap above
      const point = (t: Timed) => document.venuePoints[t.greeting!.pointId ?? ''];
      conflicts.push({
        severity: 'error', key: 'conflict-greeter-two-places',
        params: {
          greeter: document.greeters[a.slot.greeterId!]!.name,
          ...names('pointA', point(a), '—'), ...names('pointB', point(b), '—'),
          ...names('sequenceA', a.sequence, a.sequence.id), ...names('sequenceB', b.sequence, b.sequence.id),
          ...names('a', document.delegations[a.slot.delegationId], a.slot.delegationId), ...names('b', document.delegations[b.slot.delegationId], b.slot.delegationId),
          timeA: timeText(a.clock, a.greeting!.start), timeB: timeText(b.clock, b.greeting!.start),
        },
        sequenceId: a.sequence.id, slotIds: [a.slot.id, b.slot.id], delegationIds: [a.slot.delegationId, b.slot.delegationId],
      });
    }
  }

  // Across sequences: a liaison officer on two slots at once.
  const withOfficer = timed.filter((t) => t.slot.liaisonOfficer.trim() !== '');
  for (const group of groupBy(withOfficer, (t) => nameKey(t.slot.liaisonOfficer)).values()) {
    for (const [a, b] of overlaps(group, (t) => ({ start: t.arrival, end: t.end }))) {
      conflicts.push({
        severity: 'error', key: 'conflict-liaison-double-booked',
        params: {
          officer: a.slot.liaisonOfficer.trim(),
          ...names('a', document.delegations[a.slot.delegationId], a.slot.delegationId), ...names('b', document.delegations[b.slot.delegationId], b.slot.delegationId),
          ...names('sequenceA', a.sequence, a.sequence.id), ...names('sequenceB', b.sequence, b.sequence.id),
          spanA: `${timeText(a.clock, a.arrival)}–${timeText(a.clock, a.end)}`, spanB: `${timeText(b.clock, b.arrival)}–${timeText(b.clock, b.end)}`,
        },
        sequenceId: a.sequence.id, slotIds: [a.slot.id, b.slot.id], delegationIds: [a.slot.delegationId, b.slot.delegationId],
      });
    }
  }

  const rank = new Map(sequences.map((s, i) => [s.id, i]));
  const selected = sequenceId === undefined ? conflicts : conflicts.filter((c) => c.sequenceId === sequenceId || c.slotIds.some((id) => document.slots[id]?.sequenceId === sequenceId));
  return selected
    .map((c, i) => ({ c, i }))
    .sort((x, y) => (x.c.severity === y.c.severity ? 0 : x.c.severity === 'error' ? -1 : 1) || rank.get(x.c.sequenceId)! - rank.get(y.c.sequenceId)! || x.i - y.i)
    .map((x) => x.c);
}

const withEntrance = (point: string, entrance: string) => (entrance.trim() === '' ? point : `${point} (${entrance.trim()})`);

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(item);
  }
  return groups;
}

/**
 * Pairs of items whose [start, end) windows overlap, each later item paired with the earlier one
 * that reaches furthest (a sweep: n log n, not every pair).
 */
function overlaps<T>(items: readonly T[], window: (t: T) => { start: number; end: number }): [T, T][] {
  const sorted = [...items].sort((a, b) => window(a).start - window(b).start);
  const pairs: [T, T][] = [];
  let reach: T | null = null;
  for (const item of sorted) {
    if (reach && window(item).start < window(reach).end) pairs.push([reach, item]);
    if (!reach || window(item).end > window(reach).end) reach = item;
  }
  return pairs;
}

/**
 * The document as it would be once `plan` were applied (for conflicts before accepting): the
 * command's own writePlan over copies of the collections it touches, rows shared otherwise.
 */
export function documentWithPlan(document: EventDocument, plan: SequencePlan): EventDocument {
  return preview(document, plan, true).document;
}

/**
 * The preview of documentWithPlan with its slot-time index. Without `withTimes` the slot times
 * live in the index only and the document keeps the old rows: copying the thousand rows of a
 * large sequence was most of a preview's cost, and the conflicts read them through the index.
 */
function preview(document: EventDocument, plan: SequencePlan, withTimes: boolean): { document: EventDocument; times: TimesBySlot } {
  let n = 0;
  const ids = () => previewId(n++);
  const next: EventDocument = { ...document };
  const copied = new Set<CollectionName>();
  const rows = (collection: CollectionName) => {
    if (!copied.has(collection)) {
      (next as Record<string, unknown>)[collection] = { ...document[collection] };
      copied.add(collection);
    }
    return next[collection] as Record<string, unknown>;
  };
  // The index shared with the document's, a slot's own map copied when one of its times changes.
  const times = new Map(timesBySlot(document));
  const own = new Set<string>();
  const stepsOfSlot = (slotId: string) => {
    if (!own.has(slotId)) {
      times.set(slotId, new Map(times.get(slotId)));
      own.add(slotId);
    }
    return times.get(slotId) as Map<string, SlotTime>;
  };
  writePlan(document, plan, ids, {
    put: (collection, row) => {
      if (collection === 'slotTimes') {
        const t = row as SlotTime;
        stepsOfSlot(t.slotId).set(t.stepId, t);
        if (!withTimes) return;
      }
      rows(collection)[row.id] = row;
    },
    remove: (collection, id) => {
      if (collection === 'slotTimes') {
        const t = document.slotTimes[id];
        if (t) stepsOfSlot(t.slotId).delete(t.stepId);
        if (!withTimes) return;
      }
      delete rows(collection)[id];
    },
  });
  return { document: next, times };
}

// The preview's placeholder ids, made once and reused by every preview: a new string per row
// and per preview cost more than the rest of writing the plan.
const previewIds: string[] = [];
function previewId(i: number): string {
  while (previewIds.length <= i) previewIds.push(`00000000-0000-4000-8000-${String(previewIds.length + 1).padStart(12, '0')}`);
  return previewIds[i]!;
}

/** The conflicts the sequence would have once `plan` were applied. */
export function planConflicts(document: EventDocument, plan: SequencePlan): ArrivalConflict[] {
  const { document: next, times } = preview(document, plan, false);
  return conflictsOf(next, plan.sequenceId, times);
}
