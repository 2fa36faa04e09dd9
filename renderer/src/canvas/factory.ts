import type { ElementKind, LayoutElement } from '../../../shared/model/entities';
import { blockSize } from '../../../shared/layout/seats';
import { DEFAULT_PROPS, isSeatedKind } from '../../../shared/layout/props';
import { keyAfter } from '../../../shared/layout/newHall';

/** New elements as the palette drops them (pure, unit-tested). */

/** Starting sizes in metres (width along the element's front, depth across). */
const SIZES: Record<ElementKind, [number, number]> = {
  'round-table': [1.8, 1.8],
  'oval-table': [2.4, 1.5],
  'rect-table': [4.2, 0.9],
  'banquet-table': [6, 1.2],
  'u-table': [8, 6],
  'hollow-square': [8, 8],
  't-table': [6, 5],
  'row-block': [6, 5],
  'desk-block': [10.5, 3],
  'signing-table': [2.4, 0.9],
  stage: [8, 4],
  lectern: [0.6, 0.5],
  'flag-stand': [0.5, 0.5],
  backdrop: [6, 0.3],
  'red-carpet': [2, 12],
  door: [1.8, 0.2],
  pillar: [0.6, 0.6],
  'no-go': [3, 3],
  'press-zone': [6, 3],
  label: [4, 1],
};

const TABLE_KINDS: ReadonlySet<ElementKind> = new Set([
  'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table', 'signing-table',
]);
export const isTableKind = (kind: ElementKind) => TABLE_KINDS.has(kind);

/** The palette, in the order shown. */
export const PALETTE: readonly ElementKind[] = [
  'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table', 'row-block',
  'desk-block', 'signing-table', 'stage', 'lectern', 'flag-stand', 'backdrop', 'red-carpet', 'door', 'pillar', 'no-go',
  'press-zone', 'label',
];

// The sort key of a new element or hall: one rule, shared with the CLI's `hall` verb.
export { keyAfter };

export function nextTableNumber(elements: readonly LayoutElement[]): number {
  let max = 0;
  for (const e of elements) if (e.number !== null && e.number > max) max = e.number;
  return max + 1;
}

export type NewElementLabels = { labelEn: string; labelVi: string };

export function newElement(
  kind: ElementKind,
  id: string,
  hallId: string,
  at: { x: number; y: number },
  hallElements: readonly LayoutElement[],
  labels: NewElementLabels = { labelEn: '', labelVi: '' },
): LayoutElement {
  const props: LayoutElement['props'] = isSeatedKind(kind) ? ({ ...DEFAULT_PROPS[kind] } as LayoutElement['props']) : {};
  let [width, depth] = SIZES[kind];
  if (kind === 'row-block' || kind === 'desk-block') ({ width, depth } = blockSize(kind, props));
  return {
    id,
    hallId,
    kind,
    x: round(at.x),
    y: round(at.y),
    rotation: 0,
    width,
    depth,
    number: isTableKind(kind) ? nextTableNumber(hallElements) : null,
    labelEn: labels.labelEn,
    labelVi: labels.labelVi,
    locked: false,
    zIndex: keyAfter(hallElements.map((e) => e.zIndex)),
    groupId: null,
    props,
  };
}

/** Millimetre precision: what an officer can measure, and no float noise in the file. */
export const round = (v: number) => Math.round(v * 1000) / 1000;

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
