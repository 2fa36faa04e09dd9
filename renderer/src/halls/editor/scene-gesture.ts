import type { LayoutElement } from '../../../../shared/model/entities';
import type { BlockGeometry } from './blocks';
import type { Camera } from '../../../../shared/camera';
import type { Point } from '../../../../shared/rect';
import type { Geometry, Handle } from './handles';

// What the hall editor's canvas tells the editor (SceneCallbacks), and the gesture in progress
// that both its drawing (scene-view.ts) and its input (scene.ts) read.

export type SceneCallbacks = {
  /** The user changed the selection (click, shift/ctrl-click, marquee, Esc). */
  select(ids: string[]): void;
  /** A drag of the selection ended having moved it by (dx, dy) metres. */
  moveEnd(ids: string[], dx: number, dy: number): void;
  /** Click on the hall with a placing tool: the hall point, snapped when the hall snaps. */
  place(at: Point): void;
  /** Right-click: screen point in the container and the element under it (null for the floor). */
  contextMenu(at: Point, elementId: string | null): void;
  /** Camera changed (for the scale bar): called at most once per frame. */
  camera(camera: Camera): void;
  /** Escape pressed on the canvas while placing. */
  cancelTool(): void;
  /** A drag of the (unlocked) floor plan ended having moved it by (dx, dy) metres. */
  moveBackground(dx: number, dy: number): void;
  /** Click while marking a known distance: the hall point (never snapped). */
  mark(at: Point): void;
  /** A resize by a handle ended: the element's new centre and size, and a block's new counts (not yet checked). */
  resizeEnd(id: string, geometry: Geometry | BlockGeometry): void;
  /** The angle shown while the rotate handle is dragged; null when the drag ends. At most once per mouse move, no document change. */
  rotating(angle: number | null): void;
  /** A drag of the rotate handle ended on a new angle (degrees, [0, 360)). */
  rotateEnd(id: string, rotation: number): void;
};

export type Gesture =
  /** `last`: the pointer in client pixels (a pan needs only its moves, not where the canvas is). */
  | { kind: 'pan'; last: Point }
  | { kind: 'drag'; ids: string[]; start: Point; anchor: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'marquee'; start: Point; additive: boolean; base: string[] }
  | { kind: 'plan'; start: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'resize'; id: string; handle: Handle; geom: Geometry | BlockGeometry | null }
  | { kind: 'rotate'; id: string; start: Point; angle: number | null };

/** An element as the gesture in progress proposes it: resized or turned (else as it is). */
export function previewOf(el: LayoutElement, g: Gesture | null): LayoutElement {
  if (g?.kind === 'resize' && g.id === el.id && g.geom) return { ...el, ...g.geom };
  if (g?.kind === 'rotate' && g.id === el.id && g.angle !== null) return { ...el, rotation: g.angle };
  return el;
}
