import { Fragment, type ReactNode } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Hall, LayoutElement, Seat } from '../../../shared/model/entities';
import type { Mark } from '../../../shared/print/chartMarks';
import { seatedInHall } from '../../../shared/print/order';
import { elementBox, groupLabels, MIN_TEXT_MM, placeLabel, type Box, type SeatGroup } from './chartLabels';
import type { Measure } from './layout';
import { pickLang } from '../../../shared/i18n/index';

/**
 * The hall drawn for a chart, in metres (its user unit is the metre): the outline, the layout
 * elements, every seat, and the texts last, so that no table or seat covers them: the
 * elements' labels (the stage's at its free edge when the presiding table covers its middle),
 * each seat's label and delegation code when legible, else one mark per delegation's seats.
 */

// Print colours: light fills (ink on large sheets), strong outlines, readable in grey.
export const INK = { wall: '#1f2937', table: '#f6efe1', tableStroke: '#7c5a2a', stage: '#e3e9f2', stageStroke: '#475569', carpet: '#e7b4b4', dark: '#334155', zone: '#64748b', free: '#ffffff', taken: '#c7d7f5', blocked: '#f3c4c4', seatStroke: '#1f2937', host: '#b45309' };

export const SEAT_R = 0.22; // metres, as the editor draws them
export const LABEL_M = 0.15;
export const CODE_M = 0.2;

export const codeOf = (document: EventDocument, delegationId: string) => {
  const d = document.delegations[delegationId];
  return d ? (d.iso3 ?? d.orgCode ?? '') : '';
};

function ElementShape({ el }: { el: LayoutElement }) {
  const w = el.width;
  const d = el.depth;
  const rect = (fill: string, stroke: string | null, dash?: string) => (
    <rect x={-w / 2} y={-d / 2} width={w} height={d} fill={fill} stroke={stroke ?? 'none'} strokeWidth={0.04} strokeDasharray={dash} />
  );
  let shape: ReactNode = null;
  switch (el.kind) {
    case 'round-table':
    case 'oval-table':
      shape = <ellipse rx={w / 2} ry={d / 2} fill={INK.table} stroke={INK.tableStroke} strokeWidth={0.04} />;
      break;
    case 'desk-block':
      shape = rect('none', INK.tableStroke, '0.2 0.15');
      break;
    case 'rect-table':
    case 'banquet-table':
    case 'signing-table':
    case 't-table':
    case 'u-table':
    case 'hollow-square':
      shape = rect(INK.table, INK.tableStroke);
      break;
    case 'row-block':
      shape = null;
      break;
    case 'stage':
      shape = rect(INK.stage, INK.stageStroke);
      break;
    case 'red-carpet':
      shape = rect(INK.carpet, null);
      break;
    case 'lectern':
    case 'backdrop':
    case 'pillar':
      shape = rect(INK.dark, null);
      break;
    case 'flag-stand':
      shape = <circle r={Math.min(w, d) / 3} fill={INK.dark} />;
      break;
    case 'door':
      shape = rect('#ffffff', INK.wall);
      break;
    case 'no-go':
    case 'press-zone':
      shape = rect('none', INK.zone, '0.4 0.3');
      break;
    case 'label':
      break;
  }
  return <g transform={`translate(${el.x} ${el.y}) rotate(${el.rotation})`}>{shape}</g>;
}

/** An element's text: a stage's or a zone's label, a table's number; a block's name just in front of it. */
function elementText(el: LayoutElement, lang: 'vi' | 'en') {
  const label = pickLang(lang, { vi: el.labelVi || el.labelEn, en: el.labelEn || el.labelVi }).trim();
  const big = ['stage', 'press-zone', 'no-go', 'label', 'row-block', 'desk-block'].includes(el.kind);
  const text = big ? label : el.number !== null ? String(el.number) : '';
  const size = big ? Math.min(0.9, Math.max(0.45, Math.min(el.width, el.depth) * 0.18)) : Math.min(0.5, Math.min(el.width, el.depth) * 0.35);
  return { text, size, block: el.kind === 'row-block' || el.kind === 'desk-block' };
}

const HALO = { stroke: '#ffffff', strokeLinejoin: 'round' as const, paintOrder: 'stroke' as const };

function ElementLabel({ el, lang, obstacles, measure }: { el: LayoutElement; lang: 'vi' | 'en'; obstacles: Box[]; measure: Measure }) {
  const { text, size, block } = elementText(el, lang);
  if (!text) return null;
  if (block) {
    return (
      <g transform={`translate(${el.x} ${el.y}) rotate(${el.rotation})`}>
        <text x={0} y={-el.depth / 2 - size * 0.4} fontSize={size} fontWeight={700} textAnchor="middle" fill={INK.wall}>
          {text}
        </text>
      </g>
    );
  }
  // Upright, where nothing drawn on the element covers it (the stage's label clear of the presiding table).
  const at = placeLabel(el, measure(text, 700) * size, size, obstacles);
  return (
    <text x={at.x} y={at.y} fontSize={size} fontWeight={700} textAnchor="middle" fill={INK.wall} strokeWidth={size * 0.12} {...HALO} data-element-label={el.kind}>
      {text}
    </text>
  );
}

