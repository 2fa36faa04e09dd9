import { isDraft, original, type Draft } from 'immer';
import type { Command } from '../document/history';
import { rowProblem } from '../document/commands';
import { freshId, randomId, type IdFactory } from '../ids';
import type { EntityOf, EventDocument } from '../model/collections';
import type { ArrivalSequence, SequenceStep, Setting, Slot, SlotTime } from '../model/entities';
import { IsoDateTime } from '../model/primitives';
import { ArrivalError } from './errors';
import { STEP_DEFAULTS } from './generate';
import { timesBySlot } from './model';
import { arrivalKey, ArrivalSettings } from './settings';
import { dayClock, eventTimeZone } from './time';
import type { SequencePlan } from './types';

/**
 * The officer's arrival commands (shared/document/history.ts): each one undo step, none leaves
 * a document the event file would refuse (one slot per delegation and sequence, one time per
 * slot and step, steps and greeters of the slot's own sequence, valid ISO times). A refusal
 * throws ArrivalError and changes nothing.
 */
type Doc = Draft<EventDocument>;

function newId(draft: Doc, ids: IdFactory, collection: 'slots' | 'slotTimes' | 'steps' | 'sequences' | 'settings'): string {
  return freshId(ids, (id) => Object.hasOwn(draft[collection], id), 'arrival');
}

function slotIn(draft: Doc, slotId: string) {
  const slot = draft.slots[slotId];
  if (!slot) throw new ArrivalError('error-no-slot');
  return slot;
}

function stepOf(draft: Doc, sequenceId: string, stepId: string) {
  const step = draft.steps[stepId];
  if (!step || step.sequenceId !== sequenceId) throw new ArrivalError('error-no-step');
  return step;
}

// A plan writes a thousand times; each string is checked once (a valid string stays valid).
const validTimes = new Set<string>();
function checkTime(time: string): string {
  if (validTimes.has(time)) return time;
  if (!IsoDateTime.safeParse(time).success) throw new ArrivalError('error-bad-time', { time });
  if (validTimes.size > 100_000) validTimes.clear();
  validTimes.add(time);
  return time;
}

/** The document before the command: read for look-ups, since iterating a draft makes a proxy of every row. */
const baseOf = (draft: Doc) => (isDraft(draft) ? original(draft) : draft) as EventDocument;

/** The slot times of one slot, by step (the drafts of those rows only). */
function timesOf(draft: Doc, slotId: string) {
  const byStep = new Map<string, Draft<EventDocument['slotTimes'][string]>>();
  for (const t of Object.values(baseOf(draft).slotTimes)) if (t.slotId === slotId && draft.slotTimes[t.id]) byStep.set(t.stepId, draft.slotTimes[t.id]!);
  return byStep;
}

/** Sets a slot's planned time for a step, creating the row when missing. */
function plan(draft: Doc, slotId: string, stepId: string, plannedAt: string, ids: IdFactory, existing?: Draft<EventDocument['slotTimes'][string]>) {
  if (existing) {
    if (existing.plannedAt !== plannedAt) existing.plannedAt = plannedAt;
    return;
  }
  const id = newId(draft, ids, 'slotTimes');
  draft.slotTimes[id] = { id, slotId, stepId, plannedAt: checkTime(plannedAt), actualAt: null };
}

/** Where writePlan puts rows: the command's draft, or a preview's copies. Rows are whole, never mutated. */
export type PlanWriter = {
  put<C extends 'slots' | 'slotTimes' | 'sequences' | 'settings'>(collection: C, row: EntityOf<C>): void;
  remove(collection: 'slots' | 'slotTimes', id: string): void;
};

/**
 * Writes a plan over `base` (the document before): slots kept, created (empty fields; the
 * sequence's greeter when it has exactly one) or deleted with their times, every step time set,
 * actual times logged; with `plan.storeOptions` (a generation), the rule, times and interval on
 * the sequence and the other options as its `arrival.<id>` setting. Only rows that change are
 * written. A plan that no longer fits `base` (a slot, step or delegation gone, a slot moved to
 * another delegation) is refused: plan again. Reads `base` only, so the same code serves the
 * command (an immer draft, where iterating would make a proxy of every row) and the preview.
 */
