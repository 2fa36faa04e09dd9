import type { ReactNode } from 'react';
import { fitRect } from '../../../shared/camera';
import { hallFront } from '../../../shared/layout/hall-front';
import { hallRect } from '../../../shared/layout/geometry';
import type { Rect } from '../../../shared/rect';
import type { EventDocument } from '../../../shared/model/collections';
import type { Hall } from '../../../shared/model/entities';
import { codeEntries, KeyBlock, keyLayout, keyPages, markEntries } from './chartKey';
import { delegationMarks } from '../../../shared/print/chartMarks';
import { MIN_TEXT_MM } from './chartLabels';
import { codeOf, delegationsShown, INK, LABEL_M, planDrawing } from './chartPlan';
import type { Translator } from '../i18n/format';
import { seatedInHall } from '../../../shared/print/order';
import { PAGE_MARGIN_MM, pageHeader, type Stamp } from './Header';
import { roundLength, scaleForColumns, tileLabel, tiles, type Measure, type TileGrid } from './layout';
import type { PrintT } from './messages';
import { Page } from './Page';
import type { Size } from './paper';
import { pickLang } from '../../../shared/i18n/index';

export type ChartOptions = { stamp: Stamp; t: PrintT; i18n: Translator; measure: Measure };

/**
 * How a chart is laid on paper: the whole hall fitted to one page, or tiled across pages at a
 * ratio (1:100: 1 m of the hall is 10 mm of paper) or at the scale that makes it `columns`
 * pages wide, neighbouring pages sharing `overlapMm` of the plan for gluing.
 */
export type ChartLayout = { mode: 'fit' } | { mode: 'scale'; ratio: number; overlapMm: number } | { mode: 'across'; columns: number; overlapMm: number };

/** The page's title block: "Seating chart · Plenary Hall" (and a tile's label), the event in both languages, the dates, the stamp. */
function chartHeader(document: EventDocument, hall: Hall, size: Size, options: ChartOptions, suffix = '') {
  const { t, i18n, measure } = options;
  const event = Object.values(document.events)[0];
  const hallName = pickLang(i18n.lang, { vi: hall.nameVi, en: hall.nameEn });
  const when = event ? [i18n.longDate(event.startsOn), event.endsOn !== event.startsOn ? i18n.longDate(event.endsOn) : null].filter(Boolean).join(' – ') : '';
  return pageHeader({ size, title: `${t('chartTitle')} · ${hallName}${suffix}`, event, when, stamp: options.stamp, t, i18n, measure });
}

/** The text size of a chart's footer on this paper, in mm. */
const footUnit = (size: Size) => Math.min(Math.max(Math.min(size.widthMm, size.heightMm) * 0.012, 2.2), 9);

/** A scale bar (half black, half white) of a round length at most `maxMm` long, with its length and the ratio under it. */
function ScaleBar({ x, y, unit, maxMm, scale, options }: { x: number; y: number; unit: number; maxMm: number; scale: number; options: ChartOptions }) {
  const { t, i18n } = options;
  const barM = roundLength(maxMm / scale);
  const ratio = Math.round(1000 / scale);
  return (
    <g className="print-scale">
      <rect x={x} y={y} width={(barM * scale) / 2} height={unit * 0.5} fill="#111" />
      <rect x={x + (barM * scale) / 2} y={y} width={(barM * scale) / 2} height={unit * 0.5} fill="#fff" stroke="#111" strokeWidth={0.2} />
      <text x={x} y={y + unit * 1.7} fontSize={unit * 0.9}>
        {`0 — ${t('metres', { n: i18n.number(barM, 1) })} · ${t('scale', { ratio: i18n.number(ratio) })}`}
      </text>
    </g>
  );
}

/**
 * The seating chart of a hall on one page, vector: the hall to scale (fitted to the paper), its
 * layout, every seat with its label and the delegation seated there (codes, keyed in the legend
 * when there is room), the front of the hall marked, a scale bar with the ratio, and the version
 * stamp. Texts too small to read at this paper size are left out, and the page says so.
 */
