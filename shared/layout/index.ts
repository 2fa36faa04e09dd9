export * from './props';
export * from './seats';
export { seatsPerElement } from './seats-per-element';
export * from './block-seats';
export { hostIndex } from './table-seats';
export {
  DEFAULT_AISLE_WIDTH_M, DEFAULT_SEAT_GAP_M, DEFAULT_STEM_WIDTH_M, DEFAULT_TABLE_BAND_M, MIN_SEAT_WIDTH_M, normalizeDegrees, type SeatSpec,
} from './seat-frame';
export * from './geometry';
export * from './messages';
export * from './validation';
export * from './element-commands';
export * from './copy-commands';
export * from './arrange-commands';
export * from './groups';
export * from './table-commands';
export { hallFront } from './hall-front';
export { keyBetween } from './paint-order';
