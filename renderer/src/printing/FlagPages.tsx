import type { ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import { flagUrl } from './flags';
import type { FlagItem, FlagPlace } from '../../../shared/print/flagOrder';
import { PAGE_MARGIN_MM, pageHeader } from './Header';
import { fitText, paginate } from './layout';
import type { ListOptions } from './Lists';
import { Page } from './Page';
import type { Size } from './paper';
import { blockHeight, Lines } from './text';
import { pickLang } from '../../../shared/i18n/index';

const CELL_MIN_MM = 26; // a flag's column: room for a short name at a readable size
const NAME_MM = 3.3;
const SUB_MM = 2.6;
const NOTE_MM = 3;

/**
 * The flag order of a stage or signing table as seen from the audience: the flags left to
 * right (row after row when they do not fit one), each with its position, its flag, its English
 * and Vietnamese names and its side of the host's flag; a note says which side the audience
 * sees and the rule. Names are fitted (on two lines if need be), never cut.
 */
export function flagOrderPages(document: EventDocument, title: string, line: readonly FlagPlace<FlagItem>[], size: Size, options: ListOptions): ReactNode[] {
  const { t, i18n, measure, stamp } = options;
  const event = Object.values(document.events)[0];
  const host = line.find((p) => p.side === 'host')!.item;
  const hostName = pickLang(i18n.lang, { vi: host.nameVi, en: host.nameEn });
  const partner = line.find((p) => p.side !== 'host')?.item;
  const header = pageHeader({ size, title, event, when: '', stamp, t, i18n, measure });
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const notes = [
    t('flagNoteAudience'),
    line.length === 2 && partner
      ? t('flagNotePair', { host: hostName, partner: pickLang(i18n.lang, { vi: partner.nameVi, en: partner.nameEn }) })
      : t('flagNoteSeveral', { host: hostName }),
    line.length > 2 ? t('flagNoteAlternate') : '',
    t('flagNoteOrganizations'),
  ].filter((n) => n !== '');
  const noteFits = notes.map((n) => fitText(n, inner, NOTE_MM, NOTE_MM * 0.7, 400, measure));
  let y = header.height + 1;
  const noteNodes = noteFits.map((fit, i) => {
    const top = y;
    y += blockHeight(fit) + 0.6;
    return fit.lines.map((l, j) => (
      <text key={`n${i}-${j}`} x={PAGE_MARGIN_MM} y={top + fit.size * (0.98 + j * 1.3)} fontSize={fit.size} fill={i === 0 ? '#000' : '#333'} fontWeight={i === 0 ? 700 : 400}>
        {l}
      </text>
    ));
  });
  const top = y + 3;

  const perRow = Math.max(1, Math.min(line.length, Math.floor(inner / CELL_MIN_MM)));
  const cell = inner / perRow;
  const flagW = Math.min(cell * 0.7, 40);
  const flagH = (flagW * 3) / 4;
  const textW = cell - 2;
  const rowH = NAME_MM * 1.3 + 1 + flagH + 1.5 + 2 * NAME_MM * 1.3 + 2 * SUB_MM * 1.3 + SUB_MM * 1.3 + 5;
  const bottom = size.heightMm - PAGE_MARGIN_MM - 5;
  const rowsPerPage = Math.max(1, Math.floor((bottom - top) / rowH));
  const rows = paginate(line, perRow);
  const pages = paginate(rows, rowsPerPage);
  const offset = (total: number) => PAGE_MARGIN_MM + (inner - total * cell) / 2; // a short row is centred

  return pages.map((pageRows, p) => (
    <Page key={p} size={size} index={p} kind="flag-order" ids={pageRows.flat().map((f) => f.item.id)}>
      {header.node}
      {noteNodes}
      {pageRows.map((row, r) => {
        const rowTop = top + r * rowH;
        return row.map((place, c) => {
          const cx = offset(row.length) + (c + 0.5) * cell;
          const url = flagUrl(place.item.flagCode);
          const [first, second] = pickLang(i18n.lang, { vi: [place.item.nameVi, place.item.nameEn], en: [place.item.nameEn, place.item.nameVi] });
          const name = fitText(first, textW, NAME_MM, NAME_MM * 0.75, 700, measure);
          const sub = second && second !== first ? fitText(second, textW, SUB_MM, SUB_MM * 0.75, 400, measure) : null;
          const side = place.side === 'host' ? t('flagSideHost') : t(place.side === 'left' ? 'flagSideLeft' : 'flagSideRight', { rank: i18n.number(place.rank) });
          const sideFit = fitText(side, textW, SUB_MM, SUB_MM * 0.6, 400, measure);
          const flagTop = rowTop + NAME_MM * 1.3 + 1;
          const nameTop = flagTop + flagH + 1.5;
          const subTop = nameTop + blockHeight(name) + 0.3;
          const sideTop = subTop + (sub ? blockHeight(sub) : 0) + 0.6;
          const host = place.side === 'host';
          return (
            <g key={place.item.id} data-flag={place.item.id}>
              {host && <rect x={cx - cell / 2 + 0.5} y={rowTop - 0.5} width={cell - 1} height={rowH - 3} fill="#f3f6fa" stroke="#1f3a5f" strokeWidth={0.35} rx={1} />}
              <text x={cx} y={rowTop + NAME_MM} fontSize={NAME_MM} fontWeight={700} textAnchor="middle">
                {i18n.number(place.position)}
              </text>
              {url ? (
                <image href={url} x={cx - flagW / 2} y={flagTop} width={flagW} height={flagH} preserveAspectRatio="xMidYMid meet" />
              ) : null}
              <rect x={cx - flagW / 2} y={flagTop} width={flagW} height={flagH} fill="none" stroke="#c5ccd6" strokeWidth={0.2} />
              <Lines fit={name} cx={cx} top={nameTop} weight={700} />
              {sub && <Lines fit={sub} cx={cx} top={subTop} weight={400} fill="#444" />}
              <Lines fit={sideFit} cx={cx} top={sideTop} weight={host ? 700 : 400} fill={host ? '#1f3a5f' : '#555'} />
            </g>
          );
        });
      })}
      <text x={size.widthMm - PAGE_MARGIN_MM} y={size.heightMm - PAGE_MARGIN_MM} fontSize={NAME_MM * 0.85} textAnchor="end" fill="#333">
        {t('page', { page: i18n.number(p + 1), pages: i18n.number(pages.length) })}
      </text>
    </Page>
  ));
}
