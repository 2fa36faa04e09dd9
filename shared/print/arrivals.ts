import type { EventDocument } from '../model/collections';
import { createRehearsal, stepLabel } from '../arrival';
import { headNames, nameKey } from '../arrival/model';
import type { SequenceStep } from '../model/entities';
import { byId, byKey, thenBy } from '../compare';
import type { Both } from './lists';

/** What the arrival outputs print (pure): the run-of-show and the cue cards, both languages side by side. */

/** One moment of an arrival sequence: a step of one delegation, at its time (to the second). */
export type RunRow = {
  slotId: string;
  at: number;
  time: string;
  delegation: Both;
  head: string;
  step: Both;
  point: Both;
  car: string;
  liaison: string;
  escort: string;
  greeterId: string | null;
  kind: SequenceStep['kind'];
};
/** A cue card: one greeter's, liaison officer's or escort's own moments, in time order. */
export type CueCard = { id: string; role: 'greeter' | 'liaison' | 'escort'; name: string; title: Both; rows: RunRow[] };

/**
 * The run-of-show, minute by minute: every step of every arrival in time order, as the
 * rehearsal plays it (createRehearsal's cues: logged actual times over planned ones), with the
 * delegation, the step and its venue point in both languages, the car and the liaison officer.
 */
export function runOfShow(document: EventDocument, sequenceId: string): RunRow[] {
  const heads = headNames(document);
  return createRehearsal(document, sequenceId)
    .cues('en')
    .map((cue) => {
      const slot = document.slots[cue.slotId]!;
      const d = document.delegations[cue.delegationId];
      const step = document.steps[cue.stepId];
      const p = step?.venuePointId ? document.venuePoints[step.venuePointId] : undefined;
      return {
        slotId: cue.slotId,
        at: cue.at,
        time: cue.time,
        delegation: [d?.nameEn ?? '', d?.nameVi ?? ''],
        head: heads.get(cue.delegationId) ?? '',
        step: [stepLabel(cue.kind, 'en'), stepLabel(cue.kind, 'vi')],
        point: [p?.nameEn ?? '', p?.nameVi ?? ''],
        car: slot.carNumber.trim(),
        liaison: slot.liaisonOfficer.trim(),
        escort: slot.escort.trim(),
        greeterId: slot.greeterId,
        kind: cue.kind,
      };
    });
}

/** What a greeter does: greet, and stand in the photo, at the greeter's point. */
const GREETER_STEPS: ReadonlySet<SequenceStep['kind']> = new Set(['greeting', 'photo']);

/**
 * One cue card per greeter (their greetings and photos), per liaison officer and per escort
 * (every step of the delegations they accompany, from the car to the holding room): greeters
 * first, then the officers, then the escorts, each by name. A name typed twice with other
 * spacing or case is one person.
 */
export function cueCards(document: EventDocument, sequenceId: string, collator: Intl.Collator): CueCard[] {
  const rows = runOfShow(document, sequenceId);
  const greeters = Object.values(document.greeters)
    .filter((g) => g.sequenceId === sequenceId)
    .sort(thenBy<{ name: string; id: string }>(byKey((g) => g.name, collator.compare), byId))
    .map((g): CueCard => ({ id: `greeter:${g.id}`, role: 'greeter', name: g.name, title: [g.titleEn, g.titleVi], rows: rows.filter((r) => r.greeterId === g.id && GREETER_STEPS.has(r.kind)) }));
  const accompanying = (role: 'liaison' | 'escort', nameOf: (r: RunRow) => string): CueCard[] => {
    const cards = new Map<string, CueCard>();
    for (const r of rows) {
      const name = nameOf(r);
      if (name === '') continue;
      const key = nameKey(name);
      let card = cards.get(key);
      if (!card) cards.set(key, (card = { id: `${role}:${key}`, role, name, title: ['', ''], rows: [] }));
      card.rows.push(r);
    }
    return [...cards.values()].sort((a, b) => collator.compare(a.name, b.name));
  };
  return [...greeters, ...accompanying('liaison', (r) => r.liaison), ...accompanying('escort', (r) => r.escort)].filter((c) => c.rows.length > 0);
}

