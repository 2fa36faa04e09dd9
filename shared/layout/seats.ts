import type { IdFactory } from '../ids';
import type { LayoutElement, Seat } from '../model/entities';
import {
  isSeatedKind, parseElementProps, type DeskBlockProps, type HollowSquareProps, type OvalTableProps, type RectTableProps,
  type RoundTableProps, type RowBlockProps, type RowNumbering, type SeatedKind, type SigningTableProps, type TableNumbering,
  type TTableProps, type UTableProps,
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
 * - Tables (round, oval, rectangular, banquet, U, hollow square, T, signing): 1, 2, 3... clockwise
 *   (as seen on the plan) from the table host's seat, or odd/even from the host (props.numbering).
 *   Exactly one seat of a table is its table host (place of honour); props.hostSeat moves it.
 * - Theatre rows: row letter and seat number, "A1"; rows A, B... from the front, then AA, AB...;
 *   numbers from the seated person's left, or odd/even from the centre.
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
  /**
   * The seat's place in the element's fixed geometric order, whatever the numbering or host:
   * for tables clockwise from the default host chair (0), for blocks row by row from the front
   * left. Two generations with the same geometry give each physical chair the same position.
   */
  position: number;
};

export const DEFAULT_SEAT_GAP_M = 0.45;
export const DEFAULT_AISLE_WIDTH_M = 1.0;
export const DEFAULT_TABLE_BAND_M = 0.8;
export const DEFAULT_STEM_WIDTH_M = 1.2;
/** The narrowest place a seated guest needs at a table edge: what "fits" means in validation. */
export const MIN_SEAT_WIDTH_M = 0.55;

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

/**
 * Seat of the host on a main side of n seats (indices from the host's left): the centre seat; for
 * an even count the left one of the central pair, so that the host and the guest of honour on
 * the host's right share the centre.
 */
export const hostIndex = (n: number) => (n % 2 === 1 ? (n - 1) / 2 : n / 2 - 1);

// ---------------------------------------------------------------------------------------------
// Tables: a ring of chairs in clockwise order, a default host chair, numbering from the host

type Chair = { x: number; y: number; facing: number };
/**
 * The chairs of a table in clockwise order on the plan. `closed`: the chairs go all the way round;
 * otherwise there is a gap (an open end) between the last chair and the first, so the host's
 * left is the run after the host up to the gap and the host's right the run before it.
 */
type Ring = { chairs: Chair[]; defaultHost: number; closed: boolean };

type TableCommon = { hostSeat?: number | undefined; numbering?: TableNumbering | undefined };

/** Numbers a ring from its host. Returns specs in numbering order. */
function numberRing(ring: Ring, p: TableCommon): SeatSpec[] {
  const n = ring.chairs.length;
  const position = (i: number) => (i - ring.defaultHost + n) % n;
  const wanted = p.hostSeat ?? 0;
  const host = (ring.defaultHost + (wanted < n ? wanted : 0)) % n;
  let sequence: number[]; // ring indices in label order, host first
  if ((p.numbering ?? 'clockwise') === 'clockwise') {
    sequence = Array.from({ length: n }, (_, k) => (host + k) % n);
  } else {
    let left: number[];
    let right: number[];
    if (ring.closed) {
      const l = Math.ceil((n - 1) / 2);
      left = Array.from({ length: l }, (_, k) => (host + 1 + k) % n);
      right = Array.from({ length: n - 1 - l }, (_, k) => (host - 1 - k + n) % n);
    } else {
      left = Array.from({ length: n - 1 - host }, (_, k) => host + 1 + k);
      right = Array.from({ length: host }, (_, k) => host - 1 - k);
    }
    sequence = [host];
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      if (k < left.length) sequence.push(left[k]!); // even: 2, 4, 6... on the host's left
      if (k < right.length) sequence.push(right[k]!); // odd: 3, 5, 7... on the host's right
    }
  }
  return sequence.map((i, k) => ({ ...ring.chairs[i]!, label: String(k + 1), isTableHost: i === host, position: position(i) }));
}

