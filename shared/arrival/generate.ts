import { byId, byUnName, thenBy } from '../compare';
import type { EventDocument } from '../model/collections';
import type { ArrivalSequence, Delegation, SequenceStep } from '../model/entities';
import { hostDelegation, lotCountry, orderDelegations, readRules, unOrderFromLot, type StateName } from '../protocol';
import { rankGroup } from '../protocol/messages';
import { foldName } from '../reference/names';
import { ArrivalError } from './errors';
import { both, minutesText } from './messages';
import { headRanks, matches, sequenceOf, slotsOf, stepOffsets, stepsOf } from './model';
import { ArrivalSettings, ArrivalSettingsError, readArrivalSettings, timeChoice, type ParticipantGroup, type WaveMember } from './settings';
import { nextDayClock, sequenceClock, timeText, type DayClock } from './time';
import { dateText, type LocalChoice } from '../time';
import type { ArrivalOptions, ArrivalReason, Impossible, PlannedSlot, SequencePlan, Seconds } from './types';

/** The default duration (seconds) of each step kind: the sample's run-of-show. */
export const STEP_DEFAULTS: Readonly<Record<SequenceStep['kind'], number>> = {
  'drive-in': 60,
  walk: 45,
  greeting: 30,
  photo: 20,
  escort: 90,
};

/** Options overriding the stored ones for one plan; `states` names a lot country that does not attend. */
export type PlanOptions = Partial<ArrivalOptions> & { states?: readonly StateName[] };

/** A sequence by id, or by its English or Vietnamese name (case and spacing ignored). */
export function findSequence(document: EventDocument, query: string): ArrivalSequence | undefined {
  if (document.sequences[query]) return document.sequences[query];
  const key = foldName(query.trim()).toLowerCase();
  return Object.values(document.sequences).find((s) => foldName(s.nameEn).toLowerCase() === key || foldName(s.nameVi).toLowerCase() === key);
}

