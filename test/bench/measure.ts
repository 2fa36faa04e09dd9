import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Point } from '../../shared/rect';
import type { Figures } from './table';

// Frame timing in the page: the requestAnimationFrame timestamps of a gesture. The intervals
// between them are what the user feels (16.7 ms = smooth at 60 Hz).

export type FrameStats = { frames: number; medianMs: number; p95Ms: number; maxMs: number };

export function frameStats(timestamps: number[]): FrameStats {
  const intervals = timestamps.slice(1).map((t, i) => t - timestamps[i]!);
  const { p50, p95, max } = quantiles(intervals);
  return { frames: intervals.length, medianMs: p50, p95Ms: p95, maxMs: max };
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** Two animation frames: whatever was scheduled has been drawn. */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/**
 * The app's first screen ready, waited for as long as a large event takes to arrive in the page
 * (e2e/page.ts `ready` gives up after 15 s, right for the sample, not for the largest event).
 */
export const appReady = (page: Page) => page.locator('[data-testid="app"][data-status="ready"]').waitFor({ timeout: 180_000 });

/** Used JS heap after a forced garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / 1024 / 1024);
}

export type { Point };

/**
 * A drag driven inside the page, one mouse move per animation frame, so every frame of the
 * gesture has work to do and its interval is the real cost of a frame (a driver outside the
 * page sends moves between frames, and idle frames would hide the cost). Events go to the
 * canvas container, as the browser sends them, and bubble to window, where Konva tracks drags.
 * The gesture is begun before the timing starts: pressed, then moved past the hall editor's
 * 3 px drag threshold (`BEGUN_PX`, two frames). The moves under it change nothing, and a frame
 * with nothing to draw is paced by Chromium at about 17.5 ms whatever its cost: at 5,000 seats
 * the first five steps of a 60-step drag were such frames, and set the row's p95 alone.
 */
/** Past the hall editor's drag threshold (3 px, renderer/src/halls/editor/scene.ts). */
const BEGUN_PX = 5;

export async function timedDrag(
  page: Page,
  from: Point,
  to: Point,
  options: { steps: number; button?: 'left' | 'middle'; holdKey?: string },
): Promise<FrameStats> {
  const times = await page.evaluate(
    async ({ from, to, steps, button, holdKey, begunPx }) => {
      const target = document.querySelector('.konvajs-content') ?? document.querySelector('canvas')!;
      const which = button === 'middle' ? 1 : 0;
      const fire = (type: string, p: { x: number; y: number }) =>
        target.dispatchEvent(
          new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: p.x, clientY: p.y, button: which, buttons: type === 'mouseup' ? 0 : which === 1 ? 4 : 1 }),
        );
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      if (holdKey) window.dispatchEvent(new KeyboardEvent('keydown', { key: holdKey, code: holdKey === ' ' ? 'Space' : holdKey, bubbles: true }));
      fire('mousemove', from);
      fire('mousedown', from);
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      const begun = { x: from.x + ((to.x - from.x) * begunPx) / length, y: from.y + ((to.y - from.y) * begunPx) / length };
      fire('mousemove', begun);
      await frame();
      const stamps: number[] = [await frame()];
      for (let i = 1; i <= steps; i++) {
        fire('mousemove', { x: begun.x + ((to.x - begun.x) * i) / steps, y: begun.y + ((to.y - begun.y) * i) / steps });
        stamps.push(await frame());
      }
      fire('mouseup', to);
      stamps.push(await frame(), await frame());
      if (holdKey) window.dispatchEvent(new KeyboardEvent('keyup', { key: holdKey, code: holdKey === ' ' ? 'Space' : holdKey, bubbles: true }));
      return stamps;
    },
    { from, to, steps: options.steps, button: options.button ?? 'left', holdKey: options.holdKey ?? null, begunPx: BEGUN_PX },
  );
  return frameStats(times);
}

/** Wheel zoom in then out at one point, one wheel event per animation frame. */
export async function timedZoom(page: Page, at: Point, ticks: number): Promise<FrameStats> {
  const times = await page.evaluate(
    async ({ at, ticks }) => {
      const target = document.querySelector('.konvajs-content') ?? document.querySelector('canvas')!;
      const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
      target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, view: window, clientX: at.x, clientY: at.y }));
      const stamps: number[] = [await frame()];
      for (let i = 0; i < ticks; i++) {
        target.dispatchEvent(
          new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, clientX: at.x, clientY: at.y, deltaY: i < ticks / 2 ? -100 : 100 }),
        );
        stamps.push(await frame());
      }
      stamps.push(await frame());
      return stamps;
    },
    { at, ticks },
  );
  return frameStats(times);
}

export type Timing = { medianMs: number; p95Ms: number };

/** The 50th and 95th percentiles of a list of samples (any unit), with the largest. */
export function quantiles(samples: readonly number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
  return { p50: at(0.5), p95: at(0.95), max: round(sorted.at(-1) ?? NaN) };
}

/** One measurement as a row of the bench table: its p50 and its p95 are the value. */
export const once = (value: number): Figures => ({ p50: value, p95: value });

/** A timing or frame figure as a row of the bench table (table.ts) takes it. */
export const figures = (t: { medianMs: number; p95Ms: number }): Figures => ({ p50: t.medianMs, p95: t.p95Ms });

/**
 * Median and p95 of `runs` calls of a pure function in Node, after a warm-up: at least 10 calls
 * and 200 ms, so that the JIT has compiled the hot code and the figures are the steady state an
 * officer's repeated clicks meet (the first calls of a fresh process are 5-10x slower).
 */
export function time(run: () => unknown, runs: number): Timing {
  const warm = performance.now();
  for (let i = 0; i < 10 || (performance.now() - warm < 200 && i < 1000); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  const { p50, p95 } = quantiles(samples);
  return { medianMs: p50, p95Ms: p95 };
}

/** An engine's timing beside its straightforward baseline's, with the speed-up. */
export const versus = (engine: Timing, baseline: Timing) => ({ engine, baseline, speedup: round(baseline.medianMs / Math.max(engine.medianMs, 0.05)) });

/** The machine a report was made on, with its load (the benches share 2 cores with other work). */
export const machine = (chromium: string) => ({
  cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg().map(round), chromium,
});

/** Writes bench-results/<name>.json and prints it. */
export function writeResults(name: string, report: object): void {
  const dir = resolve(import.meta.dirname, '../../bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
}