/** How the delegations show at this scale (mm per metre): a code at each seat, or a mark per delegation's seats. */
export const delegationsShown = (scale: number): 'per-seat' | 'grouped' => (CODE_M * scale >= MIN_TEXT_MM ? 'per-seat' : 'grouped');

/** Where a window of the hall is cut (a tile), in metres. */
export type Window = { x0: number; y0: number; x1: number; y1: number };

/**
 * The plan at `scale` mm per metre. With `marks` (the key's numbers), delegations too small for
 * a code per seat get one mark per table or block. With a window, only what reaches into it.
 */
export function planDrawing(document: EventDocument, hall: Hall, lang: 'vi' | 'en', scale: number, measure: Measure, marks: readonly Mark[], window?: Window): ReactNode {
  const seated = seatedInHall(document, hall.id);
  const occupant = new Map(seated.map((r) => [r.seat.id, r.person]));
  const near = (x: number, y: number, reach: number) => !window || (x + reach >= window.x0 && x - reach <= window.x1 && y + reach >= window.y0 && y - reach <= window.y1);
  const seats = Object.values(document.seats).filter((s) => s.hallId === hall.id && near(s.x, s.y, SEAT_R + CODE_M * 2));
  const elements = Object.values(document.elements)
    .filter((e) => e.hallId === hall.id && near(e.x, e.y, Math.hypot(e.width, e.depth) / 2 + 1))
    .sort((a, b) => (a.zIndex < b.zIndex ? -1 : a.zIndex > b.zIndex ? 1 : 0));
  const labels = LABEL_M * scale >= MIN_TEXT_MM;
  const perSeat = delegationsShown(scale) === 'per-seat';
  // What covers an element's label: the elements above it, and the seats.
  const seatBoxes = seats.map((s) => ({ x0: s.x - SEAT_R, y0: s.y - SEAT_R, x1: s.x + SEAT_R, y1: s.y + SEAT_R }));
  const coverOf = (el: LayoutElement) => [...elements.filter((o) => o.id !== el.id && o.zIndex > el.zIndex && o.kind !== 'label' && o.kind !== 'row-block').map(elementBox), ...seatBoxes];
  const groups = new Map<string, SeatGroup & { seats: Seat[] }>();
  if (!perSeat) {
    for (const r of seated) {
      const key = `${r.person.delegationId}/${r.seat.elementId}`;
      const g = groups.get(key) ?? { delegationId: r.person.delegationId, seats: [] };
      g.seats.push(r.seat);
      groups.set(key, g);
    }
  }
  const marksShown = perSeat ? [] : groupLabels([...groups.values()].filter((g) => g.seats.some((s) => near(s.x, s.y, SEAT_R))), marks, scale, SEAT_R, measure);
  return (
    <>
      <rect x={0} y={0} width={hall.widthM} height={hall.depthM} fill="#ffffff" stroke={INK.wall} strokeWidth={0.12} />
      {elements.map((el) => (
        <ElementShape key={el.id} el={el} />
      ))}
      {seats.map((seat: Seat) => {
        const person = occupant.get(seat.id);
        const fill = seat.blocked ? INK.blocked : person ? INK.taken : INK.free;
        return <circle key={seat.id} cx={seat.x} cy={seat.y} r={SEAT_R} fill={fill} stroke={seat.isTableHost ? INK.host : INK.seatStroke} strokeWidth={seat.isTableHost ? 0.06 : 0.025} />;
      })}
      {elements.map((el) => (
        <ElementLabel key={`label-${el.id}`} el={el} lang={lang} obstacles={coverOf(el)} measure={measure} />
      ))}
      {seats.map((seat) => {
        const person = occupant.get(seat.id);
        const t0 = (seat.rotation * Math.PI) / 180;
        const off = SEAT_R + CODE_M * 0.75; // behind the seated person, away from where they face
        // A fragment, not a <g>: a group per seat would be 5,000 more nodes for Chromium to lay
        // out and paint at every print of a large hall, for nothing drawn.
        return (
          <Fragment key={`t-${seat.id}`}>
            {labels && (
              <text x={seat.x} y={seat.y + LABEL_M * 0.36} fontSize={LABEL_M} textAnchor="middle" fill="#111">
                {seat.label}
              </text>
            )}
            {perSeat && person && (
              <text x={seat.x - Math.sin(t0) * off} y={seat.y + Math.cos(t0) * off + CODE_M * 0.36} fontSize={CODE_M} fontWeight={700} textAnchor="middle" fill="#0b2a6b">
                {codeOf(document, person.delegationId)}
              </text>
            )}
          </Fragment>
        );
      })}
      {marksShown.map((m, i) => (
        <text key={`mark-${i}`} x={m.x} y={m.y} fontSize={m.size} fontWeight={700} textAnchor="middle" fill="#0b2a6b" strokeWidth={m.size * 0.18} {...HALO} data-mark={m.form} data-delegation={m.delegationId}>
          {m.text}
        </text>
      ))}
    </>
  );
}
