import type { IdFactory } from '../ids';
import type { LayoutElement, Seat } from '../model/entities';
import {
  isSeatedKind, parseElementProps, type DeskBlockProps, type RectTableProps, type RoundTableProps, type RowBlockProps,
  type SeatedKind, type SigningTableProps,
} from './props';

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
 * - Tables: 1, 2, 3... clockwise (as seen on the plan) from the table host's seat.
 * - Theatre rows: row letter and seat number, "A1"; rows A, B... from the front, then AA, AB...
 * - Delegation desks: desk number and seat, "12-1"; seats 1..n at the desk, then those behind,
 *   each row from the left of the seated person; desks numbered from the front, left to right.
 */

/** A seat before it has an id or a hall: coordinates and facing in the element's own frame. */
export type SeatSpec = {
  label: string;
  /** Metres from the element's centre, in the element's frame (before its rotation). */
  x: number;
  y: number;
  /** Facing, degrees clockwise from the element's front. */
  facing: number;
  isTableHost: boolean;
};

export const DEFAULT_SEAT_GAP_M = 0.45;
export const DEFAULT_AISLE_WIDTH_M = 1.0;

const round = (v: number, places = 3) => {
  const f = 10 ** places;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};
const rad = (deg: number) => (deg * Math.PI) / 180;
export const normalizeDegrees = (deg: number) => {
  const d = round(((deg % 360) + 360) % 360);
  return d === 360 ? 0 : d;
};
/** The facing (0 = up, clockwise) of a direction vector in y-down coordinates. */
const facingOf = (dx: number, dy: number) => normalizeDegrees((Math.atan2(dx, -dy) * 180) / Math.PI);
/** The clockwise angle of a point around the origin, from the +x axis (y down), unrounded. */
const angleOf = (x: number, y: number) => (Math.atan2(y, x) * 180) / Math.PI;
const mod360 = (deg: number) => ((deg % 360) + 360) % 360;

function roundTable(element: LayoutElement, p: RoundTableProps): SeatSpec[] {
  const r = element.width / 2 + (p.seatGapM ?? DEFAULT_SEAT_GAP_M);
  return Array.from({ length: p.seatCount }, (_, k) => {
    // Seat 1 on the near side of the table (towards +y), facing the front; then clockwise.
    const a = rad(90 + (k * 360) / p.seatCount);
    const x = r * Math.cos(a);
    const y = r * Math.sin(a);
    return { label: String(k + 1), x, y, facing: facingOf(-x, -y), isTableHost: k === 0 };
  });
}

/**
 * Seat of the host on a main side of n seats (indices from the host's left): the centre seat; for
 * an even count the left one of the central pair, so that the host and the guest of honour on
 * the host's right share the centre.
 */
export const hostIndex = (n: number) => (n % 2 === 1 ? (n - 1) / 2 : n / 2 - 1);

/** Numbers seats 1, 2, 3... clockwise around the element's centre, starting at the host's seat. */
function clockwiseFromHost(seats: Omit<SeatSpec, 'label'>[]): SeatSpec[] {
  const host = seats.find((s) => s.isTableHost);
  const start = host ? angleOf(host.x, host.y) : 0;
  return seats
    .map((s) => ({ s, offset: mod360(angleOf(s.x, s.y) - start) }))
    .sort((a, b) => a.offset - b.offset)
    .map(({ s }, i) => ({ ...s, label: String(i + 1) }));
}

function rectTable(element: LayoutElement, p: RectTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width;
  const d = element.depth;
  const n = p.seatsPerSide;
  const pitch = w / n;
  const along = (i: number) => -w / 2 + pitch * (i + 0.5);
  const seats: Omit<SeatSpec, 'label'>[] = [];
  // Main side: the back edge (+y), seats facing the front across the table.
  for (let i = 0; i < n; i++) seats.push({ x: along(i), y: d / 2 + g, facing: 0, isTableHost: i === hostIndex(n) });
  if (p.sides === 'both') for (let i = 0; i < n; i++) seats.push({ x: along(i), y: -(d / 2 + g), facing: 180, isTableHost: false });
  if (p.ends) {
    seats.push({ x: -(w / 2 + g), y: 0, facing: 90, isTableHost: false });
    seats.push({ x: w / 2 + g, y: 0, facing: 270, isTableHost: false });
  }
  return clockwiseFromHost(seats);
}

function signingTable(element: LayoutElement, p: SigningTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const pitch = element.width / p.chairs;
  // Chair 1 on the signers' right (+x), as the place of honour; then towards their left.
  return Array.from({ length: p.chairs }, (_, k) => ({
    label: String(k + 1),
    x: element.width / 2 - pitch * (k + 0.5),
    y: element.depth / 2 + g,
    facing: 0,
    isTableHost: false,
  }));
}

