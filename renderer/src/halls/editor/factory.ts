import type { ElementKind, LayoutElement } from '../../../../shared/model/entities';
import { keyAfter } from '../../../../shared/layout/newHall';

/** The palette's new elements: the factory shared with the hall templates (shared/layout/newElement.ts). */
export { newElement, nextTableNumber, roundMm as round, type NewElementLabels } from '../../../../shared/layout/newElement';

/** The palette, in the order shown. */
export const PALETTE: readonly ElementKind[] = [
  'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table', 'row-block',
  'desk-block', 'signing-table', 'stage', 'lectern', 'flag-stand', 'backdrop', 'red-carpet', 'door', 'pillar', 'no-go',
  'press-zone', 'label',
];

// The sort key of a new element or hall: one rule, shared with the CLI's `hall` verb.
export { keyAfter };

/** Clipboard of the hall editor: copies of elements, kept in memory between halls. */
export type Clipboard = { elements: LayoutElement[]; fromHallId: string; pastes: number };

export function copyToClipboard(elements: readonly LayoutElement[], hallId: string): Clipboard | null {
  if (elements.length === 0) return null;
  return { elements: elements.map((e) => structuredClone(e)), fromHallId: hallId, pastes: 0 };
}

/** Where the next paste goes: offset by 1 m per paste into the same hall, in place into another. */
export function pasteOffset(clip: Clipboard, hallId: string): { dx: number; dy: number } {
  const n = clip.fromHallId === hallId ? clip.pastes + 1 : clip.pastes;
  return { dx: n, dy: n };
}
