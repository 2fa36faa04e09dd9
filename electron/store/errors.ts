import { AppError } from '../../shared/errors';
import { sqliteCode } from './sqlite';

// Turning what SQLite and the file system throw into the AppErrors a user reads. Every error
// names the file; constraint errors say which rule of the event was broken and on which row.

/** The protocol rules behind the schema's UNIQUE constraints, keyed by SQLite's column list. */
const UNIQUE_RULES: Record<string, { rule: string; text: string }> = {
  'seat_assignments.seat_id': { rule: 'seat-one-person', text: 'a seat holds one person' },
  'seat_assignments.hall_id, seat_assignments.person_id': {
    rule: 'person-once-per-hall',
    text: 'a person sits at most once in a hall',
  },
  'people.delegation_id': { rule: 'one-head-per-delegation', text: 'a delegation has one head' },
  'delegations.iso3': { rule: 'unique-iso3', text: 'two delegations have the same ISO code' },
  'delegations.org_code': { rule: 'unique-org-code', text: 'two organizations have the same code' },
  'settings.key': { rule: 'unique-setting', text: 'a setting is stored twice' },
  'seats.element_id, seats.label': { rule: 'unique-seat-label', text: 'two seats of one table have the same label' },
  'slots.sequence_id, slots.delegation_id': {
    rule: 'delegation-once-per-sequence',
    text: 'a delegation arrives once per arrival sequence',
  },
  'slot_times.slot_id, slot_times.step_id': { rule: 'unique-slot-time', text: 'a slot has one time per step' },
};

/** The composite references, whose failure means more than "the row is missing". */
const REFERENCE_RULES: Record<string, { rule: string; text: string }> = {
  'seat_assignments(seat_id, hall_id) -> seats': {
    rule: 'assignment-in-seat-hall',
    text: "the seat does not exist or is not in the assignment's hall",
  },
  'seats(element_id, hall_id) -> layout_elements': {
    rule: 'seat-in-element-hall',
    text: "the table does not exist or is not in the seat's hall",
  },
};

export type RowContext = { table: string; id: string };
export type ReferenceProblem = RowContext & { columns: string[]; parent: string };

export function describeReference(problem: ReferenceProblem): { rule: string; text: string } {
  const key = `${problem.table}(${problem.columns.join(', ')}) -> ${problem.parent}`;
  return REFERENCE_RULES[key] ?? { rule: 'reference', text: `${problem.columns.join(', ')} refers to a missing ${problem.parent} row` };
}

export function referenceError(path: string, problem: ReferenceProblem): AppError {
  const { rule, text } = describeReference(problem);
  return new AppError('constraint', { path, detail: `${problem.table} ${problem.id}: ${text}` }, { rule, ...problem });
}

function constraintError(path: string, message: string, context: RowContext | undefined): AppError {
  const unique = /^UNIQUE constraint failed: (.*)$/.exec(message);
  const known = unique ? UNIQUE_RULES[unique[1]!] : undefined;
  const text = known ? `${known.text} (${message})` : message;
  const detail = context ? `${context.table} ${context.id}: ${text}` : text;
  return new AppError('constraint', { path, detail }, { rule: known?.rule ?? 'schema', message, ...context });
}

/** Any error from a write to the event file at `path`, as an AppError. */
export function writeError(error: unknown, path: string, context?: RowContext): AppError {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === null) return fsError(error, path);
  if (code === 'SQLITE_FULL') return new AppError('disk-full', { path }, { message });
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return new AppError('read-only', { path }, { message });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('locked', { path }, { message });
  if (code.startsWith('SQLITE_CONSTRAINT')) return constraintError(path, message, context);
  return new AppError('write-failed', { path, detail: `${message} (${code})` }, { code });
}

/** A file system error (creating, copying, renaming) as an AppError. */
export function fsError(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC') return new AppError('disk-full', { path }, { message });
  return new AppError('write-failed', { path, detail: message }, { code });
}
