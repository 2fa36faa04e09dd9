import type { ElementKind, LayoutElement } from '../model/entities';
import { blockSize } from './block-seats';
import { DEFAULT_PROPS, isSeatedKind, isTableKind } from './props';
import { keyAfter } from './newHall';

/**
 * New elements as the hall editor's palette drops them and the hall templates lay them out
 * (one factory, so a template's table is the palette's table). Pure.
 */

/** Starting sizes in metres (width along the element's front, depth across). */
export const ELEMENT_SIZES: Record<ElementKind, [number, number]> = {
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

export function nextTableNumber(elements: readonly LayoutElement[]): number {
  let max = 0;
  for (const e of elements) if (e.number !== null && e.number > max) max = e.number;
  return max + 1;
}

/** Millimetre precision: what an officer can measure, and no float noise in the file. */
export const roundMm = (v: number) => Math.round(v * 1000) / 1000;

export type NewElementLabels = { labelEn: string; labelVi: string };

/**
 * An element of a kind at a point of the hall: the kind's starting size and props (a block sized
 * to its props), the next table number for a table, on top of the hall's other elements.
 */
export function newElement(
  kind: ElementKind,
  id: string,
  hallId: string,
  at: { x: number; y: number },
  hallElements: readonly LayoutElement[],
  labels: NewElementLabels = { labelEn: '', labelVi: '' },
): LayoutElement {
  const props: LayoutElement['props'] = isSeatedKind(kind) ? ({ ...DEFAULT_PROPS[kind] } as LayoutElement['props']) : {};
  let [width, depth] = ELEMENT_SIZES[kind];
  if (kind === 'row-block' || kind === 'desk-block') ({ width, depth } = blockSize(kind, props));
  return {
    id,
    hallId,
    kind,
    x: roundMm(at.x),
    y: roundMm(at.y),
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
