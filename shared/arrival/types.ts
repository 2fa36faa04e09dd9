import type { ArrivalMessageKey } from './messages';
import type { ArrivalSettings } from './settings';
import type { ArrivalSequence, SequenceStep } from '../model/entities';

/**
 * Times inside the engine are whole seconds since local midnight of the sequence's `day`, in the
 * event's IANA time zone, counted as real elapsed time: on a day when the clocks go back, 03:00
 * is 4 h (14,400 s) after midnight. A time after midnight of the next day is above 86,400; one on
 * the day before is negative. Stored times are ISO date-times in event-local wall clock with the
 * zone's offset (see time.ts).
 */
export type Seconds = number;

/** A sentence of the arrival engine: a message key and its parameters (see describeArrival). */
export type ArrivalReason = { key: ArrivalMessageKey; params: Readonly<Record<string, string | number>> };

/** The generation options of one sequence: the sequence row's fields and its `arrival.<id>` setting. */
export type ArrivalOptions = Pick<ArrivalSequence, 'rule' | 'startTime' | 'deadline' | 'intervalMin' | 'minGapMin'> & ArrivalSettings;

/** One step time of a planned slot. */
export type PlannedTime = { stepId: string; kind: SequenceStep['kind']; at: Seconds; plannedAt: string };

/**
 * One delegation's place in a planned sequence. `slotId` is the existing slot kept (its car,
 * liaison officer, notes... stay), or null for a slot the plan would create.
 */
export type PlannedSlot = {
  slotId: string | null;
  delegationId: string;
  order: number;
  /** The arrival at the drop-off: the first step's time. */
  start: Seconds;
  /** When the last step ends (the guest is in the holding room). */
  end: Seconds;
  times: PlannedTime[];
  /** Index in options.waves; null for delegations in no wave (they come after the last wave). */
  wave: number | null;
};

/** Why the deadline cannot be met, in numbers the officer can act on. */
export type Impossible = {
  /** The deadline the plan must meet ("HH:MM"), after the end buffer. */
  deadline: string;
  /** When the plan ends, and by how many seconds that is late. */
  endsAt: string;
  overByS: Seconds;
  /** The largest interval between arrivals (minutes, two decimals, floored) that would fit; null if none does. */
  maxIntervalMin: number | null;
};

/**
 * What planSequence proposes: every slot of the sequence with its step times (in arrival
 * order), the slots it would delete, the step times it would log as actual (planFromActual),
 * the options it used (stored by applySequencePlan), the explanation, and whether the deadline
 * cannot be met.
 */
export type SequencePlan = {
  sequenceId: string;
  options: ArrivalOptions;
  slots: PlannedSlot[];
  removedSlotIds: string[];
  actuals: { slotId: string; stepId: string; actualAt: string }[];
  explanation: ArrivalReason[];
  impossible: Impossible | null;
  /** A generation stores its options on apply (rule, times, setting); a delay re-plan does not. */
  storeOptions: boolean;
};

/** One slot whose arrival time or place in the order changes. Times are ISO (null: no slot before). */
export type SlotMove = {
  delegationId: string;
  slotId: string | null;
  fromTime: string | null;
  toTime: string;
  fromOrder: number | null;
  toOrder: number;
  /** Seconds later (positive) or earlier; null for a new slot. */
  shiftS: Seconds | null;
};

/** The diff shown before a plan is applied: who moves, who is added, who is removed. */
export type SequenceDiff = {
  sequenceId: string;
  moves: SlotMove[];
  added: string[]; // delegation ids
  removed: { slotId: string; delegationId: string }[];
};

export type DelayMode = 'ripple' | 're-slot';

/** A delay (or a live arrival) re-planned: the proposal, its diff, and the conflicts it would leave. */
export type DelayPlan = {
  plan: SequencePlan;
  diff: SequenceDiff;
  conflicts: ArrivalConflict[];
};

export type ConflictKey =
  | 'conflict-min-gap'
  | 'conflict-greeter-overlap'
  | 'conflict-greeter-two-places'
  | 'conflict-no-slot'
  | 'conflict-deadline'
  | 'conflict-liaison-double-booked'
  | 'conflict-missing-times'
  | 'conflict-settings-invalid';

/** Something wrong with the arrivals. Ids let the UI link to the timeline. */
export type ArrivalConflict = {
  severity: 'error' | 'warning';
  key: ConflictKey;
  params: Readonly<Record<string, string | number>>;
  sequenceId: string;
  slotIds: string[];
  delegationIds: string[];
};

/** Where one slot's delegation is at a moment of the rehearsal. */
export type MarkerPhase = 'waiting' | 'on-site' | 'done';
export type Marker = {
  slotId: string;
  delegationId: string;
  phase: MarkerPhase;
  /** Metres on the sequence's hall; null while waiting (not yet arrived) or without venue points. */
  x: number | null;
  y: number | null;
  /** The step under way (null when waiting or done). */
  stepId: string | null;
};

/** A line of the run-of-show: "08:42 — Republic of Korea: motorcade at the drop-off..." */
export type Cue = {
  at: Seconds;
  time: string; // "HH:MM"
  slotId: string;
  delegationId: string;
  stepId: string;
  kind: SequenceStep['kind'];
  text: string;
};