export function chartPages(document: EventDocument, hall: Hall, size: Size, options: ChartOptions): ReactNode[] {
  const { t, measure } = options;
  const lang = options.i18n.lang;
  const header = chartHeader(document, hall, size, options);
  const seated = seatedInHall(document, hall.id);

  // Footer: the scale bar and symbols on one line, then the key if it fits. The key depends on
  // how delegations show at the plan's scale (a code per seat, or a mark per delegation), which
  // a key in the footer only makes smaller: so the scale without it decides.
  const unit = footUnit(size);
  const inner = size.widthMm - 2 * PAGE_MARGIN_MM;
  const bodyH = size.heightMm - PAGE_MARGIN_MM - header.height;
  const front = hallFront(document, hall.id);
  const frontGap = unit * 2.2;
  const planFit = (footerH: number) => {
    const box = { x: PAGE_MARGIN_MM, y: header.height, width: inner, height: size.heightMm - PAGE_MARGIN_MM - header.height - footerH };
    if (front === 'top' || front === 'bottom') box.height -= frontGap;
    else box.width -= frontGap;
    if (front === 'top') box.y += frontGap;
    if (front === 'left') box.x += frontGap;
    return fitRect(hallRect(hall), box, 0, Infinity, 0);
  };
  const grouped = delegationsShown(planFit(unit * 4).scale) === 'grouped';
  const marks = delegationMarks(document, seated.map((r) => r.person.delegationId));
  const codes = [...new Map(seated.map((r) => [codeOf(document, r.person.delegationId), r.person.delegationId])).entries()]
    .filter(([code]) => code !== '')
    .sort((a, b) => a[0].localeCompare(b[0]));
  const entries = grouped ? markEntries(marks, lang) : codeEntries(codes, document, lang);
  const key = keyLayout(entries, unit, inner, measure);
  const showKey = entries.length > 0 && key.height <= bodyH * (grouped ? 0.35 : 0.28);
  // Delegations marked by number need their key: on pages after the chart when not on it.
  const keyApart = grouped && !showKey && entries.length > 0;
  const footerH = unit * 2.6 + (showKey ? key.height : unit * 1.4);
  const fit = planFit(footerH);
  const s = fit.scale; // mm per metre
  const labels = LABEL_M * s >= MIN_TEXT_MM;

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
  const footY = size.heightMm - PAGE_MARGIN_MM - footerH + unit * 1.2;
  const barMm = roundLength((inner * 0.2) / s) * s;
  const symbols: [string, string, string][] = [
    [INK.free, INK.seatStroke, t('legendFree')],
    [INK.taken, INK.seatStroke, t('legendTaken')],
    [INK.blocked, INK.seatStroke, t('legendBlocked')],
    ['#ffffff', INK.host, t('legendHost')],
  ];
  let sx = PAGE_MARGIN_MM + barMm + unit * 12;
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
  const note = grouped ? t(keyApart ? 'marksKeyApart' : 'marksKey') : !labels ? t('labelsOmitted') : !showKey && codes.length > 0 ? t('codesOmitted') : null;

  return [
    <Page key="chart" size={size} index={0} kind="chart" ids={[hall.id]}>
      {header.node}
      <g transform={`translate(${fit.x} ${fit.y}) scale(${s})`} data-plan={`${Math.round(s * 1000) / 1000} mm/m`}>
        {planDrawing(document, hall, lang, s, measure, marks)}
      </g>
      {marker}
      <ScaleBar x={PAGE_MARGIN_MM} y={footY} unit={unit} maxMm={inner * 0.2} scale={s} options={options} />
      {symbolNodes}
      {note && (
        <text x={PAGE_MARGIN_MM} y={keyTop + unit} fontSize={unit * 0.9} fill="#333">
          {note}
        </text>
      )}
      {showKey && <KeyBlock entries={entries} x={PAGE_MARGIN_MM} top={keyTop + (note ? unit * 1.6 : 0)} unit={unit} layout={key} />}
    </Page>,
    ...(keyApart ? keyPages(document, `${t('chartKeyTitle')} · ${pickLang(lang, { vi: hall.nameVi, en: hall.nameEn })}`, entries, size, unit, 1, options, hall.id) : []),
  ];
}

