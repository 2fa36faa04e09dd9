import type { LayoutElement } from '../model/entities';
import type {
  HollowSquareProps, OvalTableProps, RectTableProps, RoundTableProps, SigningTableProps, TableNumbering, TTableProps, UTableProps,
} from './props';
import { DEFAULT_SEAT_GAP_M, DEFAULT_STEM_WIDTH_M, DEFAULT_TABLE_BAND_M, facingOf, rad, type Chair, type SeatSpec } from './seat-frame';

// Tables: a ring of chairs in clockwise order, a default host chair, numbering from the host
// (labels 1, 2, 3... clockwise or odd/even from the host; see seats.ts).

/**
 * Seat of the host on a main side of n seats (indices from the host's left): the centre seat; for
 * an even count the left one of the central pair, so that the host and the guest of honour on
 * the host's right share the centre.
 */
export const hostIndex = (n: number) => (n % 2 === 1 ? (n - 1) / 2 : n / 2 - 1);

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

export function roundTable(element: LayoutElement, p: RoundTableProps): SeatSpec[] {
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
export function ovalTable(element: LayoutElement, p: OvalTableProps): SeatSpec[] {
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

export function rectTable(element: LayoutElement, p: RectTableProps): SeatSpec[] {
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

export function uTable(element: LayoutElement, p: UTableProps): SeatSpec[] {
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

export function hollowSquare(element: LayoutElement, p: HollowSquareProps): SeatSpec[] {
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

export function tTable(element: LayoutElement, p: TTableProps): SeatSpec[] {
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

export function signingTable(element: LayoutElement, p: SigningTableProps): SeatSpec[] {
  const g = p.seatGapM ?? DEFAULT_SEAT_GAP_M;
  const w = element.width / 2;
  // Chair 1 on the signers' right (+x), as the place of honour; then towards their left.
  const chairs = along(p.chairs, w, element.depth / 2 + g, -w, element.depth / 2 + g, 0);
  return numberRing({ chairs, defaultHost: 0, closed: false }, p);
}
