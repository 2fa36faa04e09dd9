import type { EventDocument } from '../model/collections';
import type { SequenceStep } from '../model/entities';
import { type Language, pickLang } from '../i18n/index';
import { describeArrival } from './messages';
import { effectiveStarts, sequenceOf, slotsOf, stepsOf, timesBySlot } from './model';
import { sequenceClock, timeText } from './time';
import type { Cue, Marker, Seconds } from './types';

/**
 * The rehearsal's (and live mode's) view of a sequence at any moment: where each delegation is
 * on the venue map, and the run-of-show lines under way and coming next.
 *
 * A step's venue point is where the delegation is when the step begins; it then moves in a
 * straight line to the next step's point, reaching it as that step begins. A last step that is
 * a walk or an escort ends at its point (escorted *to* the holding room); any other last step
 * stays at its point. Steps without a point are skipped. Logged actual times count over planned
 * ones, so live mode shows where delegations really are.
 */
export type Rehearsal = {
  readonly sequenceId: string;
  /** The first arrival and the last step's end (the timeline's range); 0, 0 without slots. */
  readonly start: Seconds;
  readonly end: Seconds;
  /** Every slot's marker at time t, in arrival order. Cheap: precomputed paths, no allocation but the result. */
  markersAt(t: Seconds): Marker[];
  /** Lines under way at t, and the `count` next ones after t. */
  cuesAt(t: Seconds, lang: Language, count?: number): { now: Cue[]; next: Cue[] };
  /** The whole run-of-show, in time order. */
  cues(lang: Language): Cue[];
};

type Path = {
  slotId: string;
  delegationId: string;
  ts: number[]; // waypoint times, non-decreasing
  xs: number[];
  ys: number[];
  stepStarts: number[]; // effective start of each step
  stepEnds: number[];
  begin: number;
  end: number;
};

type CueSource = { at: number; end: number; slot: number; step: number };

const MOVING_END: ReadonlySet<SequenceStep['kind']> = new Set(['walk', 'escort']);

export function createRehearsal(document: EventDocument, sequenceId: string): Rehearsal {
  sequenceOf(document, sequenceId);
  const clock = sequenceClock(document, sequenceId);
  const steps = stepsOf(document, sequenceId);
  const slots = slotsOf(document, sequenceId);
  const times = timesBySlot(document);
  const point = steps.map((s) => (s.venuePointId ? document.venuePoints[s.venuePointId] ?? null : null));

  const paths: Path[] = [];
  for (const slot of slots) {
    // Never backwards: an actual time logged out of order does not send the marker back.
    const starts = effectiveStarts(clock, steps, times.get(slot.id));
    for (let i = 1; i < starts.length; i++) starts[i] = Math.max(starts[i]!, starts[i - 1]!);
    if (steps.length === 0 || Number.isNaN(starts[0])) continue;
    const ends = starts.map((s, i) => s + steps[i]!.durationS);
    const ts: number[] = [];
    const xs: number[] = [];
    const ys: number[] = [];
    const last = steps.length - 1;
    steps.forEach((step, i) => {
      const p = point[i];
      if (!p) return;
      const at = i === last && MOVING_END.has(step.kind) ? ends[i]! : starts[i]!;
      ts.push(at);
      xs.push(p.x);
      ys.push(p.y);
    });
    paths.push({ slotId: slot.id, delegationId: slot.delegationId, ts, xs, ys, stepStarts: starts, stepEnds: ends, begin: starts[0]!, end: ends[last]! });
  }

  const sources: CueSource[] = [];
  paths.forEach((p, slot) => p.stepStarts.forEach((at, step) => sources.push({ at, end: p.stepEnds[step]!, slot, step })));
  sources.sort((a, b) => a.at - b.at || a.slot - b.slot || a.step - b.step);
  const texts = new Map<Language, string[]>();
  const cueText = (lang: Language, i: number): string => {
    let list = texts.get(lang);
    if (!list) texts.set(lang, (list = []));
    return (list[i] ??= describeCue(document, paths[sources[i]!.slot]!.slotId, steps[sources[i]!.step]!, timeText(clock, sources[i]!.at), lang));
  };
  const cue = (lang: Language, i: number): Cue => {
    const s = sources[i]!;
    const step = steps[s.step]!;
    const path = paths[s.slot]!;
    return { at: s.at, time: timeText(clock, s.at), slotId: path.slotId, delegationId: path.delegationId, stepId: step.id, kind: step.kind, text: cueText(lang, i) };
  };

  return {
    sequenceId,
    start: paths.length ? Math.min(...paths.map((p) => p.begin)) : 0,
    end: paths.length ? Math.max(...paths.map((p) => p.end)) : 0,
    markersAt(t) {
      return paths.map((p) => markerOf(p, t, steps));
    },
    cuesAt(t, lang, count = 3) {
      const now: Cue[] = [];
      const next: Cue[] = [];
      // First cue starting after t (binary search); those under way started before it.
      let lo = 0;
      let hi = sources.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sources[mid]!.at <= t) lo = mid + 1;
        else hi = mid;
      }
      for (let i = 0; i < lo; i++) if (sources[i]!.end > t || (sources[i]!.end === sources[i]!.at && sources[i]!.at === t)) now.push(cue(lang, i));
      for (let i = lo; i < Math.min(sources.length, lo + count); i++) next.push(cue(lang, i));
      return { now, next };
    },
    cues(lang) {
      return sources.map((_, i) => cue(lang, i));
    },
  };
}

