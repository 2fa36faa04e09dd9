import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import { namePlatePages, placeCardPages, type CardOptions } from './Cards';
import { chartPages } from './Chart';
import { guestIndex, namePlates, placeCards, signingRows } from './data';
import type { Stamp } from './Header';
import type { Measure } from './layout';
import { indexPages, signingPages } from './Lists';
import type { PrintT } from './messages';
import { changedSincePrinted, contentHash, type PrintLogEntry, type PrintedItem } from './printLog';
import type { CardStock, Size } from './paper';

export type Output = 'place-cards' | 'name-plates' | 'chart' | 'index' | 'signing';
export const OUTPUTS: Output[] = ['place-cards', 'name-plates', 'chart', 'index', 'signing'];
/** The print log's kind of each output: the seating diff's PrintedKind where there is one. */
export const LOG_KIND: Record<Output, string> = {
  'place-cards': 'place-card',
  'name-plates': 'name-plate',
  chart: 'chart',
  index: 'guest-index',
  signing: 'signing-list',
};

export type JobSpec = {
  output: Output;
  hallId: string | null;
  size: Size;
  stock: CardStock;
  cards: CardOptions;
  onlyChanged: boolean;
  stamp: Stamp;
};

export type Job = {
  pages: ReactNode[];
  /** What the print log records: each item printed with the hash of its content. */
  items: PrintedItem[];
  /** Why there is nothing to print, when there is nothing. */
  empty: 'noPages' | 'noSigning' | null;
};

/** The pages of one print job and what they hold, built from the document (React elements, no DOM). */
export function buildJob(document: EventDocument, spec: JobSpec, log: readonly PrintLogEntry[], ctx: { t: PrintT; i18n: Translator; measure: Measure }): Job {
  const { output, hallId, size } = spec;
  const hall = hallId ? document.halls[hallId] : undefined;
  const list = { stamp: spec.stamp, ...ctx };
  const hashed = <T extends { id: string }>(items: readonly T[]) => items.map((item) => ({ id: item.id, hash: contentHash(item) }));
  switch (output) {
    case 'place-cards': {
      const all = placeCards(document, hallId);
      const items = spec.onlyChanged ? changedSincePrinted(log, LOG_KIND[output], all) : all;
      const pages = placeCardPages(items, spec.stock, size, spec.cards, ctx.measure);
      return { pages, items: hashed(items), empty: pages.length === 0 ? 'noPages' : null };
    }
    case 'name-plates': {
      const all = namePlates(document, hallId);
      const items = spec.onlyChanged ? changedSincePrinted(log, LOG_KIND[output], all) : all;
      const pages = namePlatePages(items, spec.stock, size, spec.cards, ctx.measure);
      return { pages, items: hashed(items), empty: pages.length === 0 ? 'noPages' : null };
    }
    case 'chart': {
      if (!hall) return { pages: [], items: [], empty: 'noPages' };
      const seated = Object.values(document.assignments).filter((a) => a.hallId === hall.id);
      const hash = contentHash({ hall, seated: seated.map((a) => [a.seatId, a.personId]).sort() });
      return { pages: chartPages(document, hall, size, list), items: [{ id: hall.id, hash }], empty: null };
    }
    case 'index': {
      const rows = guestIndex(document, ctx.i18n.lang, ctx.t('notSeated'), ctx.i18n.collator);
      const byPerson = new Map<string, typeof rows>();
      for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
      const pages = indexPages(document, rows, size, list);
      return { pages, items: [...byPerson].map(([id, r]) => ({ id, hash: contentHash(r) })), empty: pages.length === 0 ? 'noPages' : null };
    }
    case 'signing': {
      const rows = hall ? signingRows(document, hall.id, ctx.i18n.lang) : null;
      if (!hall || !rows) return { pages: [], items: [], empty: 'noSigning' };
      const pages = signingPages(document, ctx.i18n.lang === 'vi' ? hall.nameVi : hall.nameEn, rows, size, list);
      return { pages, items: [{ id: hall.id, hash: contentHash(rows) }], empty: pages.length === 0 ? 'noSigning' : null };
    }
  }
}
