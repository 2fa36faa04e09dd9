import type { Command } from '../document/history';
import type { IdFactory } from '../ids';
import type { LayoutElement, Seat } from '../model/entities';
import { base, ensureValid, fitBlock, pick, plain, SeatIndex, syncSeats, type Doc } from './command-draft';
import { compareZ } from './geometry';
import { normalizeGroups } from './groups';
import { keysOnTop } from './paint-order';
import { isTableKind } from './props';
import { round } from './seat-frame';

// Copies of elements: duplicated in their hall or pasted into any hall, on top of everything.

/** Table numbers above every number in the hall, for copies of numbered tables. */
function numberer(draft: Doc, hallId: string) {
  let max = 0;
  for (const e of Object.values(base(draft.elements))) if (e.hallId === hallId && e.number !== null && e.number > max) max = e.number;
  return (e: LayoutElement) => (e.number !== null && isTableKind(e.kind) ? ++max : e.number);
}

function insertCopies(draft: Doc, sources: LayoutElement[], hallId: string, dx: number, dy: number, newIds: IdFactory, seatsOf: (id: string) => readonly Seat[]) {
  if (!draft.halls[hallId]) throw new Error(`halls/${hallId} does not exist`);
  const ordered = [...sources].sort(compareZ);
  const idMap = new Map(ordered.map((s) => [s.id, newIds()]));
  const keys = keysOnTop(draft, hallId, ordered.length);
  const number = numberer(draft, hallId);
  const index = new SeatIndex(draft);
  const copies = ordered.map((src, i) => {
    const copy: LayoutElement = fitBlock({
      ...structuredClone(src),
      id: idMap.get(src.id)!,
      hallId,
      x: round(src.x + dx),
      y: round(src.y + dy),
      number: number(src),
      locked: false,
      zIndex: keys[i]!,
      groupId: src.groupId !== null ? (idMap.get(src.groupId) ?? null) : null,
    });
    if (draft.elements[copy.id]) throw new Error(`elements/${copy.id} exists already`);
    ensureValid(copy);
    return copy;
  });
  // A copied group whose anchor was not copied keeps its members together under a new anchor.
  const orphanGroups = new Map<string, LayoutElement[]>();
  ordered.forEach((src, i) => {
    if (src.groupId !== null && !idMap.has(src.groupId)) orphanGroups.set(src.groupId, [...(orphanGroups.get(src.groupId) ?? []), copies[i]!]);
  });
  for (const members of orphanGroups.values()) for (const m of members) m.groupId = members.length >= 2 ? members[0]!.id : null;
  ordered.forEach((src, i) => {
    const copy = copies[i]!;
    draft.elements[copy.id] = copy;
    syncSeats(draft, index, copy, newIds, 'label', seatsOf(src.id));
  });
  normalizeGroups(draft, [hallId]);
}

/**
 * Copies elements in their hall, offset by dx, dy, on top of everything: new ids, fresh seats
 * (with the originals' accessible/blocked flags, no assignments), unlocked, copied groups kept
 * together, copied tables given the next free numbers.
 */
export const duplicateElements: Command<{ elementIds: string[]; dx: number; dy: number; newIds: IdFactory }> = {
  id: 'layout/duplicate-elements',
  run(draft, { elementIds, dx, dy, newIds }) {
    const sources = pick(draft, elementIds).map((e) => plain(e));
    if (sources.length === 0) return;
    const seats = new SeatIndex(draft);
    const halls = new Set(sources.map((s) => s.hallId));
    for (const hallId of halls) {
      insertCopies(draft, sources.filter((s) => s.hallId === hallId), hallId, dx, dy, newIds, (id) => seats.of(id));
    }
  },
};

/** Pastes copied elements into a hall (any hall): as duplicateElements, from the clipboard's copies. */
export const pasteElements: Command<{ elements: LayoutElement[]; hallId: string; dx: number; dy: number; newIds: IdFactory }> = {
  id: 'layout/paste-elements',
  run(draft, { elements, hallId, dx, dy, newIds }) {
    if (elements.length === 0) return;
    const unique = [...new Map(elements.map((e) => [e.id, e])).values()];
    insertCopies(draft, unique, hallId, dx, dy, newIds, () => []);
  },
};
