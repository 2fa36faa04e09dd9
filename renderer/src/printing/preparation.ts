import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Preparing a long print job without freezing the app: the job's pages (React elements, cheap
 * to build) are put into the page (the costly part: hundreds of SVG pages) a batch at a time,
 * each batch sized to take about TARGET_MS, with a return to the event loop between batches so
 * clicks, typing and navigation are handled at once. (The preview's current page is shown
 * whatever the batches: Print.tsx mounts it too.) Printing waits for every page (`whenPrepared`); Cancel stops the batches, and a
 * print or export waiting for them ends without writing anything; so does one whose pages
 * change while it waits (an undo, another option): what it was asked to print is gone.
 *
 * A new job (other pages: another output, hall, paper, document…) starts again from the first
 * batch; a new stamp on the same pages (the time printed) does not: the pages already there are
 * re-rendered with it, as one render.
 */
const FIRST_BATCH = 4;
const TARGET_MS = 30;
const MAX_BATCH = 64;

export type Preparation = {
  /** How many of the job's pages are in the page (the first ones; the current page is too). */
  prepared: number;
  total: number;
  /** Stopped by Cancel before every page was prepared. */
  cancelled: boolean;
  cancel(): void;
  /** Resumes if cancelled; 'ready' once every page is prepared, else why not (Cancel or leaving the screen; other pages). */
  whenPrepared(): Promise<Outcome>;
};

type State = { job: unknown; prepared: number; cancelled: boolean };
type Outcome = 'ready' | 'cancelled' | 'changed';
type Waiter = { job: unknown; resolve: (outcome: Outcome) => void };

/** Resolves (and removes) the waiters `outcome` has an answer for; the others keep waiting. */
function settle(waiters: Waiter[], outcome: (w: Waiter) => Outcome | null): void {
  for (const w of [...waiters]) {
    const result = outcome(w);
    if (result === null) continue;
    waiters.splice(waiters.indexOf(w), 1);
    w.resolve(result);
  }
}

export function usePreparation(job: unknown, total: number): Preparation {
  const [state, setState] = useState<State>({ job, prepared: Math.min(total, FIRST_BATCH), cancelled: false });
  // A new job starts from its first batch (derived here, so no render ever shows the old count with the new pages).
  const live: State = state.job === job ? { ...state, prepared: Math.min(total, state.prepared) } : { job, prepared: Math.min(total, FIRST_BATCH), cancelled: false };
  const done = live.prepared >= total;

  const batch = useRef(FIRST_BATCH);
  const startedAt = useRef<number | null>(null);
  useEffect(() => {
    if (done || live.cancelled) {
      startedAt.current = null;
      return;
    }
    // How long the last batch took to render and commit sets the size of the next one.
    if (startedAt.current !== null) {
      const took = Math.max(1, performance.now() - startedAt.current);
      batch.current = Math.max(1, Math.min(MAX_BATCH, Math.round((batch.current * TARGET_MS) / took)));
    }
    const timer = setTimeout(() => {
      startedAt.current = performance.now();
      setState((s) => {
        if (s.job === job && s.cancelled) return s; // Cancel came first: it wins
        const from = s.job === job ? s.prepared : FIRST_BATCH;
        return { job, prepared: Math.min(total, from + batch.current), cancelled: false };
      });
    }, 0);
    return () => clearTimeout(timer);
  }, [job, total, live.prepared, live.cancelled, done]);

  // Printing waits for the pages of the job it was started on.
  const waiters = useRef<Waiter[]>([]);
  const latest = useRef({ job, done });
  useEffect(() => {
    latest.current = { job, done };
    settle(waiters.current, (w) => (w.job !== job ? 'changed' : done ? 'ready' : live.cancelled ? 'cancelled' : null));
  });
  useEffect(() => {
    const list = waiters.current;
    return () => settle(list, () => 'cancelled');
  }, []);

  const cancel = useCallback(() => {
    setState((s) => ({ ...s, job, cancelled: true, prepared: s.job === job ? s.prepared : Math.min(total, FIRST_BATCH) }));
  }, [job, total]);
  const whenPrepared = useCallback((): Promise<Outcome> => {
    const { job: current, done: ready } = latest.current;
    if (ready) return Promise.resolve('ready');
    setState((s) => (s.cancelled ? { ...s, cancelled: false } : s));
    return new Promise((resolve) => waiters.current.push({ job: current, resolve }));
  }, []);

  return { prepared: live.prepared, total, cancelled: live.cancelled, cancel, whenPrepared };
}
