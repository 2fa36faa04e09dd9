import type { EventDocument } from '../model/collections';
import { IsoDateTime } from '../model/primitives';
import { planConflicts } from './conflicts';
import { diffSequence } from './diff';
import { ArrivalError } from './errors';
import { resolveOptions } from './generate';
import { both, minutesText } from './messages';
import { nameKey, sequenceOf, slotsOf, stepOffsets, stepsOf, timesBySlot } from './model';
import { sequenceClock, timeText, type DayClock } from './time';
import type { ArrivalOptions, ArrivalReason, DelayMode, DelayPlan, PlannedSlot, SequencePlan, Seconds } from './types';

/** A slot as it stands: planned times (the template fills a missing one), and whether it has arrived. */
type Current = PlannedSlot & { slotId: string; arrived: boolean; dropOff: string };

function current(document: EventDocument, sequenceId: string, clock: DayClock): Current[] {
  const steps = stepsOf(document, sequenceId);
  const { offsets } = stepOffsets(steps);
  const times = timesBySlot(document);
  return slotsOf(document, sequenceId).flatMap((slot) => {
    const own = times.get(slot.id);
    const known = steps.findIndex((s) => own?.has(s.id));
    if (known < 0) return []; // never planned: nothing to move
    const start = clock.toSeconds(own!.get(steps[known]!.id)!.plannedAt) - offsets[known]!;
    const at = steps.map((s, i) => {
      const t = own?.get(s.id);
      return t ? clock.toSeconds(t.plannedAt) : start + offsets[i]!;
    });
    // Stored strings kept as they are: a slot that does not move is not rewritten.
    const stored = (i: number) => own?.get(steps[i]!.id)?.plannedAt ?? clock.toIso(at[i]!);
    return [{
      slotId: slot.id, delegationId: slot.delegationId, order: slot.order, start: at[0]!, end: at.at(-1)! + steps.at(-1)!.durationS,
      times: steps.map((s, i) => ({ stepId: s.id, kind: s.kind, at: at[i]!, plannedAt: stored(i) })), wave: null,
      arrived: [...(own?.values() ?? [])].some((t) => t.actualAt !== null),
      dropOff: `${steps[0]?.venuePointId ?? ''}|${nameKey(slot.entrance)}`,
    }];
  });
}

const shifted = (slot: Current, by: Seconds, clock: DayClock): Current =>
  by === 0
    ? slot
    : { ...slot, start: slot.start + by, end: slot.end + by, times: slot.times.map((t) => ({ ...t, at: t.at + by, plannedAt: clock.toIso(t.at + by) })) };

/**
 * The earliest start at or after `from` that keeps `spacing` from every other arrival at the
 * same drop-off: `from` itself, or just after one of them.
 */
function nextFree(others: readonly Current[], dropOff: string, from: Seconds, spacing: Seconds): Seconds {
  const starts = others.filter((o) => o.dropOff === dropOff).map((o) => o.start).sort((a, b) => a - b);
  const fits = (t: number) => starts.every((s) => Math.abs(s - t) >= spacing);
  for (const candidate of [from, ...starts.map((s) => s + spacing).filter((t) => t > from)]) if (fits(candidate)) return candidate;
  return Math.max(from, (starts.at(-1) ?? from) + spacing);
}

type Context = { document: EventDocument; sequenceId: string; clock: DayClock; slots: Current[]; spacing: Seconds; options: ArrivalOptions };

function context(document: EventDocument, sequenceId: string): Context {
  sequenceOf(document, sequenceId);
  const clock = sequenceClock(document, sequenceId);
  const options = resolveOptions(document, sequenceId);
  const greetingS = Math.max(0, ...stepsOf(document, sequenceId).filter((s) => s.kind === 'greeting').map((s) => s.durationS));
  // The least spacing that leaves no conflict: the minimum gap, and one greeting after another.
  const spacing = Math.max(Math.round(options.minGapMin * 60), greetingS, 1);
  return { document, sequenceId, clock, slots: current(document, sequenceId, clock), spacing, options };
}

/**
 * Moves one slot to `newStart`; with 'ripple', every slot after it that has not arrived shifts by
 * `rippleBy`; with 're-slot', those left too close to it (at its drop-off) each move to the next
 * free gap, in order. Arrived slots never move.
 */
function replan(c: Context, slotId: string, newStart: Seconds, mode: DelayMode, rippleBy: Seconds): Current[] {
  const late = c.slots.find((s) => s.slotId === slotId)!;
  const moved = shifted(late, newStart - late.start, c.clock);
  let others = c.slots.filter((s) => s !== late);
  if (mode === 'ripple' && rippleBy > 0) {
    others = others.map((o) => (!o.arrived && (o.start > late.start || (o.start === late.start && o.order > late.order)) ? shifted(o, rippleBy, c.clock) : o));
  } else if (mode === 're-slot') {
    // Only those the move crowds out move, in time order, each to the next gap left by the ones
    // placed before it; a later one is moved only if it is crowded in turn.
    const ordered = [...others].sort((a, b) => a.start - b.start || a.order - b.order);
    const displaced: Current[] = [moved];
    const placed: Current[] = [moved];
    others = ordered.map((o) => {
      const crowded = !o.arrived && displaced.some((p) => p.dropOff === o.dropOff && Math.abs(p.start - o.start) < c.spacing);
      const next = crowded ? shifted(o, nextFree(placed, o.dropOff, o.start, c.spacing) - o.start, c.clock) : o;
      if (crowded) displaced.push(next);
      placed.push(next);
      return next;
    });
  }
  return [...others, moved].sort((a, b) => a.start - b.start || a.order - b.order).map((s, order) => ({ ...s, order }));
}

