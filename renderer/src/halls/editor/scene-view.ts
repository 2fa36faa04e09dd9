import Konva from 'konva';
import type { EventDocument } from '../../../../shared/model/collections';
import type { Asset, Hall, LayoutElement, Seat } from '../../../../shared/model/entities';
import { assetImage, imageSize } from './background';
import { fitRect, visibleRect, zoomAt, type Camera } from '../../../../shared/camera';
import { unionRects as unionRect, type Point, type Rect } from '../../../../shared/rect';
import { drawFloor } from '../view/draw';
import { assignedSeats, paintElement, paintTurning, type ElementPaint } from './element-paint';
import { GestureBitmaps, repaintRegion } from './gesture-bitmaps';
import { changedArea, type ElementsShown } from './changed-area';
import { sameCamera } from './snapshot';
import { nodesOn, orderNodes, syncNodes, withoutAutoDraw } from './element-nodes';
import { nativeContext } from './native-context';
import { showsRotateHandle } from './handles';
import { drawHandles, drawMarks, drawOutlines, SELECT } from './interaction-draw';
import { elementBounds, hallRect, seatsPerElement } from './layout';
import { paintMinimap, type MinimapCanvas } from './minimap';
import { editorNumbers } from './numbers';
import { drawRulers } from './rulers';
import type { Gesture, SceneCallbacks } from './scene-gesture';

/**
 * What the hall editor's canvas shows (scene.ts adds the mouse, keys and wheel): plain Konva,
 * driven imperatively so that React never re-renders on a drag, a pan or a zoom. Three layers:
 * floor (hall, floor plan, grid); elements (one Shape per element with all its seats);
 * interaction (outlines, handles and their live preview, marquee, the rulers on top, and the
 * elements being dragged or turned, under the outlines: redrawn at each move anyway). No more
 * layers: each is a canvas Chromium hands its compositor in every frame of every gesture.
 * During a pan or zoom the floor layer draws bitmaps of the floor and the elements (see
 * snapshot.ts) and the element layer is hidden.
 */
export class HallView {
  readonly stage: Konva.Stage;
  protected readonly floorLayer = new Konva.Layer({ listening: false });
  protected readonly elementLayer = new Konva.Layer({ listening: false });
  protected readonly interactionLayer = new Konva.Layer({ listening: false });
  /** The elements being dragged or turned, moved out of the element layer for the gesture (on the interaction layer). */
  protected readonly dragged = new Konva.Group({ listening: false });
  /** The rulers, in screen pixels: the top of the interaction layer, against the camera's transform. */
  protected readonly overlay = new Konva.Group({ listening: false });
  protected readonly nodes = new Map<string, Konva.Shape>();
  protected readonly selectionShape: Konva.Shape;
  protected readonly marquee = new Konva.Rect({ visible: false, fill: 'rgba(37,99,235,0.08)', stroke: SELECT, strokeScaleEnabled: false, strokeWidth: 1, listening: false });

