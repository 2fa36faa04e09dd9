import { parseElementProps, type DeskBlockProps, type RowBlockProps, type RowNumbering } from './props';
import { DEFAULT_AISLE_WIDTH_M, facingOf, round, type Chair, type SeatSpec } from './seat-frame';

// Blocks: theatre rows ("A1": row letter and seat number) and delegation desks ("12-1": desk and
// seat), and the size a block takes from its props (see seats.ts).

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

export function rowBlock(p: RowBlockProps): SeatSpec[] {
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

export function deskBlock(p: DeskBlockProps): SeatSpec[] {
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
