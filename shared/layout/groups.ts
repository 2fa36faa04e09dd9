import type { Draft } from 'immer';
import type { Command } from '../document/history';
import type { EventDocument } from '../model/collections';
import type { LayoutElement } from '../model/entities';
import { hallElements, pick, type Doc } from './command-draft';
import { compareZ } from './geometry';

/*
 * Groups: `groupId` references an element (ON DELETE SET NULL). A group is identified by its
 * anchor, the member lowest in paint order when it was formed, whose own groupId is its own id (a
 * self-reference, which SQLite allows). Invariant kept by every command: a group has at least two
 * members, all in one hall, and its anchor is one of them. Deleting the anchor passes the role to
 * the lowest remaining member; a group left with one member dissolves.
 */

/** The ids with every other member of their groups added. */
export function expandToGroups(doc: Pick<EventDocument, 'elements'>, ids: readonly string[]): string[] {
  const groups = new Set(ids.map((id) => doc.elements[id]?.groupId).filter((g): g is string => !!g));
  const out = new Set(ids.filter((id) => doc.elements[id]));
  if (groups.size > 0) for (const e of Object.values(doc.elements)) if (e.groupId && groups.has(e.groupId)) out.add(e.id);
  return [...out];
}

/** Restores the group invariant in the given halls (see the header). */
export function normalizeGroups(draft: Doc, hallIds: Iterable<string>) {
  for (const hallId of new Set(hallIds)) {
    const groups = new Map<string, Draft<LayoutElement>[]>();
    for (const e of hallElements(draft, hallId)) {
      if (e.groupId === null) continue;
      const list = groups.get(e.groupId);
      if (list) list.push(e);
      else groups.set(e.groupId, [e]);
    }
    for (const [groupId, members] of groups) {
      if (members.length < 2) {
        for (const m of members) m.groupId = null;
        continue;
      }
      if (members.some((m) => m.id === groupId)) continue;
      const anchor = [...members].sort(compareZ)[0]!;
      for (const m of members) m.groupId = anchor.id;
    }
  }
}

/** Groups elements of one hall (with the other members of any group they are in) into one group. */
export const groupElements: Command<{ ids: string[] }> = {
  id: 'layout/group-elements',
  run(draft, { ids }) {
    const list = pick(draft, expandToGroups(draft as EventDocument, ids));
    if (list.length < 2) return;
    const hallId = list[0]!.hallId;
    if (list.some((e) => e.hallId !== hallId)) throw new Error('a group lies in one hall');
    const anchor = list[0]!;
    for (const e of list) if (e.groupId !== anchor.id) e.groupId = anchor.id;
    normalizeGroups(draft, [hallId]);
  },
};

/** Dissolves every group one of the elements is in. */
export const ungroupElements: Command<{ ids: string[] }> = {
  id: 'layout/ungroup-elements',
  run(draft, { ids }) {
    for (const e of pick(draft, expandToGroups(draft as EventDocument, ids))) if (e.groupId !== null) e.groupId = null;
  },
};
