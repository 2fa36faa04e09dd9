import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Translator } from '../i18n/format';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { wrapText, type FittedText, type Measure } from './layout';
import type { PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';

/** A column: its title and each row's text; `sub`, a second, smaller text under it (the other language). */
export type Column<R> = { title: string; titleSub?: string; share: number; text: (row: R) => string; sub?: (row: R) => string; bold?: boolean };
export type ListOptions = { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure };
/**
 * One table to print: its title (and the line under it), rows and columns; `subject`: whom the
 * pages are for (a cue card's person). `group`: the heading a row falls under (the index's
 * letter): a heading band before each group, never alone at the foot of a page, and with
 * `groupPerPage` each group starting on a new page; the page's groups are said at its foot.
 */
export type Table<R> = {
  title: string;
  subtitle?: string;
  rows: readonly R[];
  columns: Column<R>[];
  idOf: (row: R) => string;
  kind: string;
  subject?: string;
  group?: (row: R) => string;
  groupPerPage?: boolean;
};

const ROW_MM = 6.2; // the least height of a row of one line
const ROW_TWO_MM = 9; // ... and of a row with a second text under the first
const PAD_MM = 1;
const TEXT_MM = 3.3; // about 9.5 pt: read at arm's length
const SUB_MM = 2.6;
const LEADING = 1.22;
const GROUP_MM = 8.5;

/** The font size at which `text` fits `width` on one line: `size` or smaller (column titles). */
const fitted = (text: string, width: number, size: number, weight: 400 | 700, measure: Measure) => {
  const w = measure(text, weight);
  return w > 0 ? Math.min(size, width / w) : size;
};

type Cell = { main: FittedText; sub: FittedText | null };
type Item<R> = { kind: 'row'; row: R; cells: Cell[]; height: number } | { kind: 'group'; label: string; height: number };
/** A wrapped line keeps the space it was broken at, so the page's and the PDF's text read as one name. */
const spaced = (lines: readonly string[], l: number) => (l < lines.length - 1 ? `${lines[l]} ` : lines[l]);
const linesHeight = (fit: FittedText) => fit.lines.length * fit.size * LEADING;

/**
 * A table across as many pages as it needs: a cell too long for its column wraps onto more
 * lines at a readable size (shrinking a little before it wraps again, never cut), and its row
 * grows to hold it. Each page repeats the header and the column titles, and says "Page n / N".
 * `ids` of a page are the rows' ids (the print log records what each page holds). `first`: the
 * index of its first page in the whole job.
 */
export function tablePages<R>(document: EventDocument, size: Size, table: Table<R>, options: ListOptions, first = 0): ReactNode[] {
  const { t, i18n, measure, stamp } = options;
  const { title, rows, columns, idOf, kind, subject } = table;
  const event = Object.values(document.events)[0];
  const header = pageHeader({ size, title, event, when: table.subtitle ?? '', stamp, t, i18n, measure });
  const two = columns.some((c) => c.sub || c.titleSub);
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const top = header.height + (two ? ROW_TWO_MM : ROW_MM);
  const bottom = size.heightMm - PAGE_MARGIN_MM - ROW_MM;
  const total = columns.reduce((s, c) => s + c.share, 0);
  const xs: number[] = [];
  columns.reduce((x, c) => (xs.push(x), x + (c.share / total) * inner), PAGE_MARGIN_MM);
  const widths = columns.map((c) => (c.share / total) * inner - 2);

  // Every row laid out, then cut into pages by height.
  const items: Item<R>[] = [];
  let group: string | null = null;
  for (const row of rows) {
    const label = table.group?.(row) ?? null;
    if (label !== null && label !== group) items.push({ kind: 'group', label, height: GROUP_MM });
    group = label;
    const cells = columns.map((c, i): Cell => {
      const weight = c.bold ? 700 : 400;
      const text = c.text(row);
      const sub = c.sub?.(row) ?? '';
      return { main: wrapText(text, widths[i]!, TEXT_MM, TEXT_MM * 0.8, weight, measure), sub: sub && sub !== text ? wrapText(sub, widths[i]!, SUB_MM, SUB_MM * 0.85, 400, measure, 2) : null };
    });
    const content = Math.max(...cells.map((c) => linesHeight(c.main) + (c.sub ? linesHeight(c.sub) + 0.4 : 0)));
    items.push({ kind: 'row', row, cells, height: Math.max(two ? ROW_TWO_MM : ROW_MM, content + 2 * PAD_MM) });
  }
  const pages: Item<R>[][] = [];
  let page: Item<R>[] = [];
  let used = 0;
  items.forEach((item, i) => {
    const next = items[i + 1];
    // A heading keeps its first row with it; with groupPerPage it opens a page.
    const needs = item.kind === 'group' ? item.height + (next?.height ?? 0) : item.height;
    const breakHere = page.length > 0 && (used + needs > bottom - top || (item.kind === 'group' && table.groupPerPage));
    if (breakHere) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += item.height;
  });
  if (page.length > 0) pages.push(page);

  return pages.map((chunk, p) => {
    const chunkRows = chunk.flatMap((item) => (item.kind === 'row' ? [item.row] : []));
    const groups = [...new Set(chunkRows.map((r) => table.group?.(r) ?? ''))].filter((g) => g !== '');
    let y = top;
    let shade = 0;
    return (
      <Page key={first + p} size={size} index={first + p} kind={kind} ids={[...new Set(chunkRows.map(idOf))]} subject={subject}>
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
        {chunk.map((item, r) => {
          const at = y;
          y += item.height;
          if (item.kind === 'group') {
            shade = 0;
            return (
              <g key={r} data-group={item.label}>
                <text x={PAGE_MARGIN_MM} y={at + item.height - 2} fontSize={5.2} fontWeight={700} fill="#0b2a6b">
                  {item.label}
                </text>
                <line x1={PAGE_MARGIN_MM} y1={at + item.height - 0.8} x2={PAGE_MARGIN_MM + inner} y2={at + item.height - 0.8} stroke="#0b2a6b" strokeWidth={0.35} />
              </g>
            );
          }
          return (
            <g key={r}>
              {shade++ % 2 === 1 && <rect x={PAGE_MARGIN_MM} y={at} width={inner} height={item.height} fill="#f1f3f6" />}
              {item.cells.map((cell, i) => {
                const weight = columns[i]!.bold ? 700 : 400;
                const mainTop = at + PAD_MM + (cell.sub || two ? 0 : (item.height - 2 * PAD_MM - linesHeight(cell.main)) / 2);
                return (
                  <g key={i}>
                    {cell.main.lines.map((line, l) => (
                      <text key={l} x={xs[i]} y={mainTop + cell.main.size * (0.95 + l * LEADING)} fontSize={cell.main.size} fontWeight={weight}>
                        {spaced(cell.main.lines, l)}
                      </text>
                    ))}
                    {cell.sub?.lines.map((line, l) => (
                      <text key={`s${l}`} x={xs[i]} y={mainTop + linesHeight(cell.main) + 0.4 + cell.sub!.size * (0.95 + l * LEADING)} fontSize={cell.sub!.size} fill="#444">
                        {spaced(cell.sub!.lines, l)}
                      </text>
                    ))}
                  </g>
                );
              })}
            </g>
          );
        })}
        {groups.length > 0 && (
          <text x={PAGE_MARGIN_MM} y={size.heightMm - PAGE_MARGIN_MM} fontSize={TEXT_MM * 1.1} fontWeight={700} fill="#0b2a6b" data-groups={groups.join(' ')}>
            {groups.length === 1 ? groups[0] : `${groups[0]} – ${groups.at(-1)}`}
          </text>
        )}
        <text x={size.widthMm - PAGE_MARGIN_MM} y={size.heightMm - PAGE_MARGIN_MM} fontSize={TEXT_MM * 0.85} textAnchor="end" fill="#333">
          {t('page', { page: i18n.number(p + 1), pages: i18n.number(pages.length) })}
        </text>
      </Page>
    );
  });
}
