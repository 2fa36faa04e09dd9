/**
 * The rehearsal's playback clock (pure): the sequence's time (seconds since the day's local
 * midnight, as the engine counts) as a function of the wall clock (milliseconds), at a chosen
 * speed, paused or playing, jumped to a time or to the next cue. Nothing here reads the wall
 * clock itself: every function takes `wall` (performance.now() in the page), so the animation
 * loop and the tests drive it the same way.
 */

export const SPEEDS = [1, 2, 5, 10, 30, 60] as const;
export type Speed = (typeof SPEEDS)[number];

/** At wall time `wall0` the sequence time was `t0`; it runs `speed` times real time while playing. */
export type Clock = {
  readonly t0: number;
  readonly wall0: number;
  readonly speed: number;
  readonly playing: boolean;
  /** Playback stops here (the last cue): it never runs past the end of the sequence. */
  readonly end: number;
  readonly start: number;
};

export function createClock(start: number, end: number, wall: number, speed: Speed = 1): Clock {
  return { t0: start, wall0: wall, speed, playing: false, start, end: Math.max(start, end) };
}

/** The sequence time shown at wall time `wall`. */
export function timeOf(clock: Clock, wall: number): number {
  if (!clock.playing) return clock.t0;
  return Math.min(clock.end, clock.t0 + ((wall - clock.wall0) / 1000) * clock.speed);
}

/** Whether a playing clock has reached the end (the loop then pauses it). */
export const atEnd = (clock: Clock, wall: number): boolean => timeOf(clock, wall) >= clock.end;

const rebase = (clock: Clock, wall: number, patch: Partial<Clock>): Clock => ({ ...clock, t0: timeOf(clock, wall), wall0: wall, ...patch });

/** Play from where it is; from the start again once it has reached the end. */
export function play(clock: Clock, wall: number): Clock {
  if (clock.playing) return clock;
  return rebase(clock, wall, { playing: true, ...(clock.t0 >= clock.end ? { t0: clock.start } : {}) });
}

export const pause = (clock: Clock, wall: number): Clock => (clock.playing ? rebase(clock, wall, { playing: false }) : clock);

/** A new speed from now on: the time shown does not jump. */
export const setSpeed = (clock: Clock, speed: number, wall: number): Clock => rebase(clock, wall, { speed });

/** Shows time `t` (kept within the sequence), playing on from there if it was playing. */
export const jump = (clock: Clock, t: number, wall: number): Clock =>
  rebase(clock, wall, { t0: Math.min(clock.end, Math.max(clock.start, t)) });

// ---- cues ------------------------------------------------------------------------------------

/**
 * The index of the cue happening at `t`: the last one at or before `t` (cues sorted by `at`);
 * -1 before the first. Binary search: the loop asks every frame.
 */
export function cueIndexAt(cues: readonly { at: number }[], t: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cues[mid]!.at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The first cue strictly after `t`, or null after the last one. */
export function nextCueAfter<C extends { at: number }>(cues: readonly C[], t: number): C | null {
  return cues[cueIndexAt(cues, t) + 1] ?? null;
}

/** Jumps to the next cue's time (stays put after the last one). */
export function stepToNextCue(clock: Clock, cues: readonly { at: number }[], wall: number): Clock {
  const next = nextCueAfter(cues, timeOf(clock, wall));
  return next ? jump(clock, next.at, wall) : clock;
}
