import type { Draft } from 'immer';
import type { Command } from '../document/history';
import type { IdFactory } from '../ids';
import type { LayoutElement } from '../model/entities';
import {
  elementOrThrow, ensureValid, fitBlock, hallElements, pick, place, plain, SeatIndex, syncSeats,
} from './command-draft';
import { sameValue } from '../equal';
import { rectCentre, unionRects } from '../rect';
import { compareZ, elementBounds, rotatePoint } from './geometry';
import { normalizeGroups } from './groups';
import { isSeatedKind } from './props';
import { normalizeDegrees } from './seat-frame';
import { seatSpecs } from './seats';
import { LayoutProblemsError } from './validation';

// The hall editor's commands on elements themselves: add, move, turn, edit, lock and delete (the rules they keep: command-draft.ts).

/** Adds elements (ids chosen by the caller) with their seats; row and desk blocks are sized to their props. */
export const addElements: Command<{ elements: LayoutElement[]; ids: IdFactory }> = {
  id: 'layout/add-elements',
  run(draft, { elements, ids }) {
    const index = new SeatIndex(draft);
    for (const given of elements) {
      if (draft.elements[given.id]) throw new Error(`elements/${given.id} exists already`);
      if (!draft.halls[given.hallId]) throw new Error(`halls/${given.hallId} does not exist`);
      const e = fitBlock(structuredClone(given));
      ensureValid(e);
      draft.elements[e.id] = e;
      syncSeats(draft, index, e, ids);
    }
    for (const e of elements) {
      if (e.groupId !== null && draft.elements[e.groupId]?.hallId !== e.hallId) throw new Error(`elements/${e.id}: group ${e.groupId} is not in its hall`);
    }
    normalizeGroups(draft, elements.map((e) => e.hallId));
  },
};

export const moveElements: Command<{ ids: string[]; dx: number; dy: number }> = {
  id: 'layout/move-elements',
  run(draft, { ids, dx, dy }) {
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) throw new Error('a move needs finite distances');
    const index = new SeatIndex(draft);
    for (const e of pick(draft, ids)) if (!e.locked) place(draft, index, e, e.x + dx, e.y + dy, e.rotation);
  },
};

/**
 * Turns elements clockwise by `degrees`: each about its own centre, or all together about the
 * centre of the selection's bounds (locked elements stay, but count in the selection).
 */
export const rotateElements: Command<{ ids: string[]; degrees: number; around: 'own-centre' | 'selection-centre' }> = {
  id: 'layout/rotate-elements',
  run(draft, { ids, degrees, around }) {
    if (!Number.isFinite(degrees)) throw new Error('a rotation needs a finite angle');
    const index = new SeatIndex(draft);
    const list = pick(draft, ids);
    const pivot = around === 'selection-centre' ? rectCentre(unionRects(list.map((e) => elementBounds(plain(e))))!) : null;
    for (const e of list) {
      if (e.locked) continue;
      const at = pivot ? rotatePoint(e, pivot, degrees) : { x: e.x, y: e.y };
      place(draft, index, e, at.x, at.y, normalizeDegrees(e.rotation + degrees));
    }
  },
};

const GEOMETRY = ['x', 'y', 'rotation', 'width', 'depth'] as const;

/**
 * Edits one element's fields (position, size, angle, kind, props, labels, number, lock, group).
 * Refused with a LayoutProblemsError (nothing changed) when the result is impossible or when it
 * moves, turns or resizes a locked element. A row or desk block keeps the size its props give.
 * A `props.hostSeat` beyond the new number of chairs is dropped (the host returns to the default chair).
 */
export const updateElement: Command<{ id: string; fields: Partial<Omit<LayoutElement, 'id' | 'hallId'>>; ids: IdFactory }> = {
  id: 'layout/update-element',
  run(draft, { id, fields, ids }) {
    const e = elementOrThrow(draft, id);
    const before = plain(e);
    const changes = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'id' && k !== 'hallId'));
    let next: LayoutElement = fitBlock({ ...before, ...structuredClone(changes) });
    if (before.locked && next.locked) {
      const moved = GEOMETRY.filter((f) => f in changes && next[f] !== before[f]);
      if (moved.length > 0) throw new LayoutProblemsError(moved.map((field) => ({ field, key: 'elementLocked', params: {} })));
    }
    ensureValid(next);
    if (isSeatedKind(next.kind) && typeof next.props.hostSeat === 'number' && next.props.hostSeat >= seatSpecs(next).length) {
      const { hostSeat: _dropped, ...rest } = next.props;
      next = { ...next, props: rest };
    }
    if (next.groupId !== before.groupId && next.groupId !== null && draft.elements[next.groupId]?.hallId !== next.hallId) {
      throw new Error(`elements/${id}: group ${next.groupId} is not in its hall`);
    }
    let reseat = false;
    for (const [key, value] of Object.entries(next) as [keyof LayoutElement, unknown][]) {
      const old = before[key];
      if (sameValue(old, value)) continue;
      (e as Record<string, unknown>)[key] = value;
      if (key === 'props' || key === 'kind' || (GEOMETRY as readonly string[]).includes(key)) reseat = true;
    }
    if (reseat) syncSeats(draft, new SeatIndex(draft), next, ids);
    if (next.groupId !== before.groupId) normalizeGroups(draft, [next.hallId]);
  },
};

/** Deletes elements with their seats and the assignments on them (locked elements stay). */
export const deleteElements: Command<{ ids: string[] }> = {
  id: 'layout/delete-elements',
  run(draft, { ids }) {
    const index = new SeatIndex(draft);
    const halls = new Set<string>();
    const gone = new Set<string>();
    for (const e of pick(draft, ids)) {
      if (e.locked) continue;
      halls.add(e.hallId);
      gone.add(e.id);
      for (const s of index.of(e.id)) index.deleteSeat(s.id);
      delete draft.elements[e.id];
    }
    if (gone.size === 0) return;
    // ON DELETE SET NULL, then the group invariant (the anchor's role passes on).
    for (const hallId of halls) {
      const orphans = new Map<string, Draft<LayoutElement>[]>();
      for (const e of hallElements(draft, hallId)) {
        if (e.groupId && gone.has(e.groupId)) orphans.set(e.groupId, [...(orphans.get(e.groupId) ?? []), e]);
      }
      for (const members of orphans.values()) {
        const anchor = [...members].sort(compareZ)[0]!;
        for (const m of members) m.groupId = members.length >= 2 ? anchor.id : null;
      }
    }
    normalizeGroups(draft, halls);
  },
};

export const setLocked: Command<{ ids: string[]; locked: boolean }> = {
  id: 'layout/set-locked',
  run(draft, { ids, locked }) {
    for (const e of pick(draft, ids)) if (e.locked !== locked) e.locked = locked;
  },
};