  protected hall: Hall | null = null;
  protected background: Asset | null = null;
  protected planOffset: Point = { x: 0, y: 0 };
  protected marks: readonly Point[] | null = null;
  protected elements: LayoutElement[] = [];
  protected byId = new Map<string, LayoutElement>();
  /** Seats by element (of every hall: this one's elements are all it looks up). */
  protected seats: ReadonlyMap<string, readonly Seat[]> = new Map();
  protected assigned: ReadonlySet<string> = new Set();
  protected lastDoc: { elements: unknown; seats: unknown; assignments: unknown; hall: unknown; asset: unknown } | null = null;
  protected selection: readonly string[] = [];
  protected lang: 'vi' | 'en' = 'vi';
  protected cam: Camera = { scale: 10, x: 0, y: 0 };
  protected fitted = false;
  protected gesture: Gesture | null = null;
  protected placing = false;
  protected cameraFrame = 0;
  protected resizable = true;
  protected minimap: MinimapCanvas | null = null;
  /** Pan/zoom in progress: the floor layer draws `bitmaps` and the element layer is hidden. */
  protected fast = false;
  protected wheelTimer = 0;
  protected readonly bitmaps = new GestureBitmaps((ctx, px, rect) => {
    this.paintFloor(ctx, px);
    for (const el of this.elements) this.paintOne(ctx, el, px, rect, { x: 0, y: 0 });
  });
  /** Counts the changes of what the floor and element layers show (document, plan image, size, language). */
  protected version = 0;
  /** What the floor and element layers' canvases last showed: at which camera, of which version (null: nothing usable). */
  protected floorDrawn: { camera: Camera; version: number } | null = null;
  /** `lifted`: the elements then dragged or turned, not on the element layer's canvas (a copy of it would miss them). */
  protected elementsDrawn: { camera: Camera; version: number; lifted: readonly string[] } | null = null;
  /** Element bounds by element object (elements are immutable: a changed element is a new object). */
  protected bounds = new WeakMap<LayoutElement, Rect>();
  protected readonly disposers: (() => void)[] = [];

