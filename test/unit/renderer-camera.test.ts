import { describe, expect, it } from 'vitest';
import {
  clampScale, fitRect, gridStep, intersects, MAX_SCALE, MIN_SCALE, niceStep, panBy, rectFromCorners, toScreen, toWorld,
  unionRect, visibleRect, zoomAt,
} from '../../renderer/src/canvas/camera';

describe('hall editor camera', () => {
  const cam = { scale: 20, x: 100, y: 50 };

  it('maps metres to pixels and back', () => {
    expect(toScreen(cam, { x: 2, y: 3 })).toEqual({ x: 140, y: 110 });
    expect(toWorld(cam, { x: 140, y: 110 })).toEqual({ x: 2, y: 3 });
  });

  it('zooms at the cursor: the point under it stays under it', () => {
    const at = { x: 333, y: 217 };
    const before = toWorld(cam, at);
    const next = zoomAt(cam, 1.25, at);
    expect(next.scale).toBeCloseTo(25);
    const after = toWorld(next, at);
    expect(after.x).toBeCloseTo(before.x, 9);
    expect(after.y).toBeCloseTo(before.y, 9);
  });

  it('clamps the zoom', () => {
    expect(zoomAt(cam, 1e9, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAt(cam, 1e-9, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
    expect(clampScale(10)).toBe(10);
  });

  it('pans by pixels', () => {
    expect(panBy(cam, -10, 5)).toEqual({ scale: 20, x: 90, y: 55 });
  });

  it('fits a rectangle centred in the viewport with its margin', () => {
    const fit = fitRect({ x: 0, y: 0, width: 40, height: 30 }, { width: 1000, height: 500 }, 50);
    expect(fit.scale).toBeCloseTo(400 / 30);
    const centre = toScreen(fit, { x: 20, y: 15 });
    expect(centre.x).toBeCloseTo(500);
    expect(centre.y).toBeCloseTo(250);
    // A zero-size selection (one point) does not divide by zero and respects the cap.
    expect(fitRect({ x: 5, y: 5, width: 0, height: 0 }, { width: 800, height: 600 }, 20, 200).scale).toBe(200);
  });

  it('knows what is in view', () => {
    expect(visibleRect(cam, { width: 200, height: 100 })).toEqual({ x: -5, y: -2.5, width: 10, height: 5 });
    expect(intersects({ x: 0, y: 0, width: 1, height: 1 }, { x: 1, y: 1, width: 1, height: 1 })).toBe(true);
    expect(intersects({ x: 0, y: 0, width: 1, height: 1 }, { x: 1.01, y: 0, width: 1, height: 1 })).toBe(false);
  });

  it('builds rectangles from corners and unions', () => {
    expect(rectFromCorners({ x: 5, y: 1 }, { x: 2, y: 4 })).toEqual({ x: 2, y: 1, width: 3, height: 3 });
    expect(unionRect([])).toBeNull();
    expect(unionRect([{ x: 0, y: 0, width: 1, height: 1 }, { x: 3, y: -1, width: 1, height: 1 }])).toEqual({ x: 0, y: -1, width: 4, height: 2 });
  });

  it('chooses round ruler and grid steps', () => {
    expect(niceStep(10, 60)).toBe(10); // 6 m wanted → 10 m
    expect(niceStep(100, 60)).toBe(1);
    expect(niceStep(40, 60)).toBe(2);
    expect(gridStep(0.5, 40)).toBe(0.5);
    expect(gridStep(0.5, 10)).toBe(1);
  });
});