/** Row letters: A..Z, then AA, AB... (bijective base 26). */
export function rowLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Seat numbers of one row, by position from the seated person's left. */
export function rowNumbers(count: number, numbering: RowBlockProps['numbering']): number[] {
  if (numbering === 'left-to-right') return Array.from({ length: count }, (_, j) => j + 1);
  // Odd from the centre towards the right (1, 3, 5...), even towards the left (2, 4, 6...).
  const firstRight = Math.floor(count / 2); // the centre seat, or the right one of the central pair
  return Array.from({ length: count }, (_, j) => (j >= firstRight ? 2 * (j - firstRight) + 1 : 2 * (firstRight - j)));
}

/** X offsets of a line of seats, centred, with an aisle after every `aisleEvery` seats. */
function lineOffsets(count: number, pitch: number, aisleEvery: number | undefined, aisleWidth: number): number[] {
  const xs = Array.from({ length: count }, (_, j) => j * pitch + (aisleEvery ? Math.floor(j / aisleEvery) * aisleWidth : 0));
  const mid = (xs[0]! + xs[count - 1]!) / 2;
  return xs.map((x) => x - mid);
}

function rowBlock(p: RowBlockProps): SeatSpec[] {
  const xs = lineOffsets(p.seatsPerRow, p.seatSpacingM, p.aisleEvery, p.aisleWidthM ?? DEFAULT_AISLE_WIDTH_M);
  const numbers = rowNumbers(p.seatsPerRow, p.numbering);
  const first = p.firstRowLetter.charCodeAt(0) - 65;
  const seats: SeatSpec[] = [];
  for (let r = 0; r < p.rows; r++) {
    const y = r * p.rowSpacingM - ((p.rows - 1) * p.rowSpacingM) / 2;
    const letter = rowLetter(first + r);
    for (let j = 0; j < p.seatsPerRow; j++) {
      seats.push({ label: `${letter}${numbers[j]}`, x: xs[j]!, y, facing: 0, isTableHost: false });
    }
  }
  return seats;
}

function deskBlock(p: DeskBlockProps): SeatSpec[] {
  const rowsPerDesk = p.seatsBehind > 0 ? 2 : 1;
  const seatRows = p.deskRows * rowsPerDesk;
  const rowY = (i: number) => i * p.rowSpacingM - ((seatRows - 1) * p.rowSpacingM) / 2;
  const seats: SeatSpec[] = [];
  for (let q = 0; q < p.deskRows; q++) {
    for (let i = 0; i < p.desks; i++) {
      const desk = q * p.desks + i + 1;
      const centre = (i - (p.desks - 1) / 2) * p.deskWidthM;
      const line = (n: number, y: number, firstSeat: number) => {
        for (let s = 0; s < n; s++) {
          const x = centre - p.deskWidthM / 2 + ((s + 0.5) * p.deskWidthM) / n;
          seats.push({ label: `${desk}-${firstSeat + s}`, x, y, facing: 0, isTableHost: false });
        }
      };
      line(p.seatsAtDesk, rowY(q * rowsPerDesk), 1);
      if (p.seatsBehind > 0) line(p.seatsBehind, rowY(q * rowsPerDesk + 1), p.seatsAtDesk + 1);
    }
  }
  return seats;
}

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
    case 'rect-table':
    case 'banquet-table':
      return rectTable(element, props as RectTableProps);
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

/**
 * The seats of an element, in hall coordinates (millimetre precision), ordered and labelled as
 * described above, each with a new id from `ids`. Elements without seats give [].
 */
export function generateSeats(element: LayoutElement, ids: IdFactory): Seat[] {
  return seatSpecs(element).map((spec, order) => {
    const at = toHall(element, spec.x, spec.y);
    return {
      id: ids(),
      hallId: element.hallId,
      elementId: element.id,
      label: spec.label,
      x: at.x,
      y: at.y,
      rotation: normalizeDegrees(element.rotation + spec.facing),
      order,
      isTableHost: spec.isTableHost,
      accessible: false,
      blocked: false,
    };
  });
}

/**
 * The rectangle a block of seats covers (half a seat pitch or row spacing around the outer
 * seats), for sizing a row-block or desk-block element to its props. Throws on invalid props.
 */
export function blockSize(kind: 'row-block' | 'desk-block', props: unknown): { width: number; depth: number } {
  if (kind === 'row-block') {
    const p = parseElementProps('row-block', props);
    const xs = lineOffsets(p.seatsPerRow, p.seatSpacingM, p.aisleEvery, p.aisleWidthM ?? DEFAULT_AISLE_WIDTH_M);
    return { width: round(xs[xs.length - 1]! - xs[0]! + p.seatSpacingM), depth: round(p.rows * p.rowSpacingM) };
  }
  const p = parseElementProps('desk-block', props);
  const seatRows = p.deskRows * (p.seatsBehind > 0 ? 2 : 1);
  return { width: round(p.desks * p.deskWidthM), depth: round(seatRows * p.rowSpacingM) };
}
