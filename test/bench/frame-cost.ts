import type { Page } from 'playwright-core';
import { frameStats, round, type FrameStats, type Point } from './measure';

// The CPU side of a frame, beside its interval. On a shared, loaded machine a frame interval
// also holds time the page spent waiting for a core; the script a frame runs is what the scene
// costs. Both are taken in the page, per animation frame of the gesture.

/**
 * A gesture's frame intervals, the script time of each frame (input handler + drawing), and the
 * main thread's busy time over the gesture per frame (Chromium's TaskDuration: everything the
 * page's thread ran, also work a frame's callbacks leave to later tasks, such as a React render).
 */
export type GestureCost = { frames: FrameStats; script: { p50: number; p95: number }; mainThreadPerFrameMs: number };

/**
 * Wheel zoom in then out at one point, one wheel event per animation frame (as measure.ts's
 * timedZoom), with the script time of every frame: the wheel handler, then everything the
 * animation frame runs until the page's drawing is done. A first frame callback is registered
 * before the wheel is dispatched, so it runs ahead of the scene's draw; a second after, so it
 * runs behind it: the time between them is the draw.
 */
export async function zoomCost(page: Page, at: Point, ticks: number): Promise<GestureCost> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const busyBefore = await busy();
  const { stamps, costs } = await page.evaluate(
    async ({ at, ticks }) => {
      const target = document.querySelector('.konvajs-content') ?? document.querySelector('canvas')!;
      const now = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, view: window, clientX: at.x, clientY: at.y }));
      const stamps: number[] = [await frame()];
      const costs: number[] = [];
      for (let i = 0; i < ticks; i++) {
        const before = now();
        const t0 = performance.now();
        target.dispatchEvent(
          new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: at.x, clientY: at.y, deltaY: i < ticks / 2 ? -100 : 100 }),
        );
        const handler = performance.now() - t0;
        let stamp = 0;
        const after = new Promise<number>((done) =>
          requestAnimationFrame((t) => {
            stamp = t;
            done(performance.now());
          }),
        );
        const [start, end] = await Promise.all([before, after]);
        stamps.push(stamp);
        costs.push(handler + (end - start));
      }
      stamps.push(await frame());
      return { stamps, costs };
    },
    { at, ticks },
  );
  const busyMs = (await busy()) - busyBefore;
  await cdp.detach();
  return { frames: frameStats(stamps), script: percentiles(costs), mainThreadPerFrameMs: round((busyMs * 1000) / ticks) };
}

export function percentiles(samples: readonly number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: round(at(0.5)), p95: round(at(0.95)) };
}
