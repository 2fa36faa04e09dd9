import type { ReactNode } from 'react';
export type { ListOptions } from './listTable';
import type { EventDocument } from '../../../shared/model/collections';
import type { ArrivalSequence } from '../../../shared/model/entities';
import type { CueCard, RunRow } from '../../../shared/print/arrivals';
import type { Both, DelegationSheet, IndexRow, SheetRow, SigningRow, TablePlan, TablePlanRow } from '../../../shared/print/lists';
import { tablePages, type Column, type ListOptions, type Table } from './listTable';
import { printT } from './messages';
import type { Size } from './paper';
import { pickLang } from '../../../shared/i18n/index';

/**
 * An index's letter: the first letter of the family name, accents set aside. Đ is a letter of
 * its own where the reader's collation sorts it after D (Vietnamese), else it is read under D.
 */
export function indexLetter(key: string, collator?: Intl.Collator): string {
  const first = [...key.trim()][0] ?? '';
  const base = first.normalize('NFD').replace(/\p{M}/gu, '').toLocaleUpperCase();
  if (base === 'Đ' && collator && new Intl.Collator(collator.resolvedOptions().locale, { sensitivity: 'base' }).compare('Đ', 'D') === 0) return 'D';
  return /\p{L}/u.test(base) ? base : '#';
}

/** From this many rows, each letter of the index starts a new page (a large event's index is read by letter). */
export const INDEX_PAGE_PER_LETTER = 1000;

/** The alphabetical guest index: name, delegation, hall, table or block, seat; a heading at each letter. */
export function indexPages(document: EventDocument, rows: readonly IndexRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t } = options;
  const letterOf = (r: IndexRow) => {
    const p = document.people[r.personId];
    return indexLetter(p ? p.familyName.trim() || p.name : r.name, options.i18n.collator);
  };
  return tablePages(document, size, {
    title: t('indexTitle'),
    rows,
    columns: [
      { title: t('colName'), share: 27, text: (r) => r.name, bold: true },
      { title: t('colDelegation'), share: 29, text: (r) => r.delegation },
      { title: t('colHall'), share: 15, text: (r) => r.hall },
      { title: t('colPlace'), share: 18, text: (r) => r.place },
      { title: t('colSeat'), share: 11, text: (r) => r.seat, bold: true },
    ],
    idOf: (r) => r.personId,
    kind: 'guest-index',
    group: letterOf,
    groupPerPage: rows.length >= INDEX_PAGE_PER_LETTER,
  }, options);
}

/** The signing order of a hall: position, delegation in both languages, who signs and their title. */
export function signingPages(document: EventDocument, hallName: string, rows: readonly SigningRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const [first, second] = pickLang(i18n.lang, { vi: ['delegationVi', 'delegationEn'] as const, en: ['delegationEn', 'delegationVi'] as const });
  return tablePages(document, size, {
    title: `${t('signingTitle')} · ${hallName}`,
    rows,
    columns: [
      { title: t('colPosition'), share: 6, text: (r) => i18n.number(r.position), bold: true },
      { title: t('colDelegation'), share: 22, text: (r) => r[first], bold: true },
      { title: '', share: 22, text: (r) => r[second] },
      { title: t('colSignatory'), share: 22, text: (r) => r.signatory },
      { title: t('colTitle'), share: 28, text: (r) => r.title },
    ],
    idOf: (r) => r.delegationId,
    kind: 'signing-list',
  }, options);
}

/** The reader's language first, the other one under it. */
const inOrder = (lang: 'en' | 'vi', both: Both): [string, string] => pickLang(lang, { vi: [both[1], both[0]], en: [both[0], both[1]] });

/** "Run-of-show · Official welcome" with the sequence's name in the other language and its day under it. */
function sequenceTitles(sequence: ArrivalSequence, title: string, options: ListOptions) {
  const [name, other] = inOrder(options.i18n.lang, [sequence.nameEn, sequence.nameVi]);
  return { title: `${title} · ${name}`, subtitle: [other, options.i18n.longDate(sequence.day) ?? sequence.day].filter((s) => s.trim() !== '').join(' · ') };
}

/** The columns every arrival list shares: time, delegation, step, venue point (both languages each). */
function momentColumns(options: ListOptions, afterDelegation?: Column<RunRow>): Column<RunRow>[] {
  const { t, i18n } = options;
  const lang = i18n.lang;
  const other = printT(pickLang(lang, { vi: 'en', en: 'vi' }));
  const both = (key: 'colTime' | 'colDelegation' | 'colStep' | 'colPoint') => ({ title: t(key), titleSub: other(key) });
  return [
    { ...both('colTime'), share: 11, text: (r) => r.time, bold: true },
    { ...both('colDelegation'), share: 26, text: (r) => inOrder(lang, r.delegation)[0], sub: (r) => inOrder(lang, r.delegation)[1], bold: true },
    ...(afterDelegation ? [afterDelegation] : []),
    { ...both('colStep'), share: 17, text: (r) => inOrder(lang, r.step)[0], sub: (r) => inOrder(lang, r.step)[1] },
    { ...both('colPoint'), share: 18, text: (r) => inOrder(lang, r.point)[0], sub: (r) => inOrder(lang, r.point)[1] },
  ];
}

