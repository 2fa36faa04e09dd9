import type { Seat } from '../model/entities';

/**
 * Two seats are "next to" each other when they belong to the same element (the same table,
 * block or row of desks) and their centres are at most NEXT_TO_M apart: neighbours in a row
 * (0.55 m), at a desk (0.7 m) or round a table of ten (0.85 m), but not the row behind (0.95 m
 * and more) nor across a table. The planner and validation use this one definition.
 */
export const NEXT_TO_M = 0.9;

export function nextTo(a: Seat, b: Seat): boolean {
  return a.id !== b.id && a.elementId === b.elementId && Math.hypot(a.x - b.x, a.y - b.y) <= NEXT_TO_M + 1e-9;
}