function markerOf(p: Path, t: number, steps: readonly SequenceStep[]): Marker {
  if (t < p.begin) return { slotId: p.slotId, delegationId: p.delegationId, phase: 'waiting', x: null, y: null, stepId: null };
  const done = t >= p.end;
  let stepId: string | null = null;
  if (!done) {
    for (let i = p.stepStarts.length - 1; i >= 0; i--) {
      if (p.stepStarts[i]! <= t) {
        stepId = steps[i]!.id;
        break;
      }
    }
  }
  const { ts, xs, ys } = p;
  let x: number | null = null;
  let y: number | null = null;
  if (ts.length > 0) {
    if (t <= ts[0]!) [x, y] = [xs[0]!, ys[0]!];
    else if (t >= ts.at(-1)!) [x, y] = [xs.at(-1)!, ys.at(-1)!];
    else {
      let i = 1;
      while (ts[i]! < t) i++;
      const span = ts[i]! - ts[i - 1]!;
      const f = span > 0 ? (t - ts[i - 1]!) / span : 1;
      x = xs[i - 1]! + (xs[i]! - xs[i - 1]!) * f;
      y = ys[i - 1]! + (ys[i]! - ys[i - 1]!) * f;
    }
  }
  return { slotId: p.slotId, delegationId: p.delegationId, phase: done ? 'done' : 'on-site', x, y, stepId };
}

/** One line of the run-of-show: the step's sentence, with the car and liaison officer at the arrival. */
function describeCue(document: EventDocument, slotId: string, step: SequenceStep, time: string, lang: Language): string {
  const slot = document.slots[slotId]!;
  const d = document.delegations[slot.delegationId];
  const p = step.venuePointId ? document.venuePoints[step.venuePointId] : undefined;
  const greeter = slot.greeterId ? document.greeters[slot.greeterId] : undefined;
  const params = {
    time,
    delegation: d ? pickLang(lang, { vi: d.nameVi, en: d.nameEn }) : slot.delegationId,
    point: p ? pickLang(lang, { vi: p.nameVi, en: p.nameEn }) : '—',
    greeter: greeter ? greeter.name : '',
  };
  const key = step.kind === 'greeting' && !greeter ? 'cue-greeting-nobody' : (`cue-${step.kind}` as const);
  const parts = [describeArrival({ key, params }, lang)];
  if (step.kind === 'drive-in') {
    if (slot.carNumber.trim()) parts.push(describeArrival({ key: 'cue-car', params: { car: slot.carNumber.trim() } }, lang));
    if (slot.liaisonOfficer.trim()) parts.push(describeArrival({ key: 'cue-liaison', params: { officer: slot.liaisonOfficer.trim() } }, lang));
  }
  return parts.join('; ');
}

/** One slot's marker at one time (the rehearsal of a single delegation; for many, createRehearsal). */
export function markerPosition(document: EventDocument, sequenceId: string, slotId: string, at: Seconds): Marker | null {
  return createRehearsal(document, sequenceId).markersAt(at).find((m) => m.slotId === slotId) ?? null;
}
