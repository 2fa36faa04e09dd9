import { byId, byOrder, byUnName, thenBy } from '../../../shared/compare';
import { ArrivalSettings, readArrivalSettings, sequenceClock, timeChoice, type DayClock } from '../../../shared/arrival';
import type { LocalChoice } from '../../../shared/time';
import type { EventDocument } from '../../../shared/model/collections';
import type { ArrivalSequence, Delegation, Greeter, SequenceStep, Slot, VenuePoint } from '../../../shared/model/entities';
import type { LaneSource, Span } from './timeline';

/**
 * One sequence as the screen reads it (pure): its clock, venue points, greeters and steps in
 * order, and its slots in arrival order with each step's planned and actual time in seconds.
 * Built once per document change and shared by the timeline, the list, the inspector and
 * live mode, so none of them searches the document again.
 */
export type SlotRow = {
  slot: Slot;
  delegation: Delegation | null;
  /** Per step id: planned and actual seconds (actual null until logged); missing when the slot has no time for that step. */
  times: Map<string, { timeId: string; planned: number; actual: number | null }>;
  /** The first step's planned time: the arrival at the drop-off (null if it has none). */
  start: number | null;
  /** The first step's actual time, once logged. */
  arrived: number | null;
};

export type SequenceView = {
  sequence: ArrivalSequence;
  clock: DayClock;
  /** How a time typed for this sequence is read on a DST day (its settings; the defaults when they do not parse). */
  times: Required<LocalChoice>;
  points: VenuePoint[];
  greeters: Greeter[];
  steps: SequenceStep[];
  rows: SlotRow[];
  /** Earliest planned time and latest end of any step (seconds); null without times. */
  range: { from: number; to: number } | null;
  deadline: number | null;
};

/** The sequence's settings; the defaults when they do not parse (the conflicts list says so). */
function settingsOrDefaults(doc: EventDocument, sequenceId: string): ArrivalSettings {
  try {
    return readArrivalSettings(doc, sequenceId);
  } catch {
    return ArrivalSettings.parse({});
  }
}

export function sequenceView(doc: EventDocument, sequenceId: string): SequenceView | null {
  const sequence = doc.sequences[sequenceId];
  if (!sequence) return null;
  const clock = sequenceClock(doc, sequenceId);
  const times = timeChoice(settingsOrDefaults(doc, sequenceId));
  const points = Object.values(doc.venuePoints).filter((p) => p.sequenceId === sequenceId).sort(byOrder);
  const greeters = Object.values(doc.greeters).filter((g) => g.sequenceId === sequenceId).sort(thenBy<{ name: string; id: string }>(byUnName((g) => g.name), byId));
  const steps = Object.values(doc.steps).filter((s) => s.sequenceId === sequenceId).sort(byOrder);
  const rowsBySlot = new Map<string, SlotRow>();
  for (const slot of Object.values(doc.slots)) {
    if (slot.sequenceId !== sequenceId) continue;
    rowsBySlot.set(slot.id, { slot, delegation: doc.delegations[slot.delegationId] ?? null, times: new Map(), start: null, arrived: null });
  }
  for (const time of Object.values(doc.slotTimes)) {
    const row = rowsBySlot.get(time.slotId);
    if (!row) continue;
    row.times.set(time.stepId, { timeId: time.id, planned: clock.toSeconds(time.plannedAt), actual: time.actualAt === null ? null : clock.toSeconds(time.actualAt) });
  }
  const first = steps[0];
  let from = Infinity;
  let to = -Infinity;
  const duration = new Map(steps.map((s) => [s.id, s.durationS]));
  for (const row of rowsBySlot.values()) {
    const t = first ? row.times.get(first.id) : undefined;
    row.start = t?.planned ?? null;
    row.arrived = t?.actual ?? null;
    for (const [stepId, time] of row.times) {
      from = Math.min(from, time.planned);
      to = Math.max(to, time.planned + (duration.get(stepId) ?? 0));
    }
  }
  const rows = [...rowsBySlot.values()].sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || a.slot.order - b.slot.order);
  return {
    sequence,
    clock,
    times,
    points,
    greeters,
    steps,
    rows,
    range: Number.isFinite(from) ? { from, to } : null,
    deadline: sequence.deadline === null ? null : clock.fromClock(sequence.deadline, times.repeated),
  };
}

/** The lanes of the timeline: every venue point in its order, then every greeter. */
export function laneSources(view: SequenceView): LaneSource[] {
  return [
    ...view.points.map((p): LaneSource => ({ key: `p:${p.id}`, kind: 'point', id: p.id })),
    ...view.greeters.map((g): LaneSource => ({ key: `g:${g.id}`, kind: 'greeter', id: g.id })),
  ];
}

/**
 * What each slot does where: every step at its venue point's lane, and the greeting step also in
 * its greeter's lane (a greeter in two places at once shows as two tracks in that lane).
 * `shift` moves one slot's spans (the slot being dragged) without touching the document.
 */
export function spansOf(view: SequenceView, shift?: { slotId: string; by: number }): Span[] {
  const spans: Span[] = [];
  for (const row of view.rows) {
    const by = shift && shift.slotId === row.slot.id ? shift.by : 0;
    for (const step of view.steps) {
      const time = row.times.get(step.id);
      if (!time) continue;
      const start = time.planned + by;
      const end = start + step.durationS;
      if (step.venuePointId) spans.push({ slotId: row.slot.id, stepId: step.id, laneKey: `p:${step.venuePointId}`, start, end });
      if (step.kind === 'greeting' && row.slot.greeterId) spans.push({ slotId: row.slot.id, stepId: step.id, laneKey: `g:${row.slot.greeterId}`, start, end });
    }
  }
  return spans;
}

/** The code shown on a bar and in tests: ISO3 for a state, the organization's code, else the id. */
export const rowCode = (row: SlotRow): string => row.delegation?.iso3 ?? row.delegation?.orgCode ?? row.slot.delegationId;
