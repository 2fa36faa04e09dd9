import { current, isDraft, original, type Draft } from 'immer';
import type { IdFactory } from '../ids';
import type { EventDocument } from '../model/collections';
import { LayoutElement as LayoutElementSchema, type LayoutElement, type Seat } from '../model/entities';
import { blockSize } from './block-seats';
import { compareZ } from './geometry';
import { isBlockKind, isSeatedKind } from './props';
import { round, type SeatSpec } from './seat-frame';
import { placeSeat, seatSpecs } from './seats';
import { seatsPerElement } from './seats-per-element';
import { elementProblems, LayoutProblemsError, type LayoutProblem } from './validation';

/**
 * What the hall editor's commands share (the commands: element-, copy-, arrange-, group- and
 * table-commands.ts; see shared/document/history.ts). Pure: ids come from the factory in
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
 */

export type Doc = Draft<EventDocument>;

/** A plain copy of a draft (or the value itself when it is not one). */
export const plain = <T>(value: Draft<T> | T): T => (isDraft(value) ? (current(value as never) as T) : (value as T));
/** The value as it was before this command (for reading many rows cheaply). */
export const base = <T>(value: Draft<T> | T): T =>
  isDraft(value) ? ((original(value as never) as T | undefined) ?? (current(value as never) as T)) : (value as T);
export const noIds: IdFactory = () => {
  throw new Error('internal: a seat was added where none should be');
};

/** The seats of every element, from the document as it was before this command (seatsPerElement). */
export class SeatIndex {
  private readonly byElement: ReadonlyMap<string, readonly Seat[]>;
  private assignmentsBySeat: Map<string, string[]> | null = null;
  constructor(private readonly draft: Doc) {
    this.byElement = seatsPerElement(base(draft.seats));
  }
  of(elementId: string): readonly Seat[] {
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
export function syncSeats(
  draft: Doc,
  index: SeatIndex,
  element: LayoutElement,
  ids: IdFactory,
  match: 'label' | { position: LayoutElement } = 'label',
  flagsFrom: readonly Seat[] = [],
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

export function ensureValid(element: LayoutElement) {
  const problems: LayoutProblem[] = elementProblems(element);
  if (problems.length === 0) {
    const parsed = LayoutElementSchema.safeParse(element);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), key: 'invalidValue' as const, params: {} })));
    }
  }
  if (problems.length > 0) throw new LayoutProblemsError(problems);
}

export function elementOrThrow(draft: Doc, id: string) {
  const e = draft.elements[id];
  if (!e) throw new Error(`elements/${id} does not exist`);
  return e;
}

/** The existing elements among ids, once each, in paint order (bottom first). */
export function pick(draft: Doc, ids: readonly string[]): Draft<LayoutElement>[] {
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
export function place(draft: Doc, index: SeatIndex, e: Draft<LayoutElement>, x: number, y: number, rotation: number) {
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

export function hallElements(draft: Doc, hallId: string): Draft<LayoutElement>[] {
  return Object.values(draft.elements).filter((e) => e.hallId === hallId);
}

/** A row or desk block takes the size its props give (when they are valid; validation speaks otherwise). */
export function fitBlock(e: LayoutElement): LayoutElement {
  if (!isBlockKind(e.kind)) return e;
  try {
    const size = blockSize(e.kind, e.props);
    return { ...e, width: size.width, depth: size.depth };
  } catch {
    return e;
  }
}
