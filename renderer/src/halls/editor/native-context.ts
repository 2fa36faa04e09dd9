import type Konva from 'konva';

/**
 * The browser's own 2D context of the canvas Konva is drawing `shape` on, found through Konva's
 * public API (the shape's layer and its canvas element), never its private fields. Our
 * painters draw on the native context: the same calls as before, no wrapper per call, and
 * transforms such as getTransform() that Konva's Context does not proxy. The context Konva
 * passes a scene function is its layer's (a shape is drawn elsewhere only when cached or
 * exported, which no hall view does): anything else is a bug, said at once rather than drawn
 * on the wrong canvas.
 */
export function nativeContext(context: Konva.Context, shape: Konva.Shape): CanvasRenderingContext2D {
  const layer = shape.getLayer();
  if (!layer || context !== layer.getContext()) throw new Error('internal: a hall shape is drawn on a canvas other than its layer’s');
  return layerContext(layer);
}

/** A layer's native 2D context (the one Konva draws its shapes with: a canvas has one 2D context). */
export function layerContext(layer: Konva.Layer): CanvasRenderingContext2D {
  const ctx = layer.getNativeCanvasElement().getContext('2d');
  if (!ctx) throw new Error('internal: a layer without a 2D context');
  return ctx;
}
