import { current, isDraft, original, type Draft } from 'immer';
import type { Command } from '../document/history';
import type { IdFactory } from '../ids';
import type { EventDocument } from '../model/collections';
import { LayoutElement as LayoutElementSchema, type LayoutElement, type Seat } from '../model/entities';
import { sameValue } from '../equal';
import { rectCentre, unionRects, type Rect } from '../rect';
import { compareZ, elementBodyBounds, elementBounds, rotatePoint } from './geometry';
import { isBlockKind, isSeatedKind, isTableKind, RowNumbering, TableNumbering } from './props';
import { blockSize, normalizeDegrees, placeSeat, seatSpecs, type SeatSpec } from './seats';
import { elementProblems, LayoutProblemsError, type LayoutProblem } from './validation';

/**
 * The hall editor's commands (see shared/document/history.ts). Pure: ids come from the factory in
 * the args, nothing else varies. Every command keeps three rules, so that the file never disagrees
 * with what is drawn:
 *
 * 1. Seats follow their element. Seats are materialised rows (assignments point at them); after a
 *    command, an element's seats are exactly `seatSpecs(element)` placed on the hall. When an element
 *    moves or turns its seats move with it (same ids). When its size, kind or props change its seats
 *    are regenerated keeping the id of every seat whose label still exists (so the person seated in
 *    "A12" or at chair "3" stays there) and the officer's flags (accessible, blocked); seats whose
 *    label disappears are deleted with their assignments. `setNumbering` is the one exception: it
 *    renames chairs, so it keeps each physical chair (and whoever sits on it) and changes labels.
 * 2. Locked elements are not moved, turned, resized or deleted: the batch commands skip them,
 *    `updateElement` refuses a geometry change on one with a LayoutProblemsError.
 * 3. Nothing impossible is written: an edit that would leave a value `elementProblems` objects to
 *    throws a LayoutProblemsError, and the document is unchanged (immer discards the draft).
 *
 * Groups: `groupId` references an element (ON DELETE SET NULL). A group is identified by its
 * anchor, the member lowest in paint order when it was formed, whose own groupId is its own id (a
 * self-reference, which SQLite allows). Invariant kept by every command: a group has at least two
 * members, all in one hall, and its anchor is one of them. Deleting the anchor passes the role to
 * the lowest remaining member; a group left with one member dissolves.
 *
 * Table numbers: `renumberTables` numbers the tables of a hall 1, 2, 3...: head tables
 * (`props.headTable === true`) first, then row by row from the front of the hall (the wall nearest
 * to the largest stage; the top of the plan without a stage), each row left to right as seen by
 * people facing the front. A label still reading "Table N" / "Bàn N" follows its new number.
 */

type Doc = Draft<EventDocument>;

const round = (v: number) => Math.round(v * 1000) / 1000 + 0;
/** A plain copy of a draft (or the value itself when it is not one). */
const plain = <T>(value: Draft<T> | T): T => (isDraft(value) ? (current(value as never) as T) : (value as T));
/** The value as it was before this command (for reading many rows cheaply). */
const base = <T>(value: Draft<T> | T): T =>
  isDraft(value) ? ((original(value as never) as T | undefined) ?? (current(value as never) as T)) : (value as T);
const noIds: IdFactory = () => {
  throw new Error('internal: a seat was added where none should be');
};

// ---------------------------------------------------------------------------------------------
// Seats

/** The seats of every element, read once per command from the document as it was. */
class SeatIndex {
  private readonly byElement = new Map<string, Seat[]>();
  private assignmentsBySeat: Map<string, string[]> | null = null;
  constructor(private readonly draft: Doc) {
    for (const seat of Object.values(base(draft.seats))) {
      const list = this.byElement.get(seat.elementId);
      if (list) list.push(seat);
      else this.byElement.set(seat.elementId, [seat]);
    }
  }
  of(elementId: string): Seat[] {
    return this.byElement.get(elementId) ?? [];
  }
  deleteSeat(seatId: string) {
    if (!this.assignmentsBySeat) {
      this.assignmentsBySeat = new Map();
      for (const a of Object.values(base(this.draft.assignments))) {
        const list = this.assignmentsBySeat.get(a.seatId);
        if (list) list.push(a.id);
        else this.assignmentsBySeat.set(a.seatId, [a.id]);
      }
    }
    for (const id of this.assignmentsBySeat.get(seatId) ?? []) delete this.draft.assignments[id];
    delete this.draft.seats[seatId];
  }
}

