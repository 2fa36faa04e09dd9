import { byOrder, bySortKey } from '../compare';
import type { EventDocument } from '../model/collections';
import type { ArrivalSequence, Delegation, RankClass, SequenceStep, Slot, SlotTime } from '../model/entities';
import type { DayClock } from './time';
import { ArrivalError } from './errors';
import { addressedName } from '../protocol/address';
import type { WaveMember } from './settings';
import { boundedCache } from '../cache';

/** Reading helpers over the document shared by the engine's modules (indexes built once per call). */

export function sequenceOf(document: EventDocument, sequenceId: string): ArrivalSequence {
  const sequence = document.sequences[sequenceId];
  if (!sequence) throw new ArrivalError('error-unknown-sequence', { sequence: sequenceId, sequences: sequenceList(document) });
  return sequence;
}

/** "Official welcome / Lễ đón chính thức; ..." in sort order, for an error that lists them. */
export function sequenceList(document: EventDocument): string {
  return Object.values(document.sequences)
    .sort(bySortKey)
    .map((s) => `${s.nameEn} / ${s.nameVi}`)
    .join('; ');
}

export function stepsOf(document: EventDocument, sequenceId: string): SequenceStep[] {
  return Object.values(document.steps)
    .filter((s) => s.sequenceId === sequenceId)
    .sort(byOrder);
}

/** A sequence's slots in arrival order (the `order` field, then id). */
export function slotsOf(document: EventDocument, sequenceId: string): Slot[] {
  return Object.values(document.slots)
    .filter((s) => s.sequenceId === sequenceId)
    .sort(byOrder);
}

export type TimesBySlot = ReadonlyMap<string, ReadonlyMap<string, SlotTime>>;

// A plan, its diff and its conflicts each read the slot times of the same document: the index
// of a frozen collection (every document the edit history makes is) is built once. An unfrozen
// one (a builder's, a preview's copy) may still change, so it is indexed on every call.
const timeIndexes = new WeakMap<object, TimesBySlot>();

/** Every slot time by slot, then by step. */
export function timesBySlot(document: EventDocument): TimesBySlot {
  const rows = document.slotTimes;
  const known = timeIndexes.get(rows);
  if (known) return known;
  const bySlot = new Map<string, Map<string, SlotTime>>();
  for (const t of Object.values(rows)) {
    let m = bySlot.get(t.slotId);
    if (!m) bySlot.set(t.slotId, (m = new Map()));
    m.set(t.stepId, t);
  }
  if (Object.isFrozen(rows)) timeIndexes.set(rows, bySlot);
  return bySlot;
}

/** The rank of each delegation's head (null without one). */
export function headRanks(document: EventDocument): Map<string, RankClass> {
  const ranks = new Map<string, RankClass>();
  for (const p of Object.values(document.people)) if (p.role === 'head') ranks.set(p.delegationId, p.rank);
  return ranks;
}

export function headNames(document: EventDocument): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of Object.values(document.people)) if (p.role === 'head') names.set(p.delegationId, addressedName(p, 'en'));
  return names;
}

/** Whether a delegation belongs to a group of wave members (a rank of its head, or 'organization'). */
export function matches(delegation: Delegation, rank: RankClass | undefined, members: readonly WaveMember[]): boolean {
  if (delegation.kind === 'organization' && members.includes('organization')) return true;
  return rank !== undefined && members.includes(rank);
}

/** Total duration of the steps and the start offset of each (seconds after the arrival). */
export function stepOffsets(steps: readonly SequenceStep[]): { offsets: number[]; tail: number } {
  const offsets: number[] = [];
  let at = 0;
  for (const s of steps) {
    offsets.push(at);
    at += s.durationS;
  }
  return { offsets, tail: at };
}

// Asked for every slot on every check (entrances, officers, greeters): the same few names.
const nameKeys = boundedCache<string>();

/** Case- and spacing-insensitive name key (accents kept: they tell Vietnamese names apart) (officer names typed twice, greeters across sequences). */
export function nameKey(name: string): string {
  return nameKeys(name, () => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi'));
}

/**
 * When each step of a slot happens: its actual time when logged, else its planned time; a step
 * without a time follows the template from the one before (NaN while no earlier step has one).
 */
export function effectiveStarts(clock: DayClock, steps: readonly SequenceStep[], own: ReadonlyMap<string, SlotTime> | undefined): number[] {
  const starts: number[] = [];
  for (const [i, step] of steps.entries()) {
    const t = own?.get(step.id);
    starts.push(t ? clock.toSeconds(t.actualAt ?? t.plannedAt) : i > 0 ? starts[i - 1]! + steps[i - 1]!.durationS : NaN);
  }
  return starts;
}
