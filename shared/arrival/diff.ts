import type { EventDocument } from '../model/collections';
import { slotsOf, stepsOf, timesBySlot } from './model';
import { sequenceClock } from './time';
import type { SequenceDiff, SequencePlan, SlotMove } from './types';

/**
 * What applying `plan` changes, for the officer to read first: every delegation whose arrival
 * or any step time changes (with its place in the order before and after) (in the plan's order; a shift in seconds, later positive),
 * the delegations added, the slots removed. The arrival is the first step's planned time.
 */
export function diffSequence(document: EventDocument, sequenceId: string, plan: Pick<SequencePlan, 'slots' | 'removedSlotIds'>): SequenceDiff {
  const clock = sequenceClock(document, sequenceId);
  const firstStep = stepsOf(document, sequenceId)[0];
  const times = timesBySlot(document);
  const current = new Map(slotsOf(document, sequenceId).map((s) => [s.id, s]));
  const moves: SlotMove[] = [];
  const added: string[] = [];
  for (const p of plan.slots) {
    const slot = p.slotId === null ? undefined : current.get(p.slotId);
    if (!slot) {
      added.push(p.delegationId);
      moves.push({ delegationId: p.delegationId, slotId: null, fromTime: null, toTime: clock.toIso(p.start), fromOrder: null, toOrder: p.order, shiftS: null });
      continue;
    }
    const own = times.get(slot.id);
    // Any step time that changes counts, not only the arrival (a step's duration edited). The
    // same string is the same time; another string may still be (another offset notation).
    const changed = p.times.some((t) => {
      const old = own?.get(t.stepId)?.plannedAt;
      return old !== t.plannedAt && (old === undefined || clock.toSeconds(old) !== t.at);
    });
    // A slot whose times stay is not a move, even when its number in the order changes (another slot left its place).
    if (!changed) continue;
    const was = firstStep ? own?.get(firstStep.id)?.plannedAt ?? null : null;
    const wasS = was === null ? null : clock.toSeconds(was);
    moves.push({
      delegationId: p.delegationId, slotId: slot.id, fromTime: wasS === null ? null : clock.toIso(wasS), toTime: clock.toIso(p.start), fromOrder: slot.order, toOrder: p.order,
      shiftS: wasS === null ? null : p.start - wasS,
    });
  }
  const removed = plan.removedSlotIds.flatMap((id) => {
    const s = current.get(id);
    return s ? [{ slotId: id, delegationId: s.delegationId }] : [];
  });
  return { sequenceId, moves, added, removed };
}
