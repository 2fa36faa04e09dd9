import { keyBetween } from '../layout/paint-order';
import type { EventDocument } from '../model/collections';
import type { ArrivalSequence } from '../model/entities';

/** `base`, or "base (2)", "base (3)"… when a sequence already has that name. */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
}

/** A sort key after every sequence's, so a new sequence is listed last. */
export function sortKeyAfter(doc: EventDocument): string {
  const last = Object.values(doc.sequences).reduce<string | null>((k, s) => (k === null || s.sortKey > k ? s.sortKey : k), null);
  // keyBetween refuses keys it did not make (other characters): one more character still sorts after.
  return keyBetween(last, null) ?? (last === null ? 'V' : last.length < 64 ? `${last}V` : last);
}

/**
 * A new sequence as Arrivals › New sequence and the CLI's `sequence` verb make it: the official
 * welcome on the first day on the welcome area's map, 08:30 to the 09:00 opening, the highest
 * arriving last (docs/protocol.md), named apart from the others and listed last; the officer then
 * sets up its venue points and greeters and generates.
 */
export function newSequence(doc: EventDocument, names: { en: string; vi: string }, hallId?: string | null): Omit<ArrivalSequence, 'id'> {
  const event = Object.values(doc.events)[0];
  const hall = Object.values(doc.halls).find((h) => h.kind === 'welcome') ?? null;
  const sequences = Object.values(doc.sequences);
  return {
    nameEn: freeName(names.en, new Set(sequences.map((s) => s.nameEn))),
    nameVi: freeName(names.vi, new Set(sequences.map((s) => s.nameVi))),
    hallId: hallId === undefined ? (hall?.id ?? null) : hallId,
    day: event?.startsOn ?? new Date().toISOString().slice(0, 10),
    startTime: '08:30',
    deadline: '09:00',
    rule: 'reverse-precedence',
    intervalMin: 2,
    minGapMin: 1,
    sortKey: sortKeyAfter(doc),
  };
}