export function writePlan(base: EventDocument, proposal: SequencePlan, ids: IdFactory, out: PlanWriter): void {
  const stale = (detail: string) => new ArrivalError('error-plan-stale', { detail });
  const sequence = base.sequences[proposal.sequenceId];
  if (!sequence) throw stale('sequence');
  const created = new Set<string>();
  const fresh = (collection: 'slots' | 'slotTimes' | 'settings') => {
    const id = freshId(ids, (taken) => Object.hasOwn(base[collection], taken) || created.has(taken), 'arrival');
    created.add(id);
    return id;
  };
  const greeters = Object.values(base.greeters).filter((g) => g.sequenceId === sequence.id);
  const slotOfDelegation = new Map<string, string>();
  for (const s of Object.values(base.slots)) if (s.sequenceId === sequence.id) slotOfDelegation.set(s.delegationId, s.id);
  const times = timesBySlot(base); // slot -> step -> time
  const step = (stepId: string) => {
    if (base.steps[stepId]?.sequenceId !== sequence.id) throw new ArrivalError('error-no-step');
  };

  for (const id of proposal.removedSlotIds) {
    const slot = base.slots[id];
    if (!slot || slot.sequenceId !== sequence.id) throw stale(`slot ${id}`);
    for (const t of times.get(id)?.values() ?? []) out.remove('slotTimes', t.id);
    slotOfDelegation.delete(slot.delegationId);
    out.remove('slots', id);
  }
  const seen = new Set<string>();
  const written = new Map<string, SlotTime>(); // times written by this plan, for its actuals
  for (const p of proposal.slots) {
    if (!base.delegations[p.delegationId]) throw stale(`delegation ${p.delegationId}`);
    if (seen.has(p.delegationId)) throw stale(`delegation ${p.delegationId} twice`);
    seen.add(p.delegationId);
    let slotId = p.slotId;
    if (slotId !== null) {
      const slot = base.slots[slotId];
      if (!slot || slot.sequenceId !== sequence.id || slot.delegationId !== p.delegationId) throw stale(`slot ${slotId}`);
      if (slot.order !== p.order) out.put('slots', { ...slot, order: p.order });
    } else {
      if (slotOfDelegation.has(p.delegationId)) throw stale(`delegation ${p.delegationId} has a slot`);
      slotId = fresh('slots');
      out.put('slots', {
        id: slotId, sequenceId: sequence.id, delegationId: p.delegationId, order: p.order,
        entrance: '', carNumber: '', liaisonOfficer: '', escort: '', greeterId: greeters.length === 1 ? greeters[0]!.id : null, notes: '',
      });
    }
    for (const t of p.times) {
      step(t.stepId);
      const old = times.get(slotId)?.get(t.stepId);
      if (old?.plannedAt === t.plannedAt) continue;
      const row: SlotTime = old ? { ...old, plannedAt: checkTime(t.plannedAt) } : { id: fresh('slotTimes'), slotId, stepId: t.stepId, plannedAt: checkTime(t.plannedAt), actualAt: null };
      out.put('slotTimes', row);
      if (proposal.actuals.length > 0) written.set(`${slotId}/${t.stepId}`, row);
    }
  }
  for (const a of proposal.actuals) {
    if (base.slots[a.slotId]?.sequenceId !== sequence.id) throw new ArrivalError('error-no-slot');
    step(a.stepId);
    const t = written.get(`${a.slotId}/${a.stepId}`) ?? times.get(a.slotId)?.get(a.stepId);
    if (!t) throw stale(`time of slot ${a.slotId}`);
    if (t.actualAt !== a.actualAt) out.put('slotTimes', { ...t, actualAt: checkTime(a.actualAt) });
  }
  if (proposal.storeOptions) {
    const { rule, startTime, deadline, intervalMin, minGapMin, anchor, waves, waveGapMin, endBufferMin, participants, lot, skippedTime, repeatedTime } = proposal.options;
    const row: ArrivalSequence = { ...sequence, rule, startTime, deadline, intervalMin, minGapMin };
    const problem = rowProblem('sequences', row);
    if (problem) throw new ArrivalError('error-bad-field', { field: problem.field, message: problem.message });
    if (JSON.stringify(row) !== JSON.stringify(sequence)) out.put('sequences', row);
    const value = JSON.parse(JSON.stringify(ArrivalSettings.parse({ anchor, waves, waveGapMin, endBufferMin, participants, lot, skippedTime, repeatedTime }))) as Setting['value'];
    const key = arrivalKey(sequence.id);
    const existing = Object.values(base.settings).find((x) => x.key === key);
    if (!existing) out.put('settings', { id: fresh('settings'), key, value });
    else if (JSON.stringify(existing.value) !== JSON.stringify(value)) out.put('settings', { ...existing, value });
  }
}

/** Applies a plan (planSequence, planDelay, planFromActual) to its sequence: see writePlan. */
export const applySequencePlan: Command<{ plan: SequencePlan; ids?: IdFactory }> = {
  id: 'arrival/apply',
  run(draft, { plan, ids = randomId }) {
    writePlan(baseOf(draft), plan, ids, {
      put: (collection, row) => {
        (draft[collection] as Record<string, unknown>)[row.id] = row;
      },
      remove: (collection, id) => {
        delete draft[collection][id];
      },
    });
  },
};