/** The run-of-show of a sequence, minute by minute: time, delegation, step, venue point, car, liaison officer. */
export function runOfShowPages(document: EventDocument, sequence: ArrivalSequence, rows: readonly RunRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const other = printT(pickLang(i18n.lang, { vi: 'en', en: 'vi' }));
  return tablePages(
    document,
    size,
    {
      ...sequenceTitles(sequence, t('runOfShowTitle'), options),
      rows,
      columns: [
        ...momentColumns(options, { title: t('colHead'), titleSub: other('colHead'), share: 17, text: (r) => r.head }),
        { title: t('colCar'), titleSub: other('colCar'), share: 8, text: (r) => r.car },
        { title: t('colLiaison'), titleSub: other('colLiaison'), share: 14, text: (r) => r.liaison },
      ],
      idOf: (r) => r.slotId,
      kind: 'run-of-show',
    },
    options,
  );
}

/**
 * Cue cards: for each greeter, liaison officer and escort, pages of their own moments only, their
 * name as the title (a new page for each person). A greeter's card names the head of each
 * delegation they greet; a liaison officer's and an escort's give the car.
 */
export function cueCardPages(document: EventDocument, sequence: ArrivalSequence, cards: readonly CueCard[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const other = printT(pickLang(i18n.lang, { vi: 'en', en: 'vi' }));
  const [sequenceName] = inOrder(i18n.lang, [sequence.nameEn, sequence.nameVi]);
  return eachOnItsOwnPages(
    document,
    size,
    cards.map((card): Table<RunRow> => {
      const role = card.role === 'greeter' ? inOrder(i18n.lang, card.title)[0] || t('roleGreeter') : t(card.role === 'liaison' ? 'roleLiaison' : 'roleEscort');
      const last: Column<RunRow> =
        card.role === 'greeter'
          ? { title: t('colHead'), titleSub: other('colHead'), share: 28, text: (r) => r.head }
          : { title: t('colCar'), titleSub: other('colCar'), share: 28, text: (r) => r.car, bold: true };
      return {
        title: `${t('cueCardTitle')} · ${card.name}`,
        subtitle: [role, sequenceName, i18n.longDate(sequence.day) ?? sequence.day].join(' · '),
        rows: card.rows,
        columns: [...momentColumns(options), last],
        idOf: (r) => r.slotId,
        kind: 'cue-card',
        subject: card.id,
      };
    }),
    options,
  );
}

/** Several tables, each starting on a new page (its own "Page n / N"): one per person, table or delegation. */
function eachOnItsOwnPages<R>(document: EventDocument, size: Size, tables: readonly Table<R>[], options: ListOptions): ReactNode[] {
  const pages: ReactNode[] = [];
  for (const table of tables) pages.push(...tablePages(document, size, table, options, pages.length));
  return pages;
}

/** Table plans: a page for each table of the hall, its seats in seat order with who sits there (the table's host marked). */
export function tablePlanPages(document: EventDocument, hallName: string, plans: readonly TablePlan[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const lang = i18n.lang;
  return eachOnItsOwnPages(
    document,
    size,
    plans.map((plan): Table<TablePlanRow> => ({
      title: `${t('tablePlanTitle')} · ${plan.name}`,
      subtitle: hallName,
      rows: plan.rows,
      columns: [
        { title: t('colSeat'), share: 10, text: (r) => r.seat, bold: true },
        { title: t('colName'), share: 40, text: (r) => (r.name === '' ? t('legendFree') : r.host ? `${r.name} (${t('legendHost')})` : r.name), bold: true },
        { title: t('colDelegation'), share: 50, text: (r) => inOrder(lang, r.delegation)[0], sub: (r) => inOrder(lang, r.delegation)[1] },
      ],
      idOf: (r) => r.seatId,
      kind: 'table-plan',
      subject: plan.id,
    })),
    options,
  );
}

/** Delegation sheets: a page for each delegation, where each member sits in each hall. */
export function delegationSheetPages(document: EventDocument, sheets: readonly DelegationSheet[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const lang = i18n.lang;
  return eachOnItsOwnPages(
    document,
    size,
    sheets.map((sheet): Table<SheetRow> => {
      const [name, other] = inOrder(lang, sheet.name);
      return {
        title: `${t('delegationSheetTitle')} · ${name}`,
        subtitle: other,
        rows: sheet.rows,
        columns: [
          { title: t('colName'), share: 30, text: (r) => r.name, bold: true, sub: (r) => inOrder(lang, r.title)[0] },
          { title: t('colHall'), share: 22, text: (r) => inOrder(lang, r.hall)[0], sub: (r) => inOrder(lang, r.hall)[1] },
          { title: t('colPlace'), share: 28, text: (r) => r.place },
          { title: t('colSeat'), share: 20, text: (r) => r.seat, bold: true },
        ],
        idOf: (r) => r.personId,
        kind: 'delegation-sheet',
        subject: sheet.id,
      };
    }),
    options,
  );
}
