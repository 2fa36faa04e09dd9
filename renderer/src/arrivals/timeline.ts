/**
 * Timeline geometry (pure): time <-> x, one lane per venue point and per greeter, the bars of
 * the slots in their lanes (overlapping bars on separate tracks, so a clash is seen, not hidden),
 * minute ticks, and a dragged slot's new start snapped to the minute. Times are the engine's:
 * seconds since the sequence day's local midnight.
 */

const MINUTE = 60;

/** Time `t0` (seconds) is drawn at x = `x0`; `pxPerMin` is the zoom. */
export type TimeScale = { t0: number; x0: number; pxPerMin: number };

export const xOf = (scale: TimeScale, t: number): number => scale.x0 + ((t - scale.t0) / MINUTE) * scale.pxPerMin;
export const timeAt = (scale: TimeScale, x: number): number => scale.t0 + ((x - scale.x0) / scale.pxPerMin) * MINUTE;

export const MIN_PX_PER_MIN = 4;
export const MAX_PX_PER_MIN = 240;

/**
 * The scale that shows [from, to] in `width` pixels, widened to whole minutes with a margin
 * of `marginMin` on each side, never below MIN_PX_PER_MIN (the view then scrolls).
 */
export function fitScale(from: number, to: number, width: number, marginMin = 3): TimeScale {
  const t0 = Math.floor(from / MINUTE) * MINUTE - marginMin * MINUTE;
  const t1 = Math.ceil(to / MINUTE) * MINUTE + marginMin * MINUTE;
  const minutes = Math.max(1, (t1 - t0) / MINUTE);
  const pxPerMin = Math.min(MAX_PX_PER_MIN, Math.max(MIN_PX_PER_MIN, width / minutes));
  return { t0, x0: 0, pxPerMin };
}

/** The scale zoomed by `factor` keeping the time under `atX` where it is. */
export function zoomScale(scale: TimeScale, factor: number, atX: number): TimeScale {
  const pxPerMin = Math.min(MAX_PX_PER_MIN, Math.max(MIN_PX_PER_MIN, scale.pxPerMin * factor));
  const at = timeAt(scale, atX);
  return { t0: at - ((atX - scale.x0) / pxPerMin) * MINUTE, x0: scale.x0, pxPerMin };
}

const TICK_STEPS_MIN = [1, 2, 5, 10, 15, 30, 60, 120];

/** Tick times from `from` to `to`: the smallest round step whose ticks are `minGapPx` apart. */
export function ticks(scale: TimeScale, from: number, to: number, minGapPx = 56): { step: number; times: number[] } {
  const stepMin = TICK_STEPS_MIN.find((m) => m * scale.pxPerMin >= minGapPx) ?? TICK_STEPS_MIN.at(-1)!;
  const step = stepMin * MINUTE;
  const times: number[] = [];
  // Seconds since local midnight: a multiple of 5 minutes is a round time on the event's clock
  // (except across a daylight-saving change, which no arrival sequence straddles in practice).
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) times.push(t);
  return { step, times };
}

/**
 * Where a slot dragged by `dxPx` starts: its start moved by the drag, then rounded to the whole
 * minute (an arrival is announced to the minute), or to the second when snapping is off (Alt).
 */
export function draggedStart(scale: TimeScale, start: number, dxPx: number, snap: boolean): number {
  const raw = start + (dxPx / scale.pxPerMin) * MINUTE;
  const unit = snap ? MINUTE : 1;
  return Math.round(raw / unit) * unit;
}

// ---- lanes and bars ------------------------------------------------------------------------

export type LaneSource = { key: string; kind: 'point' | 'greeter'; id: string };

/** One thing happening to one slot in one lane, from `start` to `end` (seconds). */
export type Span = { slotId: string; stepId: string; laneKey: string; start: number; end: number };

export type Lane = LaneSource & { y: number; height: number; tracks: number };
export type Bar = Span & { x: number; width: number; y: number; height: number; track: number };

export type LaneMetrics = { trackHeight: number; gap: number; padding: number };
export const LANE_METRICS: LaneMetrics = { trackHeight: 24, gap: 3, padding: 5 };

/**
 * Greedy track assignment per lane: spans sorted by start go on the first track free at their
 * start. Spans that only touch (one ends as the next starts) share a track.
 */
function assignTracks(spans: readonly Span[]): Map<Span, number> {
  const track = new Map<Span, number>();
  const byLane = new Map<string, Span[]>();
  for (const s of spans) byLane.set(s.laneKey, [...(byLane.get(s.laneKey) ?? []), s]);
  for (const list of byLane.values()) {
    const ends: number[] = [];
    for (const s of [...list].sort((a, b) => a.start - b.start || a.end - b.end)) {
      let i = ends.findIndex((end) => end <= s.start);
      if (i < 0) i = ends.push(s.end) - 1;
      else ends[i] = s.end;
      track.set(s, i);
    }
  }
  return track;
}

/** Lanes top to bottom in the order given, each as tall as its busiest moment needs. */
export function layoutTimeline(
  sources: readonly LaneSource[],
  spans: readonly Span[],
  scale: TimeScale,
  metrics: LaneMetrics = LANE_METRICS,
): { lanes: Lane[]; bars: Bar[]; height: number } {
  const track = assignTracks(spans);
  const tracksOf = new Map<string, number>();
  for (const [s, i] of track) tracksOf.set(s.laneKey, Math.max(tracksOf.get(s.laneKey) ?? 1, i + 1));
  const lanes: Lane[] = [];
  let y = 0;
  for (const source of sources) {
    const tracks = tracksOf.get(source.key) ?? 1;
    const height = 2 * metrics.padding + tracks * metrics.trackHeight + (tracks - 1) * metrics.gap;
    lanes.push({ ...source, y, height, tracks });
    y += height;
  }
  const laneOf = new Map(lanes.map((l) => [l.key, l]));
  const bars: Bar[] = [];
  for (const s of spans) {
    const lane = laneOf.get(s.laneKey);
    if (!lane) continue;
    const t = track.get(s) ?? 0;
    const x = xOf(scale, s.start);
    bars.push({
      ...s,
      x,
      // A zero-length step (a handshake logged as a moment) still shows as a thin bar.
      width: Math.max(3, xOf(scale, s.end) - x),
      y: lane.y + metrics.padding + t * (metrics.trackHeight + metrics.gap),
      height: metrics.trackHeight,
      track: t,
    });
  }
  return { lanes, bars, height: y };
}
