import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { visibleRect, zoomAt } from '../../shared/camera';
import { GestureBitmaps } from '../../renderer/src/halls/editor/gesture-bitmaps';
import { OVERVIEW_MAX_PIXELS, OVERVIEW_MAX_SIDE, overviewArea, sameCamera, viewArea } from '../../renderer/src/halls/editor/snapshot';

// The bitmaps a pan or zoom draws instead of the hall: what they cover, and that a gesture
// never paints the hall per frame.
const viewport = { width: 800, height: 600 };
const hall = { x: 0, y: 0, width: 98, height: 96 };
const cam = { scale: 40, x: -500, y: -300 };

describe('pan and zoom bitmaps: their areas', () => {
  it('the overview holds the whole hall within the bitmap limits, never finer than asked', () => {
    const a = overviewArea(hall, 1, 50)!;
    expect(a.rect).toEqual(hall);
    expect(a.scale * hall.width).toBeLessThanOrEqual(OVERVIEW_MAX_SIDE);
    expect(a.scale * hall.width).toBeGreaterThan(OVERVIEW_MAX_SIDE * 0.99);
    // A high-density screen: the same bitmap size in device pixels.
    expect(overviewArea(hall, 2, 50)!.scale).toBeCloseTo(a.scale / 2, 9);
    // A small room is held at the finest scale asked, not blown up to the limit.
    expect(overviewArea({ x: 0, y: 0, width: 12, height: 8 }, 1, 50)!.scale).toBe(50);
    // With sides allowed longer, the bitmap's area still limits it.
    const wide = overviewArea(hall, 1, 1000, 16384, OVERVIEW_MAX_PIXELS)!;
    expect(wide.scale ** 2 * hall.width * hall.height).toBeCloseTo(OVERVIEW_MAX_PIXELS, -2);
    expect(overviewArea({ x: 0, y: 0, width: 0, height: 5 }, 1, 50)).toBeNull();
  });

  it('the view copy is what the screen shows, at the camera it was taken', () => {
    expect(viewArea(cam, viewport)).toEqual({ rect: visibleRect(cam, viewport), scale: 40 });
    expect(sameCamera(cam, { ...cam })).toBe(true);
    expect(sameCamera(cam, zoomAt(cam, 1.25, { x: 1, y: 1 }))).toBe(false);
  });
});

/** A 2D context that records what is drawn. */
function recordingCanvas() {
  const drawn: string[] = [];
  const ctx = { drawImage: (c: { id: string }) => drawn.push(c.id), setTransform: () => undefined, imageSmoothingQuality: 'high' };
  return { drawn, ctx: ctx as unknown as CanvasRenderingContext2D };
}

describe('pan and zoom bitmaps: a gesture', () => {
  let made = 0;
  beforeEach(() => {
    made = 0;
    vi.stubGlobal('document', { createElement: () => ({ id: `bitmap${made++}`, width: 0, height: 0, getContext: () => ({ setTransform: () => undefined, drawImage: () => undefined }) }) });
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  const screen = (version: number, camera = cam) => [{ canvas: { id: 'screen', width: 800, height: 600 } as unknown as HTMLCanvasElement, camera, version }];

  it('paints the hall once for the overview, then every frame of a zoom only draws bitmaps', () => {
    const paint = vi.fn();
    const bitmaps = new GestureBitmaps(paint);
    bitmaps.ensureOverview(hall, viewport, 1, 1);
    bitmaps.copyScreen(screen(1), cam, viewport, 1);
    const { drawn, ctx } = recordingCanvas();
    let c = cam;
    for (let tick = 0; tick < 21; tick++) {
      c = zoomAt(c, tick < 10 ? 1.25 : 0.8, { x: 400, y: 300 });
      bitmaps.ensureOverview(hall, viewport, 1, 1); // as each gesture begins: nothing to do for the same version
      bitmaps.draw(ctx, 1, visibleRect(c, viewport));
    }
    expect(paint).toHaveBeenCalledTimes(1);
    // Zooming in, the view copy covers the screen: the overview under it is not drawn.
    expect(drawn.slice(0, 10)).toEqual(Array(10).fill('bitmap1'));
    // Zooming back out past the copy's edges: the overview, then the copy over it.
    expect(drawn.slice(-2)).toEqual(['bitmap0', 'bitmap1']);
  });

  it('never shows a bitmap of an older document, nor a copy of a screen drawn at another camera', () => {
    const paint = vi.fn();
    const bitmaps = new GestureBitmaps(paint);
    bitmaps.ensureOverview(hall, viewport, 1, 1);
    // The screen still shows version 1 (its redraw is pending): no copy is taken for version 2.
    bitmaps.copyScreen(screen(1), cam, viewport, 2);
    bitmaps.copyScreen(screen(2, zoomAt(cam, 2, { x: 0, y: 0 })), cam, viewport, 2);
    const { drawn, ctx } = recordingCanvas();
    bitmaps.draw(ctx, 2, visibleRect(cam, viewport));
    expect(drawn).toEqual([]);
    bitmaps.ensureOverview(hall, viewport, 1, 2);
    bitmaps.draw(ctx, 2, visibleRect(cam, viewport));
    expect(drawn).toEqual(['bitmap0']);
    expect(paint).toHaveBeenCalledTimes(2);
  });
});
