/**
 * Canvas benchmark (`npm run bench`): real Chromium, software rendering, this machine. For halls
 * of 1,000, 5,000 and 10,000 labelled seats it measures Préséance's hall canvas — the built app,
 * real services, a real file — and, in the same run, the same hall drawn the naive way (plain
 * react-konva, one Circle and one Text per seat: naive/main.tsx) as the baseline of each row.
 * Targets (p95, asserted through the bench table, test/bench/table.ts): every frame of a table
 * drag, a marquee, a pan and a wheel zoom ≤ 16.7 ms (60 Hz); first render ≤ 1 s; heap ≤ 300 MB.
 * The zoom is also measured as the script time of each of its frames (frame-cost.ts): a frame
 * interval on a loaded machine also holds time spent waiting for a core, the script time is
 * what the scene costs. Writes bench-results/canvas.json (with the machine's load average) and
 * prints it; test/bench/baseline-canvas.json is an earlier run, kept for reference.
 */
import react from '@vitejs/plugin-react';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { contentType, rendererFile } from '../../electron/main/rendererFiles';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../e2e/harness';
import { benchDocument } from './scene';
import { heapMb, machine, round, settle, timedDrag, writeResults, type FrameStats } from './measure';
import { attributeOf } from '../e2e/poll';
import { zoomCost } from './frame-cost';
import { benchRow, type Figures } from './table';

const SIZES = (process.env.BENCH_SEATS ?? '1000,5000,10000').split(',').map(Number);
// Frames as fast as the page can draw them, not paced at 60 Hz: a frame interval is then the
// real cost of the frame, and a scene faster than the display still shows how much faster.
const UNCAPPED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];
const work = mkdtempSync(join(os.tmpdir(), 'preseance-bench-'));
let naiveServer: Server;
let naiveUrl = '';

type SceneFigures = {
  firstRenderMs: number;
  dragTable: FrameStats;
  marquee500: FrameStats;
  pan: FrameStats;
  zoom: FrameStats;
  /** Script time of each zoom frame (wheel handler and drawing), p50 and p95. */
  zoomScript: Figures;
  /** The page's main thread busy over the zoom, per frame (mean). */
  zoomMainThreadMs: number;
  heapMb: number;
};
/** Where the scene's camera is: hall metres to page pixels. */
type ToPage = (world: { x: number; y: number }) => { x: number; y: number };
const results: { seats: number; preseance: SceneFigures; naive: SceneFigures }[] = [];

