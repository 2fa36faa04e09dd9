/**
 * Load benchmark (`npm run bench`, issue 7): the largest event a user could make
 * (test/fixtures/largest.ts: 6 halls, 10,000 seats, 400 delegations, 3,000 people, 5 arrival
 * sequences, seated), in the real stack — real .preseance file, the main-process services, the
 * renderer's EditorStore, the built app in Chromium:
 *  - open: EventFile.open + loadDocument; the app launched until its first screen is ready;
 *  - an edit and an undo in the app, from the command to "saved" (the file written);
 *  - undo 1,000 steps: 1,000 real edits through the EditorStore against the file (doc:apply, as
 *    the renderer's bridge calls it), then 1,000 undos, each waited for until saved;
 *  - re-seat the largest hall after a late change (planSeating + diffSeating), and apply it;
 *  - validate the whole event (seating problems and every sequence's conflicts);
 *  - the hall editor's first render and pan/zoom frames on the largest hall;
 *  - the alphabetical index of the 3,000 people, previewed and exported to PDF.
 * Rows go to the bench table (table.ts) for every figure with a target (p95): the earlier issues'
 * (3: the hall editor's first render <= 1 s, pan and zoom frames <= 34 ms with the median <= 17;
 * 4: re-seat and diff <= 50 ms each), validate.ts's per-edit budget (the Seating screen's check
 * of the shown hall <= 50 ms), and, where no issue set one, these (sensible for this event):
 * an edit or an undo saved <= 100 ms (what still feels instant); the whole event validated (every
 * hall and every sequence, the Validate command, not run per edit) <= 200 ms; the index of 3,000
 * people exported <= 6 s (issue 6's 3 s was for 1,500 people; the work is per page). Other
 * figures (open, launch, the bridge's document load) are reported in bench-results/load.json.
 * The asserts also check that the work was done (the file holds what the store holds, the PDF
 * has every page).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { freeze } from 'immer';
import { afterAll, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { EventFile } from '../../electron/store/eventFile';
import { createServices } from '../../electron/services/index';
import { filePreferences } from '../../electron/services/preferences';
import { invoke } from '../../shared/ipc/invoke';
import type { Result } from '../../shared/errors';
import { sequenceConflicts } from '../../shared/arrival';
import { updateSlot } from '../../shared/arrival/commands';
import { updateEntity } from '../../shared/document/commands';
import { moveElements } from '../../shared/layout/element-commands';
import type { Changes, EventDocument } from '../../shared/model/collections';
import { applySeating, diffSeating, planSeating, seatingProblems, swapSeats } from '../../shared/seating';
import { seatingKey } from '../../shared/seating/settings';
import { EditorStore } from '../../renderer/src/document/store';
import { CHROMIUM_PATH, launchApp, type AppHandle } from '../e2e/harness';
import { documentOnDisk } from '../e2e/files';
import { printThroughScreen } from './print-screen';
import { saved, shot } from '../e2e/page';
import { LARGEST, writeLargestEvent, type LargestEvent } from '../fixtures/largest';
import { appReady, figures as rowFigures, heapMb, machine, once, quantiles, round, settle, writeResults, timedDrag, timedZoom, time, type FrameStats, type Timing } from './measure';
import { benchRow } from './table';

const ROOT = resolve(import.meta.dirname, '../..');
const UNCAPPED = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];
const STEPS = Number(process.env.BENCH_UNDO_STEPS ?? 1000);
const work = mkdtempSync(join(os.tmpdir(), 'preseance-bench-load-'));
let made = 0;
/** A new file holding the largest event, so that no part depends on what an earlier one left. */
const freshFile = () => {
  const path = join(work, `largest-${++made}.preseance`);
  EventFile.create(path, event.document).close();
  return path;
};
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The targets (p95) above.
const TARGETS = {
  firstRenderMs: 1000,
  panZoomMedianMs: 17,
  panZoomP95Ms: 34,
  savedMs: 100,
  seatMs: 50,
  diffMs: 50,
  validateEventMs: 200,
  validateHallMs: 50,
  indexExportMs: 6000,
};
let event: LargestEvent;
const figures: Record<string, unknown> = {};

