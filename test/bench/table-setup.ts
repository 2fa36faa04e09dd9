import { clearTable, formatTable, readTable } from './table';

// Global setup of the bench project: a fresh table at the start; at the end, the table printed
// and the run failed (exit 1) when any row missed its target or no row was recorded at all.
export function setup(): void {
  clearTable();
}

export function teardown(): void {
  const rows = readTable();
  console.log(`\nBenchmarks (p95 against target; ratio = baseline p95 / ours)\n${formatTable(rows)}\n`);
  const missed = rows.filter((r) => !r.pass);
  if (rows.length === 0 || missed.length > 0) {
    console.log(rows.length === 0 ? 'No benchmark recorded a row.' : `Missed: ${missed.map((r) => r.name).join('; ')}`);
    process.exitCode = 1;
  }
}
