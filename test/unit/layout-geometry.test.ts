import { describe, expect, test } from 'vitest';
import { seededIds } from '../../shared/ids';
import {
  elementBodyBounds, elementBounds, elementOutline, elementsInRect, hitElement, outlinePath, pointOnElement, seatsInRect, snap, snapPoint,
  SEAT_RADIUS_M,
} from '../../shared/layout/geometry';
import { generateSeats } from '../../shared/layout/seats';
import { element } from './layout-fixtures';


describe('outlines and bounds', () => {
  test('round and oval tables are ellipses; others polygons; a hollow square has a hole', () => {
    expect(elementOutline(element('round-table', { seatCount: 8 }, { width: 1.8, depth: 1.8 }))).toEqual({ shape: 'ellipse', rx: 0.9, ry: 0.9 });
    expect(elementOutline(element('oval-table', { seatCount: 8 }, { width: 3, depth: 1.6 }))).toEqual({ shape: 'ellipse', rx: 1.5, ry: 0.8 });
    expect(elementOutline(element('stage', {}, { width: 4, depth: 2 }))).toEqual({ shape: 'polygon', points: [-2, -1, 2, -1, 2, 1, -2, 1] });
    const sq = elementOutline(element('hollow-square', { seatsWidthSide: 4, seatsDepthSide: 3, tableDepthM: 1 }, { width: 6, depth: 5 }));
    expect(sq).toEqual({ shape: 'polygon', points: [-3, -2.5, 3, -2.5, 3, 2.5, -3, 2.5], holes: [[-2, -1.5, -2, 1.5, 2, 1.5, 2, -1.5]] });
    expect(outlinePath(sq)).toBe('M -3 -2.5 L 3 -2.5 L 3 2.5 L -3 2.5 Z M -2 -1.5 L -2 1.5 L 2 1.5 L 2 -1.5 Z');
    expect(outlinePath({ shape: 'ellipse', rx: 1, ry: 0.5 })).toBe('M -1 0 A 1 0.5 0 1 0 1 0 A 1 0.5 0 1 0 -1 0 Z');
    const u = elementOutline(element('u-table', { seatsBase: 3, seatsPerArm: 3 }, { width: 6, depth: 5 }));
    expect(u.shape === 'polygon' && u.points.length).toBe(16);
  });

  test('bounds include the seats and follow rotation', () => {
    const table = element('round-table', { seatCount: 10 });
    // Seats at 1.35 m from the centre plus their radius.
    const r = 1.35 + SEAT_RADIUS_M;
    const b = elementBounds(table);
    // Ten chairs at 36° steps from the bottom: the leftmost two at ±18° from the horizontal.
    expect(b.x).toBeCloseTo(20 - 1.35 * Math.cos(Math.PI / 10) - SEAT_RADIUS_M, 2);
    expect(b.width).toBeCloseTo(2 * (1.35 * Math.cos(Math.PI / 10) + SEAT_RADIUS_M), 2);
    expect(b.height).toBeCloseTo(2 * r, 2);
    expect(elementBodyBounds(table)).toEqual({ x: 19.1, y: 9.1, width: 1.8, height: 1.8 });
    const stage = element('stage', {}, { width: 4, depth: 2, rotation: 90 });
    expect(elementBounds(stage)).toEqual({ x: 19, y: 8, width: 2, height: 4 });
    const turned = element('stage', {}, { width: 2, depth: 2, rotation: 45 });
    expect(elementBounds(turned).width).toBeCloseTo(2 * Math.SQRT2, 3);
    // A turned ellipse: exact.
    const oval = element('oval-table', { seatCount: 1 }, { width: 4, depth: 2, rotation: 90 });
    expect(elementBodyBounds(oval)).toEqual({ x: 19, y: 8, width: 2, height: 4 });
    // Invalid props: the body alone, no throw.
    expect(elementBounds(element('round-table', { seatCount: 0 }))).toEqual(elementBodyBounds(element('round-table', {})));
  });
});

