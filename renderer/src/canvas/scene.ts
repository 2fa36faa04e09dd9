import Konva from 'konva';
import type { EventDocument } from '../../../shared/model/collections';
import type { Asset, Hall, LayoutElement, Seat } from '../../../shared/model/entities';
import { assetImage, imageSize } from './background';
import {
  fitRect, intersects, niceStep, panBy, rectFromCorners, toWorld, unionRect, visibleRect, zoomAt,
  type Camera, type Point, type Rect,
} from './camera';
import { drawElements, drawFloor, SEAT_RADIUS_M } from './draw';
import { elementBounds, elementOutline, hitElement, snap } from './layout';
import { HANDLE_PX, handleCursor, handlePoint, hitHandle, resizeFrom, sizedByProps, visibleHandles, type Geometry, type Handle } from './handles';
import { centreOn, drawMinimapBase, drawMinimapView, minimapFrame, minimapToWorld, needsMinimap, type MinimapFrame } from './minimap';

/**
 * The hall editor's canvas: plain Konva, driven imperatively so that React never re-renders on
 * a drag, a pan or a zoom. Four layers:
 *  1. floor (hall, floor plan image, grid; nothing listens),
 *  2. elements with their seats (one Shape per element drawing the element and all its seats),
 *  3. interaction (selection outlines, resize handles and the live resize outline, marquee),
 *  4. overlay in screen pixels (rulers).
 * One set of DOM listeners on the container handles every gesture; elements are found with
 * the shared geometry's hit test, not per-shape listeners.
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
  /** A resize by a handle ended: the element's new centre and size (not yet checked). */
  resizeEnd(id: string, geometry: Geometry): void;
};

type Gesture =
  | { kind: 'pan'; last: Point }
  | { kind: 'drag'; ids: string[]; start: Point; anchor: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'marquee'; start: Point; additive: boolean; base: string[] }
  | { kind: 'plan'; start: Point; dx: number; dy: number; moved: boolean }
  | { kind: 'resize'; id: string; handle: Handle; geom: Geometry | null };

const SELECT = '#2563eb';
const MARK = '#db2777';
const LABEL_MIN_PX = 9;
const RULER = 20;

export class HallScene {
  readonly stage: Konva.Stage;
  private readonly floorLayer = new Konva.Layer({ listening: false });
  private readonly elementLayer = new Konva.Layer({ listening: false });
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
  private minimap: { canvas: HTMLCanvasElement; base: HTMLCanvasElement; frame: MinimapFrame | null; key: string; dragging: boolean } | null = null;
  private readonly disposers: (() => void)[] = [];

