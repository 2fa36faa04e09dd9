/**
 * Paper and card stock, in millimetres. Papers are ISO 216 A0..A5 and US Letter, given portrait
 * (width <= height) and turned by `landscape`. Card stocks are the flat (unfolded) size of one
 * card; a tent card is printed flat and folded in half along its long side.
 */
export const PAPERS = {
  A0: { widthMm: 841, heightMm: 1189 },
  A1: { widthMm: 594, heightMm: 841 },
  A2: { widthMm: 420, heightMm: 594 },
  A3: { widthMm: 297, heightMm: 420 },
  A4: { widthMm: 210, heightMm: 297 },
  A5: { widthMm: 148, heightMm: 210 },
  Letter: { widthMm: 215.9, heightMm: 279.4 },
} as const;
export type PaperName = keyof typeof PAPERS;
export const PAPER_NAMES = Object.keys(PAPERS) as PaperName[];

export type Size = { widthMm: number; heightMm: number };

/** The page as it lies: width and height swapped in landscape. */
export function pageSize(paper: Size, landscape: boolean): Size {
  const { widthMm: w, heightMm: h } = paper;
  return landscape ? { widthMm: Math.max(w, h), heightMm: Math.min(w, h) } : { widthMm: Math.min(w, h), heightMm: Math.max(w, h) };
}

/** A size given portrait, as the print channels take paper. */
export const portrait = (size: Size): Size => pageSize(size, false);

/**
 * Tent cards and desk name plates: the size of one face as it stands on the table; printed flat,
 * two faces high, folded along the middle. Place cards: a folded A4 (one per sheet) or a 100 × 70
 * banquet card (four per A4). Name plates: a folded A4 landscape (297 × 105, the UN desk plate
 * insert) or a folded A3 landscape for large rooms.
 */
export const CARD_STOCKS = {
  'card-a4': { faceWidthMm: 210, faceHeightMm: 148.5 },
  'card-100x70': { faceWidthMm: 100, faceHeightMm: 70 },
  'plate-297x105': { faceWidthMm: 297, faceHeightMm: 105 },
  'plate-420x148': { faceWidthMm: 420, faceHeightMm: 148.5 },
} as const;
export type CardStock = keyof typeof CARD_STOCKS;
export const PLACE_CARD_STOCKS: CardStock[] = ['card-100x70', 'card-a4'];
export const NAME_PLATE_STOCKS: CardStock[] = ['plate-297x105', 'plate-420x148'];

/** One card unfolded: both faces, the back one above the fold. */
export function flatCard(stock: CardStock): Size {
  const { faceWidthMm, faceHeightMm } = CARD_STOCKS[stock];
  return { widthMm: faceWidthMm, heightMm: 2 * faceHeightMm };
}

/** mm to CSS pixels (96 per inch): the preview's 100 % zoom is the paper's real size. */
export const PX_PER_MM = 96 / 25.4;