/** Median, p95, max and total of a list of durations. */
function spread(samples: number[]) {
  const { p50, p95, max } = quantiles(samples);
  return { steps: samples.length, medianMs: p50, p95Ms: p95, maxMs: max, totalMs: round(samples.reduce((n, s) => n + s, 0)) };
}

it('writes the largest event with the app’s own builders', () => {
  const t0 = performance.now();
  const file = join(work, 'largest.preseance');
  event = writeLargestEvent(file);
  const doc = event.document;
  const count = (c: keyof EventDocument) => Object.keys(doc[c]).length;
  expect({ halls: count('halls'), seats: count('seats'), delegations: count('delegations'), people: count('people'), sequences: count('sequences') }).toEqual({
    halls: LARGEST.halls, seats: LARGEST.seats, delegations: LARGEST.delegations, people: LARGEST.people, sequences: LARGEST.sequences,
  });
  // Seated and valid: no error in any hall (warnings, such as a delegation over two banquet tables, are the officer's to weigh).
  expect(seatingProblems(doc).filter((p) => p.severity === 'error')).toEqual([]);
  figures.event = {
    halls: count('halls'), seats: count('seats'), largestHallSeats: Object.values(doc.seats).filter((s) => s.hallId === event.halls.plenary).length,
    delegations: count('delegations'), people: count('people'), assignments: count('assignments'), sequences: count('sequences'), slots: count('slots'),
    generateAndWriteMs: round(performance.now() - t0), fileMb: round(statSync(file).size / 2 ** 20),
  };
}, 120_000);

it('opens the file: EventFile.open + loadDocument', () => {
  const file = freshFile();
  let loaded: EventDocument | null = null;
  const open = time(() => {
    const f = EventFile.open(file);
    loaded = f.loadDocument();
    f.close();
  }, 5);
  expect(loaded).toEqual(event.document);
  figures.openFile = open;
}, 120_000);

/** The main-process services as a window has them (no dialogs: nothing here asks the user). */
const nodeServices = () =>
  createServices({
    version: 'bench', preferences: filePreferences(mkdtempSync(join(work, 'prefs-')), 'en'), reference: referenceData,
    dialogs: { openEvent: async () => null, openImage: async () => null, saveEvent: async () => null, saveSpreadsheet: async () => null },
  });

