import { describe, expect, it } from 'vitest';
import {
  HANDLES, handleCursor, handlePoint, hitHandle, hitRotateHandle, MIN_DRAG_M, showsRotateHandle, pointerAngle, resizeFrom, ROTATE_OFFSET_PX, rotateFrom, rotateHandlePoint,
  sizedByProps, visibleHandles, type HandleName,
} from '../../renderer/src/halls/editor/handles';
import { minimapFrame, minimapToWorld, needsMinimap } from '../../renderer/src/halls/editor/minimap';
import { centreOn, visibleRect } from '../../shared/camera';
import type { LayoutElement } from '../../shared/model/entities';

const h = (name: HandleName) => HANDLES.find((x) => x.name === name)!;
const table = { kind: 'rect-table', x: 10, y: 5, width: 4, depth: 1, rotation: 0 } as const satisfies Partial<LayoutElement>;
const close = (a: Record<string, number>, b: Record<string, number>) => {
  for (const k of Object.keys(b)) expect(a[k], k).toBeCloseTo(b[k]!, 6);
};

describe('resize handles', () => {
  it('sit on the corners and side midpoints of the rotated frame', () => {
    expect(handlePoint(table, h('e'))).toEqual({ x: 12, y: 5 });
    expect(handlePoint(table, h('nw'))).toEqual({ x: 8, y: 4.5 });
    const turned = { ...table, rotation: 90 };
    close(handlePoint(turned, h('e')), { x: 10, y: 7 });
    close(handlePoint(turned, h('n')), { x: 10.5, y: 5 });
  });

  it('are hit within a few screen pixels whatever the zoom', () => {
    const el = table as unknown as LayoutElement;
    const cam = { scale: 20, x: 0, y: 0 };
    expect(hitHandle(el, cam, { x: 240 + 4, y: 100 - 3 })?.name).toBe('e');
    expect(hitHandle(el, cam, { x: 240 + 9, y: 100 })).toBeNull();
    expect(hitHandle(el, cam, { x: 160, y: 90 })?.name).toBe('nw');
    expect(hitHandle(el, { scale: 200, x: 0, y: 0 }, { x: 2402, y: 1000 })?.name).toBe('e');
  });

  it('leave a small element grabbable: no side handles on a short side, none at all when tiny', () => {
    expect(visibleHandles(table, 40).map((x) => x.name)).toEqual(HANDLES.map((x) => x.name));
    // 1 m deep at 20 px/m: the north and south handles would cover the table.
    expect(visibleHandles(table, 20).map((x) => x.name)).toEqual(['nw', 'ne', 'e', 'se', 'sw', 'w']);
    expect(visibleHandles(table, 5).map((x) => x.name)).toEqual(['nw', 'ne', 'se', 'sw']);
    expect(visibleHandles(table, 3)).toEqual([]);
    expect(hitHandle(table as unknown as LayoutElement, { scale: 20, x: 0, y: 0 }, { x: 200, y: 90 })).toBeNull();
  });

  it('move one side and keep the opposite side fixed', () => {
    // East side dragged 1 m further east: width 5, centre half a metre east; the west side stays at x = 8.
    expect(resizeFrom(table, h('e'), { x: 13, y: 9 })).toEqual({ x: 10.5, y: 5, width: 5, depth: 1 });
    // North-west corner dragged out by (1, 0.5): both sizes grow, the south-east corner stays.
    expect(resizeFrom(table, h('nw'), { x: 7, y: 4 })).toEqual({ x: 9.5, y: 4.75, width: 5, depth: 1.5 });
    // Sizes round to the grid when it snaps.
    expect(resizeFrom(table, h('e'), { x: 13.2, y: 5 }, { grid: 0.5 })).toMatchObject({ width: 5, x: 10.5 });
  });

  it('work in the element frame when it is turned', () => {
    const turned = { ...table, rotation: 90 };
    // Its east handle points down (+y) on screen: dragging it 1 m further down widens it by 1 m.
    const g = resizeFrom(turned, h('e'), { x: 10, y: 8 });
    close(g, { x: 10, y: 5.5, width: 5, depth: 1 });
    // The west end (x = 10, y = 3) stays.
    close(handlePoint({ ...turned, ...g }, h('w')), { x: 10, y: 3 });
  });

  it('never propose a flipped or empty size; a round table stays round', () => {
    expect(resizeFrom(table, h('e'), { x: 0, y: 5 }).width).toBe(MIN_DRAG_M);
    const round = { kind: 'round-table', x: 0, y: 0, width: 2, depth: 2, rotation: 0 } as const;
    expect(resizeFrom(round, h('se'), { x: 2, y: 1.5 })).toMatchObject({ width: 3, depth: 3, x: 0.5, y: 0.5 });
    expect(resizeFrom(round, h('e'), { x: 2, y: 0 })).toMatchObject({ width: 3, depth: 3, x: 0.5, y: 0 });
  });

  it('have cursors that follow the rotation; blocks sized by their props have none', () => {
    expect(handleCursor(h('e'), 0)).toBe('ew-resize');
    expect(handleCursor(h('e'), 90)).toBe('ns-resize');
    expect(handleCursor(h('se'), 0)).toBe('nwse-resize');
    expect(handleCursor(h('ne'), 0)).toBe('nesw-resize');
    expect(handleCursor(h('n'), 45)).toBe('nesw-resize');
    expect(sizedByProps('row-block')).toBe(true);
    expect(sizedByProps('desk-block')).toBe(true);
    expect(sizedByProps('rect-table')).toBe(false);
  });
});