const SEAT_FIELDS = ['hallId', 'elementId', 'label', 'x', 'y', 'rotation', 'order', 'isTableHost'] as const;

/**
 * Makes the element's seats in the draft match its generator. `match` says which old seat a new
 * one continues: the one with the same label, or (renumbering) the one on the same chair, found
 * through `previous`, the element before the change.
 */
function syncSeats(
  draft: Doc,
  index: SeatIndex,
  element: LayoutElement,
  ids: IdFactory,
  match: 'label' | { position: LayoutElement } = 'label',
  flagsFrom: Seat[] = [],
) {
  const existing = index.of(element.id);
  const specs: SeatSpec[] = isSeatedKind(element.kind) ? seatSpecs(element) : [];
  const byLabel = new Map(existing.map((s) => [s.label, s]));
  let keyOf: (spec: SeatSpec) => Seat | undefined = (spec) => byLabel.get(spec.label);
  if (match !== 'label') {
    const labelAt = new Map(seatSpecs(match.position).map((s) => [s.position, s.label]));
    keyOf = (spec) => {
      const label = labelAt.get(spec.position);
      return label === undefined ? undefined : byLabel.get(label);
    };
  }
  const flags = new Map(flagsFrom.map((s) => [s.label, s]));
  const kept = new Set<string>();
  specs.forEach((spec, order) => {
    const placed = placeSeat(element, spec, order);
    const old = keyOf(spec);
    if (old && !kept.has(old.id)) {
      kept.add(old.id);
      const row = draft.seats[old.id]!;
      for (const f of SEAT_FIELDS) if (row[f] !== placed[f]) (row as Record<string, unknown>)[f] = placed[f];
      return;
    }
    const from = flags.get(spec.label);
    const seat: Seat = { id: ids(), ...placed, accessible: from?.accessible ?? false, blocked: from?.blocked ?? false };
    if (draft.seats[seat.id]) throw new Error(`seats/${seat.id} exists already`);
    draft.seats[seat.id] = seat;
  });
  for (const s of existing) if (!kept.has(s.id)) index.deleteSeat(s.id);
}

// ---------------------------------------------------------------------------------------------
// Checks

function ensureValid(element: LayoutElement) {
  const problems: LayoutProblem[] = elementProblems(element);
  if (problems.length === 0) {
    const parsed = LayoutElementSchema.safeParse(element);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), key: 'invalidValue' as const, params: {} })));
    }
  }
  if (problems.length > 0) throw new LayoutProblemsError(problems);
}

function elementOrThrow(draft: Doc, id: string) {
  const e = draft.elements[id];
  if (!e) throw new Error(`elements/${id} does not exist`);
  return e;
}

/** The existing elements among ids, once each, in paint order (bottom first). */
function pick(draft: Doc, ids: readonly string[]): Draft<LayoutElement>[] {
  const seen = new Set<string>();
  const out: Draft<LayoutElement>[] = [];
  for (const id of ids) {
    const e = draft.elements[id];
    if (e && !seen.has(id)) {
      seen.add(id);
      out.push(e);
    }
  }
  return out.sort(compareZ);
}

/** Moves one element (and its seats) to a new centre and rotation; refuses a position off the hall's range. */
function place(draft: Doc, index: SeatIndex, e: Draft<LayoutElement>, x: number, y: number, rotation: number) {
  x = round(x);
  y = round(y);
  if (x === e.x && y === e.y && rotation === e.rotation) return;
  const next: LayoutElement = { ...plain(e), x, y, rotation };
  ensureValid(next);
  e.x = x;
  e.y = y;
  e.rotation = rotation;
  syncSeats(draft, index, next, noIds);
}

// ---------------------------------------------------------------------------------------------
// Paint order (fractional keys)

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a ? DIGITS.indexOf(a[0]!) : 0;
  const db = b !== null ? DIGITS.indexOf(b[0]!) : DIGITS.length;
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[da]! + midpoint(a.slice(1), null);
}

/**
 * A sort key strictly between a and b (null: unbounded), at most 64 characters; null when there
 * is none (the keys are then respread, see reorderElements).
 */
