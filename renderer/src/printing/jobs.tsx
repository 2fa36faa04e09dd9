import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import { cardGrid, namePlatePages, placeCardPages, type CardOptions } from './Cards';
import { chartPages, chartTiles, MAX_TILES, tiledChartPages, type ChartLayout } from './Chart';
import { cueCards, runOfShow } from '../../../shared/print/arrivals';
import { namePlates, placeCards, type NamePlate, type PlaceCard } from '../../../shared/print/cards';
import { flagLine, hostDelegation } from '../../../shared/print/flagOrder';
import { delegationSheets, guestIndex, signingRows, tablePlans } from '../../../shared/print/lists';
import { referenceStates } from '../reference';
import { flagOrderPages } from './FlagPages';
import type { Stamp } from './Header';
import { paginate, type Measure } from './layout';
import { cueCardPages, delegationSheetPages, indexPages, runOfShowPages, signingPages, tablePlanPages } from './Lists';
import type { PrintT } from './messages';
import { changedSincePrinted, contentHash, type PrintLogEntry, type PrintedItem } from './printLog';
import type { CardStock, Size } from './paper';
import { cardHash } from './reprint';
import { pickLang } from '../../../shared/i18n/index';

export type Output = 'place-cards' | 'name-plates' | 'chart' | 'table-plans' | 'index' | 'delegation-sheets' | 'signing' | 'flag-order' | 'run-of-show' | 'cue-cards';
export const OUTPUTS: Output[] = ['place-cards', 'name-plates', 'chart', 'table-plans', 'index', 'delegation-sheets', 'signing', 'flag-order', 'run-of-show', 'cue-cards'];
/** The outputs of an arrival sequence (printed for a sequence, not a hall). */
export const isArrivalOutput = (o: Output) => o === 'run-of-show' || o === 'cue-cards';
/** The print log's kind of each output: the seating diff's PrintedKind where there is one. */
export const LOG_KIND: Record<Output, string> = {
  'place-cards': 'place-card',
  'name-plates': 'name-plate',
  chart: 'chart',
  'table-plans': 'table-plan',
  index: 'guest-index',
  'delegation-sheets': 'delegation-sheet',
  signing: 'signing-list',
  'flag-order': 'flag-order',
  'run-of-show': 'run-of-show',
  'cue-cards': 'cue-card',
};

export type JobSpec = {
  output: Output;
  hallId: string | null;
  sequenceId: string | null;
  size: Size;
  stock: CardStock;
  cards: CardOptions;
  onlyChanged: boolean;
  stamp: Stamp;
  /** A chart on one page or tiled across pages. */
  chart: ChartLayout;
};

export type Job = {
  pages: ReactNode[];
  /** What the print log records: each item printed with the hash of its content. */
  items: PrintedItem[];
  /** Why there is nothing to print, when there is nothing. */
  empty: 'noPages' | 'noSigning' | 'noHost' | 'noSequence' | 'noTables' | 'nothingChanged' | 'tooManyTiles' | 'noRoomForTiles' | null;
  /** The numbers the `empty` message names (a tiled chart's page count). */
  emptyParams?: Record<string, string>;
  /** What preparing the pages counts (cards or plates for sheets of them, else pages) and how many each page holds. */
  progress?: { unit: 'cards' | 'plates'; perPage: number[] };
  /** A tiled chart's grid of pages. */
  tiles?: { columns: number; rows: number };
  /** With "only what changed": the cards or plates it prints, named (null otherwise). */
  changed: { id: string; label: string }[] | null;
};

