import Konva from 'konva';
import type { EventDocument } from '../../../shared/model/collections';
import type { Asset, Hall, LayoutElement, Seat } from '../../../shared/model/entities';
import { assetImage, imageSize } from './background';
import {
  fitRect, intersects, panBy, rectFromCorners, toWorld, unionRect, visibleRect, zoomAt,
  type Camera, type Point, type Rect,
} from './camera';
import { isBlock, resizeBlock, type BlockGeometry } from './blocks';
import { drawElements, drawFloor, drawSeats } from './draw';
import { elementBounds, elementOutline, hitElement, snap } from './layout';
import {
  HANDLE_PX, handleCursor, handlePoint, hitHandle, hitRotateHandle, resizeFrom, ROTATE_CURSOR, ROTATE_RADIUS_PX, ROTATE_STEP, rotateFrom, rotateHandlePoint,
  showsRotateHandle, visibleHandles, type Geometry, type Handle,
} from './handles';
import { centreOn, minimapToWorld, paintMinimap, type MinimapCanvas } from './minimap';
import { editorT } from './messages';
import { editorNumbers } from './numbers';
import { drawRulers } from './rulers';
import { GestureBitmaps, repaintRegion } from './gesture-bitmaps';
import { sameCamera } from './snapshot';

/**
 * The hall editor's canvas: plain Konva, driven imperatively so that React never re-renders on
 * a drag, a pan or a zoom. Four layers:
 *  1. floor (hall, floor plan image, grid; nothing listens),
 *  2. elements with their seats (one Shape per element drawing the element and all its seats),
 *  3. interaction (selection outlines, resize and rotate handles and their live preview, marquee),
 *  4. overlay in screen pixels (rulers).
 * One set of DOM listeners on the container handles every gesture; elements are found with
 * the shared geometry's hit test, not per-shape listeners. During a pan or zoom the floor layer
 * draws bitmaps of the floor and the elements (see snapshot.ts) and the element layer is hidden;
 * while elements are dragged or turned they are drawn on a layer of their own, above the others,
 * so each move redraws them alone.
 */

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

type Gesture =
  /** `last`: the pointer in client pixels (a pan needs only its moves, not where the canvas is). */
  | { kind: 'pan'; last: Point }
  | { kind: 'drag'; ids: string[]; start: Point; anchor: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'marquee'; start: Point; additive: boolean; base: string[] }
  | { kind: 'plan'; start: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'resize'; id: string; handle: Handle; geom: Geometry | BlockGeometry | null }
  | { kind: 'rotate'; id: string; start: Point; angle: number | null };

const SELECT = '#2563eb';
const MARK = '#db2777';
/** A wheel burst is one zoom gesture until the wheel has been still this long. */
const WHEEL_END_MS = 150;

export class HallScene {
  readonly stage: Konva.Stage;
  private readonly floorLayer = new Konva.Layer({ listening: false });
  private readonly elementLayer = new Konva.Layer({ listening: false });
  /** The elements being dragged or turned, moved out of the element layer for the gesture. */
  private readonly dragLayer = new Konva.Layer({ listening: false, visible: false });
  private readonly interactionLayer = new Konva.Layer({ listening: false });
  private readonly overlayLayer = new Konva.Layer({ listening: false });
  private readonly nodes = new Map<string, Konva.Shape>();
  private readonly selectionShape: Konva.Shape;
  private readonly marquee = new Konva.Rect({ visible: false, fill: 'rgba(37,99,235,0.08)', stroke: SELECT, strokeScaleEnabled: false, strokeWidth: 1, listening: false });

