import type { SeatingMessageKey } from './messages';

/** A sentence of the seating engine: a message key and its parameters (see describeSeating). */
export type SeatingReason = { key: SeatingMessageKey; params: Readonly<Record<string, string | number>> };

export type PlannedAssignment = { personId: string; seatId: string; locked: boolean };

/** Someone the strategy would seat but could not, and why. */
export type Unseated = { personId: string; delegationId: string; reason: SeatingReason };

/** One place in the signing order: host first, then precedence. */
export type SigningEntry = { position: number; delegationId: string };

/**
 * What a strategy proposes for one hall: every assignment the hall would hold (the locked ones
 * unchanged), who could not be seated, and the explanation the officer reads before applying.
 */
export type SeatingPlan = {
  hallId: string;
  assignments: PlannedAssignment[];
  unseated: Unseated[];
  explanation: SeatingReason[];
  /** The signing list (signing strategy only; null otherwise). */
  signingList: SigningEntry[] | null;
};

/** One person whose seat changes (null: not seated on that side); shown with seatName, in the reader's language. */
export type SeatMove = {
  personId: string;
  delegationId: string;
  fromSeatId: string | null;
  toSeatId: string | null;
};

export type PrintedKind = 'place-card' | 'name-plate' | 'table-plan' | 'chart' | 'delegation-sheet' | 'signing-list';

/**
 * A printed item that no longer matches the document. `id` is what it is printed for: a person
 * (place card), a delegation (name plate, delegation sheet), a table element (table plan) or the
 * hall (chart, signing list).
 */
export type OutdatedItem = { kind: PrintedKind; id: string; hallId: string };

export type SeatingDiff = { hallId: string; moves: SeatMove[]; outdated: OutdatedItem[] };

export type ProblemSeverity = 'error' | 'warning';

/**
 * Something wrong with the seating. `hallId` is null for event-level problems (host
 * disagreement); the seat, person and delegation ids let the UI link to the canvas and lists.
 */
export type SeatingProblem = {
  severity: ProblemSeverity;
  key: SeatingMessageKey;
  params: Readonly<Record<string, string | number>>;
  hallId: string | null;
  seatIds: string[];
  personIds: string[];
  delegationIds: string[];
};
