/**
 * The frame every seat generator works in (see seats.ts): a seat's spec in its element's own
 * frame, the default distances, and the rounding and angle helpers the generators share.
 */

/** A seat before it has an id or a hall: coordinates and facing in the element's own frame. */
export type SeatSpec = {
  label: string;
  /** Metres from the element's centre, in the element's frame (before its rotation). */
  x: number;
  y: number;
  /** Facing, degrees clockwise from the element's front. */
  facing: number;
  isTableHost: boolean;
  /**
   * The seat's place in the element's fixed geometric order, whatever the numbering or host:
   * for tables clockwise from the default host chair (0), for blocks row by row from the front
   * left. Two generations with the same geometry give each physical chair the same position.
   */
  position: number;
};

export const DEFAULT_SEAT_GAP_M = 0.45;
export const DEFAULT_AISLE_WIDTH_M = 1.0;
export const DEFAULT_TABLE_BAND_M = 0.8;
export const DEFAULT_STEM_WIDTH_M = 1.2;
/** The narrowest place a seated guest needs at a table edge: what "fits" means in validation. */
export const MIN_SEAT_WIDTH_M = 0.55;

/** Rounds to `places` decimals (millimetres by default) without leaving a -0. */
export const round = (v: number, places = 3) => {
  const f = 10 ** places;
  return Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};
export const rad = (deg: number) => (deg * Math.PI) / 180;
export const normalizeDegrees = (deg: number) => {
  const d = round(((deg % 360) + 360) % 360);
  return d === 360 ? 0 : d;
};
/** The facing (0 = up, clockwise) of a direction vector in y-down coordinates. */
export const facingOf = (dx: number, dy: number) => normalizeDegrees((Math.atan2(dx, -dy) * 180) / Math.PI);

/** A chair before it is numbered: where it is in the element's frame and the way it faces. */
export type Chair = { x: number; y: number; facing: number };