describe('hit testing', () => {
  test('respects rotation and shape, topmost first', () => {
    const bar = element('stage', {}, { width: 6, depth: 1, rotation: 90, zIndex: 'a1' });
    const table = element('round-table', { seatCount: 10 }, { zIndex: 'a2' });
    // Turned 90°, the bar is tall: a point 2.5 m below the centre is on it, 2.5 m to the side is not.
    expect(hitElement([bar], { x: 20, y: 12.5 })).toBe(bar.id);
    expect(hitElement([bar], { x: 22.5, y: 10 })).toBeNull();
    // Both under the centre: the one on top wins, whatever the array order.
    expect(hitElement([table, bar], { x: 20, y: 10 })).toBe(table.id);
    expect(hitElement([bar, table], { x: 20, y: 10 })).toBe(table.id);
    // The corner of the round table's bounding box is not the table.
    expect(hitElement([table], { x: 20.75, y: 10.75 })).toBeNull();
    // A seat is part of its table.
    const seat = generateSeats(table, seededIds(1))[0]!;
    expect(hitElement([table], seat)).toBe(table.id);
    // Tolerance widens shapes.
    expect(hitElement([bar], { x: 20.7, y: 10 })).toBeNull();
    expect(hitElement([bar], { x: 20.7, y: 10 }, 0.25)).toBe(bar.id);
  });

  test('tries only the elements whose bounds, as the caller keeps them, hold the point', () => {
    const table = element('round-table', { seatCount: 10 }, { zIndex: 'a2' });
    const kept = new Map([[table.id, elementBounds(table)]]);
    expect(hitElement([table], { x: 20, y: 10 }, 0, (e) => kept.get(e.id)!)).toBe(table.id);
    // Bounds elsewhere: the table is not tried, though the point is on it.
    expect(hitElement([table], { x: 20, y: 10 }, 0, () => ({ x: 0, y: 0, width: 1, height: 1 }))).toBeNull();
  });

  test('the inside of a hollow square is empty; the opening of a U too', () => {
    const sq = element('hollow-square', { seatsWidthSide: 4, seatsDepthSide: 3, tableDepthM: 1 }, { width: 6, depth: 5 });
    expect(hitElement([sq], { x: 20, y: 10 })).toBeNull();
    expect(hitElement([sq], { x: 17.5, y: 10 })).toBe(sq.id);
    const u = element('u-table', { seatsBase: 3, seatsPerArm: 3, tableDepthM: 1 }, { width: 6, depth: 5, rotation: 180 });
    // Turned 180°: the base is at the top of the plan, the opening at the bottom.
    expect(pointOnElement(u, { x: 20, y: 8 })).toBe(true);
    expect(pointOnElement(u, { x: 20, y: 12 })).toBe(false);
  });
});

describe('marquee and snapping', () => {
  test('seatsInRect takes centres inside a rectangle dragged in any direction', () => {
    const seats = generateSeats(element('row-block', { rows: 2, seatsPerRow: 10, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' }), seededIds(2));
    const front = seats.filter((s) => s.label.startsWith('A')).map((s) => s.id);
    expect(seatsInRect(seats, { x: 10, y: 9, width: 20, height: 1 })).toEqual(front);
    expect(seatsInRect(seats, { x: 30, y: 10, width: -20, height: -1 })).toEqual(front);
    expect(seatsInRect(seats, { x: 0, y: 0, width: 1, height: 1 })).toEqual([]);
  });

  test('elementsInRect: contained or touched', () => {
    const a = element('stage', {}, { x: 5, y: 5, width: 2, depth: 2 });
    const b = element('stage', {}, { x: 10, y: 5, width: 2, depth: 2 });
    expect(elementsInRect([a, b], { x: 0, y: 0, width: 8, height: 8 })).toEqual([a.id]);
    expect(elementsInRect([a, b], { x: 0, y: 0, width: 9.5, height: 8 }, 'intersect')).toEqual([a.id, b.id]);
  });

  test('snap to the grid at millimetre precision', () => {
    expect(snap(1.26, 0.5)).toBe(1.5);
    expect(snap(-1.26, 0.5)).toBe(-1.5);
    expect(snap(0.7, 0.1)).toBe(0.7);
    expect(snap(0.35, 0.1)).toBe(0.4);
    expect(snap(1.234, 0)).toBe(1.234);
    expect(snap(-0.2, 0.5)).toBe(0);
    expect(snap(1.25, 0.5)).toBe(1.5);
    expect(snap(-1.25, 0.5)).toBe(-1.5);
    expect(snap(0.15, 0.1)).toBe(0.2);
    expect(Object.is(snap(-0.2, 0.5), -0)).toBe(false);
    expect(snapPoint({ x: 3.3, y: 7.8 }, 1)).toEqual({ x: 3, y: 8 });
  });
});