/** The main-process services on the file, as the app's window has them, and an EditorStore on doc:apply. */
async function storeSession(file: string) {
  const services = nodeServices();
  const call = <T,>(channel: string, payload: unknown) => invoke(services, channel, payload, () => 'en') as Promise<Result<T>>;
  const opened = await call('event:open', { path: file });
  expect(opened.ok).toBe(true);
  const loaded = await call<{ document: EventDocument }>('doc:load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  const errors: string[] = [];
  const store = new EditorStore({ document: loaded.value.document, apply: (changes: Changes) => call('doc:apply', { changes }), onError: (m) => errors.push(m) });
  /** Runs one store operation and waits until main has written it: the time from command to saved. */
  const timed = async (op: () => boolean) => {
    const t = performance.now();
    expect(op()).toBe(true);
    await store.whenIdle();
    return performance.now() - t;
  };
  const onDisk = async () => {
    const r = await call<{ document: EventDocument }>('doc:load', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.document;
  };
  return { services, store, errors, timed, onDisk };
}

it(`undo ${STEPS} steps: ${STEPS} edits through the EditorStore on the real file, then ${STEPS} undos, each saved`, async () => {
  const { services, store, errors, timed, onDisk } = await storeSession(freshFile());
  try {
    const doc = store.getDocument();
    const start = doc;
    // Four kinds of edit an officer makes all day, in turn: move a banquet table (its 10 seats
    // follow), rename a person, swap two people in the plenary, change a car in a sequence.
    const tables = Object.values(doc.elements).filter((e) => e.hallId === event.halls.banquet && e.kind === 'round-table');
    const people = Object.values(doc.people);
    const taken = Object.values(doc.assignments).filter((a) => a.hallId === event.halls.plenary && !a.locked);
    const slots = Object.values(doc.slots);
    const edit = (i: number) => {
      const k = Math.floor(i / 4);
      switch (i % 4) {
        case 0: return () => store.dispatch(moveElements, { ids: [tables[k % tables.length]!.id], dx: 0, dy: 0.5 });
        case 1: {
          const p = people[k % people.length]!;
          return () => store.dispatch(updateEntity, { collection: 'people', id: p.id, fields: { name: `${p.name} (${i})` } });
        }
        case 2: return () => store.dispatch(swapSeats, { hallId: event.halls.plenary, seatA: taken[(2 * k) % taken.length]!.seatId, seatB: taken[(2 * k + 1) % taken.length]!.seatId });
        default: return () => store.dispatch(updateSlot, { slotId: slots[k % slots.length]!.id, fields: { carNumber: `CAR-${i}` } });
      }
    };
    const edits: number[] = [];
    for (let i = 0; i < STEPS; i++) edits.push(await timed(edit(i)));
    expect(store.getSnapshot().history.past).toHaveLength(STEPS);
    // Every edit is in the file: it reads back as the store's document.
    expect(await onDisk()).toEqual(store.getDocument());
    const undos: number[] = [];
    for (let i = 0; i < STEPS; i++) undos.push(await timed(() => store.undo()));
    expect(store.getSnapshot().canUndo).toBe(false);
    expect(errors).toEqual([]);
    // Back to the start, on disk too: nothing lost, nothing left over.
    expect(await onDisk()).toEqual(start);
    figures.undo1000 = { edits: spread(edits), undos: spread(undos), target: TARGETS.savedMs };
    benchRow({ name: `an edit saved, largest event (${STEPS} edits)`, unit: 'ms', ours: rowFigures(spread(edits)), baseline: null, target: TARGETS.savedMs });
    benchRow({ name: `an undo saved, largest event (${STEPS} undos)`, unit: 'ms', ours: rowFigures(spread(undos)), baseline: null, target: TARGETS.savedMs });

    // Re-seat the largest hall after a late change: the delegation first in the plenary's order
    // (the lot's country) withdraws from it (its attendance, saved as an edit), the new plan and
    // its diff (what the Seating screen shows: everyone after it moves up), applied and saved.
    const plenary = event.halls.plenary;
    const setting = Object.values(doc.settings).find((row) => row.key === seatingKey(plenary))!;
    const withdrawn = Object.values(doc.delegations).find((d) => d.iso3 === 'YEM')!;
    const withdrawalMs = await timed(() =>
      store.dispatch(updateEntity, { collection: 'settings', id: setting.id, fields: { value: { ...(setting.value as object), absentDelegationIds: [withdrawn.id] } } }),
    );
    const late = store.getDocument();
    const plan = planSeating(late, plenary);
    const diff = diffSeating(late, plenary, plan);
    expect(diff.moves.length).toBeGreaterThan(0);
    const seat: Timing = time(() => planSeating(late, plenary), 20);
    const diffTiming: Timing = time(() => diffSeating(late, plenary, plan), 20);
    const applyMs = await timed(() => store.dispatch(applySeating, { hallId: plenary, plan }));
    expect(await onDisk()).toEqual(store.getDocument());
    figures.reseatLargestHall = {
      seats: Object.values(late.seats).filter((s) => s.hallId === plenary).length, moves: diff.moves.length,
      plan: { ...seat, target: TARGETS.seatMs }, diff: { ...diffTiming, target: TARGETS.diffMs },
      withdrawalSavedMs: round(withdrawalMs), applySavedMs: round(applyMs),
    };
    benchRow({ name: 're-seat the largest hall (5,011 seats)', unit: 'ms', ours: rowFigures(seat), baseline: null, target: TARGETS.seatMs });
    benchRow({ name: 'diff the re-seating of the largest hall', unit: 'ms', ours: rowFigures(diffTiming), baseline: null, target: TARGETS.diffMs });
    // Undo the re-seating and the withdrawal: the file is as generated again.
    await timed(() => store.undo());
    await timed(() => store.undo());
    expect(await onDisk()).toEqual(start);
  } finally {
    services.dispose();
  }
}, 600_000);

it('validates the whole event: every hall’s seating and every sequence’s conflicts', async () => {
  // Frozen, as the app holds every document (renderer/src/document/store.ts; immer freezes each
  // edit's result): what an edit did not change is known unchanged.
  const doc = freeze(structuredClone(event.document), true);
  // Every sequence's conflicts in one check, as arrivals:validate makes it (electron/services/arrivals.ts).
  const validate = () => ({ seating: seatingProblems(doc), arrivals: sequenceConflicts(doc) });
  const found = validate();
  const engine = time(validate, 10);
  // What the Seating screen runs after every edit: the shown hall's problems and the event's (the plenary, the largest).
  const screen = time(() => seatingProblems(doc, { hallId: event.halls.plenary }), 10);
  // The service as the app and the CLI call it: the document read from the file, then checked and described.
  const services = nodeServices();
  try {
    expect((await invoke(services, 'event:open', { path: freshFile() }, () => 'en')).ok).toBe(true);
    const samples: number[] = [];
    let errors = -1;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const seating = (await invoke(services, 'seating:validate', {}, () => 'en')) as Result<{ errors: number }>;
      const arrivals = (await invoke(services, 'arrivals:validate', {}, () => 'en')) as Result<{ errors: number }>;
      samples.push(performance.now() - t);
      if (!seating.ok || !arrivals.ok) throw new Error('validation failed');
      errors = seating.value.errors + arrivals.value.errors;
    }
    expect(found.seating.filter((p) => p.severity === 'error')).toEqual([]);
    expect(errors).toBe(0);
    figures.validate = {
      seatingProblems: found.seating.length, arrivalConflicts: found.arrivals.length,
      engine: { ...engine, target: TARGETS.validateEventMs },
      seatingScreenLargestHall: { ...screen, target: TARGETS.validateHallMs },
      serviceWithLoad: { ...spread(samples), target: null },
    };
    benchRow({ name: 'validate the whole largest event', unit: 'ms', ours: rowFigures(engine), baseline: null, target: TARGETS.validateEventMs });
    benchRow({ name: 'validate the shown hall (5,011 seats) after an edit', unit: 'ms', ours: rowFigures(screen), baseline: null, target: TARGETS.validateHallMs });
  } finally {
    services.dispose();
  }
}, 300_000);

/**
 * The time from `act` (a command given in the page) to the save status back at "saved" after
 * "saving", measured in the page (a MutationObserver on the status), so polling adds nothing.
 */
async function commandToSaved(page: Page, act: () => Promise<void>): Promise<number> {
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __saves: [string, number][]; __saveObserver?: MutationObserver };
    w.__saves = [];
    w.__saveObserver?.disconnect();
    w.__saveObserver = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.getAttribute('data-testid') === 'save-status') w.__saves.push([el.getAttribute('data-state') ?? '', performance.now()]);
      }
    });
    w.__saveObserver.observe(document.body, { attributes: true, attributeFilter: ['data-state'], subtree: true });
    return performance.now();
  });
  await act();
  const handle = await page.waitForFunction(() => {
    const saves = (window as unknown as { __saves: [string, number][] }).__saves;
    return saves.some(([s]) => s === 'saving') && saves.at(-1)![0] === 'saved' ? saves.at(-1)![1] : null;
  }, null, { timeout: 30_000 });
  return round((await handle.jsonValue())! - t0);
}