export function keyBetween(a: string | null, b: string | null): string | null {
  if (a !== null && b !== null && a >= b) return null;
  if ([a, b].some((k) => k !== null && [...k].some((c) => !DIGITS.includes(c)))) return null;
  let key: string;
  try {
    key = midpoint(a ?? '', b);
  } catch {
    return null;
  }
  const ok = (a === null || key > a) && (b === null || key < b) && key.length <= 64 && key.length > 0;
  return ok ? key : null;
}

/** n evenly spread keys of equal length ('a00', 'a01'...), in order. */
function spreadKeys(n: number): string[] {
  const width = Math.max(2, Math.ceil(Math.log(Math.max(n, 2)) / Math.log(62)));
  return Array.from({ length: n }, (_, i) => {
    let s = '';
    let v = i;
    for (let k = 0; k < width; k++) {
      s = DIGITS[v % 62] + s;
      v = Math.floor(v / 62);
    }
    return `a${s}`;
  });
}

function hallElements(draft: Doc, hallId: string): Draft<LayoutElement>[] {
  return Object.values(draft.elements).filter((e) => e.hallId === hallId);
}

/** Keys above every element of the hall, for n new elements. */
function keysOnTop(draft: Doc, hallId: string, n: number): string[] {
  let top: string | null = null;
  for (const e of Object.values(base(draft.elements))) if (e.hallId === hallId && (top === null || e.zIndex > top)) top = e.zIndex;
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = keyBetween(top, null);
    if (k === null) throw new Error('no sort key above the top element');
    keys.push(k);
    top = k;
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// Groups

/** The ids with every other member of their groups added. */
export function expandToGroups(doc: Pick<EventDocument, 'elements'>, ids: readonly string[]): string[] {
  const groups = new Set(ids.map((id) => doc.elements[id]?.groupId).filter((g): g is string => !!g));
  const out = new Set(ids.filter((id) => doc.elements[id]));
  if (groups.size > 0) for (const e of Object.values(doc.elements)) if (e.groupId && groups.has(e.groupId)) out.add(e.id);
  return [...out];
}

/** Restores the group invariant in the given halls (see the header). */
function normalizeGroups(draft: Doc, hallIds: Iterable<string>) {
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

// ---------------------------------------------------------------------------------------------
// Commands

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

/** A row or desk block takes the size its props give (when they are valid; validation speaks otherwise). */
function fitBlock(e: LayoutElement): LayoutElement {
  if (!isBlockKind(e.kind)) return e;
  try {
    const size = blockSize(e.kind, e.props);
    return { ...e, width: size.width, depth: size.depth };
  } catch {
    return e;
  }
}

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

/** Table numbers above every number in the hall, for copies of numbered tables. */
function numberer(draft: Doc, hallId: string) {
  let max = 0;
  for (const e of Object.values(base(draft.elements))) if (e.hallId === hallId && e.number !== null && e.number > max) max = e.number;
  return (e: LayoutElement) => (e.number !== null && isTableKind(e.kind) ? ++max : e.number);
}

function insertCopies(draft: Doc, sources: LayoutElement[], hallId: string, dx: number, dy: number, newIds: IdFactory, seatsOf: (id: string) => Seat[]) {
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

export type AlignEdge = 'left' | 'centre-x' | 'right' | 'top' | 'centre-y' | 'bottom';

/** Aligns the bodies (without seats) of elements on the selection's edge or centre line; locked ones stay but count. */
export const alignElements: Command<{ ids: string[]; edge: AlignEdge }> = {
  id: 'layout/align-elements',
  run(draft, { ids, edge }) {
    const list = pick(draft, ids);
    if (list.length < 2) return;
    const boxes = list.map((e) => elementBodyBounds(plain(e)));
    const all = unionRects(boxes)!;
    const index = new SeatIndex(draft);
    const horizontal = edge === 'left' || edge === 'centre-x' || edge === 'right';
    const at = (r: Rect) =>
      edge === 'left' ? r.x : edge === 'right' ? r.x + r.width : edge === 'centre-x' ? r.x + r.width / 2
        : edge === 'top' ? r.y : edge === 'bottom' ? r.y + r.height : r.y + r.height / 2;
    const target = at(all);
    list.forEach((e, i) => {
      if (e.locked) return;
      const delta = target - at(boxes[i]!);
      place(draft, index, e, e.x + (horizontal ? delta : 0), e.y + (horizontal ? 0 : delta), e.rotation);
    });
  },
};

/** Spaces elements evenly (equal gaps between their bodies) along an axis; the outermost two stay. */
export const distributeElements: Command<{ ids: string[]; axis: 'x' | 'y' }> = {
  id: 'layout/distribute-elements',
  run(draft, { ids, axis }) {
    const list = pick(draft, ids).map((e) => ({ e, box: elementBodyBounds(plain(e)) }));
    if (list.length < 3) return;
    const lo = (r: Rect) => (axis === 'x' ? r.x : r.y);
    const size = (r: Rect) => (axis === 'x' ? r.width : r.height);
    list.sort((a, b) => lo(a.box) + size(a.box) / 2 - (lo(b.box) + size(b.box) / 2) || compareZ(a.e, b.e));
    const first = list[0]!.box;
    const last = list.at(-1)!.box;
    const gap = (lo(last) + size(last) - lo(first) - list.reduce((n, { box }) => n + size(box), 0)) / (list.length - 1);
    const index = new SeatIndex(draft);
    let cursor = lo(first) + size(first) + gap;
    for (const { e, box } of list.slice(1, -1)) {
      const delta = cursor - lo(box);
      if (!e.locked) place(draft, index, e, e.x + (axis === 'x' ? delta : 0), e.y + (axis === 'y' ? delta : 0), e.rotation);
      cursor += size(box) + gap;
    }
  },
};

/** Brings elements to the front or sends them to the back of their hall, keeping their own order. */
export const reorderElements: Command<{ ids: string[]; to: 'front' | 'back' }> = {
  id: 'layout/reorder-elements',
  run(draft, { ids, to }) {
    const selected = pick(draft, ids);
    for (const hallId of new Set(selected.map((e) => e.hallId))) {
      const mine = selected.filter((e) => e.hallId === hallId);
      const all = hallElements(draft, hallId).sort(compareZ);
      const ends = to === 'front' ? all.slice(all.length - mine.length) : all.slice(0, mine.length);
      if (ends.every((e, i) => e.id === mine[i]!.id)) continue; // already there
      const others = all.filter((e) => !mine.includes(e));
      let keys: (string | null)[] = [];
      if (to === 'front') {
        let k: string | null = others.at(-1)?.zIndex ?? null;
        keys = mine.map(() => (k = k === null && others.length > 0 ? null : keyBetween(k, null)));
      } else {
        let k: string | null = others[0]?.zIndex ?? null;
        keys = [...mine].reverse().map(() => (k = k === null && others.length > 0 ? null : keyBetween(null, k))).reverse();
      }
      if (keys.every((k) => k !== null)) {
        mine.forEach((e, i) => (e.zIndex = keys[i]!));
      } else {
        const order = to === 'front' ? [...others, ...mine] : [...mine, ...others];
        spreadKeys(order.length).forEach((k, i) => {
          if (order[i]!.zIndex !== k) order[i]!.zIndex = k;
        });
      }
    }
  },
};

export const setLocked: Command<{ ids: string[]; locked: boolean }> = {
  id: 'layout/set-locked',
  run(draft, { ids, locked }) {
    for (const e of pick(draft, ids)) if (e.locked !== locked) e.locked = locked;
  },
};

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

/** Which wall of the hall is its front: the one nearest the largest stage; the top without a stage. */
export function hallFront(doc: Pick<EventDocument, 'halls' | 'elements'>, hallId: string): 'top' | 'bottom' | 'left' | 'right' {
  const hall = doc.halls[hallId];
  if (!hall) throw new Error(`halls/${hallId} does not exist`);
  const stages = Object.values(doc.elements).filter((e) => e.hallId === hallId && e.kind === 'stage');
  if (stages.length === 0) return 'top';
  const stage = stages.sort((a, b) => b.width * b.depth - a.width * a.depth || compareZ(a, b))[0]!;
  const walls = [
    ['top', stage.y], ['bottom', hall.depthM - stage.y], ['left', stage.x], ['right', hall.widthM - stage.x],
  ] as const;
  return [...walls].sort((a, b) => a[1] - b[1])[0]![0];
}

export const renumberTables: Command<{ hallId: string }> = {
  id: 'layout/renumber-tables',
  run(draft, { hallId }) {
    const front = hallFront(draft as EventDocument, hallId);
    const tables = hallElements(draft, hallId).filter((e) => isTableKind(e.kind));
    // u: left to right for people facing the front; v: distance from the front.
    const frame = (e: LayoutElement) =>
      front === 'top' ? { u: e.x, v: e.y } : front === 'bottom' ? { u: -e.x, v: -e.y } : front === 'left' ? { u: -e.y, v: e.x } : { u: e.y, v: -e.x };
    const inRows = (list: Draft<LayoutElement>[]) => {
      const sorted = list.map((e) => ({ e, ...frame(e) })).sort((a, b) => a.v - b.v || a.u - b.u || compareZ(a.e, b.e));
      const rows: (typeof sorted)[] = [];
      for (const t of sorted) {
        const row = rows.at(-1);
        const first = row?.[0];
        const tolerance = first ? Math.max(0.5, Math.min(first.e.width, first.e.depth) / 2) : 0;
        if (row && first && t.v - first.v <= tolerance) row.push(t);
        else rows.push([t]);
      }
      return rows.flatMap((row) => row.sort((a, b) => a.u - b.u || compareZ(a.e, b.e)).map((t) => t.e));
    };
    const heads = tables.filter((e) => e.props.headTable === true);
    const ordered = [...inRows(heads), ...inRows(tables.filter((e) => e.props.headTable !== true))];
    ordered.forEach((e, i) => {
      const n = i + 1;
      if (e.number === n) return;
      if (e.number !== null && e.labelEn === `Table ${e.number}`) e.labelEn = `Table ${n}`;
      if (e.number !== null && e.labelVi === `Bàn ${e.number}`) e.labelVi = `Bàn ${n}`;
      e.number = n;
    });
  },
};

/**
 * Moves a table's host (place of honour) to the chair now labelled `seatLabel`. Labels are
 * numbered from the host, so the chairs are renumbered; assignments follow their labels, so the
 * whole table's seating turns with its host (the host stays the host, the guest on the host's
 * right stays there).
 */
export const moveTableHost: Command<{ elementId: string; seatLabel: string }> = {
  id: 'layout/move-table-host',
  run(draft, { elementId, seatLabel }) {
    const e = elementOrThrow(draft, elementId);
    if (!isTableKind(e.kind)) throw new LayoutProblemsError([{ field: 'props.hostSeat', key: 'notATable', params: {} }]);
    const before = plain(e);
    const spec = seatSpecs(before).find((s) => s.label === seatLabel);
    if (!spec) throw new LayoutProblemsError([{ field: 'props.hostSeat', key: 'noSuchSeat', params: { label: seatLabel } }]);
    if (spec.isTableHost) return;
    const { hostSeat: _old, ...rest } = before.props;
    const props = spec.position === 0 ? rest : { ...rest, hostSeat: spec.position };
    e.props = props;
    syncSeats(draft, new SeatIndex(draft), { ...before, props }, noIds);
  },
};

export type Numbering = TableNumbering | RowNumbering;

/**
 * Changes the numbering scheme of a table ('clockwise', 'odd-even-from-host') or a row block
 * ('left-to-right', 'odd-even-from-centre'). Renames chairs: every chair keeps its id, its flags and
 * whoever is seated on it.
 */
export const setNumbering: Command<{ elementId: string; numbering: Numbering; ids: IdFactory }> = {
  id: 'layout/set-numbering',
  run(draft, { elementId, numbering, ids }) {
    const e = elementOrThrow(draft, elementId);
    const before = plain(e);
    const schema = isTableKind(before.kind) ? TableNumbering : before.kind === 'row-block' ? RowNumbering : null;
    if (!schema || !schema.safeParse(numbering).success) {
      throw new LayoutProblemsError([
        { field: 'props.numbering', key: 'invalidOption', params: { options: schema ? schema.options.join(', ') : '—' } },
      ]);
    }
    if (before.props.numbering === numbering) return;
    const next: LayoutElement = { ...before, props: { ...before.props, numbering } };
    ensureValid(next);
    e.props = next.props;
    syncSeats(draft, new SeatIndex(draft), next, ids, { position: before });
  },
};
