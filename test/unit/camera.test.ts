import { describe, expect, it } from 'vitest';
import { centreOn, clampScale, fitRect, MAX_SCALE, MIN_SCALE, panBy, toScreen, toWorld, visibleRect, zoomAt } from '../../shared/camera';
import { hallRect } from '../../shared/layout/geometry';

// One camera for every view of a plan: the hall editor, the seating and arrivals views, the printed chart.
describe('camera', () => {
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

  it("clamps the zoom: the hall editor's limits, or a view's own", () => {
    expect(zoomAt(cam, 1e9, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAt(cam, 1e-9, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
    expect(clampScale(10)).toBe(10);
    // The seating view: never closer than 400 px/m, never further than half its fitted scale.
    const limits = { minScale: 8, maxScale: 400 };
    expect(zoomAt(cam, 100, { x: 0, y: 0 }, limits).scale).toBe(400);
    expect(zoomAt(cam, 0.01, { x: 0, y: 0 }, limits).scale).toBe(8);
    const at = { x: 10, y: 10 };
    expect(toWorld(zoomAt(cam, 100, at, limits), at).x).toBeCloseTo(toWorld(cam, at).x, 9);
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

  it('fits a hall into a box on a page, centred, keeping its proportions', () => {
    // The printed chart: an 80 × 70 m hall in a 400 × 700 mm box at (10, 20), unclamped.
    expect(fitRect(hallRect({ widthM: 80, depthM: 70 }), { x: 10, y: 20, width: 400, height: 700 }, 0, Infinity, 0)).toEqual({ scale: 5, x: 10, y: 20 + (700 - 350) / 2 });
    // A plan too large for the editor's limits still fits the page when told no limits.
    expect(fitRect(hallRect({ widthM: 40_000, depthM: 10 }), { x: 0, y: 0, width: 200, height: 200 }, 0, Infinity, 0).scale).toBe(0.005);
  });

  it('centres the view on a point at a given zoom', () => {
    expect(centreOn({ scale: 40 }, { width: 800, height: 600 }, { x: 30, y: 10 })).toEqual({ scale: 40, x: 400 - 1200, y: 300 - 400 });
  });

  it('knows what is in view', () => {
    expect(visibleRect(cam, { width: 200, height: 100 })).toEqual({ x: -5, y: -2.5, width: 10, height: 5 });
  });
});
