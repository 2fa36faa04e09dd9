import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import type { IndexRow, SigningRow } from './data';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { paginate, type Measure } from './layout';
import type { PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';

type Column<R> = { title: string; share: number; text: (row: R) => string; bold?: boolean };
export type ListOptions = { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure };

const ROW_MM = 6.2;
const TEXT_MM = 3.3; // about 9.5 pt: read at arm's length

/**
 * A table across as many pages as it needs, rows of one line: a cell too long for its column
 * is set smaller (never cut). Each page repeats the header and the column titles, and says
 * "Page n / N". `ids` of a page are the rows' ids (the print log records what each page holds).
 */
function tablePages<R>(
  document: EventDocument,
  size: Size,
  title: string,
  rows: readonly R[],
  columns: Column<R>[],
  idOf: (row: R) => string,
  kind: string,
  options: ListOptions,
): ReactNode[] {
  const { t, i18n, measure, stamp } = options;
  const event = Object.values(document.events)[0];
  const header = pageHeader({ size, title, event, when: '', stamp, t, i18n, measure });
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const top = header.height + ROW_MM;
  const bottom = size.heightMm - PAGE_MARGIN_MM - ROW_MM;
  const perPage = Math.max(1, Math.floor((bottom - top) / ROW_MM));
  const total = columns.reduce((s, c) => s + c.share, 0);
  const xs: number[] = [];
  columns.reduce((x, c) => (xs.push(x), x + (c.share / total) * inner), PAGE_MARGIN_MM);
  const widths = columns.map((c) => (c.share / total) * inner - 2);
  const pages = paginate(rows, perPage);
  return pages.map((chunk, p) => (
    <Page key={p} size={size} index={p} kind={kind} ids={chunk.map(idOf)}>
      {header.node}
      {columns.map((c, i) => (
        <text key={`h${i}`} x={xs[i]} y={top - 1.8} fontSize={TEXT_MM * 0.9} fontWeight={700} fill="#333">
          {c.title}
        </text>
      ))}
      <line x1={PAGE_MARGIN_MM} y1={top} x2={PAGE_MARGIN_MM + inner} y2={top} stroke="#555" strokeWidth={0.3} />
      {chunk.map((row, r) => {
        const y = top + r * ROW_MM;
        return (
          <g key={r}>
            {r % 2 === 1 && <rect x={PAGE_MARGIN_MM} y={y} width={inner} height={ROW_MM} fill="#f1f3f6" />}
            {columns.map((c, i) => {
              const text = c.text(row);
              const weight = c.bold ? 700 : 400;
              // One line per row: a long cell is set smaller until it fits its column, never cut.
              const width = measure(text, weight);
              const fontSize = width > 0 ? Math.min(TEXT_MM, widths[i]! / width) : TEXT_MM;
              return (
                <text key={i} x={xs[i]} y={y + ROW_MM / 2 + fontSize * 0.36} fontSize={fontSize} fontWeight={weight}>
                  {text}
                </text>
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
  return tablePages(
    document,
    size,
    t('indexTitle'),
    rows,
    [
      { title: t('colName'), share: 27, text: (r) => r.name, bold: true },
      { title: t('colDelegation'), share: 30, text: (r) => r.delegation },
      { title: t('colHall'), share: 15, text: (r) => r.hall },
      { title: t('colPlace'), share: 19, text: (r) => r.place },
      { title: t('colSeat'), share: 9, text: (r) => r.seat, bold: true },
    ],
    (r) => r.personId,
    'guest-index',
    options,
  );
}

/** The signing order of a hall: position, delegation in both languages, who signs and their title. */
export function signingPages(document: EventDocument, hallName: string, rows: readonly SigningRow[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n } = options;
  const [first, second] = i18n.lang === 'vi' ? (['delegationVi', 'delegationEn'] as const) : (['delegationEn', 'delegationVi'] as const);
  return tablePages(
    document,
    size,
    `${t('signingTitle')} · ${hallName}`,
    rows,
    [
      { title: t('colPosition'), share: 6, text: (r) => i18n.number(r.position), bold: true },
      { title: t('colDelegation'), share: 22, text: (r) => r[first], bold: true },
      { title: '', share: 22, text: (r) => r[second] },
      { title: t('colSignatory'), share: 22, text: (r) => r.signatory },
      { title: t('colTitle'), share: 28, text: (r) => r.title },
    ],
    (r) => r.delegationId,
    'signing-list',
    options,
  );
}