/** n chairs evenly along a segment from (x0, y0) to (x1, y1), each at the centre of its share. */
function along(n: number, x0: number, y0: number, x1: number, y1: number, facing: number): Chair[] {
  return Array.from({ length: n }, (_, k) => {
    const t = (k + 0.5) / n;
    return { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t, facing };
  });
}

function roundTable(element: LayoutElement, p: RoundTableProps): SeatSpec[] {
  const r = element.width / 2 + (p.seatGapM ?? DEFAULT_SEAT_GAP_M);
  const chairs = Array.from({ length: p.seatCount }, (_, k) => {
    // Chair 0 on the near side of the table (towards +y), facing the front; then clockwise.
    const a = rad(90 + (k * 360) / p.seatCount);
    const x = r * Math.cos(a);
    const y = r * Math.sin(a);
    return { x, y, facing: facingOf(-x, -y) };
  });
  return numberRing({ chairs, defaultHost: 0, closed: true }, p);
}

/**
 * Oval table: an ellipse of width × depth; chairs on the curve at the chair gap outside its edge
 * (along the edge's normal), evenly spaced by length along that curve, facing the table.
 */
function ovalTable(element: LayoutElement, p: OvalTableProps): SeatSpec[] {
  const a = element.width / 2;
  const b = element.depth / 2;
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const at = (t: number) => {
    const c = Math.cos(t);
    const s = Math.sin(t);
    const nx = b * c; // outward normal of (a cos t, b sin t), not normalised
    const ny = a * s;
    const len = Math.hypot(nx, ny);
    return { x: a * c + (g * nx) / len, y: b * s + (g * ny) / len, nx: nx / len, ny: ny / len };
  };
  // Arc length along the chair curve, from the near side (t = 90°) clockwise on the plan.
  const steps = 2048;
  const cumulative = new Float64Array(steps + 1);
  let prev = at(Math.PI / 2);
  for (let k = 1; k <= steps; k++) {
    const next = at(Math.PI / 2 + (2 * Math.PI * k) / steps);
    cumulative[k] = cumulative[k - 1]! + Math.hypot(next.x - prev.x, next.y - prev.y);
    prev = next;
  }
  const total = cumulative[steps]!;
  let k = 0;
  const chairs = Array.from({ length: p.seatCount }, (_, i) => {
    const target = (i * total) / p.seatCount;
    while (k < steps && cumulative[k + 1]! < target) k++;
    const span = cumulative[k + 1]! - cumulative[k]!;
    const f = span > 0 ? (target - cumulative[k]!) / span : 0;
    const pt = at(Math.PI / 2 + (2 * Math.PI * (k + f)) / steps);
    return { x: pt.x, y: pt.y, facing: facingOf(-pt.nx, -pt.ny) };
  });
  return numberRing({ chairs, defaultHost: 0, closed: true }, p);
}

function rectTable(element: LayoutElement, p: RectTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  const d = element.depth / 2;
  const n = p.seatsPerSide;
  const e = p.ends ? (p.seatsPerEnd ?? 1) : 0;
  // Clockwise, starting after the open end (if any): right end top to bottom, main side (the
  // back edge, +y) right to left, left end bottom to top, far side left to right.
  const rightEnd = along(e, w + g, -d, w + g, d, 270);
  const main = along(n, w, d + g, -w, d + g, 0);
  const leftEnd = along(e, -w - g, d, -w - g, -d, 90);
  const far = p.sides === 'both' ? along(n, -w, -d - g, w, -d - g, 180) : [];
  const chairs = [...rightEnd, ...main, ...leftEnd, ...far];
  // The host at the centre of the main side (hostIndex counts from the host's left, -x).
  return numberRing({ chairs, defaultHost: e + (n - 1 - hostIndex(n)), closed: p.sides === 'both' }, p);
}

