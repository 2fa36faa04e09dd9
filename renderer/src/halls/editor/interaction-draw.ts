import type { LayoutElement } from '../../../../shared/model/entities';
import type { BlockGeometry } from './blocks';
import type { Camera } from '../../../../shared/camera';
import type { Point } from '../../../../shared/rect';
import {
  HANDLE_PX, handlePoint, ROTATE_RADIUS_PX, rotateHandlePoint, visibleHandles, type Geometry,
} from './handles';
import { elementOutline } from './layout';
import { editorT } from './messages';
import { editorNumbers } from './numbers';
import { previewOf, type Gesture } from './scene-gesture';

// The hall editor's interaction layer, in hall metres at `px` metres per screen pixel: the
// selection's outlines, the resize and rotate handles with the size or angle they propose, and
// the points of a known distance being marked.

export const SELECT = '#2563eb';
const MARK = '#db2777';

/** The selected elements' outlines (moved by a drag's offset, as proposed while resized or turned), each with its front marker. */
export function drawOutlines(ctx: CanvasRenderingContext2D, selected: readonly LayoutElement[], gesture: Gesture | null, px: number): void {
  const drag = gesture?.kind === 'drag' ? gesture : null;
  ctx.strokeStyle = SELECT;
  ctx.lineWidth = 2 * px;
  for (const found of selected) {
    // While resizing or rotating: the outline as proposed (the document is unchanged until mouse up).
    const el = previewOf(found, gesture);
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
}

export type HandlesTarget = {
  /** The element with resize handles (null: none shows them). */
  target: LayoutElement | null;
  /** Whether it shows the rotate handle too (not when tiny at this zoom). */
  rotates: boolean;
  gesture: Gesture | null;
  cam: Camera;
  lang: 'vi' | 'en';
};

/**
 * Handles of a constant screen size: the rotate handle (a circle on a stem above the top side),
 * square resize handles on the corners and sides; the size or the angle while dragging one.
 */
export function drawHandles(ctx: CanvasRenderingContext2D, px: number, { target, rotates, gesture, cam, lang }: HandlesTarget): void {
  const kind = gesture?.kind;
  if (!target || kind === 'drag') return;
  const el = previewOf(target, gesture);
  ctx.save();
  ctx.lineWidth = px;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = SELECT;
  // The size shows on the element; the angle beyond the rotate handle, clear of the element's number.
  let labelAt: Point = { x: el.x, y: el.y };
  if (kind !== 'resize' && rotates) {
    const top = handlePoint(el, { name: 'n', sx: 0, sy: -1 });
    const knob = rotateHandlePoint(el, cam.scale);
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
  const resize = gesture?.kind === 'resize' ? gesture : null;
  const rotate = gesture?.kind === 'rotate' ? gesture : null;
  const half = (HANDLE_PX / 2) * px;
  for (const h of rotate ? [] : visibleHandles(target, cam.scale)) {
    const p = handlePoint(el, h);
    ctx.save();
    ctx.translate(p.x, p.y);
    ctx.rotate((el.rotation * Math.PI) / 180);
    ctx.fillRect(-half, -half, 2 * half, 2 * half);
    ctx.strokeRect(-half, -half, 2 * half, 2 * half);
    ctx.restore();
  }
  const numbers = editorNumbers(lang);
  const text = resize?.geom ? sizeLabel(target, resize.geom, lang) : rotate?.angle != null ? numbers.degrees(rotate.angle) : null;
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
function sizeLabel(el: LayoutElement, geom: Geometry | BlockGeometry, lang: 'vi' | 'en'): string {
  const size = editorNumbers(lang).size(geom.width, geom.depth);
  if (!('props' in geom)) return size;
  const p = geom.props as Record<string, number | undefined>;
  const t = editorT(lang);
  const counts = el.kind === 'row-block' ? t('rowBlockCounts', { rows: p.rows ?? 1, seats: p.seatsPerRow ?? 1 }) : t('deskBlockCounts', { rows: p.deskRows ?? 1, desks: p.desks ?? 1 });
  return `${counts} · ${size}`;
}

/** The points of a known distance being marked: crosses joined by a line. */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly Point[], px: number): void {
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