  constructor(
    private readonly container: HTMLDivElement,
    private readonly callbacks: SceneCallbacks,
  ) {
    const { width, height } = container.getBoundingClientRect();
    this.stage = new Konva.Stage({ container, width: Math.max(1, width), height: Math.max(1, height), listening: false });
    const floor = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawFloor(ctx) });
    this.floorLayer.add(floor);
    this.selectionShape = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawSelection(ctx) });
    this.interactionLayer.add(this.selectionShape, this.marquee);
    this.overlayLayer.add(new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawRulers(ctx) }));
    this.stage.add(this.floorLayer, this.elementLayer, this.interactionLayer, this.overlayLayer);
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
    // One shape per element, in z order.
    const keep = new Set(this.byId.keys());
    for (const [id, node] of this.nodes) {
      if (keep.has(id)) continue;
      node.destroy();
      this.nodes.delete(id);
    }
    this.elements.forEach((el, i) => {
      let node = this.nodes.get(el.id);
      if (!node) {
        const id = el.id;
        node = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => this.drawElement(ctx, id) });
        this.nodes.set(id, node);
        this.elementLayer.add(node);
      }
      node.x(0).y(0);
      if (node.zIndex() !== i) node.zIndex(i);
    });
    if (this.gesture?.kind === 'drag' || this.gesture?.kind === 'resize') this.gesture = null;
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

  /** The element whose resize handles are shown: one selected, unlocked, sized by its width and depth. */
  private handleTarget(): LayoutElement | null {
    if (!this.resizable || this.placing || this.marks || this.selection.length !== 1) return null;
    const el = this.byId.get(this.selection[0]!);
    return el && !el.locked && !sizedByProps(el.kind) ? el : null;
  }

  /** For tests and assistive tools: which element shows resize handles. */
  private syncHandles(): void {
    const el = this.handleTarget();
    if (el) this.container.dataset.handles = el.id;
    else delete this.container.dataset.handles;
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
    const img = assetImage(this.background, () => this.floorLayer.batchDraw());
    if (!img) return null;
    const size = imageSize(img);
    return { x: hall.backgroundX + this.planOffset.x, y: hall.backgroundY + this.planOffset.y, width: size.width * hall.backgroundScale, height: size.height * hall.backgroundScale };
  }

  resize(width: number, height: number): void {
    if (width < 1 || height < 1) return;
    this.stage.size({ width, height });
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
    this.stage.batchDraw();
    if (!this.cameraFrame) {
      this.cameraFrame = requestAnimationFrame(() => {
        this.cameraFrame = 0;
        this.callbacks.camera(this.cam);
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
    const rect = unionRect(this.selection.flatMap((id) => (this.byId.get(id) ? [elementBounds(this.byId.get(id)!)] : [])));
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

  private drawFloor(context: Konva.Context): void {
    const hall = this.hall;
    if (!hall) return;
    const ctx = context._context;
    drawFloor(ctx, hall, this.px(), () => {
      const rect = this.backgroundRect();
      const img = this.background && rect ? assetImage(this.background, () => this.floorLayer.batchDraw()) : null;
      if (!img || !rect) return;
      ctx.save();
      ctx.globalAlpha = hall.backgroundOpacity;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(img, rect.x, rect.y, rect.width, rect.height);
      ctx.restore();
    });
  }

  private drawElement(context: Konva.Context, id: string): void {
    const el = this.byId.get(id);
    if (!el) return;
    const node = this.nodes.get(id);
    const view = this.view();
    const b = elementBounds(el);
    const ox = node?.x() ?? 0;
    const oy = node?.y() ?? 0;
    const margin = 0.6;
    // Draw only what is on screen.
    if (!intersects(view, { x: b.x + ox - margin, y: b.y + oy - margin, width: b.width + 2 * margin, height: b.height + 2 * margin })) return;
    const ctx = context._context;
    const px = this.px();
    drawElements(ctx, [el], px, this.lang);
    const seats = this.seatsByElement.get(id);
    if (seats && seats.length > 0) drawSeatsOf(ctx, seats, this.assigned, px, view);
    if (el.locked && 10 * px < Math.min(el.width, el.depth)) {
      ctx.fillStyle = '#64748b';
      ctx.font = `${12 * px}px system-ui, sans-serif`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.fillText('🔒', b.x + 2 * px, b.y + 2 * px);
    }
  }

  private drawSelection(context: Konva.Context): void {
    const ctx = context._context;
    const px = this.px();
    if (this.marks) this.drawMarks(ctx, this.marks, px);
    const drag = this.gesture?.kind === 'drag' ? this.gesture : null;
    const resize = this.gesture?.kind === 'resize' ? this.gesture : null;
    ctx.strokeStyle = SELECT;
    ctx.lineWidth = 2 * px;
    for (const id of this.selection) {
      const found = this.byId.get(id);
      if (!found) continue;
      // While resizing: the outline at the size proposed (the document is unchanged until mouse up).
      const el = resize?.geom && resize.id === id ? { ...found, ...resize.geom } : found;
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

  /** Square handles of a constant screen size on the corners and sides; the size while resizing. */
  private drawHandles(ctx: CanvasRenderingContext2D, px: number): void {
    const target = this.handleTarget();
    if (!target || this.gesture?.kind === 'drag') return;
    const resize = this.gesture?.kind === 'resize' && this.gesture.id === target.id ? this.gesture : null;
    const el = resize?.geom ? { ...target, ...resize.geom } : target;
    const half = (HANDLE_PX / 2) * px;
    ctx.save();
    ctx.lineWidth = px;
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = SELECT;
    for (const h of visibleHandles(target, this.cam.scale)) {
      const p = handlePoint(el, h);
      ctx.save();
      ctx.translate(p.x, p.y);
      ctx.rotate((el.rotation * Math.PI) / 180);
      ctx.fillRect(-half, -half, 2 * half, 2 * half);
      ctx.strokeRect(-half, -half, 2 * half, 2 * half);
      ctx.restore();
    }
    if (resize?.geom) {
      const text = `${formatM(resize.geom.width)} × ${formatM(resize.geom.depth)} m`;
      ctx.font = `${12 * px}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const w = ctx.measureText(text).width + 8 * px;
      ctx.fillStyle = 'rgba(255,255,255,0.9)';
      ctx.fillRect(el.x - w / 2, el.y - 9 * px, w, 18 * px);
      ctx.fillStyle = SELECT;
      ctx.fillText(text, el.x, el.y);
    }
    ctx.restore();
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
    return unionRect([{ x: 0, y: 0, width: this.hall.widthM, height: this.hall.depthM }, ...this.elements.map(elementBounds)]);
  }

  private updateMinimap(): void {
    const m = this.minimap;
    if (!m) return;
    const extent = this.extent();
    const view = this.view();
    const show = !!extent && this.stage.width() > 1 && needsMinimap(extent, view);
    m.canvas.hidden = !show;
    if (!show || !extent || !this.hall) return;
    const frame = minimapFrame(extent);
    const dpr = window.devicePixelRatio || 1;
    const key = `${frame.scale} ${frame.x} ${frame.y} ${frame.height} ${dpr}`;
    if (m.key !== key) {
      // The hall and the outlines: redrawn when the document or the extent changes, not per frame.
      m.key = key;
      m.frame = frame;
      for (const c of [m.canvas, m.base]) {
        c.width = Math.round(frame.width * dpr);
        c.height = Math.round(frame.height * dpr);
      }
      m.canvas.style.width = `${frame.width}px`;
      m.canvas.style.height = `${frame.height}px`;
      const b = m.base.getContext('2d');
      if (b) {
        b.setTransform(dpr, 0, 0, dpr, 0, 0);
        drawMinimapBase(b, frame, this.hall, this.elements);
      }
    }
    const ctx = m.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, m.canvas.width, m.canvas.height);
    ctx.drawImage(m.base, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, frame.width, frame.height);
    ctx.clip();
    drawMinimapView(ctx, frame, view);
    ctx.restore();
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

  private drawRulers(context: Konva.Context): void {
    if (!this.hall) return;
    const ctx = context._context;
    const { width, height } = this.viewport();
    const s = this.cam.scale;
    const step = niceStep(s, 60);
    ctx.fillStyle = 'rgba(248,250,252,0.94)';
    ctx.fillRect(0, 0, width, RULER);
    ctx.fillRect(0, 0, RULER, height);
    ctx.strokeStyle = '#94a3b8';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, RULER + 0.5);
    ctx.lineTo(width, RULER + 0.5);
    ctx.moveTo(RULER + 0.5, 0);
    ctx.lineTo(RULER + 0.5, height);
    ctx.stroke();
    ctx.fillStyle = '#475569';
    ctx.font = '10px system-ui, "Segoe UI", sans-serif';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    const digits = step < 1 ? 1 : 0;
    ctx.beginPath();
    const x0 = Math.floor(-this.cam.x / s / step) * step;
    for (let m = x0; m * s + this.cam.x < width; m += step) {
      const x = Math.round(m * s + this.cam.x) + 0.5;
      if (x < RULER) continue;
      ctx.moveTo(x, RULER - 6);
      ctx.lineTo(x, RULER);
      ctx.fillText(m.toFixed(digits), x + 2, 3);
    }
    const y0 = Math.floor(-this.cam.y / s / step) * step;
    for (let m = y0; m * s + this.cam.y < height; m += step) {
      const y = Math.round(m * s + this.cam.y) + 0.5;
      if (y < RULER) continue;
      ctx.moveTo(RULER - 6, y);
      ctx.lineTo(RULER, y);
      ctx.save();
      ctx.translate(3, y + 2);
      ctx.rotate(Math.PI / 2);
      ctx.fillText(m.toFixed(digits), 0, -RULER + 6);
      ctx.restore();
    }
    ctx.stroke();
    ctx.fillStyle = '#e2e8f0';
    ctx.fillRect(0, 0, RULER, RULER);
    ctx.fillStyle = '#475569';
    ctx.fillText('m', 5, 5);
  }

  // --- gestures ------------------------------------------------------------------------------

  private local(e: MouseEvent): Point {
    const r = this.container.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private updateCursor(): void {
    const g = this.gesture;
    const handle = g?.kind === 'resize' ? handleCursor(g.handle, this.byId.get(g.id)?.rotation ?? 0) : null;
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
      this.gesture = { kind: 'pan', last: p };
      this.updateCursor();
      return;
    }
    if (e.button !== 0) return;
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

  /** The cursor over a resize handle (no gesture in progress). */
  private hover(e: MouseEvent): void {
    const target = this.handleTarget();
    const p = this.local(e);
    const { width, height } = this.viewport();
    const inside = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
    const h = target && inside ? hitHandle(target, this.cam, p) : null;
    const cursor = h && target ? handleCursor(h, target.rotation) : null;
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
    const p = this.local(e);
    if (g.kind === 'pan') {
      this.setCamera(panBy(this.cam, p.x - g.last.x, p.y - g.last.y));
      g.last = p;
      return;
    }
    const world = toWorld(this.cam, p);
    if (g.kind === 'resize') {
      const el = this.byId.get(g.id);
      if (!el) return;
      const grid = this.hall?.snap && !e.altKey ? this.hall.gridM : 0;
      g.geom = resizeFrom(el, g.handle, world, { grid });
      this.interactionLayer.batchDraw();
      return;
    }
    if (g.kind === 'drag') {
      let dx = world.x - g.start.x;
      let dy = world.y - g.start.y;
      if (!g.moved && Math.hypot(dx, dy) * this.cam.scale < 3) return;
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
      this.elementLayer.batchDraw();
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
          this.redraw();
        }
      } else if (!e.shiftKey && !e.ctrlKey && !e.metaKey && this.selection.length > 1) {
        // A click (no drag) on one of several selected elements selects just it (its group).
        const hit = this.hitAt(this.local(e));
        if (hit) this.callbacks.select(this.groupOf(hit));
      }
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
        const inside = this.elements.filter((el) => intersects(rect, elementBounds(el))).map((el) => el.id);
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
    this.stage.destroy();
  }
}

function formatM(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function isTextTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLSelectElement);
}

const SEAT = { free: '#c3cedc', assigned: '#1d4ed8', blocked: '#ef9a9a', stroke: '#52627a', host: '#b45309', label: '#1e293b' };

/** The seats of one element: three paths (free, assigned, blocked), host rings, labels when legible. */
function drawSeatsOf(ctx: CanvasRenderingContext2D, seats: readonly Seat[], assigned: ReadonlySet<string>, px: number, view: Rect): void {
  const r = Math.max(SEAT_RADIUS_M, 1.5 * px);
  const detailed = r / px >= 2.5;
  ctx.lineWidth = px;
  for (const kind of ['free', 'assigned', 'blocked'] as const) {
    ctx.beginPath();
    let any = false;
    for (const s of seats) {
      const k = s.blocked ? 'blocked' : assigned.has(s.id) ? 'assigned' : 'free';
      if (k !== kind) continue;
      any = true;
      // A seat a few pixels wide looks the same as a square and costs far less to fill than an
      // arc: at hall scale (thousands of seats) this is most of a frame.
      if (!detailed) ctx.rect(s.x - r, s.y - r, 2 * r, 2 * r);
      else {
        ctx.moveTo(s.x + r, s.y);
        ctx.arc(s.x, s.y, r, 0, Math.PI * 2);
      }
    }
    if (!any) continue;
    ctx.fillStyle = SEAT[kind];
    ctx.fill();
    if (detailed) {
      ctx.strokeStyle = SEAT.stroke;
      ctx.stroke();
    }
  }
  if (!detailed) return;
  ctx.beginPath();
  for (const s of seats) {
    if (!s.isTableHost) continue;
    ctx.moveTo(s.x + r + px, s.y);
    ctx.arc(s.x, s.y, r + px, 0, Math.PI * 2);
  }
  ctx.strokeStyle = SEAT.host;
  ctx.lineWidth = 2 * px;
  ctx.stroke();
  // Level of detail: seat labels only when they can be read, only those in view.
  if ((r * 2) / px < LABEL_MIN_PX * 2) return;
  const size = r * 0.9;
  ctx.fillStyle = SEAT.label;
  ctx.font = `600 ${size}px system-ui, "Segoe UI", "Noto Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const s of seats) {
    if (s.x < view.x - r || s.x > view.x + view.width + r || s.y < view.y - r || s.y > view.y + view.height + r) continue;
    ctx.fillText(s.label, s.x, s.y);
  }
}
