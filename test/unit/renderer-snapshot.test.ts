import { describe, expect, it } from 'vitest';
import { toScreen, visibleRect, zoomAt, panBy } from '../../renderer/src/canvas/camera';
import { SNAPSHOT_ZOOM, snapshotArea, snapshotCovers } from '../../renderer/src/canvas/snapshot';

// The bitmap a pan or zoom reuses: what it covers, and when it must be rendered again.
const viewport = { width: 800, height: 600 };
const hall = { x: 0, y: 0, width: 200, height: 150 };
const cam = { scale: 10, x: -500, y: -300 }; // view: x 50..130 m, y 30..90 m

describe('pan and zoom bitmap', () => {
  it('covers the view and half a view more on each side, at the current zoom', () => {
    const area = snapshotArea(cam, viewport, hall)!;
    expect(area.scale).toBe(10);
    expect(area.rect).toEqual({ x: 10, y: 0, width: 160, height: 120 });
  });

  it('holds nothing beyond the hall and its elements', () => {
    // Fitted: the whole hall in view; the bitmap is the hall, not the empty margin around it.
    const fitted = { scale: 3, x: 100, y: 75 };
    expect(snapshotArea(fitted, viewport, hall)!.rect).toEqual(hall);
    // Nothing near the view: an empty bitmap, which stays valid until the hall comes near.
    const away = { scale: 10, x: 5000, y: 0 };
    const empty = snapshotArea(away, viewport, hall)!;
    expect(empty.rect.width).toBe(0);
    expect(snapshotCovers(empty, panBy(away, -10, 0), viewport, hall)).toBe(true);
    expect(snapshotCovers(empty, panBy(away, -4500, 0), viewport, hall)).toBe(false);
  });

  it('keeps its edges on whole screen pixels, so a pan by whole pixels copies it without blurring', () => {
    const odd = { scale: 7.3, x: -401.37, y: -250.61 };
    const area = snapshotArea(odd, viewport, { x: 3.21, y: 1.07, width: 500, height: 400 })!;
    const corner = toScreen(odd, { x: area.rect.x, y: area.rect.y });
    expect(corner.x - Math.round(corner.x)).toBeCloseTo(0, 6);
    expect(corner.y - Math.round(corner.y)).toBeCloseTo(0, 6);
    expect((area.rect.width * odd.scale) % 1).toBeCloseTo(0, 6);
    // And it still holds the whole of the content in its reach (rounded outwards).
    expect(area.rect.x).toBeLessThanOrEqual(3.21);
  });

  it('shrinks the margin to stay within the largest bitmap, and gives up when the view alone is too large', () => {
    const big = { width: 2000, height: 1000 };
    const everywhere = { x: -1e5, y: -1e5, width: 2e5, height: 2e5 };
    const area = snapshotArea({ scale: 10, x: 0, y: 0 }, big, everywhere, 2, 0.5, 16e6)!;
    const pixels = area.rect.width * area.rect.height * (10 * 2) ** 2;
    expect(pixels).toBeLessThanOrEqual(16e6 * 1.01);
    expect(area.rect.width).toBeGreaterThan(200);
    expect(snapshotArea(cam, big, hall, 3, 0.5, 16e6)).toBeNull();
  });

  it('stands for the view while the pan stays within it, not once the view leaves it', () => {
    const area = snapshotArea(cam, viewport, hall)!;
    expect(snapshotCovers(area, cam, viewport, hall)).toBe(true);
    expect(snapshotCovers(area, panBy(cam, 390, 290), viewport, hall)).toBe(true);
    expect(snapshotCovers(area, panBy(cam, 410, 0), viewport, hall)).toBe(false);
    expect(snapshotCovers(area, panBy(cam, 0, -310), viewport, hall)).toBe(false);
    // Past the hall's edge there is nothing to draw: the bitmap still covers what is in view.
    const fitted = { scale: 3, x: 100, y: 75 };
    const whole = snapshotArea(fitted, viewport, hall)!;
    expect(snapshotCovers(whole, panBy(fitted, 300, -200), viewport, hall)).toBe(true);
  });

  it('is rendered again once the zoom has changed by more than its limit either way', () => {
    const at = { x: 400, y: 300 };
    const area = snapshotArea(cam, viewport, hall)!;
    expect(snapshotCovers(area, zoomAt(cam, SNAPSHOT_ZOOM * 0.99, at), viewport, hall)).toBe(true);
    expect(snapshotCovers(area, zoomAt(cam, SNAPSHOT_ZOOM * 1.01, at), viewport, hall)).toBe(false);
    // Zooming out about the view's corner shows more of the hall than the bitmap holds.
    expect(snapshotCovers(area, zoomAt(cam, 0.6, at), viewport, hall)).toBe(true);
    expect(snapshotCovers(area, zoomAt(cam, 0.6, { x: 0, y: 0 }), viewport, hall)).toBe(false);
    const fitted = { scale: 3, x: 100, y: 75 };
    const whole = snapshotArea(fitted, viewport, hall)!;
    expect(snapshotCovers(whole, zoomAt(fitted, 0.6, at), viewport, hall)).toBe(true);
    expect(visibleRect(fitted, viewport).width).toBeGreaterThan(hall.width);
  });
});
