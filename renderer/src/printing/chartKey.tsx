import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import type { Mark } from '../../../shared/print/chartMarks';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { paginate, type Measure } from './layout';
import type { PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';
import { pickLang } from '../../../shared/i18n/index';

/**
 * A chart's key: one entry per delegation, "12  VNM  Viet Nam" (number, code, name in the
 * reader's language) when the plan marks delegations by number, "VNM  Viet Nam" when it prints
 * a code at each seat — in columns, at the footer's size, on the chart's page or, when it does
 * not fit there, on pages of its own after it.
 */
export type KeyEntry = { id: string; bold: string; text: string };
const ROW = 1.35;

export const codeEntries = (codes: readonly [string, string][], document: EventDocument, lang: 'vi' | 'en'): KeyEntry[] =>
  codes.map(([code, id]) => ({ id, bold: code, text: pickLang(lang, { vi: document.delegations[id]!.nameVi, en: document.delegations[id]!.nameEn }) }));
export const markEntries = (marks: readonly Mark[], lang: 'vi' | 'en'): KeyEntry[] =>
  marks.map((m) => ({ id: m.delegationId, bold: String(m.number), text: `${m.code ? `${m.code}  ` : ''}${pickLang(lang, { vi: m.nameVi, en: m.nameEn })}` }));

/** The key's columns across `width` at `unit` mm: each column's width, how many, the rows and the height. */
export function keyLayout(entries: readonly KeyEntry[], unit: number, width: number, measure: Measure) {
  const colW = Math.max(...entries.map((e) => measure(`${e.bold}  ${e.text}`, 400)), 1) * unit + unit * 1.5;
  const columns = Math.max(1, Math.floor(width / colW));
  const rows = Math.ceil(entries.length / columns);
  return { colW, columns, rows, height: rows * unit * ROW + unit * 1.6 };
}

export function KeyBlock({ entries, x, top, unit, layout }: { entries: readonly KeyEntry[]; x: number; top: number; unit: number; layout: ReturnType<typeof keyLayout> }) {
  return (
    <g data-key={entries.length}>
      {entries.map((e, i) => (
        <text key={e.id} x={x + Math.floor(i / layout.rows) * layout.colW} y={top + (i % layout.rows) * unit * ROW + unit} fontSize={unit}>
          <tspan fontWeight={700}>{e.bold}</tspan>
          {`  ${e.text}`}
        </text>
      ))}
    </g>
  );
}

/** The key on pages of its own, after the chart (`first`: its first page's index in the job). */
export function keyPages(document: EventDocument, title: string, entries: readonly KeyEntry[], size: Size, unit: number, first: number, options: { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure }, hallId: string): ReactNode[] {
  const { t, i18n, measure, stamp } = options;
  const event = Object.values(document.events)[0];
  const header = pageHeader({ size, title, event, when: '', stamp, t, i18n, measure });
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const rowsPerPage = Math.max(1, Math.floor((size.heightMm - PAGE_MARGIN_MM - header.height - unit * 2) / (unit * ROW)));
  const probe = keyLayout(entries, unit, inner, measure);
  const chunks = paginate(entries, rowsPerPage * probe.columns);
  return chunks.map((chunk, p) => {
    const layout = { ...probe, rows: Math.min(rowsPerPage, Math.ceil(chunk.length / probe.columns)) };
    return (
      <Page key={`key-${p}`} size={size} index={first + p} kind="chart" ids={[hallId]} subject="key">
        {header.node}
        <KeyBlock entries={chunk} x={PAGE_MARGIN_MM} top={header.height} unit={unit} layout={layout} />
        <text x={size.widthMm - PAGE_MARGIN_MM} y={size.heightMm - PAGE_MARGIN_MM} fontSize={unit * 0.9} textAnchor="end" fill="#333">
          {t('page', { page: i18n.number(first + p + 1), pages: i18n.number(first + chunks.length) })}
        </text>
      </Page>
    );
  });
}
