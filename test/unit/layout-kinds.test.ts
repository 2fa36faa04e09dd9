import { describe, expect, test } from 'vitest';
import { seededIds } from '../../shared/ids';
import type { LayoutElement, Seat } from '../../shared/model/entities';
import { blockSize, rowBlockFocus } from '../../shared/layout/block-seats';
import { generateSeats, seatSpecs } from '../../shared/layout/seats';
import { element } from './layout-fixtures';

const seats = (e: LayoutElement) => generateSeats(e, seededIds(7));
const byLabel = (list: Seat[], label: string) => {
  const s = list.find((x) => x.label === label);
  if (!s) throw new Error(`no seat ${label}`);
  return s;
};
/** Angle of a seat about a point, clockwise on the plan, in [0, 360). */
const angleAbout = (s: { x: number; y: number }, c: { x: number; y: number }) => ((Math.atan2(s.y - c.y, s.x - c.x) * 180) / Math.PI + 360) % 360;
/** Labels 1..n run clockwise on the plan: the angle from the host strictly grows. */
function expectClockwise(list: Seat[], centre: { x: number; y: number }) {
  const sorted = [...list].sort((a, b) => Number(a.label) - Number(b.label));
  const start = angleAbout(sorted[0]!, centre);
  const offsets = sorted.map((s) => (angleAbout(s, centre) - start + 360) % 360);
  offsets.slice(1).forEach((o, i) => expect(o, sorted[i + 1]!.label).toBeGreaterThan(offsets[i]!));
}
const facingVector = (s: Seat) => ({ x: Math.sin((s.rotation * Math.PI) / 180), y: -Math.cos((s.rotation * Math.PI) / 180) });
const hosts = (list: Seat[]) => list.filter((s) => s.isTableHost);

describe('oval table', () => {
  const table = element('oval-table', { seatCount: 10 }, { width: 3, depth: 1.6 });
  const list = seats(table);

  test('seats at the chair gap outside the ellipse, evenly spaced, facing the table, clockwise from the host', () => {
    expect(list).toHaveLength(10);
    expect(hosts(list).map((s) => s.label)).toEqual(['1']);
    expect(byLabel(list, '1')).toMatchObject({ x: 20, y: 10 + 0.8 + 0.45, rotation: 0 });
    expect(byLabel(list, '6')).toMatchObject({ x: 20, y: 10 - 0.8 - 0.45, rotation: 180 });
    expectClockwise(list, table);
    // Even spacing along the chair curve: neighbours about equally far apart.
    const sorted = [...list].sort((a, b) => a.order - b.order);
    const gaps = sorted.map((s, i) => Math.hypot(s.x - sorted[(i + 1) % 10]!.x, s.y - sorted[(i + 1) % 10]!.y));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(0.12);
    // Each seat faces the table: a step forward brings it nearer the centre.
    for (const s of list) {
      const f = facingVector(s);
      expect(Math.hypot(s.x + 0.1 * f.x - 20, s.y + 0.1 * f.y - 10)).toBeLessThan(Math.hypot(s.x - 20, s.y - 10));
    }
  });
});

