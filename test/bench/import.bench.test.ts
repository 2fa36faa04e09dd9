/**
 * Import benchmark (`npm run bench`): a 19 MB CSV of a million bad rows (two errors each),
 * read and planned as the app does it — in the built worker (out/main/importWorker.js: `npm run
 * bench` builds first), errors counted but only the first 1,000 kept — beside the straightforward
 * baseline, the same planner called in main's thread. Both read the file record by record.
 * Each run is a Node process of its own, so that its peak RSS (main and worker) is the run's.
 * Targets (p95): at most 3 s and 300 MB; main's thread is never held the whole time.
 * Writes bench-results/import.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { sourceBootstrap } from '../../electron/services/importJobs';
import { machine, round, writeResults } from './measure';
import { benchRow } from './table';

const work = mkdtempSync(join(os.tmpdir(), 'preseance-bench-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ROWS = 1_000_000;
const TARGET = { p95Ms: 3_000, p95RssMb: 300 };

type Run = { ms: number; mainHeldMs: number; maxRssMb: number; errorCount: number; listed: number };

function run(mode: 'worker' | 'sync', csv: string, reference: string): Run {
  const entry = pathToFileURL(join(import.meta.dirname, 'import-run.ts')).href;
  const child = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', sourceBootstrap(entry), '--', mode, csv, reference], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`import run (${mode}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

function stats(runs: Run[]) {
  const at = (values: number[], q: number) => round([...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!);
  const of = (key: 'ms' | 'maxRssMb' | 'mainHeldMs') => ({ p50: at(runs.map((r) => r[key]), 0.5), p95: at(runs.map((r) => r[key]), 0.95) });
  return { runs: runs.length, ms: of('ms'), maxRssMb: of('maxRssMb'), mainHeldMs: of('mainHeldMs') };
}

it('reads and checks a 19 MB CSV of a million bad rows in a worker within 3 s and 300 MB', () => {
  const csv = join(work, 'million-bad-rows.csv');
  const rows = Array.from({ length: ROWS }, (_, i) => `state,Z${i % 100},A. ${i % 1000},x`);
  writeFileSync(csv, ['kind,iso3,head_name,rank', ...rows].join('\n') + '\n');
  const reference = join(work, 'reference.json');
  writeFileSync(reference, JSON.stringify(referenceData));

  const ours = Array.from({ length: 5 }, () => run('worker', csv, reference));
  const baseline = Array.from({ length: 3 }, () => run('sync', csv, reference));
  const engine = stats(ours);
  const report = {
    benchmark: 'import',
    date: new Date().toISOString(),
    machine: machine('none'),
    file: { rows: ROWS, mb: round(statSync(csv).size / 1e6) },
    target: TARGET,
    results: { engine, baseline: stats(baseline), speedup: round(stats(baseline).ms.p50 / engine.ms.p50) },
  };
  writeResults('import', report);
  for (const r of [...ours, ...baseline]) expect([r.errorCount, r.listed]).toEqual([2 * ROWS, 1_000]);
  // The window's main thread is free while the worker reads (the baseline holds it throughout).
  expect(engine.mainHeldMs.p95).toBeLessThan(engine.ms.p50 / 2);
  const base = stats(baseline);
  benchRow({ name: 'import 1M bad rows (19 MB CSV), time', unit: 'ms', ours: engine.ms, baseline: base.ms, target: TARGET.p95Ms });
  benchRow({ name: 'import 1M bad rows (19 MB CSV), peak RSS', unit: 'MB', ours: engine.maxRssMb, baseline: base.maxRssMb, target: TARGET.p95RssMb });
});
