import type { Command } from '../../../shared/document/history';

/**
 * The set-up's pure pieces: step durations as typed and shown, the order of a sequence's venue
 * points and steps, and the name and sort key of a new sequence.
 */

/** The longest step the file accepts (SequenceStep.durationS): a whole day. */
export const MAX_DURATION_S = 86_400;

export type DurationRead = { seconds: number } | { error: 'format' | 'range' };

/**
 * A step's duration as an officer types it: seconds ("90"), minutes and seconds ("1:30",
 * "90:00") or hours, minutes and seconds ("1:00:00"). Negative or over 24 h is out of range;
 * anything else (a decimal, "1:75", letters) is not a duration.
 */
export function readDuration(text: string): DurationRead {
  const m = /^([-−–])?(\d+(?::\d+){0,2})$/.exec(text.trim());
  if (!m) return { error: 'format' };
  const parts = m[2]!.split(':').map(Number);
  // After a colon come seconds (0–59), and minutes after hours.
  if (parts.slice(1).some((n) => n > 59)) return { error: 'format' };
  const seconds = parts.reduce((total, n) => total * 60 + n, 0);
  if (m[1] && seconds > 0) return { error: 'range' };
  return seconds > MAX_DURATION_S ? { error: 'range' } : { seconds };
}

/** A duration as the set-up writes it: "0:45", "1:30", "1:00:00" (readDuration reads it back). */
export function durationText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

type Ordered = 'venuePoints' | 'steps';

/**
 * Puts a sequence's venue points or steps in the order given (ids, first to last), numbering
 * them 0, 1, 2…; only the rows whose number changes are written. One undo step.
 */
export const reorderRows: Command<{ collection: Ordered; ids: readonly string[] }> = {
  id: 'arrival/setup-reorder',
  run(draft, { collection, ids }) {
    const rows = draft[collection];
    ids.forEach((id, order) => {
      const row = rows[id];
      if (!row) throw new Error(`${collection}/${id} does not exist`);
      if (row.order !== order) row.order = order;
    });
  },
};

/** The ids with the one at `index` moved by `by` places (-1 up, +1 down); the same ids at an end. */
export function moved(ids: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The number after the highest `order` (0 for none): a new row goes last. */
export const nextOrder = (rows: readonly { order: number }[]): number => rows.reduce((n, r) => Math.max(n, r.order + 1), 0);

// The name and sort key of a new sequence: shared with the CLI's `sequence` verb.
export { freeName, sortKeyAfter } from '../../../shared/arrival/newSequence';
