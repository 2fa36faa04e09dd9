import type { EventDocument } from '../../../shared/model/collections';

/**
 * What was printed and when, kept in the event (setting `print.log`) so that "only what changed
 * since the last print" can be worked out: every print or PDF export adds one entry with the
 * kind, the hall (null: the whole event; for the arrival outputs, the sequence), the version stamp and each item's id with a hash of
 * what was printed for it. The last 100 entries are kept.
 */
export const PRINT_LOG_KEY = 'print.log';
const KEEP = 100;

export type PrintedItem = { id: string; hash: string };
export type PrintLogEntry = {
  kind: string;
  hallId: string | null;
  at: string; // ISO time
  status: 'draft' | 'final';
  revision: number;
  action: 'pdf' | 'print';
  items: PrintedItem[];
};

/** The log as stored, or empty when there is none or it is not one (never an error for the user). */
export function readPrintLog(document: EventDocument): PrintLogEntry[] {
  const row = Object.values(document.settings).find((s) => s.key === PRINT_LOG_KEY);
  const value = row?.value as { entries?: unknown } | undefined;
  return Array.isArray(value?.entries) ? (value.entries as PrintLogEntry[]).filter((e) => e && typeof e.kind === 'string' && Array.isArray(e.items)) : [];
}

/** The log with one more entry, the oldest dropped past the limit: the setting's new value. */
export function appendPrintLog(document: EventDocument, entry: PrintLogEntry): { entries: PrintLogEntry[] } {
  return { entries: [...readPrintLog(document), entry].slice(-KEEP) };
}

/** A short, stable hash of what an item prints (FNV-1a, 32 bits): changes when any printed text does. */
export function contentHash(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The last print of this kind and hall, if any. */
export const lastPrint = (log: readonly PrintLogEntry[], kind: string, hallId: string | null): PrintLogEntry | null =>
  [...log].reverse().find((e) => e.kind === kind && e.hallId === hallId) ?? null;

/**
 * The items that are not on paper as they are now: never printed for this hall, or printed with
 * other content (the latest print of each item for the same kind and hall counts). A person has
 * a place card in each hall they sit in: the banquet's card is not the plenary's, so a print for
 * another hall (or for all delegations) never stands in for this one.
 */
export function changedSincePrinted<T extends PrintedItem>(log: readonly PrintLogEntry[], kind: string, hallId: string | null, items: readonly T[]): T[] {
  const printed = new Map<string, string>();
  for (const entry of log) if (entry.kind === kind && entry.hallId === hallId) for (const item of entry.items) printed.set(item.id, item.hash);
  return items.filter((item) => printed.get(item.id) !== item.hash);
}
