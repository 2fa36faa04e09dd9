/**
 * One run of the import benchmark, in a process of its own (so that its peak memory is the
 * run's alone): `worker` plans through the app's ImportJobs (a worker thread), `sync` is the
 * straightforward baseline, the same planner called in the main thread. Prints JSON: wall time,
 * the longest the main thread was held (event-loop delay), peak RSS of the whole process.
 * Run as TypeScript under plain Node (importJobs.ts sourceBootstrap, types transformed: AppError has parameter properties); the
 * worker is the built one. Arguments: mode, CSV file, reference data as JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ImportJobs } from '../../electron/services/importJobs';
import { planDelegationImport } from '../../shared/import/delegations';
import { emptyDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';

const [mode, csvPath, referencePath] = process.argv.slice(-3) as [string, string, string];
// The worker the app runs: its bundle (`npm run bench` builds first), not the sources, whose
// type stripping at every start is a cost of running from source that no officer pays.
const workerFile = new URL('../../out/main/importWorker.js', import.meta.url);
if (!existsSync(workerFile)) throw new Error('out/main/importWorker.js is missing: run `npm run build` first (npm run bench does)');
const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
const text = readFileSync(csvPath, 'utf8'); // what main receives from the window: the file's text
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const start = performance.now();
const report =
  mode === 'worker'
    ? (await new ImportJobs({ workerFile }).run({ format: 'csv', data: new TextEncoder().encode(text), document: emptyDocument(), reference, lang: 'en' })).report
    : planDelegationImport({ text, spreadsheetRows: true, document: emptyDocument(), reference, lang: 'en', ids: seededIds(1) }).report;
const ms = performance.now() - start;
await new Promise((done) => setTimeout(done, 20)); // the delay histogram sees the last stretch
delay.disable();
console.log(
  // A synchronous call holds the thread for all of it; the histogram, which samples between turns of the loop, misses that.
  JSON.stringify({ ms, mainHeldMs: mode === 'sync' ? ms : delay.max / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, errorCount: report.errorCount, listed: report.errors.length }),
);