beforeAll(async () => {
  const out = join(work, 'naive');
  await build({ root: join(import.meta.dirname, 'naive'), plugins: [react()], logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  naiveServer = createServer((request, response) => {
    const file = rendererFile(out, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': contentType(file) }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => naiveServer.listen(0, '127.0.0.1', () => done()));
  naiveUrl = `http://127.0.0.1:${(naiveServer.address() as { port: number }).port}/index.html`;
}, 120_000);

afterAll(() => {
  naiveServer?.close();
  rmSync(work, { recursive: true, force: true });
});

/**
 * The figures every scene gets, gestures in this order: first render (mount to drawn), drag the
 * round table 8 m, a marquee around the first 500-seat block, pan with the middle button,
 * wheel zoom in and out; then the heap.
 */
async function measureScene(page: Page, mount: () => Promise<unknown>, toPage: () => Promise<ToPage>): Promise<SceneFigures> {
  const t0 = performance.now();
  await mount();
  await page.locator('canvas').first().waitFor();
  await settle(page);
  const firstRenderMs = round(performance.now() - t0);
  let at = await toPage();
  const dragTable = await timedDrag(page, at({ x: 2, y: 2 }), at({ x: 2, y: 10 }), { steps: 60 });
  at = await toPage();
  const marquee500 = await timedDrag(page, at({ x: 3.8, y: 3.8 }), at({ x: 18.5, y: 22.5 }), { steps: 60 });
  const box = (await page.locator('canvas').first().boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const pan = await timedDrag(page, centre, { x: centre.x + box.width / 4, y: centre.y + box.height / 6 }, { steps: 90, button: 'middle' });
  const zoom = await zoomCost(page, centre, 20);
  return { firstRenderMs, dragTable, marquee500, pan, zoom: zoom.frames, zoomScript: zoom.script, zoomMainThreadMs: zoom.mainThreadPerFrameMs, heapMb: await heapMb(page) };
}

async function measurePreseance(seats: number): Promise<SceneFigures> {
  const { document, hallId, tableId, firstBlockId } = benchDocument(seats);
  const path = join(work, `bench-${seats}.preseance`);
  EventFile.create(path, document).close();
  const app = await launchApp({ file: path, language: 'en', chromiumArgs: UNCAPPED });
  const page = app.page;
  await page.getByTestId('nav-halls').click();
  const canvas = page.getByTestId('hall-canvas');
  const figures = await measureScene(
    page,
    () => page.getByTestId(`hall-row-${hallId}`).click(),
    async () => {
      const [scale, x, y] = (await canvas.getAttribute('data-camera'))!.split(' ').map(Number) as [number, number, number];
      const origin = (await canvas.boundingBox())!;
      return (p) => ({ x: origin.x + x + p.x * scale, y: origin.y + y + p.y * scale });
    },
  );
  // The gestures did what they measure: the marquee selected the 500-seat block, and the
  // table drag was saved to the file as one edit.
  expect(await canvas.getAttribute('data-selection')).toBe(firstBlockId);
  await attributeOf(page.getByTestId('save-status'), 'data-state').toBe('saved');
  await app.close();
  const file = EventFile.open(path);
  const table = file.loadDocument().elements[tableId]!;
  file.close();
  expect({ x: table.x, y: table.y }).toEqual({ x: 2, y: 10 });
  return figures;
}

async function measureNaive(seats: number): Promise<SceneFigures> {
  const { document, hallId, tableId } = benchDocument(seats);
  const hall = document.halls[hallId]!;
  const scene = {
    widthM: hall.widthM,
    depthM: hall.depthM,
    tableId,
    seats: Object.values(document.seats).map((s) => ({ id: s.id, elementId: s.elementId, x: s.x, y: s.y, label: s.label })),
  };
  const profile = mkdtempSync(join(work, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...UNCAPPED],
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(naiveUrl);
    await page.evaluate((s) => ((window as unknown as { __scene: unknown }).__scene = s), scene);
    // The naive stage starts fitted at the page's top-left corner.
    const fit = Math.min(1440 / scene.widthM, 900 / scene.depthM);
    return await measureScene(
      page,
      () => page.evaluate(() => (window as unknown as { __mount(): void }).__mount()),
      async () => (p) => ({ x: p.x * fit, y: p.y * fit }),
    );
  } finally {
    await context.close();
  }
}

/** 60 Hz: a frame drawn within this is smooth. */
const FRAME_MS = 16.7;
const frames = (f: FrameStats): Figures => ({ p50: f.medianMs, p95: f.p95Ms });
const once = (v: number): Figures => ({ p50: v, p95: v });

/** The rows of one hall size: each gesture's frames, first render and heap, ours beside the naive scene's. */
function recordRows(seats: number, ours: SceneFigures, naive: SceneFigures): void {
  const n = seats.toLocaleString('en');
  const gestures = [
    ['drag a table', (f: SceneFigures) => f.dragTable],
    ['marquee 500 seats', (f: SceneFigures) => f.marquee500],
    ['pan', (f: SceneFigures) => f.pan],
    ['wheel zoom', (f: SceneFigures) => f.zoom],
  ] as const;
  for (const [name, of] of gestures) benchRow({ name: `canvas ${name}, ${n} seats (frame)`, unit: 'ms', ours: frames(of(ours)), baseline: frames(of(naive)), target: FRAME_MS });
  benchRow({ name: `canvas wheel zoom, ${n} seats (script per frame)`, unit: 'ms', ours: ours.zoomScript, baseline: naive.zoomScript, target: FRAME_MS });
  benchRow({ name: `canvas first render, ${n} seats`, unit: 'ms', ours: once(ours.firstRenderMs), baseline: once(naive.firstRenderMs), target: 1000 });
  benchRow({ name: `canvas heap, ${n} seats`, unit: 'MB', ours: once(ours.heapMb), baseline: once(naive.heapMb), target: 300 });
}

for (const seats of SIZES) {
  it(`hall of ${seats} seats: Préséance vs naive react-konva`, async () => {
    const preseance = await measurePreseance(seats);
    const naive = await measureNaive(seats);
    results.push({ seats, preseance, naive });
    // The gestures really produced frames to measure.
    expect(preseance.pan.frames).toBeGreaterThan(5);
    expect(naive.pan.frames).toBeGreaterThan(5);
    recordRows(seats, preseance, naive);
  }, 600_000);
}

it('writes the results beside the reference run', () => {
  const referencePath = join(import.meta.dirname, 'baseline-canvas.json');
  writeResults('canvas', {
    benchmark: 'canvas',
    date: new Date().toISOString(),
    machine: machine(CHROMIUM_PATH),
    targets: { frameP95Ms: FRAME_MS, firstRenderMs: 1000, heapMb: 300 },
    results,
    reference: existsSync(referencePath) ? JSON.parse(readFileSync(referencePath, 'utf8')).results : null,
  });
  expect(results.length).toBe(SIZES.length);
});
