import Konva from 'konva';
import type { LayoutElement } from '../../../../shared/model/entities';

// The hall canvas's Konva shapes: one per element, drawing the element and all its seats.

/**
 * Runs `change` to the shapes (moved between layers, reordered, put back at rest) without
 * Konva's automatic redraw of their layers (Konva.autoDrawEnabled): the scene draws what changed
 * itself, often a region only, and a full redraw of the element layer's thousands of seats at
 * the start and at the drop of a drag would cost those frames.
 */
export function withoutAutoDraw(change: () => void): void {
  const auto = Konva.autoDrawEnabled;
  Konva.autoDrawEnabled = false;
  try {
    change();
  } finally {
    Konva.autoDrawEnabled = auto;
  }
}

/** One shape per element of `elements` (new ones added to `layer`, gone ones destroyed), each at rest (no drag offset). */
export function syncNodes(nodes: Map<string, Konva.Shape>, elements: readonly LayoutElement[], layer: Konva.Layer, draw: (context: Konva.Context, id: string) => void): void {
  const keep = new Set(elements.map((el) => el.id));
  for (const [id, node] of nodes) {
    if (keep.has(id)) continue;
    node.destroy();
    nodes.delete(id);
  }
  for (const el of elements) {
    let node = nodes.get(el.id);
    if (!node) {
      const id = el.id;
      node = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => draw(ctx, id) });
      nodes.set(id, node);
      layer.add(node);
    }
    node.x(0).y(0);
  }
}

/** The shapes on `layer` in the elements' z order. */
export function orderNodes(nodes: ReadonlyMap<string, Konva.Shape>, elements: readonly LayoutElement[], layer: Konva.Layer): void {
  elements.forEach((el, i) => {
    const node = nodes.get(el.id);
    if (node && node.getParent() === layer && node.zIndex() !== i) node.zIndex(i);
  });
}

/** The ids of the shapes now in `container` (a layer or a group). */
export function nodesOn(nodes: ReadonlyMap<string, Konva.Shape>, container: Konva.Container): string[] {
  return [...nodes].flatMap(([id, node]) => (node.getParent() === container ? [id] : []));
}
