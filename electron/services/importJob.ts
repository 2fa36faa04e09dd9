import type { Changes, EventDocument } from '../../shared/model/collections';
import type { ImportProgress, ImportReport } from '../../shared/ipc/contract';
import type { IdFactory } from '../../shared/ids';
import type { Language } from '../../shared/i18n/index';
import type { ReferenceData } from '../../shared/reference/types';

/**
 * What main and the import worker say to each other (plain data: structured clone). Kept apart
 * from both so that the worker bundle does not load main's code, nor main the planner's.
 */

/** One job: the file's bytes (CSV as UTF-8, transferred rather than copied), and copies of what the plan needs. */
export type ImportJob = {
  format: 'csv' | 'xlsx';
  data: Uint8Array;
  document: EventDocument;
  reference: ReferenceData;
  lang: Language;
};

export type WorkerMessage =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; plan: { report: ImportReport; changes: Changes } }
  | { kind: 'failed'; detail: string };

// New rows get ids in the worker, where main's id factory cannot go: placeholders, in the
// order the planner asks for them, that main then replaces with its own ids in the same order
// (so the rows equal those of a plan made in main, seeded ids included). They are UUIDs, as the
// planner checks every row against the model, of a form random (v4) ids do not take in practice.
const PLACEHOLDER = 'ffffffff-ffff-4fff-bfff-';

export function placeholderIds(): IdFactory {
  let n = 0;
  return () => `${PLACEHOLDER}${(n++).toString(16).padStart(12, '0')}`;
}

/** The changes with every placeholder id replaced by one of `ids`, first asked first. */
export function withRealIds(changes: Changes, ids: IdFactory): Changes {
  const real: string[] = [];
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!value.startsWith(PLACEHOLDER)) return value;
      const n = parseInt(value.slice(PLACEHOLDER.length), 16);
      while (real.length <= n) real.push(ids());
      return real[n];
    }
    if (Array.isArray(value)) return value.map(replace);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return replace(changes) as Changes;
}