/** Moves a slot's arrival to `start` (ISO): every step time shifts by as much. */
export const moveSlot: Command<{ slotId: string; start: string }> = {
  id: 'arrival/move-slot',
  run(draft, { slotId, start }) {
    const slot = slotIn(draft, slotId);
    const zone = eventTimeZone(draft as EventDocument);
    const clock = dayClock(draft.sequences[slot.sequenceId]!.day, zone);
    const to = clock.toSeconds(checkTime(start));
    const steps = Object.values(baseOf(draft).steps).filter((s) => s.sequenceId === slot.sequenceId).sort((a, b) => a.order - b.order);
    const byStep = timesOf(draft, slotId);
    const first = steps.map((s) => byStep.get(s.id)).find((t) => t !== undefined);
    if (!first) throw new ArrivalError('error-no-step');
    const shift = to - clock.toSeconds(first.plannedAt);
    for (const t of byStep.values()) {
      const next = clock.toIso(clock.toSeconds(t.plannedAt) + shift);
      if (t.plannedAt !== next) t.plannedAt = next;
    }
  },
};

/** Sets one step's planned time of a slot (ISO), creating the time row when missing. */
export const setSlotTime: Command<{ slotId: string; stepId: string; plannedAt: string; ids?: IdFactory }> = {
  id: 'arrival/set-time',
  run(draft, { slotId, stepId, plannedAt, ids = randomId }) {
    const slot = slotIn(draft, slotId);
    stepOf(draft, slot.sequenceId, stepId);
    plan(draft, slotId, stepId, checkTime(plannedAt), ids, timesOf(draft, slotId).get(stepId));
  },
};

/**
 * Logs (or clears, with null) the actual time of one step of a slot. A step without a planned
 * time gets the actual time as its planned one (the file requires a planned time).
 */
export const logActual: Command<{ slotId: string; stepId: string; actualAt: string | null; ids?: IdFactory }> = {
  id: 'arrival/log-actual',
  run(draft, { slotId, stepId, actualAt, ids = randomId }) {
    const slot = slotIn(draft, slotId);
    stepOf(draft, slot.sequenceId, stepId);
    if (actualAt !== null) checkTime(actualAt);
    const t = timesOf(draft, slotId).get(stepId);
    if (t) {
      if (t.actualAt !== actualAt) t.actualAt = actualAt;
      return;
    }
    if (actualAt === null) return;
    const id = newId(draft, ids, 'slotTimes');
    draft.slotTimes[id] = { id, slotId, stepId, plannedAt: actualAt, actualAt };
  },
};

export type SlotFields = Partial<Pick<Slot, 'entrance' | 'carNumber' | 'liaisonOfficer' | 'escort' | 'greeterId' | 'notes'>>;

/** Edits a slot's own fields (car, liaison officer, escort, greeter, notes); the greeter must be the sequence's. */
export const updateSlot: Command<{ slotId: string; fields: SlotFields }> = {
  id: 'arrival/update-slot',
  run(draft, { slotId, fields }) {
    const slot = slotIn(draft, slotId);
    const next = { ...slot, ...fields };
    const problem = rowProblem('slots', next);
    if (problem) throw new ArrivalError('error-bad-field', { field: problem.field, message: problem.message });
    if (next.greeterId !== null && draft.greeters[next.greeterId]?.sequenceId !== slot.sequenceId) {
      throw new ArrivalError('error-bad-field', { field: 'greeterId', message: 'not a greeter of this sequence' });
    }
    for (const key of Object.keys(fields) as (keyof SlotFields)[]) {
      if (slot[key] !== next[key]) (slot as Record<string, unknown>)[key] = next[key];
    }
  },
};

/**
 * Creates a sequence with the step template (motorcade arrival, walk, greeting, photo, escort,
 * each with its default duration) and no venue points yet.
 */
export const createSequence: Command<{
  sequence: Omit<ArrivalSequence, 'id'>;
  steps?: readonly SequenceStep['kind'][];
  ids?: IdFactory;
}> = {
  id: 'arrival/create-sequence',
  run(draft, { sequence, steps = ['drive-in', 'walk', 'greeting', 'photo', 'escort'], ids = randomId }) {
    const id = newId(draft, ids, 'sequences');
    const row = { ...sequence, id };
    const problem = rowProblem('sequences', row);
    if (problem) throw new ArrivalError('error-bad-field', { field: problem.field, message: problem.message });
    draft.sequences[id] = row;
    steps.forEach((kind, order) => {
      const stepId = newId(draft, ids, 'steps');
      draft.steps[stepId] = { id: stepId, sequenceId: id, kind, venuePointId: null, durationS: STEP_DEFAULTS[kind], order };
    });
  },
};
