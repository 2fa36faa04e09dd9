/**
 * Ruler and grid steps at a camera's scale (pure, unit-tested). The camera itself, its zoom,
 * pan and fit, is shared/camera.ts.
 */

/** A round ruler/grid step (1, 2, 5 × 10^n m) at least `minPx` pixels apart at this scale. */
export function niceStep(scale: number, minPx: number): number {
  const raw = minPx / scale;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5]) if (m * pow >= raw) return m * pow;
  return 10 * pow;
}

/** The grid spacing drawn: the hall's own grid, doubled until lines are at least `minPx` apart. */
export function gridStep(gridM: number, scale: number, minPx = 8): number {
  let step = gridM;
  for (let i = 0; i < 40 && step * scale < minPx; i++) step *= 2;
  return step;
}