describe('rectangular and banquet tables', () => {
  test('two seats at each end, both sides: 2n + 4, numbered clockwise', () => {
    const t = element('banquet-table', { seatsPerSide: 5, sides: 'both', ends: true, seatsPerEnd: 2 }, { width: 5, depth: 1.4 });
    const list = seats(t);
    expect(list).toHaveLength(14);
    expectClockwise(list, t);
    const ends = list.filter((s) => s.rotation === 90 || s.rotation === 270);
    expect(ends).toHaveLength(4);
    expect(ends.filter((s) => s.rotation === 90).map((s) => s.y).sort((a, b) => a - b)).toEqual([10 - 0.35, 10 + 0.35]);
  });

  test('English style: the host moved to an end seat', () => {
    const t = element('banquet-table', { seatsPerSide: 4, sides: 'both', ends: true }, { width: 4, depth: 1.2 });
    const end = seatSpecs(t).find((s) => s.facing === 90)!; // the left end chair
    const moved = seats({ ...t, props: { ...t.props, hostSeat: end.position } });
    expect(hosts(moved)).toHaveLength(1);
    expect(byLabel(moved, '1')).toMatchObject({ x: 20 - 2 - 0.45, y: 10, rotation: 90, isTableHost: true });
    expectClockwise(moved, t);
    // A host position beyond the chairs falls back to the default chair.
    expect(byLabel(seats({ ...t, props: { ...t.props, hostSeat: 99 } }), '1').y).toBeCloseTo(10.6 + 0.45, 3);
  });

  test('odd/even from the host on a head table: odd on the host’s right, even on the left', () => {
    const t = element('rect-table', { seatsPerSide: 7, sides: 'one', ends: false, numbering: 'odd-even-from-host' }, { width: 8.4, depth: 1 });
    const list = seats(t);
    // Facing up the plan, the host's right is +x.
    expect([...list].sort((a, b) => a.x - b.x).map((s) => s.label)).toEqual(['6', '4', '2', '1', '3', '5', '7']);
    // Order follows the numbers.
    expect([...list].sort((a, b) => a.order - b.order).map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // Turned to face the room (180), the host's right is the plan's left.
    const turned = seats({ ...t, rotation: 180 });
    expect([...turned].sort((a, b) => a.x - b.x).map((s) => s.label)).toEqual(['7', '5', '3', '1', '2', '4', '6']);
    // An even count: the host has one seat more on the right; numbers continue on that side.
    const even = seats(element('rect-table', { seatsPerSide: 6, sides: 'one', ends: false, numbering: 'odd-even-from-host' }, { width: 7.2, depth: 1 }));
    expect([...even].sort((a, b) => a.x - b.x).map((s) => s.label)).toEqual(['4', '2', '1', '3', '5', '6']);
  });

  test('odd/even from the host round a round table', () => {
    const list = seats(element('round-table', { seatCount: 8, numbering: 'odd-even-from-host' }));
    // Clockwise from the host (host at the bottom: clockwise goes to the host's left).
    const clockwise = seats(element('round-table', { seatCount: 8 }));
    const at = (s: Seat) => `${s.x},${s.y}`;
    const oddEvenAt = new Map(list.map((s) => [at(s), s.label]));
    expect(clockwise.map((s) => oddEvenAt.get(at(s)))).toEqual(['1', '2', '4', '6', '8', '7', '5', '3']);
  });
});

describe('conference shapes', () => {
  test('U-shape: base seats behind the base facing the front, arm seats outside facing in, open at the front', () => {
    const u = element('u-table', { seatsBase: 3, seatsPerArm: 4, tableDepthM: 0.8 }, { width: 6, depth: 5 });
    const list = seats(u);
    expect(list).toHaveLength(11);
    expect(hosts(list)).toHaveLength(1);
    expect(byLabel(list, '1')).toMatchObject({ x: 20, y: 10 + 2.5 + 0.45, rotation: 0 });
    const left = list.filter((s) => s.rotation === 90);
    const right = list.filter((s) => s.rotation === 270);
    expect(left).toHaveLength(4);
    expect(right).toHaveLength(4);
    for (const s of left) expect(s.x).toBeCloseTo(20 - 3 - 0.45, 3);
    // Arm seats stay beside the arms, not beside the base band.
    for (const s of [...left, ...right]) expect(s.y).toBeLessThan(10 + 2.5 - 0.8);
    expect(list.some((s) => s.y < 10 - 2.5)).toBe(false); // no one at the open end
    expectClockwise(list, u);
  });

  test('hollow square: seats outside all four sides, facing in', () => {
    const sq = element('hollow-square', { seatsWidthSide: 4, seatsDepthSide: 3 }, { width: 6, depth: 5 });
    const list = seats(sq);
    expect(list).toHaveLength(14);
    const count = (r: number) => list.filter((s) => s.rotation === r).length;
    expect([count(0), count(90), count(180), count(270)]).toEqual([4, 3, 4, 3]);
    expect(hosts(list)).toHaveLength(1);
    expectClockwise(list, sq);
  });

  test('T-shape: head seats behind the bar, stem seats both sides of the stem, facing it', () => {
    const t = element('t-table', { seatsHead: 5, seatsPerStemSide: 3, stemWidthM: 1.2, tableDepthM: 0.8 }, { width: 6, depth: 5 });
    const list = seats(t);
    expect(list).toHaveLength(11);
    expect(byLabel(list, '1')).toMatchObject({ x: 20, y: 12.95, rotation: 0, isTableHost: true });
    const stemLeft = list.filter((s) => s.rotation === 90);
    expect(stemLeft).toHaveLength(3);
    for (const s of stemLeft) expect(s.x).toBeCloseTo(20 - 0.6 - 0.45, 3);
    // Numbered clockwise along the table: head right to left, up the stem's left, down its right.
    const order = [...list].sort((a, b) => a.order - b.order);
    expect(order.slice(0, 3).map((s) => s.rotation)).toEqual([0, 0, 0]);
    expect(order.slice(3, 6).map((s) => s.rotation)).toEqual([90, 90, 90]);
    expect(order.slice(6, 9).map((s) => s.rotation)).toEqual([270, 270, 270]);
    expect(order.slice(9).map((s) => s.rotation)).toEqual([0, 0]);
  });

  test('signing table: chair 1 is the place of honour, on the signers’ right', () => {
    const list = seats(element('signing-table', { chairs: 3 }, { width: 3, depth: 0.9 }));
    expect(hosts(list).map((s) => s.label)).toEqual(['1']);
    expect([...list].sort((a, b) => b.x - a.x).map((s) => s.label)).toEqual(['1', '2', '3']);
  });

  test('every table turned 90° keeps its seats the same distance from its centre', () => {
    const tables = [
      element('u-table', { seatsBase: 3, seatsPerArm: 4 }, { width: 6, depth: 5 }),
      element('hollow-square', { seatsWidthSide: 4, seatsDepthSide: 3 }, { width: 6, depth: 5 }),
      element('t-table', { seatsHead: 5, seatsPerStemSide: 3 }, { width: 6, depth: 5 }),
      element('oval-table', { seatCount: 9 }, { width: 2.4, depth: 1.5 }),
    ];
    for (const t of tables) {
      const a = seats(t);
      const b = seats({ ...t, rotation: 90 });
      a.forEach((s, i) => {
        expect(b[i]!.label).toBe(s.label);
        expect(Math.hypot(b[i]!.x - 20, b[i]!.y - 10)).toBeCloseTo(Math.hypot(s.x - 20, s.y - 10), 2);
        expect(b[i]!.rotation).toBeCloseTo((s.rotation + 90) % 360, 3);
        // (x, y) -> (-y, x) about the centre for a clockwise quarter turn.
        expect(b[i]!.x - 20).toBeCloseTo(-(s.y - 10), 2);
        expect(b[i]!.y - 10).toBeCloseTo(s.x - 20, 2);
      });
    }
  });
});

describe('curved theatre rows', () => {
  const props = { rows: 4, seatsPerRow: 11, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right', curve: { focusDistanceM: 10 } };

  test('every seat of a row is at the same distance from the focus and faces it; spacing kept along the arc', () => {
    const e = element('row-block', props, blockSize('row-block', props));
    const list = seats(e);
    expect(list).toHaveLength(44);
    const f = rowBlockFocus(props)!;
    const focus = { x: 20 + f.x, y: 10 + f.y };
    ['A', 'B', 'C', 'D'].forEach((row, r) => {
      for (let k = 1; k <= 11; k++) {
        const s = byLabel(list, `${row}${k}`);
        expect(Math.hypot(s.x - focus.x, s.y - focus.y)).toBeCloseTo(10 + r * 0.95, 2);
        const v = facingVector(s);
        const d = Math.hypot(focus.x - s.x, focus.y - s.y);
        expect(v.x).toBeCloseTo((focus.x - s.x) / d, 2);
        expect(v.y).toBeCloseTo((focus.y - s.y) / d, 2);
      }
      const a = byLabel(list, `${row}1`);
      const b = byLabel(list, `${row}2`);
      const radius = 10 + r * 0.95;
      expect(2 * radius * Math.asin(Math.hypot(a.x - b.x, a.y - b.y) / (2 * radius))).toBeCloseTo(0.55, 2);
    });
    // The middle seat of row A faces straight at the focus, in front of it; the row's ends curl forward.
    expect(byLabel(list, 'A6').rotation).toBe(0);
    expect(byLabel(list, 'A1').y).toBeLessThan(byLabel(list, 'A6').y);
    expect(byLabel(list, 'A1').rotation).toBeGreaterThan(0);
    expect(byLabel(list, 'A11').rotation).toBeGreaterThan(180);
    // The element's box holds every seat, centred.
    const xs = list.map((s) => s.x);
    const ys = list.map((s) => s.y);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(20, 2);
    expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(10, 2);
    expect(Math.max(...xs) - Math.min(...xs) + 0.55).toBeCloseTo(e.width, 2);
  });

  test('curved rows with odd/even numbering and aisles keep their labels', () => {
    const list = seats(element('row-block', { ...props, numbering: 'odd-even-from-centre', aisleEvery: 4 }));
    expect(byLabel(list, 'A1').rotation).toBe(0);
    expect(new Set(list.map((s) => s.label)).size).toBe(44);
    expect(rowBlockFocus({ ...props, curve: undefined })).toBeNull();
  });
});

describe('positions', () => {
  test('a chair’s position stays with the chair whatever the numbering or host', () => {
    const t = element('round-table', { seatCount: 10 });
    const a = seatSpecs(t);
    const b = seatSpecs({ ...t, props: { seatCount: 10, hostSeat: 3, numbering: 'odd-even-from-host' } });
    for (const s of a) {
      const same = b.find((x) => x.position === s.position)!;
      expect([same.x, same.y]).toEqual([s.x, s.y]);
    }
    expect(b.find((s) => s.isTableHost)!.position).toBe(3);
  });
});
