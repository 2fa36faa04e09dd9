import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../renderer/src/i18n/format';
import { buildJob, type JobSpec } from '../../renderer/src/printing/jobs';
import type { Measure } from '../../renderer/src/printing/layout';
import { printT } from '../../renderer/src/printing/messages';
import { pageSize, PAPERS } from '../../renderer/src/printing/paper';
import type { ChartLayout } from '../../renderer/src/printing/Chart';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';

/**
 * The tiled chart's pages, as built (React elements, no DOM), for the sample's plenary (80 × 70
 * m): which part of the hall each tile shows, worked out by hand from the paper, the scale and
 * the overlap.
 */
const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const plenary = Object.values(doc.halls).find((h) => h.kind === 'plenary')!;
const half: Measure = (text) => text.length * 0.5;

function tiledJob(paper: keyof typeof PAPERS, landscape: boolean, chart: ChartLayout) {
  const spec: JobSpec = {
    output: 'chart', hallId: plenary.id, sequenceId: null, size: pageSize(PAPERS[paper], landscape), stock: 'card-100x70', cards: { flags: true, vietnamese: false },
    onlyChanged: false, stamp: { status: 'draft', revision: 1, printedAt: new Date('2025-10-25T08:00:00Z') }, chart,
  };
  return buildJob(doc, spec, [], { t: printT('en'), i18n: translatorFor('en'), measure: half });
}

/** Every element's props under `node` that have `key`. */
function propsWith(node: unknown, key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object' && 'props' in n) {
      const props = (n as ReactElement<Record<string, unknown>>).props;
      if (key in props) found.push(props);
      visit(props.children);
    }
  };
  visit(node);
  return found;
}

/** Each page's tile label and the part of the hall it shows, in metres (data-window: to the millimetre). */
const windows = (pages: readonly unknown[]) =>
  pages.map((page) => {
    const [x0, y0, x1, y1] = String(propsWith(page, 'data-window')[0]!['data-window']).split(' ').map(Number) as [number, number, number, number];
    return { label: (page as ReactElement<{ subject: string }>).props.subject, x0, y0, x1, y1 };
  });

describe('a chart tiled across pages', () => {
  it('at 1:100 on A3 landscape: 3 columns, neighbours sharing 1 m of the hall (10 mm), the plan centred', () => {
    const job = tiledJob('A3', true, { mode: 'scale', ratio: 100, overlapMm: 10 });
    // 80 m at 1:100 = 800 mm; a 400 mm box, each further sheet adding 390 mm: 3 sheets (1,180 mm).
    expect(job.tiles!.columns).toBe(3);
    const rows = job.tiles!.rows;
    expect(job.pages).toHaveLength(3 * rows);
    const w = windows(job.pages);
    expect(w.map((t) => t.label)).toEqual(Array.from({ length: rows }, (_, r) => [1, 2, 3].map((c) => `${String.fromCharCode(65 + r)}${c}`)).flat());
    // 380 mm spare across, 190 mm each side: A1 starts 19 m left of the hall, each tile 40 m wide.
    expect(w[0]!.x0).toBeCloseTo(-19, 2);
    expect(w[0]!.x1 - w[0]!.x0).toBeCloseTo(40, 2);
    expect(w[1]!.x0).toBeCloseTo(20, 2); // 39 m further: 40 m less the 1 m shared
    expect(w[0]!.x1 - w[1]!.x0).toBeCloseTo(1, 2);
    expect(w[2]!.x1).toBeCloseTo(99, 2); // 19 m past the hall's far wall (80 m)
    // Rows: the same 1 m shared, the spare split above and below.
    expect(w[0]!.y1 - w[3]!.y0).toBeCloseTo(1, 2);
    expect(w[0]!.y0 + w.at(-1)!.y1).toBeCloseTo(70, 2);
    // Every page the same window size, the same scale, the same hall.
    for (const t of w) {
      expect(t.x1 - t.x0).toBeCloseTo(40, 2);
      expect(t.y1 - t.y0).toBeCloseTo(w[0]!.y1 - w[0]!.y0, 2);
    }
    expect(new Set(job.pages.flatMap((p) => propsWith(p, 'data-plan').map((props) => props['data-plan'])))).toEqual(new Set(['10 mm/m']));
  });

  it('two pages across: the scale that makes 80 m fill 2 × 400 − 10 = 790 mm, no spare', () => {
    const job = tiledJob('A3', true, { mode: 'across', columns: 2, overlapMm: 10 });
    expect(job.tiles!.columns).toBe(2);
    const w = windows(job.pages);
    expect(w[0]!.x0).toBeCloseTo(0, 2);
    expect(w[1]!.x1).toBeCloseTo(80, 2);
    expect(w[0]!.x1 - w[1]!.x0).toBeCloseTo(10 / 9.875, 2); // 10 mm at 9.875 mm a metre
  });

  it('marks the shared bands only where there is a neighbour, and the key map on every page', () => {
    const job = tiledJob('A3', true, { mode: 'scale', ratio: 100, overlapMm: 10 });
    const { columns, rows } = job.tiles!;
    job.pages.forEach((page, i) => {
      const [row, column] = [Math.floor(i / columns), i % columns];
      const neighbours = [column > 0, column < columns - 1, row > 0, row < rows - 1].filter(Boolean).length;
      expect(propsWith(page, 'data-overlap')).toHaveLength(neighbours);
      expect(propsWith(page, 'data-key-map')[0]!['data-key-map']).toBe(`${columns}x${rows}`);
      expect(propsWith(page, 'data-tile')[0]!['data-tile']).toBe(`${String.fromCharCode(65 + row)}${column + 1}`);
    });
  });

  it('refuses a scale that needs more than 200 pages, and an overlap that leaves no room', () => {
    const big = tiledJob('A4', false, { mode: 'scale', ratio: 20, overlapMm: 10 });
    expect(big.empty).toBe('tooManyTiles');
    expect(big.pages).toEqual([]);
    expect(big.tiles!.columns * big.tiles!.rows).toBeGreaterThan(200);
    expect(tiledJob('A5', false, { mode: 'scale', ratio: 100, overlapMm: 200 }).empty).toBe('noRoomForTiles');
    // Fit to one page is the one-page chart; at A3, too small for a code per seat, its numbered key follows on pages of its own.
    const fit = tiledJob('A3', true, { mode: 'fit' }).pages as ReactElement<Record<string, unknown>>[];
    expect(fit[0]!.props.subject).toBeUndefined();
    expect(fit.length).toBeGreaterThan(1);
    for (const keyPage of fit.slice(1)) expect(keyPage.props.subject).toBe('key');
  });
});