  private hall: Hall | null = null;
  private background: Asset | null = null;
  private planOffset: Point = { x: 0, y: 0 };
  private marks: readonly Point[] | null = null;
  private elements: LayoutElement[] = [];
  private byId = new Map<string, LayoutElement>();
  private seatsByElement = new Map<string, Seat[]>();
  private assigned: ReadonlySet<string> = new Set();
  private lastDoc: { elements: unknown; seats: unknown; assignments: unknown; hall: unknown; asset: unknown } | null = null;
  private selection: readonly string[] = [];
  private lang: 'vi' | 'en' = 'vi';
  private cam: Camera = { scale: 10, x: 0, y: 0 };
  private fitted = false;
  private gesture: Gesture | null = null;
  private spaceDown = false;
  private placing = false;
  private cameraFrame = 0;
  private resizable = true;
  private hoverCursor: string | null = null;
  private minimap: MinimapCanvas | null = null;
  /** Pan/zoom in progress: the floor layer draws `bitmaps` and the element layer is hidden. */
  private fast = false;
  private wheelTimer = 0;
  private readonly bitmaps = new GestureBitmaps((ctx, px, rect) => {
    this.paintFloor(ctx, px);
    for (const el of this.elements) this.paintElement(ctx, el, px, rect, { x: 0, y: 0 });
  });
  /** Counts the changes of what the floor and element layers show (document, plan image, size, language). */
  private version = 0;
  /** What the floor and element layers' canvases last showed: at which camera, of which version (null: nothing usable). */
  private floorDrawn: { camera: Camera; version: number } | null = null;
  private elementsDrawn: { camera: Camera; version: number } | null = null;
  /** Element bounds by element object (elements are immutable: a changed element is a new object). */
  private bounds = new WeakMap<LayoutElement, Rect>();
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly container: HTMLDivElement,
    private readonly callbacks: SceneCallbacks,
  ) {
    const { width, height } = container.getBoundingClientRect();
    this.stage = new Konva.Stage({ container, width: Math.max(1, width), height: Math.max(1, height), listening: false });
    const floor = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawFloorLayer(ctx) });
    this.floorLayer.add(floor);
    this.selectionShape = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawSelection(ctx) });
    this.interactionLayer.add(this.selectionShape, this.marquee);
    this.overlayLayer.add(
      new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.hall && drawRulers(ctx._context, this.cam, this.viewport(), editorNumbers(this.lang).ruler) }),
    );
    this.stage.add(this.floorLayer, this.elementLayer, this.dragLayer, this.interactionLayer, this.overlayLayer);
    // A hidden layer's draw clears its canvas: then there is nothing on it to copy.
    this.elementLayer.on('draw', () => (this.elementsDrawn = this.elementLayer.isVisible() && !this.fast ? { camera: this.cam, version: this.version } : null));
    this.listen();
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
    if (!last || last.seats !== doc.seats) {
      const map = new Map<string, Seat[]>();
      for (const s of Object.values(doc.seats)) {
        if (s.hallId !== hallId) continue;
        const list = map.get(s.elementId);
        if (list) list.push(s);
        else map.set(s.elementId, [s]);
      }
      this.seatsByElement = map;
    }
    if (!last || last.assignments !== doc.assignments) {
      const set = new Set<string>();
      for (const a of Object.values(doc.assignments)) if (a.hallId === hallId) set.add(a.seatId);
      this.assigned = set;
    }
    // One shape per element, in z order (those dragged or turned back from their own layer).
    this.returnDragged();
    const keep = new Set(this.byId.keys());
    for (const [id, node] of this.nodes) {
      if (keep.has(id)) continue;
      node.destroy();
      this.nodes.delete(id);
    }
    for (const el of this.elements) {
      let node = this.nodes.get(el.id);
      if (!node) {
        const id = el.id;
        node = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawElement(ctx, id) });
        this.nodes.set(id, node);
        this.elementLayer.add(node);
      }
      node.x(0).y(0);
    }
    this.order();
    if (this.gesture?.kind === 'drag' || this.gesture?.kind === 'resize' || this.gesture?.kind === 'rotate') {
      if (this.gesture.kind === 'rotate') this.callbacks.rotating(null);
      this.gesture = null;
    }
    if (!this.fitted && hall && this.stage.width() > 1) this.fit();
    this.redraw();
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
  private handleTarget(): LayoutElement | null {
    if (!this.resizable || this.placing || this.marks || this.selection.length !== 1) return null;
    const el = this.byId.get(this.selection[0]!);
    return el && !el.locked ? el : null;
  }

  /** The element showing the rotate handle: the handle target, unless it is tiny at this zoom. */
  private rotateTarget(): LayoutElement | null {
    const el = this.handleTarget();
    return el && showsRotateHandle(el, this.cam.scale) ? el : null;
  }

  /** For tests and assistive tools: which element shows resize handles, which the rotate handle. */
  private syncHandles(): void {
    const el = this.handleTarget();
    if (el) this.container.dataset.handles = el.id;
    else delete this.container.dataset.handles;
    const turn = this.rotateTarget();
    if (turn) this.container.dataset.rotateHandle = turn.id;
    else delete this.container.dataset.rotateHandle;
  }

  setPlacing(placing: boolean): void {
    this.placing = placing;
    this.syncHandles();
    this.updateCursor();
  }

  /** Marking a known distance on the plan: the points marked so far, or null when not marking. */
  setMarks(points: readonly Point[] | null): void {
    this.marks = points;
    this.syncHandles();
    this.updateCursor();
    this.interactionLayer.batchDraw();
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
    this.overlayLayer.scale({ x: 1 / cam.scale, y: 1 / cam.scale });
    this.overlayLayer.position({ x: -cam.x / cam.scale, y: -cam.y / cam.scale });
    if (this.fast) {
      // The element layer is hidden: not even cleared.
      this.floorLayer.batchDraw();
      this.interactionLayer.batchDraw();
      this.overlayLayer.batchDraw();
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

  private viewport() {
    return { width: this.stage.width(), height: this.stage.height() };
  }

  fit(): void {
    if (!this.hall) return;
    this.fitted = true;
    this.setCamera(fitRect({ x: 0, y: 0, width: this.hall.widthM, height: this.hall.depthM }, this.viewport(), 36));
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

  private redraw(): void {
    this.stage.batchDraw();
  }

  private px(): number {
    return 1 / this.cam.scale;
  }

  private view(): Rect {
    return visibleRect(this.cam, this.viewport());
  }

  /** The floor layer: the hall, its floor plan and grid; during a pan or zoom, the bitmap of floor and elements instead. */
  private drawFloorLayer(context: Konva.Context): void {
    if (this.fast) return this.bitmaps.draw(context._context, this.version, this.view());
    this.paintFloor(context._context, this.px());
    this.floorDrawn = { camera: this.cam, version: this.version };
  }

  private paintFloor(ctx: CanvasRenderingContext2D, px: number): void {
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
  private floorChanged(): void {
    this.changed();
    this.floorLayer.batchDraw();
  }

  /** What the layers show changed: bitmaps of it are out of date, and the overview is rendered again when the page is idle. */
  private changed(): void {
    this.version++;
    this.bitmaps.schedule(() => this.extent(), () => this.viewport(), () => this.pixelRatio(), () => this.version, () => this.gesture !== null || this.fast);
  }

  private boundsOf(el: LayoutElement): Rect {
    let b = this.bounds.get(el);
    if (!b) {
      // Computing a block's bounds generates its seats: far too slow to repeat every frame.
      b = elementBounds(el);
      this.bounds.set(el, b);
    }
    return b;
  }

  /** One element's Konva shape: moved by its node's offset while dragged, previewed at the new angle while rotated. */
  private drawElement(context: Konva.Context, id: string): void {
    const el = this.byId.get(id);
    const node = this.nodes.get(id);
    if (!el || !node) return;
    const g = this.gesture;
    if (g?.kind === 'rotate' && g.id === id && g.angle !== null) this.paintTurning(context._context, el, g.angle);
    else this.paintElement(context._context, el, this.px(), this.view(), { x: node.x(), y: node.y() });
  }

  /**
   * An element previewed at `angle` while its rotate handle is dragged: the body redrawn at that
   * angle (its number stays upright), the seats turned with it about the centre, without labels
   * (they would be drawn turned); the document's seats follow on mouse up.
   */
  private paintTurning(ctx: CanvasRenderingContext2D, el: LayoutElement, angle: number): void {
    const px = this.px();
    drawElements(ctx, [{ ...el, rotation: angle }], px, this.lang);
    const seats = this.seatsByElement.get(el.id);
    if (!seats?.length) return;
    ctx.save();
    ctx.translate(el.x, el.y);
    ctx.rotate(((angle - el.rotation) * Math.PI) / 180);
    ctx.translate(-el.x, -el.y);
    drawSeats(ctx, seats, this.assigned, px);
    ctx.restore();
  }

  /** An element with its seats, in hall metres (drawn moved by `offset`); skipped when out of `view`. */
  private paintElement(ctx: CanvasRenderingContext2D, el: LayoutElement, px: number, view: Rect, offset: Point): void {
    const b = this.boundsOf(el);
    const margin = 0.6;
    if (!intersects(view, { x: b.x + offset.x - margin, y: b.y + offset.y - margin, width: b.width + 2 * margin, height: b.height + 2 * margin })) return;
    drawElements(ctx, [el], px, this.lang);
    const seats = this.seatsByElement.get(el.id);
    if (seats && seats.length > 0) drawSeats(ctx, seats, this.assigned, px, view);
    if (el.locked && 10 * px < Math.min(el.width, el.depth)) {
      ctx.fillStyle = '#64748b';
      ctx.font = `${12 * px}px system-ui, sans-serif`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.fillText('🔒', b.x + 2 * px, b.y + 2 * px);
    }
  }

  // --- pan and zoom from a bitmap ------------------------------------------------------------

  private pixelRatio(): number {
    return this.floorLayer.getCanvas().getPixelRatio();
  }

  /**
   * A pan or zoom starts (or goes on): draw from the bitmaps until it ends. Not while elements or
   * the plan are being moved (the bitmaps would show them where they were).
   */
  private beginFast(): void {
    if (this.fast) return;
    const g = this.gesture;
    if (g && g.kind !== 'pan' && g.kind !== 'marquee') return;
    if (!this.hall) return;
    const version = this.version;
    this.bitmaps.ensureOverview(this.extent(), this.viewport(), this.pixelRatio(), version);
    const layer = (canvas: Konva.Layer, drawn: { camera: Camera; version: number } | null) => ({ canvas: canvas.getCanvas()._canvas, camera: drawn?.camera ?? null, version: drawn?.version ?? -1 });
    this.bitmaps.copyScreen([layer(this.floorLayer, this.floorDrawn), layer(this.elementLayer, this.elementsDrawn)], this.cam, this.viewport(), version);
    this.fast = true;
    this.floorDrawn = null;
    this.elementLayer.visible(false);
    this.floorLayer.batchDraw();
  }

  /** The gesture ended: everything is drawn properly again at the final camera (labels, level of detail). */
  private endFast(): void {
    clearTimeout(this.wheelTimer);
    this.wheelTimer = 0;
    if (!this.fast) return;
    this.fast = false;
    this.elementLayer.visible(true);
    this.stage.batchDraw();
  }

  /** Elements dragged or turned (on the drag layer) back in the element layer, in z order. */
  private returnDragged(): void {
    const moved = this.dragLayer.getChildren();
    if (moved.length === 0) return;
    for (const node of [...moved]) node.moveTo(this.elementLayer);
    this.dragLayer.visible(false); // an empty layer still costs its canvas in every frame composited
    this.order();
    this.stage.batchDraw();
  }

  /** The elements' shapes in z order. */
  private order(): void {
    this.elements.forEach((el, i) => {
      const node = this.nodes.get(el.id);
      if (node && node.getParent() === this.elementLayer && node.zIndex() !== i) node.zIndex(i);
    });
  }

  /**
   * The elements a drag or turn moves go to the drag layer, so each move redraws them alone. The
   * element layer is redrawn without them only where they were: a full redraw of thousands of
   * seats would cost the gesture its first frame.
   */
  private lift(ids: readonly string[]): void {
    const lifted = new Set(ids);
    const area = unionRect(ids.flatMap((id) => (this.byId.get(id) ? [this.boundsOf(this.byId.get(id)!)] : [])));
    for (const id of ids) this.nodes.get(id)?.moveTo(this.dragLayer);
    this.dragLayer.visible(true);
    const drawn = this.elementsDrawn;
    this.elementsDrawn = null; // the canvas no longer shows every element: nothing to copy until redrawn
    if (!area || !drawn || drawn.version !== this.version || !sameCamera(drawn.camera, this.cam)) return void this.elementLayer.batchDraw();
    const px = this.px();
    repaintRegion(this.elementLayer.getCanvas(), this.cam, area, 0.6, (ctx, rect) => {
      for (const el of this.elements) if (!lifted.has(el.id)) this.paintElement(ctx, el, px, rect, { x: 0, y: 0 });
    });
  }

  private drawSelection(context: Konva.Context): void {
    const ctx = context._context;
    const px = this.px();
    if (this.marks) this.drawMarks(ctx, this.marks, px);
    const drag = this.gesture?.kind === 'drag' ? this.gesture : null;
    ctx.strokeStyle = SELECT;
    ctx.lineWidth = 2 * px;
    for (const id of this.selection) {
      const found = this.byId.get(id);
      if (!found) continue;
      // While resizing or rotating: the outline as proposed (the document is unchanged until mouse up).
      const el = this.previewOf(found);
      ctx.save();
      ctx.translate(el.x + (drag ? drag.dx : 0), el.y + (drag ? drag.dy : 0));
      ctx.rotate((el.rotation * Math.PI) / 180);
      const outline = elementOutline(el);
      ctx.beginPath();
      const pad = 3 * px;
      if (outline.shape === 'ellipse') ctx.ellipse(0, 0, outline.rx + pad, outline.ry + pad, 0, 0, Math.PI * 2);
      else {
        const p = outline.points;
        ctx.moveTo(p[0]!, p[1]!);
        for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i]!, p[i + 1]!);
        ctx.closePath();
      }
      ctx.setLineDash(el.locked ? [4 * px, 3 * px] : []);
      ctx.stroke();
      // The front marker: which way the principal seats face.
      ctx.beginPath();
      const front = outline.shape === 'ellipse' ? outline.ry : el.depth / 2;
      ctx.moveTo(-5 * px, -front - 4 * px);
      ctx.lineTo(0, -front - 10 * px);
      ctx.lineTo(5 * px, -front - 4 * px);
      ctx.stroke();
      ctx.restore();
    }
    ctx.setLineDash([]);
    this.drawHandles(ctx, px);
  }

  /** An element as the gesture in progress proposes it: resized or turned (else as it is). */
  private previewOf(el: LayoutElement): LayoutElement {
    const g = this.gesture;
    if (g?.kind === 'resize' && g.id === el.id && g.geom) return { ...el, ...g.geom };
    if (g?.kind === 'rotate' && g.id === el.id && g.angle !== null) return { ...el, rotation: g.angle };
    return el;
  }

  /**
   * Handles of a constant screen size: the rotate handle (a circle on a stem above the top side),
   * square resize handles on the corners and sides; the size or the angle while dragging one.
   */
  private drawHandles(ctx: CanvasRenderingContext2D, px: number): void {
    const target = this.handleTarget();
    const kind = this.gesture?.kind;
    if (!target || kind === 'drag') return;
    const el = this.previewOf(target);
    ctx.save();
    ctx.lineWidth = px;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = SELECT;
    // The size shows on the element; the angle beyond the rotate handle, clear of the element's number.
    let labelAt: Point = { x: el.x, y: el.y };
    if (kind !== 'resize' && this.rotateTarget()) {
      const top = handlePoint(el, { name: 'n', sx: 0, sy: -1 });
      const knob = rotateHandlePoint(el, this.cam.scale);
      const len = Math.hypot(knob.x - top.x, knob.y - top.y);
      const r = ROTATE_RADIUS_PX * px;
      ctx.beginPath();
      ctx.moveTo(top.x, top.y);
      ctx.lineTo(top.x + ((knob.x - top.x) * (len - r)) / len, top.y + ((knob.y - top.y) * (len - r)) / len);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(knob.x, knob.y, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      const out = (r + 16 * px) / len;
      labelAt = { x: knob.x + (knob.x - top.x) * out, y: knob.y + (knob.y - top.y) * out };
    }
    const resize = kind === 'resize' && this.gesture?.kind === 'resize' ? this.gesture : null;
    const rotate = kind === 'rotate' && this.gesture?.kind === 'rotate' ? this.gesture : null;
    const half = (HANDLE_PX / 2) * px;
    for (const h of rotate ? [] : visibleHandles(target, this.cam.scale)) {
      const p = handlePoint(el, h);
      ctx.save();
      ctx.translate(p.x, p.y);
      ctx.rotate((el.rotation * Math.PI) / 180);
      ctx.fillRect(-half, -half, 2 * half, 2 * half);
      ctx.strokeRect(-half, -half, 2 * half, 2 * half);
      ctx.restore();
    }
    const numbers = editorNumbers(this.lang);
    const text = resize?.geom ? this.sizeLabel(target, resize.geom) : rotate?.angle != null ? numbers.degrees(rotate.angle) : null;
    if (text) {
      ctx.font = `${12 * px}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const w = ctx.measureText(text).width + 8 * px;
      ctx.fillStyle = 'rgba(255,255,255,0.9)';
      ctx.fillRect(labelAt.x - w / 2, labelAt.y - 9 * px, w, 18 * px);
      ctx.fillStyle = SELECT;
      ctx.fillText(text, labelAt.x, labelAt.y);
    }
    ctx.restore();
  }

  /** The size proposed by a resize handle; for a block, its rows and seats (or desks) first. */
  private sizeLabel(el: LayoutElement, geom: Geometry | BlockGeometry): string {
    const size = editorNumbers(this.lang).size(geom.width, geom.depth);
    if (!('props' in geom)) return size;
    const p = geom.props as Record<string, number | undefined>;
    const t = editorT(this.lang);
    const counts = el.kind === 'row-block' ? t('rowBlockCounts', { rows: p.rows ?? 1, seats: p.seatsPerRow ?? 1 }) : t('deskBlockCounts', { rows: p.deskRows ?? 1, desks: p.desks ?? 1 });
    return `${counts} · ${size}`;
  }

  // --- minimap -------------------------------------------------------------------------------

  /** Draws the minimap into `canvas` (shown only when the hall does not fit in the view); click or drag in it moves the view. */
  attachMinimap(canvas: HTMLCanvasElement): void {
    this.minimap = { canvas, base: document.createElement('canvas'), frame: null, key: '', dragging: false };
    const go = (e: MouseEvent) => {
      const m = this.minimap;
      if (!m?.frame) return;
      const r = canvas.getBoundingClientRect();
      const world = minimapToWorld(m.frame, { x: e.clientX - r.left, y: e.clientY - r.top });
      this.setCamera(centreOn(this.cam, this.viewport(), world));
    };
    const down = (e: MouseEvent) => {
      if (e.button !== 0 || !this.minimap) return;
      e.preventDefault();
      e.stopPropagation();
      this.minimap.dragging = true;
      go(e);
    };
    const move = (e: MouseEvent) => {
      if (this.minimap?.dragging) go(e);
    };
    const up = () => {
      if (this.minimap) this.minimap.dragging = false;
    };
    canvas.addEventListener('mousedown', down);
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    this.disposers.push(() => {
      canvas.removeEventListener('mousedown', down);
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
    });
    this.updateMinimap();
  }

  /** The hall with every element (some may stand outside it), in metres. */
  private extent(): Rect | null {
    if (!this.hall) return null;
    return unionRect([{ x: 0, y: 0, width: this.hall.widthM, height: this.hall.depthM }, ...this.elements.map((el) => this.boundsOf(el))]);
  }

  private updateMinimap(): void {
    if (this.minimap) paintMinimap(this.minimap, this.extent(), this.view(), this.hall, this.elements, this.stage.width() > 1);
  }

  /** The points of a known distance being marked: crosses joined by a line. */
  private drawMarks(ctx: CanvasRenderingContext2D, marks: readonly Point[], px: number): void {
    ctx.save();
    ctx.strokeStyle = MARK;
    ctx.lineWidth = 2 * px;
    ctx.beginPath();
    for (const m of marks) {
      ctx.moveTo(m.x - 8 * px, m.y);
      ctx.lineTo(m.x + 8 * px, m.y);
      ctx.moveTo(m.x, m.y - 8 * px);
      ctx.lineTo(m.x, m.y + 8 * px);
    }
    ctx.stroke();
    if (marks.length === 2) {
      ctx.setLineDash([6 * px, 4 * px]);
      ctx.beginPath();
      ctx.moveTo(marks[0]!.x, marks[0]!.y);
      ctx.lineTo(marks[1]!.x, marks[1]!.y);
      ctx.stroke();
    }
    ctx.restore();
  }

  // --- gestures ------------------------------------------------------------------------------

  private local(e: MouseEvent): Point {
    const r = this.container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private updateCursor(): void {
    const g = this.gesture;
    const handle = g?.kind === 'resize' ? handleCursor(g.handle, this.byId.get(g.id)?.rotation ?? 0) : g?.kind === 'rotate' ? ROTATE_CURSOR : null;
    this.container.style.cursor =
      handle ?? (g?.kind === 'pan' ? 'grabbing' : this.spaceDown ? 'grab' : g?.kind === 'drag' || g?.kind === 'plan' ? 'move' : this.placing ? 'copy' : this.marks ? 'crosshair' : (this.hoverCursor ?? 'default'));
  }

  private listen(): void {
    const on = <K extends keyof WindowEventMap>(target: Window | HTMLElement, type: K, fn: (e: WindowEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      target.addEventListener(type, fn as EventListener, opts);
      this.disposers.push(() => target.removeEventListener(type, fn as EventListener, opts));
    };
    on(this.container, 'mousedown', (e) => this.onDown(e));
    on(window, 'mousemove', (e) => this.onMove(e));
    on(window, 'mouseup', (e) => this.onUp(e));
    on(this.container, 'wheel', (e) => this.onWheel(e), { passive: false });
    on(this.container, 'contextmenu', (e) => {
      e.preventDefault();
      const p = this.local(e);
      this.callbacks.contextMenu(p, this.hitAt(p));
    });
    on(this.container, 'auxclick', (e) => e.preventDefault());
    on(window, 'keydown', (e) => {
      if (e.key === ' ' && !isTextTarget(e.target) && !this.spaceDown) {
        this.spaceDown = true;
        this.updateCursor();
        if (e.target === this.container || this.container.contains(e.target as Node) || e.target === document.body) e.preventDefault();
      }
    });
    on(window, 'keyup', (e) => {
      if (e.key === ' ') {
        this.spaceDown = false;
        this.updateCursor();
      }
    });
    on(window, 'blur', () => {
      this.spaceDown = false;
      this.updateCursor();
    });
  }

  private hitAt(p: Point): string | null {
    return hitElement(this.elements, toWorld(this.cam, p));
  }

  private onDown(e: MouseEvent): void {
    const p = this.local(e);
    if (e.button === 1 || (e.button === 0 && this.spaceDown)) {
      e.preventDefault();
      this.gesture = { kind: 'pan', last: { x: e.clientX, y: e.clientY } };
      this.updateCursor();
      this.beginFast();
      return;
    }
    if (e.button !== 0) return;
    // A click or a drag of anything but the view: draw properly again at once (a wheel burst may be on).
    this.endFast();
    this.container.focus({ preventScroll: true });
    const world = toWorld(this.cam, p);
    if (this.marks) {
      this.callbacks.mark(world);
      return;
    }
    if (this.placing) {
      const g = this.hall?.snap ? this.hall.gridM : 0;
      this.callbacks.place(g ? { x: snap(world.x, g), y: snap(world.y, g) } : world);
      return;
    }
    const turn = this.rotateTarget();
    if (turn && hitRotateHandle(turn, this.cam, p)) {
      this.gesture = { kind: 'rotate', id: turn.id, start: world, angle: null };
      this.updateCursor();
      return;
    }
    const target = this.handleTarget();
    const handle = target ? hitHandle(target, this.cam, p) : null;
    if (target && handle) {
      this.gesture = { kind: 'resize', id: target.id, handle, geom: null };
      this.updateCursor();
      return;
    }
    const hit = this.hitAt(p);
    const additive = e.shiftKey || e.ctrlKey || e.metaKey;
    if (hit) {
      let selection = [...this.selection];
      const grouped = this.groupOf(hit);
      if (additive) {
        selection = selection.includes(hit) ? selection.filter((id) => !grouped.includes(id)) : [...selection, ...grouped.filter((id) => !selection.includes(id))];
        this.callbacks.select(selection);
        this.selection = selection;
        if (!selection.includes(hit)) return;
      } else if (!selection.includes(hit)) {
        selection = grouped;
        this.callbacks.select(selection);
        this.selection = selection;
      }
      const el = this.byId.get(hit)!;
      const ids = this.selection.filter((id) => !this.byId.get(id)?.locked);
      if (ids.length === 0) return;
      this.gesture = { kind: 'drag', ids, start: world, anchor: { x: el.x, y: el.y }, dx: 0, dy: 0, moved: false };
      this.updateCursor();
      return;
    }
    // An unlocked floor plan is moved by dragging it (a click on it still clears the selection).
    const plan = this.hall && !this.hall.backgroundLocked && !additive ? this.backgroundRect() : null;
    if (plan && world.x >= plan.x && world.x <= plan.x + plan.width && world.y >= plan.y && world.y <= plan.y + plan.height) {
      this.gesture = { kind: 'plan', start: world, dx: 0, dy: 0, moved: false };
      return;
    }
    this.gesture = { kind: 'marquee', start: world, additive, base: additive ? [...this.selection] : [] };
  }

  /** The cursor over a resize or the rotate handle (no gesture in progress). */
  private hover(e: MouseEvent): void {
    const target = this.handleTarget();
    if (!target && this.hoverCursor === null) return; // nothing selected to hover: no work per move
    const turn = this.rotateTarget();
    const p = this.local(e);
    const { width, height } = this.viewport();
    const inside = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
    const h = target && inside ? hitHandle(target, this.cam, p) : null;
    const cursor = turn && inside && hitRotateHandle(turn, this.cam, p) ? ROTATE_CURSOR : h && target ? handleCursor(h, target.rotation) : null;
    if (cursor === this.hoverCursor) return;
    this.hoverCursor = cursor;
    this.updateCursor();
  }

  private groupOf(id: string): string[] {
    const el = this.byId.get(id);
    if (!el?.groupId) return [id];
    return this.elements.filter((e) => e.groupId === el.groupId).map((e) => e.id);
  }

  private onMove(e: MouseEvent): void {
    const g = this.gesture;
    if (!g) {
      this.hover(e);
      return;
    }
    if (g.kind === 'pan') {
      this.setCamera(panBy(this.cam, e.clientX - g.last.x, e.clientY - g.last.y));
      g.last = { x: e.clientX, y: e.clientY };
      return;
    }
    const world = toWorld(this.cam, this.local(e));
    if (g.kind === 'rotate') {
      const el = this.byId.get(g.id);
      if (!el) return;
      const angle = rotateFrom(el, g.start, world, e.altKey ? 1 : ROTATE_STEP);
      if (angle === g.angle) return;
      if (g.angle === null) this.lift([g.id]);
      g.angle = angle;
      // Only the element's shape is redrawn at the new angle: no document change until mouse up.
      this.dragLayer.batchDraw();
      this.interactionLayer.batchDraw();
      this.callbacks.rotating(angle);
      return;
    }
    if (g.kind === 'resize') {
      const el = this.byId.get(g.id);
      if (!el) return;
      const grid = this.hall?.snap && !e.altKey ? this.hall.gridM : 0;
      g.geom = isBlock(el) ? resizeBlock(el, g.handle, world) : resizeFrom(el, g.handle, world, { grid });
      this.interactionLayer.batchDraw();
      return;
    }
    if (g.kind === 'drag') {
      let dx = world.x - g.start.x;
      let dy = world.y - g.start.y;
      if (!g.moved && Math.hypot(dx, dy) * this.cam.scale < 3) return;
      if (!g.moved) this.lift(g.ids);
      g.moved = true;
      const grid = this.hall?.snap && !e.altKey ? this.hall.gridM : 0;
      if (grid) {
        // The grabbed element's centre lands on the grid; the others keep their offsets.
        dx = snap(g.anchor.x + dx, grid) - g.anchor.x;
        dy = snap(g.anchor.y + dy, grid) - g.anchor.y;
      }
      g.dx = dx;
      g.dy = dy;
      // Move the Konva nodes directly: no document change, no React, until the drag ends.
      for (const id of g.ids) this.nodes.get(id)?.position({ x: dx, y: dy });
      this.dragLayer.batchDraw();
      this.interactionLayer.batchDraw();
      return;
    }
    if (g.kind === 'plan') {
      const dx = world.x - g.start.x;
      const dy = world.y - g.start.y;
      if (!g.moved && Math.hypot(dx, dy) * this.cam.scale < 3) return;
      g.moved = true;
      g.dx = dx;
      g.dy = dy;
      this.planOffset = { x: dx, y: dy };
      this.floorDrawn = null; // the floor shows the plan moved: nothing to copy until redrawn
      this.updateCursor();
      this.floorLayer.batchDraw();
      return;
    }
    const rect = rectFromCorners(g.start, world);
    this.marquee.setAttrs({ visible: true, ...rect });
    this.interactionLayer.batchDraw();
  }

  private onUp(e: MouseEvent): void {
    const g = this.gesture;
    if (!g) return;
    this.gesture = null;
    this.updateCursor();
    // A pan ends here; a wheel burst going on at the same time ends with its timer.
    if (g.kind === 'pan' && !this.wheelTimer) this.endFast();
    if (g.kind === 'rotate') {
      const el = this.byId.get(g.id);
      this.callbacks.rotating(null);
      if (el && g.angle !== null && g.angle !== el.rotation) {
        this.gesture = g; // keep showing the preview until the document says where it is
        this.callbacks.rotateEnd(g.id, g.angle);
        if (this.gesture !== g) return;
        this.gesture = null;
      }
      // Nothing changed (no turn, or refused): back to the document's angle.
      this.returnDragged();
      this.redraw();
      return;
    }
    if (g.kind === 'resize') {
      const el = this.byId.get(g.id);
      const geom = g.geom;
      this.interactionLayer.batchDraw();
      if (!el || !geom || (geom.x === el.x && geom.y === el.y && geom.width === el.width && geom.depth === el.depth)) return;
      this.callbacks.resizeEnd(g.id, geom);
      return;
    }
    if (g.kind === 'drag') {
      if (g.moved && (g.dx !== 0 || g.dy !== 0)) {
        this.gesture = g; // keep drawing the offset until the document says where they are
        this.callbacks.moveEnd(g.ids, g.dx, g.dy);
        // setDocument resets the nodes; if the move was refused nothing changed: reset here.
        if (this.gesture === g) {
          this.gesture = null;
          for (const id of g.ids) this.nodes.get(id)?.position({ x: 0, y: 0 });
          this.returnDragged();
          this.redraw();
        }
      } else if (!e.shiftKey && !e.ctrlKey && !e.metaKey && this.selection.length > 1) {
        // A click (no drag) on one of several selected elements selects just it (its group).
        const hit = this.hitAt(this.local(e));
        if (hit) this.callbacks.select(this.groupOf(hit));
      }
      if (this.gesture !== g) this.returnDragged(); // moved and back, or done: no longer on their own layer
      return;
    }
    if (g.kind === 'plan') {
      if (!g.moved) {
        if (this.selection.length > 0) this.callbacks.select([]);
        return;
      }
      const r = (v: number) => Math.round(v * 1000) / 1000 + 0;
      this.callbacks.moveBackground(r(g.dx), r(g.dy));
      // setDocument resets the offset; if nothing changed (refused, or moved by 0) reset here.
      if (this.planOffset.x !== 0 || this.planOffset.y !== 0) {
        this.planOffset = { x: 0, y: 0 };
        this.floorLayer.batchDraw();
      }
      return;
    }
    if (g.kind === 'marquee') {
      this.marquee.visible(false);
      const world = toWorld(this.cam, this.local(e));
      const rect = rectFromCorners(g.start, world);
      if (rect.width * this.cam.scale < 3 && rect.height * this.cam.scale < 3) {
        if (!g.additive) this.callbacks.select([]);
      } else {
        const inside = this.elements.filter((el) => intersects(rect, this.boundsOf(el))).map((el) => el.id);
        const ids = [...g.base];
        for (const id of inside) if (!ids.includes(id)) ids.push(id);
        this.callbacks.select(ids);
      }
      this.interactionLayer.batchDraw();
    }
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const p = this.local(e);
    this.beginFast();
    clearTimeout(this.wheelTimer);
    this.wheelTimer = window.setTimeout(() => {
      this.wheelTimer = 0;
      if (this.gesture?.kind !== 'pan') this.endFast();
    }, WHEEL_END_MS);
    if (e.ctrlKey || e.metaKey || Math.abs(e.deltaY) >= Math.abs(e.deltaX)) {
      // Wheel and pinch (ctrl+wheel) zoom at the cursor; small deltas zoom smoothly.
      const factor = Math.exp((-e.deltaY * (e.deltaMode === 1 ? 33 : 1)) / 450);
      this.setCamera(zoomAt(this.cam, Math.min(1.6, Math.max(1 / 1.6, factor)), p));
    } else {
      this.setCamera(panBy(this.cam, -e.deltaX, -e.deltaY));
    }
  }

  destroy(): void {
    for (const d of this.disposers) d();
    if (this.cameraFrame) cancelAnimationFrame(this.cameraFrame);
    clearTimeout(this.wheelTimer);
    this.bitmaps.destroy();
    this.stage.destroy();
  }
}

function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLSelectElement);
}
