import type { Camera, Viewport } from '../../../../shared/camera';
import { niceStep } from '../view/camera';

/** Rulers along the top and left edges of the canvas, in screen pixels, marked in metres. */

export const RULER_PX = 20;

export function drawRulers(ctx: CanvasRenderingContext2D, cam: Camera, viewport: Viewport, mark: (metres: number, step: number) => string): void {
  const { width, height } = viewport;
  const s = cam.scale;
  const step = niceStep(s, 60);
  const R = RULER_PX;
  ctx.fillStyle = 'rgba(248,250,252,0.94)';
  ctx.fillRect(0, 0, width, R);
  ctx.fillRect(0, 0, R, height);
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, R + 0.5);
  ctx.lineTo(width, R + 0.5);
  ctx.moveTo(R + 0.5, 0);
  ctx.lineTo(R + 0.5, height);
  ctx.stroke();
  ctx.fillStyle = '#475569';
  ctx.font = '10px system-ui, "Segoe UI", sans-serif';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.beginPath();
  // Marks at whole multiples of the step (k × step, not a running sum, so no rounding drift).
  for (let k = Math.floor(-cam.x / s / step); k * step * s + cam.x < width; k++) {
    const x = Math.round(k * step * s + cam.x) + 0.5;
    if (x < R) continue;
    ctx.moveTo(x, R - 6);
    ctx.lineTo(x, R);
    ctx.fillText(mark(k * step, step), x + 2, 3);
  }
  for (let k = Math.floor(-cam.y / s / step); k * step * s + cam.y < height; k++) {
    const y = Math.round(k * step * s + cam.y) + 0.5;
    if (y < R) continue;
    ctx.moveTo(R - 6, y);
    ctx.lineTo(R, y);
    ctx.save();
    ctx.translate(3, y + 2);
    ctx.rotate(Math.PI / 2);
    ctx.fillText(mark(k * step, step), 0, -R + 6);
    ctx.restore();
  }
  ctx.stroke();
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(0, 0, R, R);
  ctx.fillStyle = '#475569';
  ctx.fillText('m', 5, 5);
}
