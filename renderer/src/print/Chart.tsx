import type { ReactNode } from 'react';
import { hallFront } from '../../../shared/layout/commands';
import type { EventDocument } from '../../../shared/model/collections';
import type { Hall, LayoutElement, Seat } from '../../../shared/model/entities';
import type { Translator } from '../i18n/format';
import { seatedInHall } from './data';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { fitInto, roundLength, type Measure } from './layout';
import type { PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';

// Print colours: light fills (ink on large sheets), strong outlines, readable in grey.
const INK = { wall: '#1f2937', table: '#f6efe1', tableStroke: '#7c5a2a', stage: '#e3e9f2', stageStroke: '#475569', carpet: '#e7b4b4', dark: '#334155', zone: '#64748b', free: '#ffffff', taken: '#c7d7f5', blocked: '#f3c4c4', seatStroke: '#1f2937', host: '#b45309' };

const SEAT_R = 0.22; // metres, as the editor draws them
const LABEL_M = 0.15;
const CODE_M = 0.2;
/** Smallest text printed on a chart: about 3 pt. */
export const MIN_TEXT_MM = 1.05;

const codeOf = (document: EventDocument, delegationId: string) => {
  const d = document.delegations[delegationId];
  return d ? (d.iso3 ?? d.orgCode ?? '') : '';
};

function ElementShape({ el, lang }: { el: LayoutElement; lang: 'vi' | 'en' }) {
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
  const label = (lang === 'vi' ? el.labelVi || el.labelEn : el.labelEn || el.labelVi).trim();
  const big = ['stage', 'press-zone', 'no-go', 'label', 'row-block', 'desk-block'].includes(el.kind);
  const tableNo = el.number !== null && !big ? String(el.number) : '';
  const text = big ? label : tableNo;
  const size = big ? Math.min(0.9, Math.max(0.45, Math.min(w, d) * 0.18)) : Math.min(0.5, Math.min(w, d) * 0.35);
  // A block's name sits just in front of it; other texts in the middle, upright.
  const y = el.kind === 'row-block' || el.kind === 'desk-block' ? -d / 2 - size * 0.4 : size * 0.35;
  return (
    <g transform={`translate(${el.x} ${el.y}) rotate(${el.rotation})`}>
      {shape}
      {text && (
        <text x={0} y={y} fontSize={size} fontWeight={700} textAnchor="middle" fill={INK.wall} transform={el.kind === 'row-block' || el.kind === 'desk-block' ? undefined : `rotate(${-el.rotation})`}>
          {text}
        </text>
      )}
    </g>
  );
}

export type ChartOptions = { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure };

/**
 * The seating chart of a hall on one page, vector: the hall to scale (fitted to the paper), its
 * layout, every seat with its label and the delegation seated there (codes, keyed in the legend
 * when there is room), the front of the hall marked, a scale bar with the ratio, and the version
 * stamp. Texts too small to read at this paper size are left out, and the page says so.
 */
export function chartPages(document: EventDocument, hall: Hall, size: Size, options: ChartOptions): ReactNode[] {
  const { t, i18n, measure } = options;
  const event = Object.values(document.events)[0];
  const lang = i18n.lang;
  const hallName = lang === 'vi' ? hall.nameVi : hall.nameEn;
  const when = event ? [i18n.longDate(event.startsOn), event.endsOn !== event.startsOn ? i18n.longDate(event.endsOn) : null].filter(Boolean).join(' – ') : '';
  const header = pageHeader({ size, title: `${t('chartTitle')} · ${hallName}`, event, when, stamp: options.stamp, t, i18n, measure });

  const seated = seatedInHall(document, hall.id);
  const occupant = new Map(seated.map((r) => [r.seat.id, r.person]));
  const seats = Object.values(document.seats).filter((s) => s.hallId === hall.id);
  const elements = Object.values(document.elements)
    .filter((e) => e.hallId === hall.id)
    .sort((a, b) => (a.zIndex < b.zIndex ? -1 : a.zIndex > b.zIndex ? 1 : 0));

  // Footer: the scale bar and symbols on one line, then the key of codes if it fits.
  const unit = Math.min(Math.max(Math.min(size.widthMm, size.heightMm) * 0.012, 2.2), 9);
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const codes = [...new Map(seated.map((r) => [codeOf(document, r.person.delegationId), r.person.delegationId])).entries()]
    .filter(([code]) => code !== '')
    .sort((a, b) => a[0].localeCompare(b[0]));
  const keyText = (code: string, id: string) => `${code}  ${lang === 'vi' ? document.delegations[id]!.nameVi : document.delegations[id]!.nameEn}`;
  const colW = Math.max(...codes.map(([c, id]) => measure(keyText(c, id), 400)), 1) * unit + unit * 1.5;
  const columns = Math.max(1, Math.floor(inner / colW));
  const keyRows = Math.ceil(codes.length / columns);
  const keyH = keyRows * unit * 1.35 + unit * 1.6;
  const bodyH = size.heightMm - PAGE_MARGIN_MM - header.height;
  const showKey = codes.length > 0 && keyH <= bodyH * 0.28;
  const footerH = unit * 2.6 + (showKey ? keyH : unit * 1.4);

  // The plan, with room on its front side for the front marker.
  const frontGap = unit * 2.2;
  const front = hallFront(document, hall.id);
  const box = { x: PAGE_MARGIN_MM, y: header.height, width: inner, height: size.heightMm - PAGE_MARGIN_MM - header.height - footerH };
  if (front === 'top' || front === 'bottom') box.height -= frontGap;
  else box.width -= frontGap;
  if (front === 'top') box.y += frontGap;
  if (front === 'left') box.x += frontGap;
  const fit = fitInto({ width: hall.widthM, height: hall.depthM }, box);
  const s = fit.scale; // mm per metre
  const labels = LABEL_M * s >= MIN_TEXT_MM;
  const codesShown = CODE_M * s >= MIN_TEXT_MM;

  const seatNodes = seats.map((seat: Seat) => {
    const person = occupant.get(seat.id);
    const fill = seat.blocked ? INK.blocked : person ? INK.taken : INK.free;
    const t0 = (seat.rotation * Math.PI) / 180;
    const off = SEAT_R + CODE_M * 0.75; // behind the seated person, away from where they face
    return (
      <g key={seat.id}>
        <circle cx={seat.x} cy={seat.y} r={SEAT_R} fill={fill} stroke={seat.isTableHost ? INK.host : INK.seatStroke} strokeWidth={seat.isTableHost ? 0.06 : 0.025} />
        {labels && (
          <text x={seat.x} y={seat.y + LABEL_M * 0.36} fontSize={LABEL_M} textAnchor="middle" fill="#111">
            {seat.label}
          </text>
        )}
        {codesShown && person && (
          <text x={seat.x - Math.sin(t0) * off} y={seat.y + Math.cos(t0) * off + CODE_M * 0.36} fontSize={CODE_M} fontWeight={700} textAnchor="middle" fill="#0b2a6b">
            {codeOf(document, person.delegationId)}
          </text>
        )}
      </g>
    );
  });

  // Front marker: a triangle pointing at the front wall and the words, outside the hall.
  const hx = (m: number) => fit.x + m * s;
  const hy = (m: number) => fit.y + m * s;
  const frontText = t('front');
  const marker =
    front === 'top' || front === 'bottom' ? (
      <g>
        <text x={hx(hall.widthM / 2)} y={front === 'top' ? fit.y - unit * 0.7 : hy(hall.depthM) + unit * 1.6} fontSize={unit} fontWeight={700} textAnchor="middle">
          {front === 'top' ? `▲ ${frontText} ▲` : `▼ ${frontText} ▼`}
        </text>
      </g>
    ) : (
      <text
        x={front === 'left' ? fit.x - unit * 0.7 : hx(hall.widthM) + unit * 0.7}
        y={hy(hall.depthM / 2)}
        fontSize={unit}
        fontWeight={700}
        textAnchor="middle"
        transform={`rotate(${front === 'left' ? -90 : 90} ${front === 'left' ? fit.x - unit * 0.7 : hx(hall.widthM) + unit * 0.7} ${hy(hall.depthM / 2)})`}
      >
        {`▲ ${frontText} ▲`}
      </text>
    );

  // Scale bar: a round length of at most a fifth of the width.
  const barM = roundLength((inner * 0.2) / s);
  const footY = size.heightMm - PAGE_MARGIN_MM - footerH + unit * 1.2;
  const ratio = Math.round(1000 / s);
  const symbols: [string, string, string][] = [
    [INK.free, INK.seatStroke, t('legendFree')],
    [INK.taken, INK.seatStroke, t('legendTaken')],
    [INK.blocked, INK.seatStroke, t('legendBlocked')],
    ['#ffffff', INK.host, t('legendHost')],
  ];
  let sx = PAGE_MARGIN_MM + barM * s + unit * 12;
  const symbolNodes = symbols.map(([fill, stroke, label], i) => {
    const x = sx;
    sx += unit * 2 + measure(label, 400) * unit + unit * 1.5;
    return (
      <g key={i}>
        <circle cx={x + unit * 0.6} cy={footY + unit * 0.3} r={unit * 0.5} fill={fill} stroke={stroke} strokeWidth={i === 3 ? 0.5 : 0.2} />
        <text x={x + unit * 1.6} y={footY + unit * 0.65} fontSize={unit}>
          {label}
        </text>
      </g>
    );
  });
  const keyTop = footY + unit * 2.4;
  const note = !labels ? t('labelsOmitted') : !showKey && codes.length > 0 ? t('codesOmitted') : null;

  return [
    <Page key="chart" size={size} index={0} kind="chart" ids={[hall.id]}>
      {header.node}
      <g transform={`translate(${fit.x} ${fit.y}) scale(${s})`} data-plan={`${Math.round(s * 1000) / 1000} mm/m`}>
        <rect x={0} y={0} width={hall.widthM} height={hall.depthM} fill="#ffffff" stroke={INK.wall} strokeWidth={0.12} />
        {elements.map((el) => (
          <ElementShape key={el.id} el={el} lang={lang} />
        ))}
        {seatNodes}
      </g>
      {marker}
      <g className="print-scale">
        <rect x={PAGE_MARGIN_MM} y={footY} width={(barM * s) / 2} height={unit * 0.5} fill="#111" />
        <rect x={PAGE_MARGIN_MM + (barM * s) / 2} y={footY} width={(barM * s) / 2} height={unit * 0.5} fill="#fff" stroke="#111" strokeWidth={0.2} />
        <text x={PAGE_MARGIN_MM} y={footY + unit * 1.7} fontSize={unit * 0.9}>
          {`0 — ${t('metres', { n: i18n.number(barM, 1) })} · ${t('scale', { ratio: i18n.number(ratio) })}`}
        </text>
      </g>
      {symbolNodes}
      {note && (
        <text x={PAGE_MARGIN_MM} y={keyTop + unit} fontSize={unit * 0.9} fill="#333">
          {note}
        </text>
      )}
      {showKey &&
        codes.map(([code, id], i) => (
          <text key={code} x={PAGE_MARGIN_MM + Math.floor(i / keyRows) * colW} y={keyTop + (note ? unit * 1.6 : 0) + (i % keyRows) * unit * 1.35 + unit} fontSize={unit}>
            <tspan fontWeight={700}>{code}</tspan>
            {`  ${lang === 'vi' ? document.delegations[id]!.nameVi : document.delegations[id]!.nameEn}`}
          </text>
        ))}
    </Page>,
  ];
}
