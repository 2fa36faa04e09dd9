import { describe, expect, it } from 'vitest';
import { normalizeRect, rectCentre, rectContains, rectFromCorners, rectsIntersect, unionRects } from '../../shared/rect';

// One Rect for the commands, the hall editor's culling and marquee, and the views.
describe('rectangles', () => {
  const unit = { x: 0, y: 0, width: 1, height: 1 };

  it('unions to the millimetre; null for none', () => {
    expect(unionRects([])).toBeNull();
    expect(unionRects([unit, { x: 2, y: -1, width: 1, height: 1 }])).toEqual({ x: 0, y: -1, width: 3, height: 2 });
    expect(unionRects([unit, { x: 3, y: -1, width: 1, height: 1 }])).toEqual({ x: 0, y: -1, width: 4, height: 2 });
    // 0.1 + 0.2 m is 0.3 m on a plan.
    expect(unionRects([{ x: 0.1, y: 0, width: 0.2, height: 0.1 }])).toEqual({ x: 0.1, y: 0, width: 0.2, height: 0.1 });
    expect(unionRects([{ x: 0, y: 0, width: 0.1, height: 1 }, { x: 0.2, y: 0, width: 0.1, height: 1 }])!.width).toBe(0.3);
    // A marquee dragged up and left counts by the area it covers.
    expect(unionRects([{ x: 3, y: 3, width: -2, height: -1 }])).toEqual({ x: 1, y: 2, width: 2, height: 1 });
  });

  it('intersects when overlapping or touching, in any corner order', () => {
    expect(rectsIntersect(unit, { x: 1, y: 1, width: 1, height: 1 })).toBe(true);
    expect(rectsIntersect(unit, { x: 1.01, y: 0, width: 1, height: 1 })).toBe(false);
    expect(rectsIntersect(unit, { x: 2, y: 2, width: -1.5, height: -1.5 })).toBe(true);
    expect(rectsIntersect({ x: 3, y: 3, width: -1, height: -1 }, unit)).toBe(false);
  });

  it('normalizes, contains, centres and builds from corners', () => {
    expect(normalizeRect({ x: 3, y: 3, width: -2, height: -1 })).toEqual({ x: 1, y: 2, width: 2, height: 1 });
    expect(rectContains({ x: 0, y: 0, width: 4, height: 4 }, unit)).toBe(true);
    expect(rectContains(unit, { x: 0.5, y: 0.5, width: 1, height: 1 })).toBe(false);
    expect(rectCentre({ x: 1, y: 2, width: 4, height: 6 })).toEqual({ x: 3, y: 5 });
    expect(rectFromCorners({ x: 5, y: 1 }, { x: 2, y: 4 })).toEqual({ x: 2, y: 1, width: 3, height: 3 });
  });
});