function uTable(element: LayoutElement, p: UTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  const d = element.depth / 2;
  const band = p.tableDepthM ?? DEFAULT_TABLE_BAND_M;
  // Open at the front: right arm (outer side) front to back, base right to left, left arm back to front.
  const rightArm = along(p.seatsPerArm, w + g, -d, w + g, d - band, 270);
  const base = along(p.seatsBase, w, d + g, -w, d + g, 0);
  const leftArm = along(p.seatsPerArm, -w - g, d - band, -w - g, -d, 90);
  const n = p.seatsBase;
  return numberRing({ chairs: [...rightArm, ...base, ...leftArm], defaultHost: p.seatsPerArm + (n - 1 - hostIndex(n)), closed: false }, p);
}

function hollowSquare(element: LayoutElement, p: HollowSquareProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  const d = element.depth / 2;
  const band = p.tableDepthM ?? DEFAULT_TABLE_BAND_M;
  const n = p.seatsWidthSide;
  const m = p.seatsDepthSide;
  const back = along(n, w, d + g, -w, d + g, 0);
  const left = along(m, -w - g, d - band, -w - g, -d + band, 90);
  const front = along(n, -w, -d - g, w, -d - g, 180);
  const right = along(m, w + g, -d + band, w + g, d - band, 270);
  return numberRing({ chairs: [...back, ...left, ...front, ...right], defaultHost: n - 1 - hostIndex(n), closed: true }, p);
}

function tTable(element: LayoutElement, p: TTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  const d = element.depth / 2;
  const band = p.tableDepthM ?? DEFAULT_TABLE_BAND_M;
  const stem = (p.stemWidthM ?? DEFAULT_STEM_WIDTH_M) / 2;
  const n = p.seatsHead;
  const head = along(n, w, d + g, -w, d + g, 0);
  const stemLeft = along(p.seatsPerStemSide, -stem - g, d - band, -stem - g, -d, 90);
  const stemRight = along(p.seatsPerStemSide, stem + g, -d, stem + g, d - band, 270);
  return numberRing({ chairs: [...head, ...stemLeft, ...stemRight], defaultHost: n - 1 - hostIndex(n), closed: true }, p);
}

function signingTable(element: LayoutElement, p: SigningTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  // Chair 1 on the signers' right (+x), as the place of honour; then towards their left.
  const chairs = along(p.chairs, w, element.depth / 2 + g, -w, element.depth / 2 + g, 0);
  return numberRing({ chairs, defaultHost: 0, closed: false }, p);
}

