import type { Draft } from 'immer';
import type { Command } from '../document/history';
import { keyedError } from '../errors';
import { freshId, randomId, type IdFactory } from '../ids';
import type { EventDocument } from '../model/collections';
import type { Assignment } from '../model/entities';
import { describeSeating, seatParams, type SeatingMessageKey } from './messages';
import type { SeatingPlan } from './types';

/**
 * The officer's seating commands (shared/document/history.ts): each one undo step, and none
 * leaves a document the event file would refuse (one person per seat, a person once per hall,
 * a seat in the placement's hall). A refusal throws SeatingCommandError and changes nothing.
 *
 * Locks protect placements from re-seating (applySeating keeps them as they are), not from the
 * officer's own hand: the manual commands move or remove a locked placement, which keeps its
 * lock. A placement made by hand (assignPerson) is locked unless `lock: false`, so that seating
 * the hall again keeps what the officer chose.
 */
export const SeatingCommandError = keyedError<SeatingMessageKey>('SeatingCommandError', describeSeating);
export type SeatingCommandError = InstanceType<typeof SeatingCommandError>;

type Doc = Draft<EventDocument>;

function seatIn(draft: Doc, hallId: string, seatId: string) {
  const seat = draft.seats[seatId];
  if (!seat || seat.hallId !== hallId) throw new SeatingCommandError('error-no-seat', { seat: seatId });
  return seat;
}

function personName(draft: Doc, personId: string): string {
  const person = draft.people[personId];
  if (!person) throw new SeatingCommandError('error-no-person', { person: personId });
  return person.name;
}

/** A fresh placement id: an id factory that repeats itself must not overwrite another placement. */
function newId(draft: Doc, ids: IdFactory): string {
  return freshId(ids, (id) => Object.hasOwn(draft.assignments, id), 'seating');
}

function hallAssignments(draft: Doc, hallId: string) {
  const byPerson = new Map<string, Draft<Assignment>>();
  const bySeat = new Map<string, Draft<Assignment>>();
  for (const a of Object.values(draft.assignments)) {
    if (a.hallId !== hallId) continue;
    byPerson.set(a.personId, a);
    bySeat.set(a.seatId, a);
  }
  return { byPerson, bySeat };
}

/**
 * Applies a plan (planSeating) to its hall: the hall's unlocked placements become exactly the
 * plan's, each person keeping their placement's id when they stay seated; locked placements are
 * not touched. A plan that no longer fits the document (a locked placement changed, a seat
 * gone or blocked, a person deleted) is refused: plan again.
 */
export const applySeating: Command<{ hallId: string; plan: Pick<SeatingPlan, 'hallId' | 'assignments'>; ids?: IdFactory }> = {
  id: 'seating/apply',
  run(draft, { hallId, plan, ids = randomId }) {
    const stale = (detail: string) => new SeatingCommandError('error-plan-stale', { detail });
    if (plan.hallId !== hallId) throw stale('another hall');
    const { byPerson } = hallAssignments(draft, hallId);
    const seats = new Set<string>();
    const people = new Set<string>();
    const lockedSeats = new Map<string, string>();
    for (const a of byPerson.values()) if (a.locked) lockedSeats.set(a.seatId, a.personId);
    for (const p of plan.assignments) {
      const seat = draft.seats[p.seatId];
      if (!seat || seat.hallId !== hallId || seat.blocked) throw stale(`seat ${p.seatId}`);
      if (!draft.people[p.personId]) throw stale(`person ${p.personId}`);
      if (seats.has(p.seatId) || people.has(p.personId)) throw stale(`seat ${p.seatId} or person ${p.personId} twice`);
      seats.add(p.seatId);
      people.add(p.personId);
      const current = byPerson.get(p.personId);
      const holder = lockedSeats.get(p.seatId);
      if ((current?.locked && current.seatId !== p.seatId) || (holder !== undefined && holder !== p.personId) || p.locked !== (current?.locked === true && current.seatId === p.seatId)) {
        throw stale(`locked placement of ${p.personId}`);
      }
    }
    for (const a of byPerson.values()) {
      if (a.locked && !people.has(a.personId)) throw stale(`locked placement of ${a.personId}`);
    }
    for (const [personId, a] of byPerson) if (!a.locked && !people.has(personId)) delete draft.assignments[a.id];
    for (const p of plan.assignments) {
      if (p.locked) continue;
      const current = byPerson.get(p.personId);
      if (current) {
        if (current.seatId !== p.seatId) current.seatId = p.seatId;
      } else {
        const id = newId(draft, ids);
        draft.assignments[id] = { id, hallId, seatId: p.seatId, personId: p.personId, locked: false };
      }
    }
  },
};