/** The stored options of a sequence (row and setting), overridden by `overrides`; refused when invalid. */
export function resolveOptions(document: EventDocument, sequenceId: string, overrides: Partial<ArrivalOptions> = {}): ArrivalOptions {
  const sequence = sequenceOf(document, sequenceId);
  let settings: ArrivalSettings;
  try {
    settings = readArrivalSettings(document, sequenceId);
  } catch (err) {
    if (err instanceof ArrivalSettingsError) {
      throw new ArrivalError('error-settings-invalid', { ...both('sequence', sequence.nameEn, sequence.nameVi), issues: err.issues.join('; ') });
    }
    throw err;
  }
  const { rule, startTime, deadline, intervalMin, minGapMin } = sequence;
  const merged = { rule, startTime, deadline, intervalMin, minGapMin, ...settings, ...overrides };
  const checked = ArrivalSettings.safeParse({
    anchor: merged.anchor, waves: merged.waves, waveGapMin: merged.waveGapMin, endBufferMin: merged.endBufferMin,
    participants: merged.participants, lot: merged.lot, skippedTime: merged.skippedTime, repeatedTime: merged.repeatedTime,
  });
  if (!checked.success) {
    throw new ArrivalError('error-settings-invalid', {
      ...both('sequence', sequence.nameEn, sequence.nameVi), issues: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  }
  return merged;
}

/**
 * Who arrives in a sequence: 'all' (every delegation but the host, who greets), delegations whose
 * head has one of the ranks listed (or organizations), or, with null, the delegations already in
 * the sequence ('all' when it has none). Null is what a sequence not generated here has (the
 * sample's): guessing ranks from its slots would turn one downgraded head of state into "every
 * minister is expected", so it keeps exactly who is there.
 */
export function participantsOf(
  document: EventDocument,
  sequenceId: string,
  participants: ArrivalSettings['participants'],
): { delegations: Delegation[]; members: WaveMember[] | ParticipantGroup | 'all' | 'kept' } {
  const ranks = headRanks(document);
  const host = hostDelegation(document);
  if (participants === null) {
    const slotted = new Set(slotsOf(document, sequenceId).map((s) => s.delegationId));
    if (slotted.size > 0) return { delegations: Object.values(document.delegations).filter((d) => slotted.has(d.id)), members: 'kept' };
  }
  const members = participants ?? 'all';
  const delegations = Object.values(document.delegations).filter(
    (d) => d.id !== host?.id && (members === 'all' || (Array.isArray(members) ? matches(d, ranks.get(d.id), members) : inGroup(d, members))),
  );
  return { delegations, members };
}

/** A delegation in a group: the states (members and observers), the organizations, or one of the codes. */
function inGroup(d: Delegation, group: ParticipantGroup): boolean {
  if ('codes' in group) return group.codes.includes((d.kind === 'organization' ? d.orgCode : d.iso3) ?? '');
  return group.kinds === 'organizations' ? d.kind === 'organization' : d.kind !== 'organization';
}

/** What the explanation says of who arrives. */
function participantsReason(members: WaveMember[] | ParticipantGroup | 'all' | 'kept', count: number): ArrivalReason {
  if (members === 'all') return { key: 'explain-participants-all', params: {} };
  if (members === 'kept') return { key: 'explain-participants-kept', params: { count } };
  if (Array.isArray(members)) return { key: 'explain-participants', params: membersText(members) };
  if ('codes' in members) return { key: 'explain-participants-codes', params: { count, codes: members.codes.join(', ') } };
  return { key: members.kinds === 'states' ? 'explain-participants-states' : 'explain-participants-organizations', params: { count } };
}

/** Participants in the rule's order (the lot and alphabetical rules: states, then organizations). */
function ordered(document: EventDocument, options: ArrivalOptions, delegations: Delegation[], states: readonly StateName[]): { list: Delegation[]; lot: { en: string; vi: string; known: boolean } | null } {
  const ids = new Set(delegations.map((d) => d.id));
  if (options.rule === 'precedence' || options.rule === 'reverse-precedence') {
    const order = orderDelegations(document, readRules(document), { states }).filter((e) => ids.has(e.delegationId));
    const list = order.map((e) => document.delegations[e.delegationId]!);
    return { list: options.rule === 'precedence' ? list : list.reverse(), lot: null };
  }
  const alpha = thenBy(byUnName((d: Delegation) => d.nameEn), byId);
  const countries = delegations.filter((d) => d.kind !== 'organization').sort(alpha);
  const orgs = delegations.filter((d) => d.kind === 'organization').sort(alpha);
  if (options.rule === 'alphabetical') return { list: [...countries, ...orgs], lot: null };
  const stored = readRules(document).lot;
  const iso3 = options.lot ?? stored?.iso3 ?? null;
  if (!iso3) throw new ArrivalError('error-no-lot');
  // The stored lot's names count only for its own country (an override names another).
  const lot = stored?.iso3 === iso3 ? stored : { iso3, drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' as const };
  const named = lotCountry(Object.values(document.delegations), lot, states);
  // A country not attending and named nowhere: its place in the alphabet is unknown, so from A (said so).
  if (!named) return { list: [...countries, ...orgs], lot: { en: iso3, vi: iso3, known: false } };
  // UN practice: from the country drawn (or, when it does not attend, the next name) to Z, then from A.
  return { list: [...unOrderFromLot(countries, named), ...orgs], lot: { en: named.nameEn, vi: named.nameVi, known: true } };
}

/**
 * A start or deadline ("HH:MM") on a clock's day, read as the sequence chose (a repeated time the
 * first or the second; a skipped one moved forward, or refused with the reason, bilingual).
 */
function readOn(clock: DayClock, hhmm: string, choice: LocalChoice, names: Record<string, string>): Seconds {
  const r = clock.resolve(hhmm, choice);
  if (r.ok) return r.epochS;
  const { time, from, to, zone, date } = r.skipped;
  throw new ArrivalError('error-time-skipped', { ...names, time, from, to, zone, ...both('date', dateText(date, 'en'), dateText(date, 'vi')) });
}

/**
 * The first occurrence of a wall time at or after `after` (the next day when earlier): 00:30
 * after 23:30. The day is chosen as if a skipped time moved forward, then the time read on it as
 * the sequence chose (refused there only when it does not exist on that day).
 */
export function clockAfter(clock: DayClock, hhmm: string, after: Seconds | null, choice: LocalChoice = { skipped: 'forward' }, names: Record<string, string> = {}): Seconds {
  const today = clock.fromClock(hhmm, choice.repeated);
  const day = after === null || today > after ? clock : nextDayClock(clock);
  return day.midnight - clock.midnight + readOn(day, hhmm, choice, names);
}

const floorMinutes = (seconds: number) => Math.floor((seconds / 60) * 100 + 1e-9) / 100;

/**
 * Generates a sequence: the participants in the rule's order, grouped in waves (in the order
 * listed; delegations in none after the last), one arrival every `intervalMin` minutes, never
 * closer than the minimum gap at the drop-off nor than the longest greeting (so no greeter greets
 * two at once), with `waveGapMin` more between waves. Forward from the start time, or back from
 * the deadline (anchor 'end') less the end buffer. Every step time follows from the step template.
 * The plan is a proposal: diffSequence shows it, applySequencePlan stores it. Existing slots are
 * kept (their car, liaison officer, notes); actual times logged are not looked at (planDelay and
 * planFromActual re-plan around them).
 */
export function planSequence(document: EventDocument, sequenceId: string, overrides: PlanOptions = {}): SequencePlan {
  const { states = [], ...rest } = overrides;
  const sequence = sequenceOf(document, sequenceId);
  const options = resolveOptions(document, sequenceId, rest);
  const names = both('sequence', sequence.nameEn, sequence.nameVi);
  const steps = stepsOf(document, sequenceId);
  if (steps.length === 0) throw new ArrivalError('error-no-steps', names);
  const clock = sequenceClock(document, sequenceId);
  const explanation: ArrivalReason[] = [];

  const { delegations, members } = participantsOf(document, sequenceId, options.participants);
  const { list, lot } = ordered(document, options, delegations, states);
  const ruleKey = lot && !lot.known ? 'explain-rule-lot-unknown' : (`explain-rule-${options.rule}` as const);
  explanation.push({ key: ruleKey, params: { count: list.length, ...(lot ? both('lot', lot.en, lot.vi) : {}) } });
  explanation.push(participantsReason(members, delegations.length));

  // Waves: a stable partition of the ordered list.
  const ranks = headRanks(document);
  const waveOf = new Map<string, number | null>();
  for (const d of list) {
    const w = options.waves.findIndex((wave) => matches(d, ranks.get(d.id), wave.members));
    waveOf.set(d.id, w < 0 ? null : w);
  }
  const rankOfWave = (w: number | null) => (w === null ? options.waves.length : w);
  const arriving = list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rankOfWave(waveOf.get(a.d.id)!) - rankOfWave(waveOf.get(b.d.id)!) || a.i - b.i)
    .map((e) => e.d);
  options.waves.forEach((wave, n) => {
    const count = arriving.filter((d) => waveOf.get(d.id) === n).length;
    explanation.push({ key: 'explain-wave', params: { n: n + 1, ...both('wave', wave.nameEn, wave.nameVi), count } });
  });
  const unwaved = arriving.filter((d) => waveOf.get(d.id) === null).length;
  if (options.waves.length > 0 && unwaved > 0) explanation.push({ key: 'explain-unwaved', params: { count: unwaved } });
  if (options.waves.length > 0 && options.waveGapMin > 0) explanation.push({ key: 'explain-wave-gap', params: { gap: options.waveGapMin } });

  // Spacing: the interval, raised to what the drop-off and the greeter need.
  const intervalS = Math.round(options.intervalMin * 60);
  const gapS = Math.round(options.minGapMin * 60);
  const greetingS = Math.max(0, ...steps.filter((s) => s.kind === 'greeting').map((s) => s.durationS));
  const spacing = Math.max(intervalS, gapS, greetingS);
  if (spacing > intervalS) {
    explanation.push({
      key: gapS >= greetingS ? 'explain-spacing-gap' : 'explain-spacing-greeting',
      params: { spacing: minutesText(spacing), interval: minutesText(intervalS) },
    });
  }
  const waveGapS = Math.round(options.waveGapMin * 60);
  const { offsets, tail } = stepOffsets(steps);
  // Relative start of each arrival (from the first), with the wave gaps.
  const relative: number[] = [];
  let waveBreaks = 0;
  arriving.forEach((d, k) => {
    if (k > 0 && waveOf.get(d.id) !== waveOf.get(arriving[k - 1]!.id)) waveBreaks++;
    relative.push(k * spacing + waveBreaks * waveGapS);
  });
  const span = (relative.at(-1) ?? 0) + tail;
  const endBufferS = Math.round(options.endBufferMin * 60);
  const choice = timeChoice(options);
  const startS = options.startTime === null ? null : readOn(clock, options.startTime, choice, names);

  let first: Seconds;
  let impossible: Impossible | null = null;
  let impossibleReason: ArrivalReason | null = null;
  const minSpacing = Math.max(gapS, greetingS, 1);
  const fitInterval = (window: number): number | null => {
    if (arriving.length < 2) return null;
    const per = Math.floor((window - tail - waveBreaks * waveGapS) / (arriving.length - 1));
    return per >= minSpacing ? floorMinutes(per) : null;
  };
  if (options.anchor === 'end') {
    if (options.deadline === null) throw new ArrivalError('error-no-deadline', names);
    const limit = clockAfter(clock, options.deadline, startS, choice, names) - endBufferS;
    first = limit - span;
    if (startS !== null && first < startS && arriving.length > 0) {
      const max = fitInterval(limit - startS);
      impossible = { deadline: clock.label(limit), endsAt: timeText(clock, first + span), overByS: startS - first, maxIntervalMin: max };
      impossibleReason = {
        key: max === null ? 'explain-impossible-start-no-fit' : 'explain-impossible-start',
        params: { deadline: clock.label(limit), start: timeText(clock, first), over: minutesText(startS - first), startTime: options.startTime!, ...(max === null ? {} : { max }) },
      };
    }
  } else {
    if (startS === null) throw new ArrivalError('error-no-start', names);
    first = startS;
  }
  if (endBufferS > 0 && options.deadline !== null) explanation.push({ key: 'explain-end-buffer', params: { buffer: minutesText(endBufferS) } });

  const slots = slotsOf(document, sequenceId);
  const slotOf = new Map<string, string>();
  for (const s of slots) if (!slotOf.has(s.delegationId)) slotOf.set(s.delegationId, s.id);
  const planned: PlannedSlot[] = arriving.map((d, order) => {
    const start = first + relative[order]!;
    return {
      slotId: slotOf.get(d.id) ?? null,
      delegationId: d.id,
      order,
      start,
      end: start + tail,
      times: steps.map((step, i) => ({ stepId: step.id, kind: step.kind, at: start + offsets[i]!, plannedAt: clock.toIso(start + offsets[i]!) })),
      wave: waveOf.get(d.id) ?? null,
    };
  });
  const kept = new Set(planned.map((p) => p.slotId));
  const removedSlotIds = slots.filter((s) => !kept.has(s.id)).map((s) => s.id);

  const end = planned.length > 0 ? planned.at(-1)!.end : first;
  if (planned.length > 0) {
    explanation.push({
      key: options.anchor === 'end' ? 'explain-end' : 'explain-start',
      params: { start: timeText(clock, first), interval: minutesText(spacing), end: timeText(clock, end), ...(options.deadline ? { deadline: options.deadline } : {}) },
    });
  }
  if (options.anchor === 'start' && options.deadline !== null && planned.length > 0) {
    const limit = clockAfter(clock, options.deadline, startS, choice, names) - endBufferS;
    if (end > limit) {
      const max = fitInterval(limit - first);
      impossible = { deadline: clock.label(limit), endsAt: timeText(clock, end), overByS: end - limit, maxIntervalMin: max };
      impossibleReason = {
        key: max === null ? 'explain-impossible-no-fit' : 'explain-impossible',
        params: { end: timeText(clock, end), over: minutesText(end - limit), deadline: clock.label(limit), ...(max === null ? {} : { max }) },
      };
    }
  }
  // Last, where the officer's eye lands: the deadline cannot be met.
  if (impossibleReason) explanation.push(impossibleReason);
  // Stored as resolved ('all' for a first plan), so who is expected stays what the officer saw.
  const participants = members === 'kept' ? null : members;
  return { sequenceId, options: { ...options, participants }, slots: planned, removedSlotIds, actuals: [], explanation, impossible, storeOptions: true };
}

/** Members as a sentence parameter in both languages ("heads of state and heads of government"). */
function membersText(members: readonly WaveMember[]): Record<string, string> {
  const en = members.map((m) => (m === 'organization' ? 'international organizations' : rankGroup.en[m]));
  const vi = members.map((m) => (m === 'organization' ? 'các tổ chức quốc tế' : rankGroup.vi[m]));
  const join = (words: string[], and: string) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`);
  return both('ranks', join(en, 'and'), join(vi, 'và'));
}