it('the app on the largest file: first screen, an edit and an undo saved, the hall editor, the index of 3,000 printed', async () => {
  const file = freshFile();
  const t0 = performance.now();
  const app: AppHandle = await launchApp({ file, language: 'en', chromiumArgs: UNCAPPED });
  const { page } = app;
  await appReady(page);
  const appReadyMs = round(performance.now() - t0);
  await shot(page, 'load-overview');
  // What of the launch is the document's trip to the page: doc:load through the bridge (in the
  // chromium runtime, Playwright's binding serialises it; Electron's IPC uses structured clone).
  const bridgeDocLoadMs = round(
    await page.evaluate(async () => {
      const t = performance.now();
      await (window as unknown as { preseance: Record<string, (input: unknown) => Promise<unknown>> }).preseance['doc:load']!({});
      return performance.now() - t;
    }),
  );

  // An edit (the event's English name, committed with Enter) and its undo (Edit › Undo).
  const name = page.getByTestId('event-nameEn');
  await name.fill('Largest event, renamed');
  const editSavedMs = await commandToSaved(page, () => name.press('Enter'));
  expect(documentOnDisk(file).events[Object.keys(event.document.events)[0]!]!.nameEn).toBe('Largest event, renamed');
  const undoSavedMs = await commandToSaved(page, () => app.menu('edit:undo'));
  await saved(page);
  expect(documentOnDisk(file)).toEqual(event.document);

  // The hall editor on the largest hall: first render (click to drawn), pan and zoom frames.
  await page.getByTestId('nav-halls').click();
  const t1 = performance.now();
  await page.getByTestId(`hall-row-${event.halls.plenary}`).click();
  await page.getByTestId('hall-canvas').locator('canvas').first().waitFor();
  await settle(page);
  const firstRenderMs = round(performance.now() - t1);
  const box = (await page.getByTestId('hall-canvas').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const pan: FrameStats = await timedDrag(page, centre, { x: centre.x + box.width / 4, y: centre.y + box.height / 6 }, { steps: 90, button: 'middle' });
  const zoom: FrameStats = await timedZoom(page, centre, 20);
  await shot(page, 'load-hall-editor');
  const rendererHeapMb = await heapMb(page);

  // The alphabetical index of everyone, through the Printing screen: preview, then Export PDF….
  const pdf = join(work, 'index-3000.pdf');
  const index = await printThroughScreen(app, { output: 'index', paper: 'A4' }, pdf);
  await shot(page, 'load-index-preview');
  // Everyone is in the index: every 300th person's name is in its text.
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  for (const p of Object.values(event.document.people).filter((_, i) => i % 300 === 0)) expect(text).toContain(p.name);
  mkdirSync(join(ROOT, 'test-results/e2e'), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(ROOT, 'test-results/e2e/load-index-page')]);

  figures.app = {
    runtime: app.runtime,
    launchToFirstScreenMs: appReadyMs,
    bridgeDocLoadMs,
    editSavedMs,
    undoSavedMs,
    hallEditor: { seats: (figures.event as { largestHallSeats: number }).largestHallSeats, firstRenderMs, pan, zoom, rendererHeapMb },
    index: { people: LARGEST.people, pages: index.pages, pdfMb: round(statSync(pdf).size / 2 ** 20), previewMs: index.previewMs, exportMs: index.exportMs, chromiumPdfMs: index.chromiumPdfMs },
  };
  benchRow({ name: 'hall editor first render, 5,011 seats (largest event)', unit: 'ms', ours: once(firstRenderMs), baseline: null, target: TARGETS.firstRenderMs });
  for (const [gesture, frames] of [['pan', pan], ['zoom', zoom]] as const) {
    expect.soft(frames.medianMs, `${gesture} median frame`).toBeLessThanOrEqual(TARGETS.panZoomMedianMs);
    benchRow({ name: `${gesture} frame, 5,011 seats (largest event)`, unit: 'ms', ours: rowFigures(frames), baseline: null, target: TARGETS.panZoomP95Ms });
  }
  benchRow({ name: 'index of 3,000 people exported to PDF', unit: 'ms', ours: once(index.exportMs), baseline: null, target: TARGETS.indexExportMs });
}, 600_000);

it('writes the results', () => {
  writeResults('load', { benchmark: 'load', date: new Date().toISOString(), machine: machine(CHROMIUM_PATH), targets: TARGETS, results: figures });
  expect(Object.keys(figures)).toEqual(['event', 'openFile', 'undo1000', 'reseatLargestHall', 'validate', 'app']);
});