/** The pages of one print job and what they hold, built from the document (React elements, no DOM). */
export function buildJob(document: EventDocument, spec: JobSpec, log: readonly PrintLogEntry[], ctx: { t: PrintT; i18n: Translator; measure: Measure }): Job {
  const { output, hallId, size } = spec;
  const hall = hallId ? document.halls[hallId] : undefined;
  const list = { stamp: spec.stamp, ...ctx };
  const none = (empty: Job['empty']): Job => ({ pages: [], items: [], empty, changed: null });
  const done = (pages: ReactNode[], items: PrintedItem[], empty: Job['empty']): Job => ({ pages, items, empty: pages.length === 0 ? empty : null, changed: null });
  switch (output) {
    case 'place-cards':
    case 'name-plates': {
      const cards = output === 'place-cards';
      const all: (PlaceCard | NamePlate)[] = cards ? placeCards(document, hallId) : namePlates(document, hallId);
      // Out of date only when what the card prints (or where it is put) changed: reprint.ts.
      const printed = all.map((item) => ({ item, id: item.id, hash: cardHash(document, item, spec.cards) }));
      const chosen = spec.onlyChanged ? changedSincePrinted(log, LOG_KIND[output], hallId, printed) : printed;
      const items = chosen.map((c) => c.item);
      const pages = cards ? placeCardPages(items as PlaceCard[], spec.stock, size, spec.cards, ctx.measure) : namePlatePages(items as NamePlate[], spec.stock, size, spec.cards, ctx.measure);
      const changed = spec.onlyChanged ? items.map((i) => ({ id: i.id, label: 'name' in i ? i.name : pickLang(ctx.i18n.lang, { vi: i.nameVi, en: i.nameEn }) })) : null;
      const progress = { unit: cards ? ('cards' as const) : ('plates' as const), perPage: paginate(items, cardGrid(spec.stock, size).perSheet).map((chunk) => chunk.length) };
      return { ...done(pages, chosen.map(({ id, hash }) => ({ id, hash })), spec.onlyChanged ? 'nothingChanged' : 'noPages'), changed, progress };
    }
    case 'chart': {
      if (!hall) return none('noPages');
      const seated = Object.values(document.assignments).filter((a) => a.hallId === hall.id);
      const hash = contentHash({ hall, seated: seated.map((a) => [a.seatId, a.personId]).sort() });
      if (spec.chart.mode === 'fit') return done(chartPages(document, hall, size, list), [{ id: hall.id, hash }], 'noPages');
      const grid = chartTiles(document, hall, size, spec.chart, list);
      if (!grid) return none('noRoomForTiles');
      const tiles = { columns: grid.columns, rows: grid.rows };
      if (grid.tiles.length > MAX_TILES) return { ...none('tooManyTiles'), tiles, emptyParams: { pages: ctx.i18n.number(grid.tiles.length), max: ctx.i18n.number(MAX_TILES) } };
      return { ...done(tiledChartPages(document, hall, size, spec.chart, list), [{ id: hall.id, hash }], 'noPages'), tiles };
    }
    case 'table-plans': {
      if (!hall) return none('noTables');
      const plans = tablePlans(document, hall.id, ctx.i18n.lang);
      const pages = tablePlanPages(document, pickLang(ctx.i18n.lang, { vi: hall.nameVi, en: hall.nameEn }), plans, size, list);
      return done(pages, plans.map((p) => ({ id: p.id, hash: contentHash(p.rows) })), 'noTables');
    }
    case 'delegation-sheets': {
      const sheets = delegationSheets(document, ctx.i18n.lang, ctx.t('notSeated'));
      return done(delegationSheetPages(document, sheets, size, list), sheets.map((d) => ({ id: d.id, hash: contentHash(d.rows) })), 'noPages');
    }
    case 'index': {
      const rows = guestIndex(document, ctx.i18n.lang, ctx.t('notSeated'), ctx.i18n.collator);
      const byPerson = new Map<string, typeof rows>();
      for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
      const pages = indexPages(document, rows, size, list);
      return done(pages, [...byPerson].map(([id, r]) => ({ id, hash: contentHash(r) })), 'noPages');
    }
    case 'signing': {
      const rows = hall ? signingRows(document, hall.id, ctx.i18n.lang, referenceStates()) : null;
      if (!hall || !rows) return none('noSigning');
      const pages = signingPages(document, pickLang(ctx.i18n.lang, { vi: hall.nameVi, en: hall.nameEn }), rows, size, list);
      return done(pages, [{ id: hall.id, hash: contentHash(rows) }], 'noSigning');
    }
    case 'flag-order': {
      // A signing hall's order, or (no hall) every state of the event; null: no host, or no signing order.
      if (hallId && !hall) return none('noSigning');
      if (!hostDelegation(document)) return none('noHost');
      const line = flagLine(document, hall ? hall.id : null, referenceStates());
      if (!line) return none('noSigning');
      const title = `${ctx.t('flagOrderTitle')} · ${hall ? pickLang(ctx.i18n.lang, { vi: hall.nameVi, en: hall.nameEn }) : ctx.t('allDelegations')}`;
      return done(flagOrderPages(document, title, line, size, list), [{ id: hall?.id ?? 'all', hash: contentHash(line) }], 'noSigning');
    }
    case 'run-of-show': {
      const sequence = spec.sequenceId ? document.sequences[spec.sequenceId] : undefined;
      if (!sequence) return none('noSequence');
      const rows = runOfShow(document, sequence.id);
      return done(runOfShowPages(document, sequence, rows, size, list), [{ id: sequence.id, hash: contentHash(rows) }], 'noSequence');
    }
    case 'cue-cards': {
      const sequence = spec.sequenceId ? document.sequences[spec.sequenceId] : undefined;
      if (!sequence) return none('noSequence');
      const cards = cueCards(document, sequence.id, ctx.i18n.collator);
      return done(cueCardPages(document, sequence, cards, size, list), cards.map((c) => ({ id: c.id, hash: contentHash(c.rows) })), 'noSequence');
    }
  }
}
