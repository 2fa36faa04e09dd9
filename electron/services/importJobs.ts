import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import type { ImportProgress } from '../../shared/ipc/contract';
import type { ImportJob, WorkerMessage } from './importJob';

type Plan = Extract<WorkerMessage, { kind: 'done' }>['plan'];

/**
 * The import's parsing and planning, in a worker thread: a 19 MB CSV of a million bad rows took
 * 11 s in main, and the window froze for all of it. One job at a time per window: a new one, or
 * Cancel, ends the one running (the worker is terminated: it only ever held copies).
 */
export class ImportJobs {
  #running: { worker: Worker; progress: ImportProgress | null; stop: () => void } | null = null;
  readonly #workerFile: URL | null;

  /** `workerFile`: the built worker to run (the import benchmark's, from source, runs the app's bundle); by default the one beside this module. */
  constructor(options: { workerFile?: URL } = {}) {
    this.#workerFile = options.workerFile ?? null;
  }

  /** The plan of `job`; rejects with `import-cancelled` when cancelled or replaced by a newer job. */
  run(job: ImportJob): Promise<Plan> {
    this.cancel();
    return new Promise<Plan>((resolve, reject) => {
      const worker = startWorker(job, this.#workerFile);
      const running = {
        worker,
        progress: null as ImportProgress | null,
        stop: () => {
          settle();
          reject(new AppError('import-cancelled'));
        },
      };
      const settle = () => {
        if (this.#running === running) this.#running = null;
        worker.removeAllListeners();
        worker.on('error', () => {}); // a late error of a worker being terminated
        void worker.terminate();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'progress') running.progress = message.progress;
        else {
          settle();
          if (message.kind === 'done') resolve(message.plan);
          else reject(new AppError('internal', { detail: message.detail }));
        }
      });
      worker.on('error', (err) => {
        settle();
        reject(new AppError('internal', { detail: err.message }));
      });
      worker.on('exit', (code) => {
        settle();
        reject(new AppError('internal', { detail: `the import worker stopped (exit code ${code})` }));
      });
      this.#running = running;
    });
  }

  /** How far the running job is; null when none runs (or it has not said yet). */
  progress(): ImportProgress | null {
    return this.#running?.progress ?? null;
  }

  /** Ends the running job, if any: its plan is never given. */
  cancel(): void {
    this.#running?.stop();
  }

  dispose(): void {
    this.cancel();
  }
}

/**
 * The worker, from wherever this module runs. Built (the app, the CLI), importWorker.js is an
 * entry of the main bundle beside index.js and cli.js (this code may sit in a chunk one folder
 * below). From source (the tests, the e2e harness, under plain Node), the TypeScript entry runs
 * with Node's type stripping, and a resolve hook adds the `.ts` our imports leave out.
 */
function startWorker(job: ImportJob, file: URL | null): Worker {
  const options = { workerData: job, transferList: [job.data.buffer as ArrayBuffer] };
  if (file) return new Worker(file, { ...options, execArgv: [] }); // a bundle: none of the flags its caller runs TypeScript with
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const entry = new URL('./importWorker.ts', here).href;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(sourceBootstrap(entry))}`), options);
  }
  for (const candidate of ['./importWorker.js', '../importWorker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return new Worker(url, options);
  }
  throw new AppError('internal', { detail: 'importWorker.js is missing beside the main bundle' });
}

/** A module (text) that runs the TypeScript module at `entry` under plain Node (also the import benchmark's). */
export const sourceBootstrap = (entry: string) => `
import { registerHooks } from 'node:module';
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (err) {
      if (!specifier.startsWith('.') || /\\.[cm]?[jt]s$/.test(specifier)) throw err;
      return next(specifier + '.ts', context);
    }
  },
});
await import(${JSON.stringify(entry)});
`;
