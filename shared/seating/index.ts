/**
 * The seating engine: strategies that seat a hall by precedence (centre-out, banquet, blocks,
 * signing), the officer's manual commands, validation and the diff of a late change. Pure:
 * every function takes the document and returns data; commands are history Commands.
 *
 * Geometry: right and left are the host's own, facing the room (docs/protocol.md). The
 * room's front is the wall `hallFront` finds (nearest the largest stage; the top of the plan
 * without a stage); the host faces away from it, so in a row facing the front the host's right
 * is the seated audience's left. At a table with a table host, right and left are that host's.
 */
export * from './types';
export {
  SEATING_KEY_PREFIX, SeatingSettings, SeatingSettingsError, StrategyKind, WhoSits, defaultStrategy, isAbsent, orderOf,
  readSeatingSettings, seatingKey, seatingSettingRow, type SeatingSettingsInput,
} from './settings';
export { planSeating, type PlanOptions } from './plan';
export { findHall } from './halls';
export { NEXT_TO_M, nextTo } from './constraints';
export { hallHonour, type HallHonour, type Guest } from './honour';
export { seatingProblems, hostProblems } from './validate';
export { diffSeating, lateChangeDiff, type LateChange } from './diff';
export {
  SeatingCommandError, applySeating, assignPerson, setAssignmentLocked, swapSeats, unseat,
} from './commands';
export { seatName, describeSeating, describeProblem, seatingMessages, type SeatingMessageKey } from './messages';
export { guestOrder, keepTogetherOf, whoOf } from './who';
