import type { LayoutElement } from '../../../../shared/model/entities';
import { centreKeeping, resizeFrom, type Geometry, type Handle } from './handles';
import { blockSize } from './layout';

/**
 * Resize handles of theatre blocks and delegation desks (pure, unit-tested). Their size follows
 * their props, so a handle changes a count instead: a side handle the count across (seats per
 * row, desks), the front or back the count deep (rows, rows of desks), a corner both; the count
 * whose size comes nearest to the drag, with the opposite side where it was.
 */

export type BlockKind = 'row-block' | 'desk-block';
export type BlockGeometry = Geometry & { props: LayoutElement['props'] };

/** The props each axis changes, and their largest values (the props' own limits). */
export const BLOCK_COUNTS = {
  'row-block': { across: 'seatsPerRow', deep: 'rows', maxAcross: 200, maxDeep: 200 },
  'desk-block': { across: 'desks', deep: 'deskRows', maxAcross: 200, maxDeep: 100 },
} as const;

const clampCount = (n: number, max: number) => Math.min(max, Math.max(1, n));

/** The count of `key` (1 to `max`) whose size along one axis is nearest to `target` metres. */
function nearestCount(props: Record<string, unknown>, key: string, max: number, target: number, sizeOf: (props: Record<string, unknown>) => number): number {
  const n0 = typeof props[key] === 'number' ? (props[key] as number) : 1;
  const at = (n: number) => sizeOf({ ...props, [key]: n });
  const s0 = at(n0);
  const pitch = n0 < max ? at(n0 + 1) - s0 : s0 - at(n0 - 1);
  if (!(pitch > 0)) return n0;
  const guess = clampCount(n0 + Math.round((target - s0) / pitch), max);
  // Aisles make the pitch uneven: settle on the nearest of the neighbours.
  let best = guess;
  for (let n = clampCount(guess - 2, max); n <= clampCount(guess + 2, max); n++) {
    if (Math.abs(at(n) - target) < Math.abs(at(best) - target)) best = n;
  }
  return best;
}

/** A block resized by handle `h` dragged to `world` (hall metres): its new counts, size and centre; null if its props are invalid. */
export function resizeBlock(el: LayoutElement & { kind: BlockKind }, h: Handle, world: { x: number; y: number }): BlockGeometry | null {
  const counts = BLOCK_COUNTS[el.kind];
  const wanted = resizeFrom(el, h, world);
  try {
    let props = { ...(el.props as Record<string, unknown>) };
    if (h.sx !== 0) props = { ...props, [counts.across]: nearestCount(props, counts.across, counts.maxAcross, wanted.width, (p) => blockSize(el.kind, p).width) };
    if (h.sy !== 0) props = { ...props, [counts.deep]: nearestCount(props, counts.deep, counts.maxDeep, wanted.depth, (p) => blockSize(el.kind, p).depth) };
    const size = blockSize(el.kind, props);
    return { ...centreKeeping(el, h, size.width, size.depth), ...size, props: props as LayoutElement['props'] };
  } catch {
    return null;
  }
}

export const isBlock = (el: LayoutElement): el is LayoutElement & { kind: BlockKind } => el.kind === 'row-block' || el.kind === 'desk-block';
