import type { IdFactory } from '../ids';
import type { LayoutElement, Seat } from '../model/entities';
import {
  isSeatedKind, parseElementProps, type DeskBlockProps, type HollowSquareProps, type OvalTableProps, type RectTableProps,
  type RoundTableProps, type RowBlockProps, type SeatedKind, type SigningTableProps, type TTableProps, type UTableProps,
} from './props';
import { deskBlock, rowBlock } from './block-seats';
import { normalizeDegrees, rad, round, type SeatSpec } from './seat-frame';
import { hollowSquare, ovalTable, rectTable, roundTable, signingTable, tTable, uTable } from './table-seats';

/**
 * Seat generators: from a layout element and its props to the seats on the hall.
 *
 * Geometry (the same for the canvas, print and these generators):
 * - Hall coordinates are metres from the hall's top-left corner, x to the right, y down.
 * - An element sits at its centre (x, y), turned by `rotation` degrees clockwise on the plan.
 * - A direction (a seat's `rotation`, the way the seated person faces) is in degrees clockwise
 *   from "up the plan" (towards y = 0): 0 up, 90 right, 180 down, 270 left; always in [0, 360).
 * - An element's front is the way its principal seats face: at rotation 0, up the plan. A head
 *   table meant to face a room below it therefore has rotation 180.
 *
 * Labels are unique within an element and stable: the same props always give the same labels in
 * the same order, so re-generating an element keeps its seats recognisable.
 * - Tables (round, oval, rectangular, banquet, U, hollow square, T, signing): 1, 2, 3... clockwise
 *   (as seen on the plan) from the table host's seat, or odd/even from the host (props.numbering).
 *   Exactly one seat of a table is its table host (place of honour); props.hostSeat moves it.
 * - Theatre rows: row letter and seat number, "A1"; rows A, B... from the front, then AA, AB...;
 *   numbers from the seated person's left, or odd/even from the centre.
 * - Delegation desks: desk number and seat, "12-1"; seats 1..n at the desk, then those behind,
 *   each row from the left of the seated person; desks numbered from the front, left to right.
 */

/**
 * The seats of an element in its own frame, in numbering order; [] for kinds without seats.
 * Throws (naming the element) when its props do not fit its kind.
 */
export function seatSpecs(element: LayoutElement): SeatSpec[] {
  const { kind } = element;
  if (!isSeatedKind(kind)) return [];
  let props;
  try {
    props = parseElementProps<SeatedKind>(kind, element.props);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Element ${element.id} (${kind}) has invalid props: ${detail}`, { cause: error });
  }
  switch (kind) {
    case 'round-table':
      return roundTable(element, props as RoundTableProps);
    case 'oval-table':
      return ovalTable(element, props as OvalTableProps);
    case 'rect-table':
    case 'banquet-table':
      return rectTable(element, props as RectTableProps);
    case 'u-table':
      return uTable(element, props as UTableProps);
    case 'hollow-square':
      return hollowSquare(element, props as HollowSquareProps);
    case 't-table':
      return tTable(element, props as TTableProps);
    case 'signing-table':
      return signingTable(element, props as SigningTableProps);
    case 'row-block':
      return rowBlock(props as RowBlockProps);
    case 'desk-block':
      return deskBlock(props as DeskBlockProps);
  }
}

/** A point of the element's frame in hall coordinates (rotation clockwise about the element's centre). */
export function toHall(element: Pick<LayoutElement, 'x' | 'y' | 'rotation'>, x: number, y: number): { x: number; y: number } {
  const t = rad(element.rotation);
  const c = Math.cos(t);
  const s = Math.sin(t);
  return { x: round(element.x + x * c - y * s), y: round(element.y + x * s + y * c) };
}

/** A seat row placed from its spec (everything but the id and the officer's flags). */
export function placeSeat(element: LayoutElement, spec: SeatSpec, order: number): Omit<Seat, 'id' | 'accessible' | 'blocked'> {
  const at = toHall(element, spec.x, spec.y);
  return {
    hallId: element.hallId,
    elementId: element.id,
    label: spec.label,
    x: at.x,
    y: at.y,
    rotation: normalizeDegrees(element.rotation + spec.facing),
    order,
    isTableHost: spec.isTableHost,
  };
}

/**
 * The seats of an element, in hall coordinates (millimetre precision), ordered and labelled as
 * described above, each with a new id from `ids`. Elements without seats give [].
 */
export function generateSeats(element: LayoutElement, ids: IdFactory): Seat[] {
  return seatSpecs(element).map((spec, order) => ({ id: ids(), ...placeSeat(element, spec, order), accessible: false, blocked: false }));
}