/**
 * Seats a person (drag and drop from the list to a seat), moving them if they are seated
 * elsewhere in the hall. An occupied seat is refused, unless `swap`: then its occupant takes the
 * person's former seat (or is unseated, if the person had none).
 */
export const assignPerson: Command<{ hallId: string; personId: string; seatId: string; swap?: boolean; lock?: boolean; ids?: IdFactory }> = {
  id: 'seating/assign',
  run(draft, { hallId, personId, seatId, swap = false, lock = true, ids = randomId }) {
    const seat = seatIn(draft, hallId, seatId);
    personName(draft, personId); // refuses an unknown person
    if (seat.blocked) throw new SeatingCommandError('error-seat-blocked', seatParams(draft as EventDocument, 'seat', seatId));
    const { byPerson, bySeat } = hallAssignments(draft, hallId);
    const mine = byPerson.get(personId);
    const occupant = bySeat.get(seatId);
    if (occupant && occupant.personId !== personId) {
      if (!swap) {
        throw new SeatingCommandError('error-seat-occupied', { ...seatParams(draft as EventDocument, 'seat', seatId), person: personName(draft, occupant.personId) });
      }
      if (mine) occupant.seatId = mine.seatId;
      else delete draft.assignments[occupant.id];
    }
    if (mine) {
      if (mine.seatId !== seatId) mine.seatId = seatId;
      if (mine.locked !== lock) mine.locked = lock;
    } else {
      const id = newId(draft, ids);
      draft.assignments[id] = { id, hallId, seatId, personId, locked: lock };
    }
  },
};

/** Exchanges the occupants of two seats of a hall; with one seat empty, moves its occupant there. */
export const swapSeats: Command<{ hallId: string; seatA: string; seatB: string }> = {
  id: 'seating/swap',
  run(draft, { hallId, seatA, seatB }) {
    const a = seatIn(draft, hallId, seatA);
    const b = seatIn(draft, hallId, seatB);
    if (seatA === seatB) return;
    const { bySeat } = hallAssignments(draft, hallId);
    const inA = bySeat.get(seatA);
    const inB = bySeat.get(seatB);
    if (inA && b.blocked) throw new SeatingCommandError('error-seat-blocked', seatParams(draft as EventDocument, 'seat', seatB));
    if (inB && a.blocked) throw new SeatingCommandError('error-seat-blocked', seatParams(draft as EventDocument, 'seat', seatA));
    if (inA) inA.seatId = seatB;
    if (inB) inB.seatId = seatA;
  },
};

/** Takes a person's seat in a hall away. */
export const unseat: Command<{ hallId: string; personId: string }> = {
  id: 'seating/unseat',
  run(draft, { hallId, personId }) {
    const name = personName(draft, personId);
    const mine = hallAssignments(draft, hallId).byPerson.get(personId);
    if (!mine) throw new SeatingCommandError('error-not-seated', { person: name });
    delete draft.assignments[mine.id];
  },
};

/** Locks a placement (kept by every re-seating) or unlocks it. */
export const setAssignmentLocked: Command<{ assignmentId: string; locked: boolean }> = {
  id: 'seating/lock',
  run(draft, { assignmentId, locked }) {
    const a = draft.assignments[assignmentId];
    if (!a) throw new SeatingCommandError('error-no-assignment');
    if (a.locked !== locked) a.locked = locked;
  },
};