function toPlan(c: Context, slots: Current[], explanation: ArrivalReason[], actuals: SequencePlan['actuals']): DelayPlan {
  const plan: SequencePlan = {
    sequenceId: c.sequenceId,
    options: c.options,
    slots: slots.map(({ arrived: _a, dropOff: _d, ...p }) => p),
    removedSlotIds: [],
    actuals,
    explanation,
    impossible: null,
    storeOptions: false,
  };
  return { plan, diff: diffSequence(c.document, c.sequenceId, plan), conflicts: planConflicts(c.document, plan) };
}

function slotOfDelegation(c: Context, delegationId: string): Current {
  const slot = c.slots.find((s) => s.delegationId === delegationId);
  if (!slot) {
    const d = c.document.delegations[delegationId];
    const s = c.document.sequences[c.sequenceId]!;
    throw new ArrivalError('error-delegation-no-slot', { ...both('delegation', d?.nameEn ?? delegationId, d?.nameVi ?? delegationId), ...both('sequence', s.nameEn, s.nameVi) });
  }
  return slot;
}

const names = (c: Context, delegationId: string) => {
  const d = c.document.delegations[delegationId];
  return both('delegation', d?.nameEn ?? delegationId, d?.nameVi ?? delegationId);
};

/**
 * A delegation announced late by `minutes`: 'ripple' moves it and every delegation after it
 * that has not arrived by as much (the order and every gap kept); 're-slot' moves it alone
 * into the first free gap at or after its new time (the minimum gap and one greeting kept
 * from every other arrival; after the last one when no gap is wide enough), and re-numbers the
 * order. Negative minutes: early, only it moves. Nothing is applied: show `diff`, then
 * applySequencePlan(plan) as one undo step.
 */
export function planDelay(document: EventDocument, sequenceId: string, delegationId: string, minutes: number, mode: DelayMode): DelayPlan {
  const c = context(document, sequenceId);
  const late = slotOfDelegation(c, delegationId);
  const by = Math.round(minutes * 60);
  const desired = late.start + by;
  let slots: Current[];
  let reason: ArrivalReason;
  if (by <= 0) {
    slots = replan(c, late.slotId, desired, 'ripple', 0);
    reason = { key: 'explain-delay-early', params: { ...names(c, delegationId), minutes: minutesText(-by), time: timeText(c.clock, desired) } };
  } else if (mode === 'ripple') {
    slots = replan(c, late.slotId, desired, 'ripple', by);
    const after = slots.filter((s) => s.start > desired).length;
    reason = { key: 'explain-delay-ripple', params: { ...names(c, delegationId), minutes: minutesText(by), time: timeText(c.clock, desired), count: after } };
  } else {
    const at = nextFree(c.slots.filter((s) => s !== late), late.dropOff, desired, c.spacing);
    slots = replan(c, late.slotId, at, 'ripple', 0);
    reason = { key: 'explain-delay-reslot', params: { ...names(c, delegationId), minutes: minutesText(by), time: timeText(c.clock, at) } };
  }
  const kept = c.slots.filter((s) => s.arrived).length;
  const explanation = kept > 0 && mode === 'ripple' && by > 0 ? [reason, { key: 'explain-arrived-kept' as const, params: { count: kept } }] : [reason];
  return toPlan(c, slots, explanation, []);
}

/**
 * A delegation's actual arrival logged live (`actualAt`, ISO, at the first step): its step times
 * follow from it, and the rest is re-planned by the delay rules: 'ripple' shifts every later
 * delegation that has not arrived by the delay; 're-slot' moves only those now too close to it,
 * each into the next free gap. Early or on time: nobody else moves. The plan logs the actual time.
 */
export function planFromActual(document: EventDocument, sequenceId: string, slotId: string, actualAt: string, mode: DelayMode = 'ripple'): DelayPlan {
  if (!IsoDateTime.safeParse(actualAt).success) throw new ArrivalError('error-bad-time', { time: actualAt });
  const c = context(document, sequenceId);
  const slot = c.slots.find((s) => s.slotId === slotId);
  if (!slot) throw new ArrivalError('error-no-slot');
  const at = c.clock.toSeconds(actualAt);
  const delay = at - slot.start;
  const slots = replan(c, slotId, at, mode, Math.max(0, delay));
  const explanation: ArrivalReason[] = [
    { key: 'explain-actual', params: { ...names(c, slot.delegationId), time: timeText(c.clock, at), planned: timeText(c.clock, slot.start) } },
  ];
  if (delay > 0 && mode === 'ripple') {
    explanation.push({ key: 'explain-delay-ripple', params: { ...names(c, slot.delegationId), minutes: minutesText(delay), time: timeText(c.clock, at), count: slots.filter((s) => s.start > at && !c.slots.find((x) => x.slotId === s.slotId)!.arrived).length } });
  }
  const firstStep = slot.times[0]!.stepId;
  return toPlan(c, slots, explanation, [{ slotId, stepId: firstStep, actualAt: c.clock.toIso(at) }]);
}