/** Room kept between the plan and the header or footer of a tile page, for the crop marks. */
const MARK_GAP_MM = 6;
const MARK_MM = 4;
/** At most this many tile pages: more is a mistake of scale, said so before anything is drawn. */
export const MAX_TILES = 200;

/** A tile page's parts: the footer's height and the plan's box on the paper, under a header `headerHeight` tall. */
function tileFrame(size: Size, headerHeight: number) {
  const unit = footUnit(size);
  const footerH = unit * 7;
  const box: Rect = {
    x: PAGE_MARGIN_MM,
    y: headerHeight + MARK_GAP_MM,
    width: size.widthMm - 2 * PAGE_MARGIN_MM,
    height: size.heightMm - PAGE_MARGIN_MM - footerH - headerHeight - 2 * MARK_GAP_MM,
  };
  return { unit, footerH, box };
}

type ChartTiles = TileGrid & { scale: number; overlapMm: number; /** the tallest tile header: every tile's plan box sits under it */ headerHeight: number };

/**
 * How a hall's chart tiles on this paper: the scale (mm of paper per metre) and the tiles, or
 * null when the plan box has no room (a tiny paper) or the layout is "fit". Shared by the pages
 * and the screen, which shows "3 × 2 pages" before anything is printed. Every tile has the same
 * plan box, under the tallest of the tiles' headers (a title with a narrow label such as "A1"
 * may be set larger than one with "B12"), found by trying again when the labels turn out taller.
 */
export function chartTiles(document: EventDocument, hall: Hall, size: Size, layout: ChartLayout, options: ChartOptions): ChartTiles | null {
  if (layout.mode === 'fit') return null;
  let headerHeight = chartHeader(document, hall, size, options, ' · A1').height;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { box } = tileFrame(size, headerHeight);
    if (box.width <= layout.overlapMm || box.height <= layout.overlapMm) return null;
    const scale = layout.mode === 'scale' ? 1000 / layout.ratio : scaleForColumns(hall.widthM, box.width, layout.overlapMm, layout.columns);
    const grid = tiles({ widthMm: hall.widthM * scale, heightMm: hall.depthM * scale }, { widthMm: box.width, heightMm: box.height }, layout.overlapMm);
    if (grid.tiles.length === 0) return null;
    if (grid.tiles.length > MAX_TILES) return { ...grid, scale, overlapMm: layout.overlapMm, headerHeight };
    const tallest = Math.max(...grid.tiles.map((tile) => chartHeader(document, hall, size, options, ` · ${tileLabel(tile.row, tile.column)}`).height));
    if (tallest <= headerHeight + 1e-6) return { ...grid, scale, overlapMm: layout.overlapMm, headerHeight };
    headerHeight = tallest;
  }
  return null;
}

/**
 * The chart tiled across pages at one scale, to assemble into a large plan: each page its part
 * of the plan (clipped to a box of the same size on every page), the bands it shares with its
 * neighbours shaded (the sheet beside or below is glued over them, its edge on the dashed line),
 * crop marks at the box's corners and band edges, its label ("B2": row B, column 2) in the
 * title and with the neighbours' labels at its sides, "Page B2 of 3 × 2", a key map of every
 * tile with this one filled, the scale bar and the version stamp.
 */