  constructor(
    protected readonly container: HTMLDivElement,
    protected readonly callbacks: SceneCallbacks,
  ) {
    const { width, height } = container.getBoundingClientRect();
    this.stage = new Konva.Stage({ container, width: Math.max(1, width), height: Math.max(1, height), listening: false });
    const floor = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx, shape) => this.drawFloorLayer(nativeContext(ctx, shape)) });
    this.floorLayer.add(floor);
    this.selectionShape = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx, shape) => this.drawSelection(nativeContext(ctx, shape)) });
    this.interactionLayer.add(this.dragged, this.selectionShape, this.marquee, this.overlay);
    this.overlay.add(
      new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx, shape) => this.hall && drawRulers(nativeContext(ctx, shape), this.cam, this.viewport(), editorNumbers(this.lang).ruler) }),
    );
    this.stage.add(this.floorLayer, this.elementLayer, this.interactionLayer);
    // A hidden layer's draw clears its canvas: then there is nothing on it to copy.
    this.elementLayer.on('draw', () => (this.elementsDrawn = this.elementLayer.isVisible() && !this.fast ? { camera: this.cam, version: this.version, lifted: nodesOn(this.nodes, this.dragged) } : null));
  }

  // --- data ----------------------------------------------------------------------------------

  /** Takes the document's current state for this hall; rebuilds only what changed. */
  setDocument(doc: EventDocument, hallId: string, lang: 'vi' | 'en'): void {
    const hall = doc.halls[hallId] ?? null;
    const last = this.lastDoc;
    const langChanged = lang !== this.lang;
    this.lang = lang;
    const asset = hall?.backgroundAssetId ? (doc.assets[hall.backgroundAssetId] ?? null) : null;
    if (last && last.elements === doc.elements && last.seats === doc.seats && last.assignments === doc.assignments && last.hall === hall && last.asset === asset && !langChanged) return;
    // Only elements or seats changed (a drop, a nudge, an inspector edit): repaint where they were and are.
    const shown = last && last.hall === hall && last.asset === asset && last.assignments === doc.assignments && !langChanged && this.fitted ? this.shownElements() : null;
    this.lastDoc = { elements: doc.elements, seats: doc.seats, assignments: doc.assignments, hall, asset };
    this.hall = hall;
    this.background = asset;
    this.changed();
    if (this.gesture?.kind === 'plan') this.gesture = null;
    this.planOffset = { x: 0, y: 0 };
    this.elements = Object.values(doc.elements)
      .filter((e) => e.hallId === hallId)
      .sort((a, b) => (a.zIndex < b.zIndex ? -1 : a.zIndex > b.zIndex ? 1 : a.id < b.id ? -1 : 1));
    this.byId = new Map(this.elements.map((e) => [e.id, e]));
    if (!last || last.seats !== doc.seats) this.seats = seatsPerElement(doc.seats);
    if (!last || last.assignments !== doc.assignments) this.assigned = assignedSeats(doc, hallId);
    // One shape per element, in z order (those dragged or turned back from their own layer).
    withoutAutoDraw(() => {
      this.returnDragged(!shown);
      syncNodes(this.nodes, this.elements, this.elementLayer, (ctx, id) => this.drawElement(ctx, id));
      this.order();
    });
    if (this.gesture?.kind === 'drag' || this.gesture?.kind === 'resize' || this.gesture?.kind === 'rotate') {
      if (this.gesture.kind === 'rotate') this.callbacks.rotating(null);
      this.gesture = null;
    }
    if (!this.fitted && hall && this.stage.width() > 1) this.fit();
    if (shown) this.repaintChanged(shown);
    else this.redraw();
    this.syncHandles();
    if (this.minimap) this.minimap.key = '';
    this.updateMinimap();
  }

  setSelection(ids: readonly string[]): void {
    this.selection = ids;
    this.syncHandles();
    this.interactionLayer.batchDraw();
  }

  /** Whether the selected element may be resized by its handles (false when read-only). */
  setResizable(resizable: boolean): void {
    this.resizable = resizable;
    this.syncHandles();
    this.interactionLayer.batchDraw();
  }

  /** The element with resize handles (a block's change its counts): one selected and unlocked, in an editable file, while selecting. */
  protected handleTarget(): LayoutElement | null {
    if (!this.resizable || this.placing || this.marks || this.selection.length !== 1) return null;
    const el = this.byId.get(this.selection[0]!);
    return el && !el.locked ? el : null;
  }

  /** The element showing the rotate handle: the handle target, unless it is tiny at this zoom. */
  protected rotateTarget(): LayoutElement | null {
    const el = this.handleTarget();
    return el && showsRotateHandle(el, this.cam.scale) ? el : null;
  }

  /** For tests and assistive tools: which element shows resize handles, which the rotate handle. */
  protected syncHandles(): void {
    const el = this.handleTarget();
    if (el) this.container.dataset.handles = el.id;
    else delete this.container.dataset.handles;
    const turn = this.rotateTarget();
    if (turn) this.container.dataset.rotateHandle = turn.id;
    else delete this.container.dataset.rotateHandle;
  }

  /** Where the floor plan is drawn, in hall metres (null without a plan or before it is decoded). */
  backgroundRect(): Rect | null {
    const hall = this.hall;
    if (!hall || !this.background) return null;
    const img = assetImage(this.background, () => this.floorChanged());
    if (!img) return null;
    const size = imageSize(img);
    return { x: hall.backgroundX + this.planOffset.x, y: hall.backgroundY + this.planOffset.y, width: size.width * hall.backgroundScale, height: size.height * hall.backgroundScale };
  }

  resize(width: number, height: number): void {
    if (width < 1 || height < 1) return;
    this.endFast();
    this.stage.size({ width, height });
    this.changed(); // the layers' canvases are cleared at the new size
    if (!this.fitted && this.hall) this.fit();
    this.redraw();
    this.updateMinimap();
  }

  getCamera(): Camera {
    return this.cam;
  }

  // --- camera --------------------------------------------------------------------------------

  setCamera(cam: Camera): void {
    this.cam = cam;
    this.stage.scale({ x: cam.scale, y: cam.scale });
    this.stage.position({ x: cam.x, y: cam.y });
    // The overlay stays in screen pixels.
    this.overlay.scale({ x: 1 / cam.scale, y: 1 / cam.scale });
    this.overlay.position({ x: -cam.x / cam.scale, y: -cam.y / cam.scale });
    if (this.fast) {
      // The element layer is hidden: not even cleared.
      this.floorLayer.batchDraw();
      this.interactionLayer.batchDraw();
    } else this.stage.batchDraw();
    if (!this.cameraFrame) {
      this.cameraFrame = requestAnimationFrame(() => {
        this.cameraFrame = 0;
        this.callbacks.camera(this.cam);
        this.syncHandles(); // the rotate handle comes and goes with the zoom
        this.updateMinimap();
      });
    }
  }

  protected viewport() {
    return { width: this.stage.width(), height: this.stage.height() };
  }

  fit(): void {
    if (!this.hall) return;
    this.fitted = true;
    this.setCamera(fitRect(hallRect(this.hall), this.viewport(), 36));
  }

  zoomToSelection(): void {
    const rect = unionRect(this.selection.flatMap((id) => (this.byId.get(id) ? [this.boundsOf(this.byId.get(id)!)] : [])));
    if (!rect) return this.fit();
    this.setCamera(fitRect(rect, this.viewport(), 60, 200));
  }

  zoomBy(factor: number, at?: Point): void {
    const v = this.viewport();
    this.setCamera(zoomAt(this.cam, factor, at ?? { x: v.width / 2, y: v.height / 2 }));
  }

  // --- drawing -------------------------------------------------------------------------------

  protected redraw(): void {
    this.stage.batchDraw();
  }

  protected px(): number {
    return 1 / this.cam.scale;
  }

  protected view(): Rect {
    return visibleRect(this.cam, this.viewport());
  }

  /** The floor layer: the hall, its floor plan and grid; during a pan or zoom, the bitmap of floor and elements instead. */
  protected drawFloorLayer(ctx: CanvasRenderingContext2D): void {
    if (this.fast) return this.bitmaps.draw(ctx, this.version, this.view());
    this.paintFloor(ctx, this.px());
    this.floorDrawn = { camera: this.cam, version: this.version };
  }

  protected paintFloor(ctx: CanvasRenderingContext2D, px: number): void {
    const hall = this.hall;
    if (!hall) return;
    drawFloor(ctx, hall, px, () => {
      const rect = this.backgroundRect();
      const img = this.background && rect ? assetImage(this.background, () => this.floorChanged()) : null;
      if (!img || !rect) return;
      ctx.save();
      ctx.globalAlpha = hall.backgroundOpacity;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, rect.x, rect.y, rect.width, rect.height);
      ctx.restore();
    });
  }

  /** The floor plan image decoded, or the plan moved: the floor (and any bitmap of it) is out of date. */
  protected floorChanged(): void {
    this.changed();
    this.floorLayer.batchDraw();
  }

  /** What the layers show changed: bitmaps of it are out of date, and the overview is rendered again when the page is idle. */
  protected changed(): void {
    this.version++;
    this.bitmaps.schedule(() => this.extent(), () => this.viewport(), () => this.pixelRatio(), () => this.version, () => this.gesture !== null || this.fast);
  }

  protected boundsOf(el: LayoutElement): Rect {
    let b = this.bounds.get(el);
    if (!b) {
      // Computing a block's bounds generates its seats: far too slow to repeat every frame.
      b = elementBounds(el);
      this.bounds.set(el, b);
    }
    return b;
  }

  /** One element's Konva shape: moved by its node's offset while dragged, previewed at the new angle while rotated. */
  protected drawElement(context: Konva.Context, id: string): void {
    const el = this.byId.get(id);
    const node = this.nodes.get(id);
    if (!el || !node) return;
    const ctx = nativeContext(context, node);
    const g = this.gesture;
    if (g?.kind === 'rotate' && g.id === id && g.angle !== null) paintTurning(ctx, el, g.angle, this.paintOf(el, this.px()));
    else this.paintOne(ctx, el, this.px(), this.view(), { x: node.x(), y: node.y() });
  }

  /** An element with its seats, in hall metres (drawn moved by `offset`); skipped when out of `view`. */
  protected paintOne(ctx: CanvasRenderingContext2D, el: LayoutElement, px: number, view: Rect, offset: Point): void {
    paintElement(ctx, el, this.boundsOf(el), view, offset, this.paintOf(el, px));
  }

  private paintOf(el: LayoutElement, px: number): ElementPaint {
    return { seats: this.seats.get(el.id), assigned: this.assigned, px, lang: this.lang };
  }

  // --- pan and zoom from a bitmap ------------------------------------------------------------

  protected pixelRatio(): number {
    return this.floorLayer.getCanvas().getPixelRatio();
  }

  /** The gesture ended: everything is drawn properly again at the final camera (labels, level of detail). */
  protected endFast(): void {
    clearTimeout(this.wheelTimer);
    this.wheelTimer = 0;
    if (!this.fast) return;
    this.fast = false;
    this.elementLayer.visible(true);
    this.stage.batchDraw();
  }

  /** Elements dragged or turned back in the element layer, in z order; `draw`: redraw the stage (else only the interaction layer, which showed them). */
  protected returnDragged(draw = true): void {
    const moved = this.dragged.getChildren();
    if (moved.length === 0) return;
    withoutAutoDraw(() => {
      for (const node of [...moved]) node.moveTo(this.elementLayer);
      this.order();
    });
    if (draw) this.stage.batchDraw();
    else this.interactionLayer.batchDraw();
  }

  /** What the element layer's canvas shows now, when it is up to date at this camera (else null: only a full draw will do). */
  private shownElements(): ElementsShown | null {
    const d = this.elementsDrawn;
    return !this.fast && d && d.version === this.version && sameCamera(d.camera, this.cam) ? { byId: this.byId, seats: this.seats, lifted: d.lifted } : null;
  }

  /** The element layer brought from `shown` to the document by repainting only the region that changed (the floor is as it was). */
  private repaintChanged(shown: ElementsShown): void {
    const floor = this.floorDrawn && this.floorDrawn.version === this.version - 1 && sameCamera(this.floorDrawn.camera, this.cam);
    const area = changedArea(shown, { byId: this.byId, seats: this.seats }, (el) => this.boundsOf(el));
    const px = this.px();
    if (area) repaintRegion(this.elementLayer, this.cam, area, 0.6, (ctx, rect) => this.elements.forEach((el) => this.paintOne(ctx, el, px, rect, { x: 0, y: 0 })));
    this.elementsDrawn = { camera: this.cam, version: this.version, lifted: [] };
    if (floor) this.floorDrawn = { camera: this.cam, version: this.version };
    this.interactionLayer.batchDraw();
  }

  /** The elements' shapes in z order. */
  protected order(): void {
    orderNodes(this.nodes, this.elements, this.elementLayer);
  }

  /** The interaction layer's drawing: marks, the selection's outlines, the handles (interaction-draw.ts). */
  protected drawSelection(ctx: CanvasRenderingContext2D): void {
    const px = this.px();
    if (this.marks) drawMarks(ctx, this.marks, px);
    drawOutlines(ctx, this.selection.flatMap((id) => this.byId.get(id) ?? []), this.gesture, px);
    drawHandles(ctx, px, { target: this.handleTarget(), rotates: this.rotateTarget() !== null, gesture: this.gesture, cam: this.cam, lang: this.lang });
  }

  // --- minimap -------------------------------------------------------------------------------

  /** The hall with every element (some may stand outside it), in metres. */
  protected extent(): Rect | null {
    return this.hall ? unionRect([hallRect(this.hall), ...this.elements.map((el) => this.boundsOf(el))]) : null;
  }

  protected updateMinimap(): void {
    if (this.minimap) paintMinimap(this.minimap, this.extent(), this.view(), this.hall, this.elements, this.stage.width() > 1);
  }

  destroy(): void {
    for (const d of this.disposers) d();
    if (this.cameraFrame) cancelAnimationFrame(this.cameraFrame);
    clearTimeout(this.wheelTimer);
    this.bitmaps.destroy();
    this.stage.destroy();
  }
}