// ---------------------------------------------------------------------------------------------
// Blocks

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
export function rowNumbers(count: number, numbering: RowNumbering): number[] {
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

/**
 * Positions of a row block's seats, row by row from the front, each row from the seated
 * person's left; centred on the element (the box round the seat centres is centred on 0, 0).
 * `focus` is the point curved rows face, in the same frame (null for straight rows).
 */
function rowBlockLayout(p: RowBlockProps): { rows: Chair[][]; focus: { x: number; y: number } | null } {
  const xs = lineOffsets(p.seatsPerRow, p.seatSpacingM, p.aisleEvery, p.aisleWidthM ?? DEFAULT_AISLE_WIDTH_M);
  const rows: Chair[][] = [];
  if (!p.curve) {
    for (let r = 0; r < p.rows; r++) {
      const y = r * p.rowSpacingM - ((p.rows - 1) * p.rowSpacingM) / 2;
      rows.push(xs.map((x) => ({ x, y, facing: 0 })));
    }
    return { rows, focus: null };
  }
  // Arcs round a focus point (at 0, 0 before centring) in front of the front row; the seat
  // spacing is kept along each arc, so aisles stay straight and outer rows span a smaller angle.
  const f = p.curve.focusDistanceM;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let r = 0; r < p.rows; r++) {
    const radius = f + r * p.rowSpacingM;
    rows.push(
      xs.map((s) => {
        const t = s / radius;
        const x = radius * Math.sin(t);
        const y = radius * Math.cos(t);
        minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        return { x, y, facing: facingOf(-Math.sin(t), -Math.cos(t)) };
      }),
    );
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { rows: rows.map((row) => row.map((c) => ({ ...c, x: c.x - cx, y: c.y - cy }))), focus: { x: -cx, y: -cy } };
}

/** The point a curved row block's seats face, in the element's frame; null for straight rows. Throws on invalid props. */
export function rowBlockFocus(props: unknown): { x: number; y: number } | null {
  const { focus } = rowBlockLayout(parseElementProps('row-block', props));
  return focus && { x: round(focus.x), y: round(focus.y) };
}

function rowBlock(p: RowBlockProps): SeatSpec[] {
  const numbers = rowNumbers(p.seatsPerRow, p.numbering);
  const first = p.firstRowLetter.charCodeAt(0) - 65;
  const seats: SeatSpec[] = [];
  rowBlockLayout(p).rows.forEach((row, r) => {
    const letter = rowLetter(first + r);
    row.forEach((c, j) => {
      seats.push({ label: `${letter}${numbers[j]}`, ...c, isTableHost: false, position: seats.length });
    });
  });
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
          seats.push({ label: `${desk}-${firstSeat + s}`, x, y, facing: 0, isTableHost: false, position: seats.length });
        }
      };
      line(p.seatsAtDesk, rowY(q * rowsPerDesk), 1);
      if (p.seatsBehind > 0) line(p.seatsBehind, rowY(q * rowsPerDesk + 1), p.seatsAtDesk + 1);
    }
  }
  return seats;
}

/**
 * The desks of a desk block as rectangles in the element's frame (for drawing): each desk in
 * front of its row of seats at the desk, `deskDepthM` deep.
 */
export function deskRects(props: unknown, deskDepthM = 0.5): { x: number; y: number; width: number; depth: number }[] {
  const p = parseElementProps('desk-block', props);
  const rowsPerDesk = p.seatsBehind > 0 ? 2 : 1;
  const seatRows = p.deskRows * rowsPerDesk;
  const out: { x: number; y: number; width: number; depth: number }[] = [];
  for (let q = 0; q < p.deskRows; q++) {
    const seatY = q * rowsPerDesk * p.rowSpacingM - ((seatRows - 1) * p.rowSpacingM) / 2;
    for (let i = 0; i < p.desks; i++) {
      const x = (i - (p.desks - 1) / 2) * p.deskWidthM;
      out.push({ x: round(x), y: round(seatY - 0.5 * p.rowSpacingM + deskDepthM / 2 - 0.05), width: round(p.deskWidthM - 0.1), depth: deskDepthM });
    }
  }
  return out;
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

/**
 * The rectangle a block of seats covers (half a seat pitch or row spacing around the outer
 * seats), for sizing a row-block or desk-block element to its props. Throws on invalid props.
 */
export function blockSize(kind: 'row-block' | 'desk-block', props: unknown): { width: number; depth: number } {
  if (kind === 'row-block') {
    const p = parseElementProps('row-block', props);
    const chairs = rowBlockLayout(p).rows.flat();
    const xs = chairs.map((c) => c.x);
    const ys = chairs.map((c) => c.y);
    return {
      width: round(Math.max(...xs) - Math.min(...xs) + p.seatSpacingM),
      depth: round(Math.max(...ys) - Math.min(...ys) + p.rowSpacingM),
    };
  }
  const p = parseElementProps('desk-block', props);
  const seatRows = p.deskRows * (p.seatsBehind > 0 ? 2 : 1);
  return { width: round(p.desks * p.deskWidthM), depth: round(seatRows * p.rowSpacingM) };
}
