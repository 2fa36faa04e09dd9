import type { ReactNode } from 'react';
import type { NamePlate, PlaceCard } from '../../../shared/print/cards';
import { flagUrl } from './flags';
import { fitText, paginate, sheetGrid, type FittedText, type Measure, type SheetGrid } from './layout';
import { CARD_STOCKS, flatCard, type CardStock, type Size } from './paper';
import { Page } from './Page';
import { vietnameseLine, type FaceOptions } from '../../../shared/print/faces';
import { printedFlag } from './reprint';
import { blockHeight, Lines } from './text';

export type CardOptions = FaceOptions;

/** The sheet's grid for a stock: the card's flat size on the sheet (or the sheet is the card). */
export const cardGrid = (stock: CardStock, sheet: Size): SheetGrid => sheetGrid(sheet, flatCard(stock));

type Face = (width: number, height: number) => ReactNode;

/**
 * Sheets of tent cards: each card printed flat, the front face below the fold line and the
 * back face above it turned upside down, so that folded along the dashed line it stands and
 * reads the same from both sides. Cut marks outside the block when several share a sheet.
 */
function tentSheets<T extends { id: string }>(items: readonly T[], stock: CardStock, sheet: Size, face: (item: T) => Face, kind: string): ReactNode[] {
  const grid = cardGrid(stock, sheet);
  const { faceWidthMm: w, faceHeightMm: h } = CARD_STOCKS[stock];
  return paginate(items, grid.perSheet).map((chunk, p) => (
    <Page key={p} size={sheet} index={p} kind={kind} ids={chunk.map((c) => c.id)}>
      {grid.cutMarks.map((l, i) => (
        <line key={`cut-${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke="#000" strokeWidth={0.2} />
      ))}
      {chunk.map((item, i) => {
        const cell = grid.cells[i]!;
        const draw = face(item);
        return (
          <g key={item.id} transform={`translate(${cell.x} ${cell.y})`} data-card={item.id}>
            <g transform={`rotate(180 ${w / 2} ${h / 2})`}>{draw(w, h)}</g>
            <line x1={0} y1={h} x2={w} y2={h} stroke="#9aa3ad" strokeWidth={0.25} strokeDasharray="2 1.5" />
            <g transform={`translate(0 ${h})`}>{draw(w, h)}</g>
          </g>
        );
      })}
    </Page>
  ));
}

/** Stacks blocks vertically, centred in [top, bottom]: returns each block's top. */
function stack(heights: number[], gap: number, top: number, bottom: number): number[] {
  const total = heights.reduce((s, x) => s + x, 0) + gap * Math.max(0, heights.length - 1);
  let y = top + Math.max(0, (bottom - top - total) / 2);
  return heights.map((x) => {
    const at = y;
    y += x + gap;
    return at;
  });
}

function Flag({ code, x, y, height }: { code: string | null; x: number; y: number; height: number }) {
  const url = flagUrl(code);
  if (!url) return null;
  return (
    <>
      <image href={url} x={x} y={y} width={(height * 4) / 3} height={height} preserveAspectRatio="xMidYMid meet" />
      <rect x={x} y={y} width={(height * 4) / 3} height={height} fill="none" stroke="#c5ccd6" strokeWidth={0.15} />
    </>
  );
}

/** A place card's face: the flag (optional), honorific, the name large, the delegation (and in Vietnamese). */
function placeFace(card: PlaceCard, options: CardOptions, measure: Measure): Face {
  return (w, h) => {
    const pad = h * 0.08;
    const inner = w - 2 * pad;
    const flag = printedFlag(card.flagCode, options);
    const vietnamese = vietnameseLine(card.delegationEn, card.delegationVi, options);
    const flagH = flag ? h * 0.17 : 0;
    const blocks: { fit: FittedText; weight: 400 | 700; fill: string }[] = [];
    // With the Vietnamese line, the Vietnamese form of address too: "H.E. Mr. · Ngài".
    const address = [card.honorific, options.vietnamese ? card.honorificVi : ''].filter((s) => s.trim() !== '').join(' · ');
    if (address) blocks.push({ fit: fitText(address, inner, h * 0.075, h * 0.05, 400, measure), weight: 400, fill: '#333' });
    blocks.push({ fit: fitText(card.name, inner, h * 0.17, h * 0.1, 700, measure), weight: 700, fill: '#000' });
    blocks.push({ fit: fitText(card.delegationEn, inner, h * 0.085, h * 0.05, 400, measure), weight: 400, fill: '#222' });
    if (vietnamese) blocks.push({ fit: fitText(vietnamese, inner, h * 0.07, h * 0.045, 400, measure), weight: 400, fill: '#444' });
    const top = pad + (flagH > 0 ? flagH + h * 0.04 : 0);
    const tops = stack(blocks.map((b) => blockHeight(b.fit)), h * 0.015, top, h - pad);
    return (
      <>
        {flag && <Flag code={flag} x={w / 2 - (flagH * 2) / 3} y={pad} height={flagH} />}
        {blocks.map((b, i) => (
          <Lines key={i} fit={b.fit} cx={w / 2} top={tops[i]!} weight={b.weight} fill={b.fill} />
        ))}
      </>
    );
  };
}

/** A desk name plate's face, UN style: the English short name large, the Vietnamese name under it (optional), the flag on the left (optional). */
function plateFace(plate: NamePlate, options: CardOptions, measure: Measure): Face {
  return (w, h) => {
    const pad = h * 0.1;
    const flag = printedFlag(plate.flagCode, options);
    const vietnamese = vietnameseLine(plate.nameEn, plate.nameVi, options);
    const flagH = flag ? h * 0.42 : 0;
    const flagW = (flagH * 4) / 3;
    const left = pad + (flagH > 0 ? flagW + pad : 0);
    const inner = w - left - pad;
    const cx = left + inner / 2;
    const name = fitText(plate.nameEn, inner, h * 0.34, h * 0.16, 700, measure);
    const vi = vietnamese ? fitText(vietnamese, inner, h * 0.14, h * 0.08, 400, measure) : null;
    const tops = stack(vi ? [blockHeight(name), blockHeight(vi)] : [blockHeight(name)], h * 0.02, pad, h - pad);
    return (
      <>
        {flag && <Flag code={flag} x={pad} y={(h - flagH) / 2} height={flagH} />}
        <Lines fit={name} cx={cx} top={tops[0]!} weight={700} />
        {vi && <Lines fit={vi} cx={cx} top={tops[1]!} weight={400} fill="#333" />}
      </>
    );
  };
}

export const placeCardPages = (cards: readonly PlaceCard[], stock: CardStock, sheet: Size, options: CardOptions, measure: Measure) =>
  tentSheets(cards, stock, sheet, (c) => placeFace(c, options, measure), 'place-card');

export const namePlatePages = (plates: readonly NamePlate[], stock: CardStock, sheet: Size, options: CardOptions, measure: Measure) =>
  tentSheets(plates, stock, sheet, (p) => plateFace(p, options, measure), 'name-plate');