export function tiledChartPages(document: EventDocument, hall: Hall, size: Size, layout: Exclude<ChartLayout, { mode: 'fit' }>, options: ChartOptions): ReactNode[] {
  const { t, i18n } = options;
  const grid = chartTiles(document, hall, size, layout, options);
  if (!grid || grid.tiles.length > MAX_TILES) return [];
  const { unit, footerH, box } = tileFrame(size, grid.headerHeight);
  const { scale: s, columns, rows, overlapMm: ov } = grid;
  const lang = i18n.lang;
  const labels = LABEL_M * s >= MIN_TEXT_MM;
  const front = hallFront(document, hall.id);
  const footY = size.heightMm - PAGE_MARGIN_MM - footerH + unit * 0.8;
  // The key map: one cell per tile, the paper's plan box in proportion, at the footer's right.
  const keyH = footerH - unit * 0.8;
  const cell = Math.min(keyH / rows / box.height, (box.width * 0.3) / columns / box.width);
  const [cellW, cellH] = [box.width * cell, box.height * cell];
  const keyX = PAGE_MARGIN_MM + box.width - columns * cellW;
  const keyY = footY - unit * 0.3;

  return grid.tiles.map((tile, index) => {
    const label = tileLabel(tile.row, tile.column);
    const header = chartHeader(document, hall, size, options, ` · ${label}`);
    const { x, y, width, height } = tile.area;
    const window = { x0: x / s, y0: y / s, x1: (x + width) / s, y1: (y + height) / s };
    const clip = `tile-${hall.id}-${index}`;
    // The bands this sheet shares with a neighbour, on the paper.
    const bands: Rect[] = [];
    if (tile.column > 0) bands.push({ x: box.x, y: box.y, width: ov, height: box.height });
    if (tile.column < columns - 1) bands.push({ x: box.x + box.width - ov, y: box.y, width: ov, height: box.height });
    if (tile.row > 0) bands.push({ x: box.x, y: box.y, width: box.width, height: ov });
    if (tile.row < rows - 1) bands.push({ x: box.x, y: box.y + box.height - ov, width: box.width, height: ov });
    // Crop marks: at the box's corners and where each band begins, outside the box.
    const xs = [box.x, box.x + box.width, ...(tile.column > 0 ? [box.x + ov] : []), ...(tile.column < columns - 1 ? [box.x + box.width - ov] : [])];
    const ys = [box.y, box.y + box.height, ...(tile.row > 0 ? [box.y + ov] : []), ...(tile.row < rows - 1 ? [box.y + box.height - ov] : [])];
    const gap = 1;
    const marks = [
      ...xs.flatMap((mx) => [
        [mx, box.y - gap - MARK_MM, mx, box.y - gap],
        [mx, box.y + box.height + gap, mx, box.y + box.height + gap + MARK_MM],
      ]),
      ...ys.flatMap((my) => [
        [box.x - gap - MARK_MM, my, box.x - gap, my],
        [box.x + box.width + gap, my, box.x + box.width + gap + MARK_MM, my],
      ]),
    ];
    // The neighbours' labels, in the margin beside each shared edge.
    const neighbour = (dr: number, dc: number) => (tile.row + dr >= 0 && tile.row + dr < rows && tile.column + dc >= 0 && tile.column + dc < columns ? tileLabel(tile.row + dr, tile.column + dc) : null);
    const small = unit * 0.8;
    const sides = [
      { text: neighbour(-1, 0), x: box.x + box.width / 2, y: box.y - gap - small * 0.3, rotate: 0, arrow: '▲' },
      { text: neighbour(1, 0), x: box.x + box.width / 2, y: box.y + box.height + gap + small, rotate: 0, arrow: '▼' },
      { text: neighbour(0, -1), x: box.x - gap - small * 0.3, y: box.y + box.height / 2, rotate: -90, arrow: '▲' },
      { text: neighbour(0, 1), x: box.x + box.width + gap + small * 0.3, y: box.y + box.height / 2, rotate: 90, arrow: '▲' },
    ].filter((side) => side.text !== null);
    const ratio = i18n.number(Math.round(1000 / s));
    return (
      <Page key={`tile-${index}`} size={size} index={index} kind="chart" ids={[hall.id]} subject={label}>
        {header.node}
        <defs>
          <clipPath id={clip}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clip})`}>
          <g transform={`translate(${box.x - x} ${box.y - y}) scale(${s})`} data-plan={`${Math.round(s * 1000) / 1000} mm/m`} data-window={[window.x0, window.y0, window.x1, window.y1].map((v) => Math.round(v * 1000) / 1000).join(' ')}>
            {planDrawing(document, hall, lang, s, options.measure, delegationMarks(document, seatedInHall(document, hall.id).map((r) => r.person.delegationId)), window)}
          </g>
        </g>
        {bands.map((b, i) => (
          <rect key={`band-${i}`} x={b.x} y={b.y} width={b.width} height={b.height} fill="#475569" fillOpacity={0.12} data-overlap="" />
        ))}
        {tile.column < columns - 1 && <line x1={box.x + box.width - ov} y1={box.y} x2={box.x + box.width - ov} y2={box.y + box.height} stroke="#475569" strokeWidth={0.25} strokeDasharray="2 1.5" />}
        {tile.row < rows - 1 && <line x1={box.x} y1={box.y + box.height - ov} x2={box.x + box.width} y2={box.y + box.height - ov} stroke="#475569" strokeWidth={0.25} strokeDasharray="2 1.5" />}
        <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="none" stroke="#94a3b8" strokeWidth={0.15} />
        {marks.map(([x1, y1, x2, y2], i) => (
          <line key={`mark-${i}`} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#000" strokeWidth={0.2} />
        ))}
        {sides.map((side, i) => (
          <text key={`side-${i}`} x={side.x} y={side.y} fontSize={small} fontWeight={700} textAnchor="middle" fill="#475569" transform={side.rotate ? `rotate(${side.rotate} ${side.x} ${side.y})` : undefined}>
            {`${side.arrow} ${side.text}`}
          </text>
        ))}
        <ScaleBar x={PAGE_MARGIN_MM} y={footY} unit={unit} maxMm={box.width * 0.2} scale={s} options={options} />
        <text x={PAGE_MARGIN_MM} y={footY + unit * 3.3} fontSize={unit} fontWeight={700} data-tile={label}>
          {t('tileOf', { tile: label, columns: i18n.number(columns), rows: i18n.number(rows) })}
        </text>
        <text x={PAGE_MARGIN_MM} y={footY + unit * 4.6} fontSize={unit * 0.75} fill="#333">
          {t('tileAssembly', { overlap: i18n.number(ov, 1) })}
        </text>
        {!labels && (
          <text x={PAGE_MARGIN_MM} y={footY + unit * 5.7} fontSize={unit * 0.75} fill="#333">
            {t('labelsTooSmallAtScale', { ratio })}
          </text>
        )}
        <g className="print-key-map" data-key-map={`${columns}x${rows}`}>
          {grid.tiles.map((other, i) => {
            const current = i === index;
            const cx = keyX + other.column * cellW;
            const cy = keyY + other.row * cellH;
            return (
              <g key={`key-${i}`}>
                <rect x={cx} y={cy} width={cellW} height={cellH} fill={current ? '#1d4ed8' : '#ffffff'} stroke="#334155" strokeWidth={0.2} />
                <text x={cx + cellW / 2} y={cy + cellH / 2 + Math.min(cellH, cellW) * 0.14} fontSize={Math.min(cellH, cellW) * 0.4} textAnchor="middle" fontWeight={700} fill={current ? '#ffffff' : '#334155'}>
                  {tileLabel(other.row, other.column)}
                </text>
              </g>
            );
          })}
          {/* The front of the hall, on the key map: a thick edge. */}
          {front === 'top' && <line x1={keyX} y1={keyY} x2={keyX + columns * cellW} y2={keyY} stroke="#b45309" strokeWidth={0.8} />}
          {front === 'bottom' && <line x1={keyX} y1={keyY + rows * cellH} x2={keyX + columns * cellW} y2={keyY + rows * cellH} stroke="#b45309" strokeWidth={0.8} />}
          {front === 'left' && <line x1={keyX} y1={keyY} x2={keyX} y2={keyY + rows * cellH} stroke="#b45309" strokeWidth={0.8} />}
          {front === 'right' && <line x1={keyX + columns * cellW} y1={keyY} x2={keyX + columns * cellW} y2={keyY + rows * cellH} stroke="#b45309" strokeWidth={0.8} />}
        </g>
      </Page>
    );
  });
}
