import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

// The one table `npm run bench` prints: every benchmark adds its rows here (a line of JSON each
// in bench-results/table.jsonl, since bench files run in workers of their own), and the
// project's global teardown (table-setup.ts) prints them together and fails the run when a
// target was missed — even one a bench file forgot to assert.

export type Figures = { p50: number; p95: number };

export type BenchRow = {
  /** What was measured, as a reader of the table says it: "zoom, 10,000 seats". */
  name: string;
  unit: 'ms' | 'MB';
  ours: Figures;
  /** The same job done the straightforward way, in the same run; null where none is meaningful. */
  baseline: Figures | null;
  /** The p95 not to exceed. */
  target: number;
};

export type TableRow = BenchRow & { ratio: number | null; pass: boolean };

const DIR = resolve(import.meta.dirname, '../../bench-results');
export const TABLE_FILE = join(DIR, 'table.jsonl');

const round = (n: number) => Math.round(n * 10) / 10;

/** Adds a row to the table and asserts its target: the test fails when p95 is over it (softly, so the other rows of the test are still recorded). */
export function benchRow(row: BenchRow): TableRow {
  const ratio = row.baseline ? round(row.baseline.p95 / Math.max(row.ours.p95, 0.05)) : null;
  const done: TableRow = { ...row, ours: roundFigures(row.ours), baseline: row.baseline && roundFigures(row.baseline), ratio, pass: row.ours.p95 <= row.target };
  mkdirSync(DIR, { recursive: true });
  appendFileSync(TABLE_FILE, JSON.stringify(done) + '\n');
  expect.soft(row.ours.p95, `${row.name}: p95 ${row.ours.p95} ${row.unit} over the target ${row.target} ${row.unit}`).toBeLessThanOrEqual(row.target);
  return done;
}

const roundFigures = (f: Figures): Figures => ({ p50: round(f.p50), p95: round(f.p95) });

export function readTable(): TableRow[] {
  if (!existsSync(TABLE_FILE)) return [];
  return readFileSync(TABLE_FILE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as TableRow);
}

export const clearTable = () => rmSync(TABLE_FILE, { force: true });

/** The table as text, one line a row, columns aligned. */
export function formatTable(rows: TableRow[]): string {
  const cell = (f: Figures | null, key: keyof Figures, unit: string) => (f ? `${f[key]} ${unit}` : '—');
  const lines = [
    ['name', 'p50', 'p95', 'baseline p50', 'baseline p95', 'ratio', 'target (p95)', 'pass'],
    ...rows.map((r) => [
      r.name,
      cell(r.ours, 'p50', r.unit),
      cell(r.ours, 'p95', r.unit),
      cell(r.baseline, 'p50', r.unit),
      cell(r.baseline, 'p95', r.unit),
      r.ratio === null ? '—' : `${r.ratio}×`,
      `≤ ${r.target} ${r.unit}`,
      r.pass ? 'yes' : 'NO',
    ]),
  ];
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ')).join('\n');
}
