/**
 * The import's worker thread (see importJobs.ts): reads one delegations file and plans its
 * import against the event document it is given, off main's thread, saying how far it is.
 * Pure work on copies: it never sees the event file, so ending it at any moment (Cancel)
 * changes nothing. Bundled as its own entry (electron.vite.config.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planDelegationFile } from '../../shared/import/files';
import type { ImportProgress } from '../../shared/ipc/contract';
import { placeholderIds, type ImportJob, type WorkerMessage } from './importJob';

const job = workerData as ImportJob;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
const file = job.format === 'csv' ? { format: 'csv' as const, text: new TextDecoder().decode(job.data) } : { format: 'xlsx' as const, bytes: job.data };
// A CSV file's bytes are its text now: dropped from workerData (`job` is that object), so they can be freed while the text is read.
if (job.format === 'csv') job.data = new Uint8Array(0);

let said = 0;
const onStage = (progress: ImportProgress) => {
  const now = Date.now();
  if (now - said < 100) return; // ten a second are plenty for a progress line
  said = now;
  post({ kind: 'progress', progress });
};

planDelegationFile(file, { document: job.document, reference: job.reference, lang: job.lang, ids: placeholderIds(), onStage }).then(
  (plan) => post({ kind: 'done', plan }),
  (err: unknown) => post({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) }),
);
