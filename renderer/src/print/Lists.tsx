import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import type { ArrivalSequence } from '../../../shared/model/entities';
import type { Both, CueCard, DelegationSheet, IndexRow, RunRow, SheetRow, SigningRow, TablePlan, TablePlanRow } from './data';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { paginate, type Measure } from './layout';
import { printT, type PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';

/** A column: its title and each row's text; `sub`, a second, smaller line (the other language). */
type Column<R> = { title: string; titleSub?: string; share: number; text: (row: R) => string; sub?: (row: R) => string; bold?: boolean };
export type ListOptions = { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure };
/** One table to print: its title (and the line under it), rows and columns; `subject`: whom the pages are for (a cue card's person). */
type Table<R> = { title: string; subtitle?: string; rows: readonly R[]; columns: Column<R>[]; idOf: (row: R) => string; kind: string; subject?: string };

const ROW_MM = 6.2;
const ROW_TWO_MM = 9; // a row with a second line
const TEXT_MM = 3.3; // about 9.5 pt: read at arm's length
const SUB_MM = 2.6;

/** The font size at which `text` fits `width` on one line: TEXT size or smaller, never cut. */
const fitted = (text: string, width: number, size: number, weight: 400 | 700, measure: Measure) => {
  const w = measure(text, weight);
  return w > 0 ? Math.min(size, width / w) : size;
};

/**
 * A table across as many pages as it needs, rows of one line (two with a `sub` column): a cell
 * too long for its column is set smaller (never cut). Each page repeats the header and the
 * column titles, and says "Page n / N". `ids` of a page are the rows' ids (the print log
 * records what each page holds). `first`: the index of its first page in the whole job.
 */
function tablePages<R>(document: EventDocument, size: Size, table: Table<R>, options: ListOptions, first = 0): ReactNode[] {
  const { t, i18n, measure, stamp } = options;
  const { title, rows, columns, idOf, kind, subject } = table;
  const event = Object.values(document.events)[0];
  const header = pageHeader({ size, title, event, when: table.subtitle ?? '', stamp, t, i18n, measure });
  const two = columns.some((c) => c.sub || c.titleSub);
  const rowMm = two ? ROW_TWO_MM : ROW_MM;
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const top = header.height + rowMm;
  const bottom = size.heightMm - PAGE_MARGIN_MM - ROW_MM;
  const perPage = Math.max(1, Math.floor((bottom - top) / rowMm));
  const total = columns.reduce((s, c) => s + c.share, 0);
  const xs: number[] = [];
  columns.reduce((x, c) => (xs.push(x), x + (c.share / total) * inner), PAGE_MARGIN_MM);
  const widths = columns.map((c) => (c.share / total) * inner - 2);
  const pages = paginate(rows, perPage);
  return pages.map((chunk, p) => (
    <Page key={first + p} size={size} index={first + p} kind={kind} ids={[...new Set(chunk.map(idOf))]} subject={subject}>
      {header.node}
      {columns.map((c, i) => (
        <text key={`h${i}`} x={xs[i]} y={top - (c.titleSub ? SUB_MM * 1.9 : 1.8)} fontSize={fitted(c.title, widths[i]!, TEXT_MM * 0.9, 700, measure)} fontWeight={700} fill="#333">
          {c.title}
        </text>
      ))}
      {columns.map((c, i) =>
        c.titleSub ? (
          <text key={`hs${i}`} x={xs[i]} y={top - 1.3} fontSize={fitted(c.titleSub, widths[i]!, SUB_MM, 400, measure)} fill="#555">
            {c.titleSub}
          </text>
        ) : null,
      )}
      <line x1={PAGE_MARGIN_MM} y1={top} x2={PAGE_MARGIN_MM + inner} y2={top} stroke="#555" strokeWidth={0.3} />
      {chunk.map((row, r) => {
        const y = top + r * rowMm;
        return (
          <g key={r}>
            {r % 2 === 1 && <rect x={PAGE_MARGIN_MM} y={y} width={inner} height={rowMm} fill="#f1f3f6" />}
            {columns.map((c, i) => {
              const text = c.text(row);
              const sub = c.sub?.(row) ?? '';
              const weight = c.bold ? 700 : 400;
              // One line per row (two with the other language): a long cell is set smaller until it fits its column, never cut.
              const fontSize = fitted(text, widths[i]!, TEXT_MM, weight, measure);
              const baseline = two ? y + TEXT_MM * 1.15 : y + ROW_MM / 2 + fontSize * 0.36;
              return (
                <g key={i}>
                  <text x={xs[i]} y={baseline} fontSize={fontSize} fontWeight={weight}>
                    {text}
                  </text>
                  {sub && sub !== text && (
                    <text x={xs[i]} y={y + rowMm - 1.3} fontSize={fitted(sub, widths[i]!, SUB_MM, 400, measure)} fill="#444">
                      {sub}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      <text x={size.widthMm - PAGE_MARGIN_MM} y={size.heightMm - PAGE_MARGIN_MM} fontSize={TEXT_MM * 0.85} textAnchor="end" fill="#333">
        {t('page', { page: i18n.number(p + 1), pages: i18n.number(pages.length) })}
      </text>
    </Page>
  ));
}

/** The alphabetical guest index: name, delegation, hall, table or block, seat. */
export function indexPages(document: EventDocument, rows: readonly IndexRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t } = options;
  return tablePages(document, size, {
    title: t('indexTitle'),
    rows,
    columns: [
      { title: t('colName'), share: 27, text: (r) => r.name, bold: true },
      { title: t('colDelegation'), share: 30, text: (r) => r.delegation },
      { title: t('colHall'), share: 15, text: (r) => r.hall },
      { title: t('colPlace'), share: 19, text: (r) => r.place },
      { title: t('colSeat'), share: 9, text: (r) => r.seat, bold: true },
    ],
    idOf: (r) => r.personId,
    kind: 'guest-index',
  }, options);
}

/** The signing order of a hall: position, delegation in both languages, who signs and their title. */
export function signingPages(document: EventDocument, hallName: string, rows: readonly SigningRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const [first, second] = i18n.lang === 'vi' ? (['delegationVi', 'delegationEn'] as const) : (['delegationEn', 'delegationVi'] as const);
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
const inOrder = (lang: 'en' | 'vi', both: Both): [string, string] => (lang === 'vi' ? [both[1], both[0]] : [both[0], both[1]]);

/** "Run-of-show · Official welcome" with the sequence's name in the other language and its day under it. */
function sequenceTitles(sequence: ArrivalSequence, title: string, options: ListOptions) {
  const [name, other] = inOrder(options.i18n.lang, [sequence.nameEn, sequence.nameVi]);
  return { title: `${title} · ${name}`, subtitle: [other, options.i18n.longDate(sequence.day) ?? sequence.day].filter((s) => s.trim() !== '').join(' · ') };
}

/** The columns every arrival list shares: time, delegation, step, venue point (both languages each). */
function momentColumns(options: ListOptions): Column<RunRow>[] {
  const { t, i18n } = options;
  const lang = i18n.lang;
  const other = printT(lang === 'vi' ? 'en' : 'vi');
  const both = (key: 'colTime' | 'colDelegation' | 'colStep' | 'colPoint') => ({ title: t(key), titleSub: other(key) });
  return [
    { ...both('colTime'), share: 11, text: (r) => r.time, bold: true },
    { ...both('colDelegation'), share: 26, text: (r) => inOrder(lang, r.delegation)[0], sub: (r) => inOrder(lang, r.delegation)[1], bold: true },
    { ...both('colStep'), share: 17, text: (r) => inOrder(lang, r.step)[0], sub: (r) => inOrder(lang, r.step)[1] },
    { ...both('colPoint'), share: 18, text: (r) => inOrder(lang, r.point)[0], sub: (r) => inOrder(lang, r.point)[1] },
  ];
}

/** The run-of-show of a sequence, minute by minute: time, delegation, step, venue point, car, liaison officer. */
export function runOfShowPages(document: EventDocument, sequence: ArrivalSequence, rows: readonly RunRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const other = printT(i18n.lang === 'vi' ? 'en' : 'vi');
  return tablePages(
    document,
    size,
    {
      ...sequenceTitles(sequence, t('runOfShowTitle'), options),
      rows,
      columns: [
        ...momentColumns(options),
        { title: t('colCar'), titleSub: other('colCar'), share: 10, text: (r) => r.car },
        { title: t('colLiaison'), titleSub: other('colLiaison'), share: 18, text: (r) => r.liaison },
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
  const other = printT(i18n.lang === 'vi' ? 'en' : 'vi');
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
