import type Konva from 'konva';
import { centreOn, toWorld, panBy, zoomAt, type Camera } from '../../../../shared/camera';
import { rectsIntersect as intersects, rectFromCorners, unionRects as unionRect, type Point } from '../../../../shared/rect';
import { isBlock, resizeBlock } from './blocks';
import { hitElement, snap } from './layout';
import { handleCursor, hitHandle, hitRotateHandle, resizeFrom, ROTATE_CURSOR, ROTATE_STEP, rotateFrom } from './handles';
import { listenMinimap, type MinimapCanvas } from './minimap';
import { repaintRegion } from './gesture-bitmaps';
import { sameCamera } from './snapshot';
import { withoutAutoDraw } from './element-nodes';
import { HallView } from './scene-view';
import { takesKeys } from '../../app/focus';
import type { SceneCallbacks } from './scene-gesture';

/** A wheel burst is one zoom gesture until the wheel has been still this long. */
const WHEEL_END_MS = 150;

/**
 * The hall editor's canvas: what it shows (scene-view.ts) and what the mouse, the keys and the
 * wheel do to it. One set of DOM listeners on the container handles every gesture; elements are
 * found with the shared geometry's hit test, not per-shape listeners.
 */
export class HallScene extends HallView {
  private spaceDown = false;
  private hoverCursor: string | null = null;

  constructor(container: HTMLDivElement, callbacks: SceneCallbacks) {
    super(container, callbacks);
    this.listen();
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

  /** Draws the minimap into `canvas` (shown only when the hall does not fit in the view); click or drag in it moves the view. */
  attachMinimap(canvas: HTMLCanvasElement): void {
    const minimap: MinimapCanvas = { canvas, base: document.createElement('canvas'), frame: null, key: '', dragging: false };
    this.minimap = minimap;
    this.disposers.push(listenMinimap(minimap, (world) => this.setCamera(centreOn(this.cam, this.viewport(), world))));
    this.updateMinimap();
  }

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
      if (e.key === ' ' && !takesKeys(e.target) && !this.spaceDown) {
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
    return hitElement(this.elements, toWorld(this.cam, p), 0, (el) => this.boundsOf(el));
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
      const offset = this.dragOffset(g, world);
      if (!offset) return;
      if (offset.started) this.lift(g.ids);
      const grid = this.hall?.snap && !e.altKey ? this.hall.gridM : 0;
      // On the grid, the grabbed element's centre lands on it; the others keep their offsets.
      g.dx = grid ? snap(g.anchor.x + offset.dx, grid) - g.anchor.x : offset.dx;
      g.dy = grid ? snap(g.anchor.y + offset.dy, grid) - g.anchor.y : offset.dy;
      // Move the Konva nodes directly: no document change, no React, until the drag ends.
      for (const id of g.ids) this.nodes.get(id)?.position({ x: g.dx, y: g.dy });
      this.interactionLayer.batchDraw();
      return;
    }
    if (g.kind === 'plan') {
      const offset = this.dragOffset(g, world);
      if (!offset) return;
      g.dx = offset.dx;
      g.dy = offset.dy;
      this.planOffset = { x: offset.dx, y: offset.dy };
      this.floorDrawn = null; // the floor shows the plan moved: nothing to copy until redrawn
      this.updateCursor();
      this.floorLayer.batchDraw();
      return;
    }
    const rect = rectFromCorners(g.start, world);
    this.marquee.setAttrs({ visible: true, ...rect });
    this.interactionLayer.batchDraw();
  }

  /**
   * How far a press has gone since `start` (metres); null until it has moved 3 screen pixels, which
   * tell a drag from a click. From then on the gesture is `moved`; `started` marks that first move.
   */
  private dragOffset(g: { start: Point; moved: boolean }, world: Point): { dx: number; dy: number; started: boolean } | null {
    const dx = world.x - g.start.x;
    const dy = world.y - g.start.y;
    if (g.moved) return { dx, dy, started: false };
    if (Math.hypot(dx, dy) * this.cam.scale < 3) return null;
    g.moved = true;
    return { dx, dy, started: true };
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

  /** A pan or zoom starts (or goes on): draw from the bitmaps until it ends; not while elements or the plan move (the bitmaps would show them where they were). */
  private beginFast(): void {
    if (this.fast) return;
    const g = this.gesture;
    if (g && g.kind !== 'pan' && g.kind !== 'marquee') return;
    if (!this.hall) return;
    const version = this.version;
    this.bitmaps.ensureOverview(this.extent(), this.viewport(), this.pixelRatio(), version);
    const layer = (canvas: Konva.Layer, drawn: { camera: Camera; version: number } | null) => ({ canvas: canvas.getNativeCanvasElement(), camera: drawn?.camera ?? null, version: drawn?.version ?? -1 });
    this.bitmaps.copyScreen([layer(this.floorLayer, this.floorDrawn), layer(this.elementLayer, this.elementsDrawn?.lifted.length ? null : this.elementsDrawn)], this.cam, this.viewport(), version);
    this.fast = true;
    this.floorDrawn = null;
    this.elementLayer.visible(false);
    this.floorLayer.batchDraw();
  }

  /**
   * The elements a drag or turn moves go to the interaction layer, so each move redraws them alone. The
   * element layer is redrawn without them only where they were: a full redraw of thousands of
   * seats would cost the gesture its first frame.
   */
  private lift(ids: readonly string[]): void {
    const lifted = new Set(ids);
    const area = unionRect(ids.flatMap((id) => (this.byId.get(id) ? [this.boundsOf(this.byId.get(id)!)] : [])));
    withoutAutoDraw(() => {
      for (const id of ids) this.nodes.get(id)?.moveTo(this.dragged);
    });
    const drawn = this.elementsDrawn;
    // The canvas no longer shows every element: nothing to copy until redrawn (the drop repaints only what moved).
    this.elementsDrawn = null;
    if (!area || !drawn || drawn.version !== this.version || !sameCamera(drawn.camera, this.cam)) return void this.elementLayer.batchDraw();
    const px = this.px();
    repaintRegion(this.elementLayer, this.cam, area, 0.6, (ctx, rect) => {
      for (const el of this.elements) if (!lifted.has(el.id)) this.paintOne(ctx, el, px, rect, { x: 0, y: 0 });
    });
    this.elementsDrawn = { camera: this.cam, version: this.version, lifted: [...drawn.lifted, ...ids] };
  }
}
