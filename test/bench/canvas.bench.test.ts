/**
 * Canvas benchmark (`npm run bench`): real Chromium, software rendering, this machine. For halls
 * of 1,000, 5,000 and 10,000 labelled seats it measures Préséance's hall canvas — the built app,
 * real services, a real file — and, in the same run, the same hall drawn the naive way (one
 * react-konva Circle and Text per seat). Writes bench-results/canvas.json and prints it; the
 * committed test/bench/baseline-canvas.json is the reference run shown beside each figure.
 * No pass/fail on timings: the figures are for people to read and compare.
 */
import react from '@vitejs/plugin-react';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { contentType, rendererFile } from '../../electron/main/rendererFiles';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchApp } from '../e2e/harness';
import { benchDocument } from './scene';
import { heapMb, round, settle, timedDrag, timedZoom, type FrameStats } from './measure';
import { attributeOf } from '../e2e/poll';

const ROOT = resolve(import.meta.dirname, '../..');
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
  heapMb: number;
};
/** Where the scene's camera is: hall metres to page pixels. */
type ToPage = (world: { x: number; y: number }) => { x: number; y: number };
const results: { seats: number; preseance: SceneFigures; naive: SceneFigures; naiveOverPreseance: Record<string, number> }[] = [];

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
  const zoom = await timedZoom(page, centre, 20);
  return { firstRenderMs, dragTable, marquee500, pan, zoom, heapMb: await heapMb(page) };
}

async function measurePreseance(seats: number): Promise<SceneFigures> {
  const { document, hallId, tableId, firstBlockId } = benchDocument(seats);
  const path = join(work, `bench-${seats}.preseance`);
  EventFile.create(path, document).close();
  const app = await launchApp({ file: path, language: 'en', chromiumArgs: UNCAPPED });
  try {
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
  } finally {
    await app.close();
  }
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

for (const seats of SIZES) {
  it(`hall of ${seats} seats: Préséance vs naive react-konva`, async () => {
    const preseance = await measurePreseance(seats);
    const naive = await measureNaive(seats);
    const ratio = (a: number, b: number) => round(a / b);
    results.push({
      seats,
      preseance,
      naive,
      naiveOverPreseance: {
        firstRender: ratio(naive.firstRenderMs, preseance.firstRenderMs),
        dragTableMedian: ratio(naive.dragTable.medianMs, preseance.dragTable.medianMs),
        marqueeMax: ratio(naive.marquee500.maxMs, preseance.marquee500.maxMs),
        panMedian: ratio(naive.pan.medianMs, preseance.pan.medianMs),
        panP95: ratio(naive.pan.p95Ms, preseance.pan.p95Ms),
        zoomMedian: ratio(naive.zoom.medianMs, preseance.zoom.medianMs),
        heap: ratio(naive.heapMb, preseance.heapMb),
      },
    });
    // Not a timing assertion: only that the gestures really produced frames to measure.
    expect(preseance.pan.frames).toBeGreaterThan(5);
    expect(naive.pan.frames).toBeGreaterThan(5);
  }, 600_000);
}

it('writes the results beside the committed baseline', () => {
  const baselinePath = join(import.meta.dirname, 'baseline-canvas.json');
  const report = {
    benchmark: 'canvas',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), chromium: CHROMIUM_PATH },
    targets: {
      at5000: { panZoomMedianMs: 17, panZoomP95Ms: 34, dragTableMs: 17, firstRenderMs: 1000, panSpeedupOverNaive: 8 },
      at10000: { panZoomMedianMs: 34, heapMb: 300 },
    },
    results,
    baseline: existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')).results : null,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/canvas.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  expect(results.length).toBe(SIZES.length);
});
