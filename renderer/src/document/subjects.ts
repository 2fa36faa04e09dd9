import type { Patch } from 'immer';
import type { Bilingual } from '../../../shared/document/history';
import { translate } from '../../../shared/i18n/index';
import type { CollectionName, EventDocument } from '../../../shared/model/collections';
import { elementKindLabels } from '../halls/editor/messages';
import { historyUi } from '../i18n/history';

/**
 * The rows an edit is about, as the undo notice names them and as "Show" finds them again:
 * a row's name in both languages, and the hall, sequence and delegation it belongs to.
 * Rows are read after the edit, or before it when the edit removed them.
 */

export type Target = { hallId?: string | null; sequenceId?: string | null; delegationId?: string | null };

export type Docs = { before: EventDocument; after: EventDocument };

type AnyRow = Record<string, unknown> & { id: string };

export function rowOf(docs: Docs, collection: CollectionName, id: string | null | undefined): AnyRow | null {
  if (!id) return null;
  const read = (d: EventDocument) => ((d[collection] ?? {}) as Record<string, AnyRow>)[id];
  return read(docs.after) ?? read(docs.before) ?? null;
}

const both = (text: string): Bilingual => ({ en: text, vi: text });
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const UNKNOWN = both('—');

/** The name of a row the officer would recognise; null for rows that have none (a step, a setting...). */
export function nameOf(docs: Docs, collection: CollectionName, id: string | null | undefined): Bilingual | null {
  const row = rowOf(docs, collection, id);
  if (!row) return null;
  switch (collection) {
    case 'events':
    case 'halls':
    case 'sequences':
    case 'delegations':
    case 'venuePoints':
      return { en: str(row.nameEn), vi: str(row.nameVi) };
    case 'people':
    case 'greeters':
      return both(str(row.name));
    case 'seats':
      return both(str(row.label));
    case 'elements':
      return elementName(row);
    case 'slots':
      return nameOf(docs, 'delegations', str(row.delegationId));
    default:
      return null;
  }
}

/** A table by its number, another element by its label, else by its kind ("Podium" / "Bục phát biểu"). */
function elementName(row: AnyRow): Bilingual {
  const en = str(row.labelEn);
  const vi = str(row.labelVi);
  if (en || vi) return { en: en || vi, vi: vi || en };
  if (typeof row.number === 'number') {
    return { en: translate(historyUi, 'en', 'tableN', { number: row.number }), vi: translate(historyUi, 'vi', 'tableN', { number: row.number }) };
  }
  const kind = row.kind as keyof typeof elementKindLabels.en;
  return { en: elementKindLabels.en[kind] ?? kind, vi: elementKindLabels.vi[kind] ?? kind };
}

/** A name for a param: the row's, or a dash when the row is gone from both sides (never a blank). */
export const named = (docs: Docs, collection: CollectionName, id: string | null | undefined): Bilingual =>
  nameOf(docs, collection, id) ?? UNKNOWN;

/** Where a row lives: its hall, its arrival sequence, its delegation. */
export function targetOf(docs: Docs, collection: CollectionName, id: string): Target {
  const row = rowOf(docs, collection, id);
  if (!row) return {};
  const field = (key: string): string | null => (typeof row[key] === 'string' ? (row[key] as string) : null);
  switch (collection) {
    case 'halls':
      return { hallId: id };
    case 'sequences':
      return { sequenceId: id, hallId: field('hallId') };
    case 'delegations':
      return { delegationId: id };
    case 'people':
      return { delegationId: field('delegationId') };
    case 'elements':
    case 'seats':
      return { hallId: field('hallId') };
    case 'assignments': {
      const person = rowOf(docs, 'people', field('personId'));
      return { hallId: field('hallId'), delegationId: person ? str(person.delegationId) : null };
    }
    case 'venuePoints':
      return { hallId: field('hallId'), sequenceId: field('sequenceId') };
    case 'steps':
    case 'greeters':
      return { sequenceId: field('sequenceId') };
    case 'slots':
      return { sequenceId: field('sequenceId'), delegationId: field('delegationId') };
    case 'slotTimes':
      return targetOf(docs, 'slots', field('slotId') ?? '');
    default:
      return {};
  }
}

/** The rows the patches touched, once each, in the order first touched. */
export function touchedRows(patches: readonly Patch[]): { collection: CollectionName; id: string }[] {
  const seen = new Set<string>();
  const rows: { collection: CollectionName; id: string }[] = [];
  for (const patch of patches) {
    const [collection, id] = patch.path as [CollectionName, string | number | undefined];
    if (id === undefined) continue;
    const key = `${collection}/${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ collection, id: String(id) });
  }
  return rows;
}