describe('rotate handle', () => {
  it('sits a constant number of pixels above the top side, in the element’s turned frame', () => {
    // 20 px/m: 28 px is 1.4 m; the table is 1 m deep, so 0.5 + 1.4 m above its centre.
    close(rotateHandlePoint(table, 20), { x: 10, y: 5 - 0.5 - ROTATE_OFFSET_PX / 20 });
    // Zoomed in 10×, the handle is 10× closer in metres: the same 28 px on screen.
    close(rotateHandlePoint(table, 200), { x: 10, y: 5 - 0.5 - ROTATE_OFFSET_PX / 200 });
    // Turned 90° clockwise, the top side faces east: the handle is to the right.
    close(rotateHandlePoint({ ...table, rotation: 90 }, 20), { x: 10 + 0.5 + ROTATE_OFFSET_PX / 20, y: 5 });
    close(rotateHandlePoint({ ...table, rotation: 180 }, 20), { x: 10, y: 5 + 0.5 + ROTATE_OFFSET_PX / 20 });
  });

  it('is hit within its circle on screen, not beside it', () => {
    const cam = { scale: 20, x: 0, y: 0 };
    // Screen point of the handle: (200, 100 - 10 - 28) = (200, 62).
    expect(hitRotateHandle(table, cam, { x: 200, y: 62 })).toBe(true);
    expect(hitRotateHandle(table, cam, { x: 205, y: 66 })).toBe(true);
    expect(hitRotateHandle(table, cam, { x: 212, y: 62 })).toBe(false);
    // Not on the north resize handle, 28 px lower.
    expect(hitRotateHandle(table, cam, { x: 200, y: 90 })).toBe(false);
    expect(hitRotateHandle({ ...table, rotation: 90 }, cam, { x: 200 + 10 + 28, y: 100 })).toBe(true);
  });

  it('is not shown on an element under 16 px both ways on screen, where it would catch clicks meant for the floor', () => {
    expect(showsRotateHandle(table, 20)).toBe(true); // 80 × 20 px
    expect(showsRotateHandle(table, 4)).toBe(true); // 16 × 4 px
    expect(showsRotateHandle(table, 3)).toBe(false); // 12 × 3 px
  });

  it('reads the pointer’s direction about the centre: 0° up, clockwise', () => {
    const c = { x: 0, y: 0 };
    expect(pointerAngle(c, { x: 0, y: -1 })).toBeCloseTo(0);
    expect(pointerAngle(c, { x: 1, y: 0 })).toBeCloseTo(90);
    expect(pointerAngle(c, { x: 0, y: 1 })).toBeCloseTo(180);
    expect(pointerAngle(c, { x: -1, y: 0 })).toBeCloseTo(-90);
  });

  it('turns by the angle the pointer swept, snapped to 15° (or to 1° with Alt), in [0, 360)', () => {
    const start = rotateHandlePoint(table, 20);
    const towards = (deg: number) => ({ x: 10 + 3 * Math.sin((deg * Math.PI) / 180), y: 5 - 3 * Math.cos((deg * Math.PI) / 180) });
    expect(rotateFrom(table, start, towards(0))).toBe(0);
    expect(rotateFrom(table, start, towards(50))).toBe(45);
    expect(rotateFrom(table, start, towards(53))).toBe(60);
    expect(rotateFrom(table, start, towards(-20))).toBe(345);
    expect(rotateFrom(table, start, towards(37.4), 1)).toBe(37);
    expect(rotateFrom(table, start, towards(181))).toBe(180);
    // Grabbed off-centre, the element does not jump: only the sweep counts.
    const turned = { ...table, rotation: 30 };
    const grab = { x: rotateHandlePoint(turned, 20).x + 0.1, y: rotateHandlePoint(turned, 20).y };
    expect(rotateFrom(turned, grab, grab, 1)).toBe(30);
    expect(rotateFrom({ ...table, rotation: 350 }, start, towards(20))).toBe(15);
  });
});

describe('minimap', () => {
  it('fits the hall in 180 px wide, at most 140 high', () => {
    const wide = minimapFrame({ x: 0, y: 0, width: 84, height: 42 });
    expect(wide.width).toBe(180);
    expect(wide.scale).toBeCloseTo(2);
    expect(wide.height).toBe(96);
    const tall = minimapFrame({ x: 0, y: 0, width: 10, height: 100 });
    expect(tall.height).toBe(140);
    expect(tall.scale).toBeCloseTo(1.28);
    // The hall's centre is the minimap's centre; and back.
    expect(minimapToWorld(wide, { x: 90, y: 48 })).toEqual({ x: 42, y: 21 });
  });

  it('is needed only when part of the hall is out of view', () => {
    const hall = { x: 0, y: 0, width: 40, height: 20 };
    expect(needsMinimap(hall, visibleRect({ scale: 10, x: 20, y: 20 }, { width: 500, height: 300 }))).toBe(false);
    expect(needsMinimap(hall, visibleRect({ scale: 40, x: 20, y: 20 }, { width: 500, height: 300 }))).toBe(true);
  });

  it('centres the view on the point clicked, at the same zoom', () => {
    const cam = centreOn({ scale: 40 }, { width: 800, height: 600 }, { x: 30, y: 10 });
    expect(cam).toEqual({ scale: 40, x: 400 - 1200, y: 300 - 400 });
  });
});
