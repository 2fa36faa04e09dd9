/**
 * Print benchmark (`npm run bench`): real Chromium, the built app, real services, real files.
 * Through the Printing screen, as a user does it: choose the output, wait for the preview, then
 * Export PDF… (print:pdf: page.pdf() on the app's own page in the chromium runtime, the same
 * print view). The pages are put in the page in batches (renderer/src/print/preparation.ts):
 * the preview is the first pages drawn, `preparedMs` every page in the page. Three jobs: 200 place cards (100 × 70, four per A4), the chart of a 5,000-seat
 * hall seated full on A1, and the alphabetical index of 1,500 people on A4. For each: the
 * preview (choice to pages drawn), the export (click to file written), Chromium's printToPDF of
 * the same view alone, pages and PDF size.
 * Targets (export): cards <= 10 s, chart <= 5 s, index <= 3 s; the chart's PDF under 5 MB.
 * Writes bench-results/print.json and prints it; no pass/fail on timings, only on the PDFs being
 * what was asked for (page counts, the size reported).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EventFile } from '../../electron/store/eventFile';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { referenceData } from '../../resources/reference/load';
import { CHROMIUM_PATH, launchApp } from '../e2e/harness';
import { attributeOf } from '../e2e/poll';
import { printThroughScreen } from './print-screen';
import { round } from './measure';
import { benchDocument } from './scene';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(os.tmpdir(), 'preseance-bench-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Synthetic names (no real person), Vietnamese and Latin diacritics as the event has them.
const GIVEN = ['An', 'Bảo', 'Chi', 'Dũng', 'Élodie', 'Fatou', 'Grzegorz', 'Hằng', 'Ingrid', 'José', 'Khánh', 'Lucía', 'Minh', 'Nnamdi', 'Øystein', 'Phương'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Okafor', 'Müller', 'Núñez', 'Kowalczyk', 'Haddad', 'Søndergaard', 'Tanaka', 'Diallo', 'Ivanova', 'Silva', 'Đỗ'];

/**
 * A hall of about `seats` seats (test/bench/scene.ts) with `people` people in delegations of 6
 * (UN member states, with flags), seated in seat order: the hall's first `people` seats.
 */
function printDocument(seats: number, people: number): { document: EventDocument; hallId: string } {
  const { document, hallId } = benchDocument(seats);
  const ids = seededIds(people + 7);
  const states = referenceData.states;
  const hallSeats = Object.values(document.seats).sort((a, b) => a.elementId.localeCompare(b.elementId) || a.order - b.order);
  if (hallSeats.length < people) throw new Error(`a hall of ${hallSeats.length} seats cannot seat ${people}`);
  let delegationId = '';
  for (let i = 0; i < people; i++) {
    if (i % 6 === 0) {
      const k = i / 6;
      const state = states[k % states.length]!;
      delegationId = ids();
      // Past the 193 states, regional offices: one delegation per six people, each named apart.
      const suffix = k < states.length ? '' : ` (${Math.floor(k / states.length) + 1})`;
      document.delegations[delegationId] = {
        id: delegationId, kind: 'state', iso3: k < states.length ? state.iso3 : null, orgCode: k < states.length ? null : `R${k}`, orgCategory: null,
        nameEn: state.nameEn + suffix, nameFr: state.nameFr, nameVi: state.nameVi + suffix, flagCode: state.iso2.toLowerCase(), pinnedRole: 'none',
        precedenceOverride: null, agreementDate: null, notes: '',
      };
    }
    const given = GIVEN[(i * 7) % GIVEN.length]!;
    const family = FAMILY[i % FAMILY.length]!;
    const personId = ids();
    document.people[personId] = {
      id: personId, delegationId, role: i % 6 === 0 ? 'head' : 'member', order: i % 6, honorific: i % 6 === 0 ? 'H.E.' : '', honorificVi: '', name: `${given} ${family}`,
      familyName: family, titleEn: '', titleVi: '', rank: i % 6 === 0 ? 'minister' : 'other', gender: 'unspecified', language: 'en',
      inOfficeSince: null, credentialsAt: null, needsInterpreter: false, needsAccessible: false, notes: '',
    };
    const assignmentId = ids();
    document.assignments[assignmentId] = { id: assignmentId, hallId, seatId: hallSeats[i]!.id, personId, locked: false };
  }
  return { document, hallId };
}

type Job = { name: string; seats: number; people: number; output: string; paper: string; hall: boolean; targetMs: number; pages: number };
type Figures = { job: string; seats: number; people: number; paper: string; pages: number; previewMs: number; preparedMs: number; exportMs: number; chromiumPdfMs: number; targetExportMs: number; withinTarget: boolean; pdfBytes: number; pdfMb: number };

const JOBS: Job[] = [
  { name: 'place-cards-200', seats: 500, people: 200, output: 'place-cards', paper: 'A4', hall: true, targetMs: 10_000, pages: 50 },
  { name: 'chart-5000', seats: 5000, people: 5000, output: 'chart', paper: 'A1', hall: true, targetMs: 5_000, pages: 1 },
  { name: 'index-1500', seats: 1500, people: 1500, output: 'index', paper: 'A4', hall: false, targetMs: 3_000, pages: 0 },
];
const results: Figures[] = [];

for (const job of JOBS) {
  it(`${job.name}: preview and PDF through the Printing screen`, async () => {
    const { document: doc, hallId } = printDocument(job.seats, job.people);
    const file = join(work, `${job.name}.preseance`);
    EventFile.create(file, doc).close();
    const app = await launchApp({ file, language: 'en' });
    try {
      await attributeOf(app.page.getByTestId('app'), 'data-status').toBe('ready');
      const pdf = join(work, `${job.name}.pdf`);
      const { pages, previewMs, preparedMs, exportMs, chromiumPdfMs } = await printThroughScreen(app, { output: job.output, hallId: job.hall ? hallId : undefined, paper: job.paper }, pdf);
      const pdfBytes = statSync(pdf).size;
      // What was printed is what was asked for (the PDF has the preview's pages): every card, one chart page, every person.
      if (job.pages) expect(pages).toBe(job.pages);
      else expect(pages).toBeGreaterThan(job.people / 50);
      results.push({
        job: job.name, seats: job.seats, people: job.people, paper: job.paper, pages, previewMs, preparedMs, exportMs, chromiumPdfMs, targetExportMs: job.targetMs,
        withinTarget: exportMs <= job.targetMs, pdfBytes, pdfMb: round(pdfBytes / 2 ** 20),
      });
    } finally {
      await app.close();
    }
  }, 300_000);
}

it('writes the results', () => {
  const chart = results.find((r) => r.job === 'chart-5000');
  const report = {
    benchmark: 'print',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), chromium: CHROMIUM_PATH },
    targets: { placeCards200ExportMs: 10_000, chart5000ExportMs: 5_000, index1500ExportMs: 3_000, chartPdfMb: 5 },
    chartPdfUnder5Mb: chart ? chart.pdfBytes < 5 * 2 ** 20 : null,
    results,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/print.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  expect(results).toHaveLength(JOBS.length);
  // The chart's size is reported, measured on a real file.
  expect(chart?.pdfBytes).toBeGreaterThan(0);
});
