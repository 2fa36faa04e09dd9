import type { Patch } from 'immer';
import type { Command, EntryNote, NoteParams } from '../../../shared/document/history';
import { createEntity, deleteEntities, updateEntity } from '../../../shared/document/commands';
import { applyChanges } from '../../../shared/document/changes';
import { putSetting } from '../../../shared/document/settings';
import { addDelegation, addPerson, makeHead, moveMember, removePerson } from '../../../shared/delegations/edit';
import { applyImportChanges } from '../../../shared/import/apply';
import {
  addElements, alignElements, deleteElements, distributeElements, duplicateElements, groupElements, moveElements, moveTableHost,
  pasteElements, renumberTables, reorderElements, rotateElements, setLocked, setNumbering, ungroupElements, updateElement,
} from '../../../shared/layout';
import { applySeating, assignPerson, setAssignmentLocked, swapSeats, unseat } from '../../../shared/seating';
import { applySequencePlan, createSequence, logActual, moveSlot, setSlotTime, updateSlot } from '../../../shared/arrival';
import { PRECEDENCE_RULES_KEY } from '../../../shared/protocol/rules';
import type { CollectionName, EventDocument } from '../../../shared/model/collections';
import { createFurnishedHall } from '../../../shared/layout/templates';
import { reorderRows } from '../arrivals/setupModel';
import { removeHallBackground, setHallBackground } from '../halls/editor/background';
import type { HistoryKey } from '../i18n/history';
import { named, nameOf, rowOf, targetOf, touchedRows, type Docs, type Target } from './subjects';

/**
 * The label of every kind of edit (by Command.id): what the undo notice says was undone or
 * redone, and the hall, sequence or delegation "Show" goes back to. A kind without a label of its
 * own still gets a generic one from the rows it touched ("edit Banquet Hall", "an edit — 3
 * changes"); test/unit/history-labels.test.ts fails for any command kind in the code without one.
 */

type Context = Docs & { patches: readonly Patch[] };
export type Described = { key: HistoryKey; params?: NoteParams; target?: Target };
type Labeller = (args: unknown, ctx: Context) => Described;

const LABELLERS = new Map<string, Labeller>();

function label<A>(command: Command<A>, labeller: (args: A, ctx: Context) => Described): void {
  LABELLERS.set(command.id, labeller as Labeller);
}

/** The command kinds with a label of their own. */
export const labelledKinds = (): string[] => [...LABELLERS.keys()];

/** The screen and the selection at the time of the edit: where "Show" goes, unless the edit says more. */
export type Where = { view: string; hallId: string | null; sequenceId: string | null; delegationId: string | null };

/** The note of an undo step: its label, and where it was made. */
export function describeEdit(command: Command<unknown>, args: unknown, docs: Docs, patches: readonly Patch[], where: Where): EntryNote {
  const ctx: Context = { ...docs, patches };
  const labeller = LABELLERS.get(command.id);
  let described: Described;
  try {
    described = labeller ? labeller(args, ctx) : generic(ctx);
  } catch {
    // A label must never stop an edit: arguments of an unexpected shape get the generic one.
    described = generic(ctx);
  }
  const target = described.target ?? {};
  const pick = (key: keyof Target) => (target[key] !== undefined ? (target[key] ?? null) : where[key]);
  return {
    key: described.key,
    params: described.params ?? {},
    place: { view: where.view, hallId: pick('hallId'), sequenceId: pick('sequenceId'), delegationId: pick('delegationId') },
  };
}

/** Any edit: named by the first row it touched that has a name, else counted. */
export function generic(ctx: Context): Described {
  const rows = touchedRows(ctx.patches);
  const first = rows.find((r) => nameOf(ctx, r.collection, r.id) !== null);
  const target = rows[0] ? targetOf(ctx, rows[0].collection, rows[0].id) : {};
  if (first) return { key: 'edit', params: { subject: named(ctx, first.collection, first.id) }, target: { ...target, ...targetOf(ctx, first.collection, first.id) } };
  return { key: 'editCount', params: { count: rows.length }, target };
}

const rowsTouched = (ctx: Context) => touchedRows(ctx.patches).length;
const about = (ctx: Context, collection: CollectionName, id: string): Target => targetOf(ctx, collection, id);

// --- plain edits -------------------------------------------------------------------------------

label(updateEntity, ({ collection, id }, ctx) =>
  nameOf(ctx, collection, id) ? { key: 'edit', params: { subject: named(ctx, collection, id) }, target: about(ctx, collection, id) } : generic(ctx),
);
label(createEntity, ({ collection, row }, ctx) =>
  nameOf(ctx, collection, row.id) ? { key: 'create', params: { subject: named(ctx, collection, row.id) }, target: about(ctx, collection, row.id) } : generic(ctx),
);
label(deleteEntities, ({ collection, ids }, ctx): Described =>
  ids.length === 1 && nameOf(ctx, collection, ids[0])
    ? { key: 'delete', params: { subject: named(ctx, collection, ids[0]) }, target: about(ctx, collection, ids[0]!) }
    : { key: 'deleteCount', params: { count: ids.length } },
);
label(applyChanges, (_args, ctx) => ({ key: 'restoreBackup', params: { count: rowsTouched(ctx) } }));
label(putSetting, ({ key }, ctx): Described => {
  if (key.startsWith('seating.')) {
    const hallId = key.slice('seating.'.length);
    return { key: 'seatingOptions', params: { hall: named(ctx, 'halls', hallId) }, target: { hallId } };
  }
  if (key.startsWith('arrival.')) {
    const sequenceId = key.slice('arrival.'.length);
    return { key: 'arrivalOptions', params: { sequence: named(ctx, 'sequences', sequenceId) }, target: { sequenceId } };
  }
  return { key: key === PRECEDENCE_RULES_KEY ? 'precedenceRules' : 'setting' };
});

// --- delegations -------------------------------------------------------------------------------

const personParams = (ctx: Context, personId: string) => {
  const delegationId = String(rowOf(ctx, 'people', personId)?.delegationId ?? '');
  return { params: { person: named(ctx, 'people', personId), delegation: named(ctx, 'delegations', delegationId) }, target: { delegationId } };
};
label(addDelegation, ({ delegation }, ctx) => ({
  key: 'addDelegation',
  params: { delegation: named(ctx, 'delegations', delegation.id) },
  target: { delegationId: delegation.id },
}));
label(addPerson, ({ person }, ctx) => ({ key: 'addPerson', ...personParams(ctx, person.id) }));
label(removePerson, ({ personId }, ctx) => ({ key: 'removePerson', ...personParams(ctx, personId) }));
label(moveMember, ({ personId }, ctx) => ({ key: 'movePerson', ...personParams(ctx, personId) }));
label(makeHead, ({ personId }, ctx) => ({ key: 'makeHead', ...personParams(ctx, personId) }));
label(applyImportChanges, (_args, ctx) => ({ key: 'importDelegations', params: { count: rowsTouched(ctx) } }));

// --- seating -----------------------------------------------------------------------------------

/** People whose seat in the hall is not the same after the edit (moved, newly seated or unseated): the re-seat diff's moves. */
function seatMoves(ctx: Context, hallId: string): number {
  const seats = (d: EventDocument) => {
    const map = new Map<string, string>();
    for (const a of Object.values(d.assignments)) if (a.hallId === hallId) map.set(a.personId, a.seatId);
    return map;
  };
  const before = seats(ctx.before);
  const after = seats(ctx.after);
  let moves = 0;
  for (const [person, seat] of after) if (before.get(person) !== seat) moves++;
  for (const person of before.keys()) if (!after.has(person)) moves++;
  return moves;
}
const hallParams = (ctx: Context, hallId: string) => ({ hall: named(ctx, 'halls', hallId) });
label(applySeating, ({ hallId }, ctx) => ({ key: 'seatHall', params: { ...hallParams(ctx, hallId), count: seatMoves(ctx, hallId) }, target: { hallId } }));
label(assignPerson, ({ hallId, personId }, ctx) => ({
  key: 'seatPerson',
  params: { ...hallParams(ctx, hallId), person: named(ctx, 'people', personId) },
  target: { hallId },
}));
label(swapSeats, ({ hallId }, ctx) => ({ key: 'swapSeats', params: hallParams(ctx, hallId), target: { hallId } }));
label(unseat, ({ hallId, personId }, ctx) => ({ key: 'unseat', params: { ...hallParams(ctx, hallId), person: named(ctx, 'people', personId) }, target: { hallId } }));
label(setAssignmentLocked, ({ assignmentId, locked }, ctx) => {
  const a = rowOf(ctx, 'assignments', assignmentId);
  const hallId = String(a?.hallId ?? '');
  return { key: locked ? 'lockSeat' : 'unlockSeat', params: { ...hallParams(ctx, hallId), person: named(ctx, 'people', String(a?.personId ?? '')) }, target: { hallId } };
});

// --- halls -------------------------------------------------------------------------------------

/** "{verb} 3 elements in Banquet Hall": the hall of the first element named. */
const elements = (key: HistoryKey, ids: (args: never, ctx: Context) => readonly string[]) => (args: never, ctx: Context): Described => {
  const list = ids(args, ctx);
  const hallId = String(rowOf(ctx, 'elements', list[0])?.hallId ?? '');
  return { key, params: { count: list.length, ...hallParams(ctx, hallId) }, target: { hallId } };
};
/** The elements an edit created: rows of `elements` in the patches that were not there before. */
const created = (_args: never, ctx: Context) => touchedRows(ctx.patches).filter((r) => r.collection === 'elements' && !ctx.before.elements[r.id]).map((r) => r.id);
const byIds = (args: { ids: readonly string[] }) => args.ids;

label(addElements, elements('addElements', created));
label(createFurnishedHall, ({ hall, elements: made }, ctx) => ({
  key: 'createFurnishedHall',
  params: { count: made.length, ...hallParams(ctx, hall.id) },
  target: { hallId: hall.id },
}));
label(moveElements, elements('moveElements', byIds));
label(rotateElements, elements('rotateElements', byIds));
label(deleteElements, elements('deleteElements', byIds));
label(duplicateElements, elements('duplicateElements', created));
label(pasteElements, ({ hallId }, ctx) => ({ key: 'pasteElements', params: { count: created(undefined as never, ctx).length, ...hallParams(ctx, hallId) }, target: { hallId } }));
label(alignElements, elements('alignElements', byIds));
label(distributeElements, elements('distributeElements', byIds));
label(reorderElements, elements('reorderElements', byIds));
label(setLocked, (args, ctx) => elements(args.locked ? 'lockElements' : 'unlockElements', byIds)(args as never, ctx));
label(groupElements, elements('groupElements', byIds));
label(ungroupElements, elements('ungroupElements', byIds));
const elementParams = (ctx: Context, elementId: string) => {
  const hallId = String(rowOf(ctx, 'elements', elementId)?.hallId ?? '');
  return { params: { element: named(ctx, 'elements', elementId), ...hallParams(ctx, hallId) }, target: { hallId } };
};
label(updateElement, ({ id }, ctx) => ({ key: 'editElement', ...elementParams(ctx, id) }));
label(moveTableHost, ({ elementId }, ctx) => ({ key: 'moveTableHost', ...elementParams(ctx, elementId) }));
label(setNumbering, ({ elementId }, ctx) => ({ key: 'setNumbering', ...elementParams(ctx, elementId) }));
label(renumberTables, ({ hallId }, ctx) => ({ key: 'renumberTables', params: hallParams(ctx, hallId), target: { hallId } }));
label(setHallBackground, ({ hallId }, ctx) => ({ key: 'setBackground', params: hallParams(ctx, hallId), target: { hallId } }));
label(removeHallBackground, ({ hallId }, ctx) => ({ key: 'removeBackground', params: hallParams(ctx, hallId), target: { hallId } }));

// --- arrivals ----------------------------------------------------------------------------------

const slotParams = (ctx: Context, slotId: string) => {
  const slot = rowOf(ctx, 'slots', slotId);
  const sequenceId = String(slot?.sequenceId ?? '');
  const delegationId = String(slot?.delegationId ?? '');
  return {
    params: { delegation: named(ctx, 'delegations', delegationId), sequence: named(ctx, 'sequences', sequenceId) },
    target: { sequenceId, delegationId },
  };
};
/** Arrivals whose slot or any step time changed. */
function slotsChanged(ctx: Context): number {
  const slots = new Set<string>();
  for (const r of touchedRows(ctx.patches)) {
    if (r.collection === 'slots') slots.add(r.id);
    if (r.collection === 'slotTimes') slots.add(String(rowOf(ctx, 'slotTimes', r.id)?.slotId ?? ''));
  }
  return slots.size;
}
label(applySequencePlan, ({ plan }, ctx) => ({
  key: 'planSequence',
  params: { sequence: named(ctx, 'sequences', plan.sequenceId), count: slotsChanged(ctx) },
  target: { sequenceId: plan.sequenceId },
}));
label(createSequence, (_args, ctx) => {
  const id = touchedRows(ctx.patches).find((r) => r.collection === 'sequences')?.id ?? '';
  return { key: 'createSequence', params: { sequence: named(ctx, 'sequences', id) }, target: { sequenceId: id } };
});
label(moveSlot, ({ slotId }, ctx) => ({ key: 'moveSlot', ...slotParams(ctx, slotId) }));
label(setSlotTime, ({ slotId }, ctx) => ({ key: 'setStepTime', ...slotParams(ctx, slotId) }));
label(logActual, ({ slotId, actualAt }, ctx) => ({ key: actualAt === null ? 'clearActual' : 'logActual', ...slotParams(ctx, slotId) }));
label(updateSlot, ({ slotId }, ctx) => ({ key: 'editSlot', ...slotParams(ctx, slotId) }));
label(reorderRows, ({ ids }, ctx) => {
  const sequenceId = String(rowOf(ctx, 'steps', ids[0])?.sequenceId ?? rowOf(ctx, 'venuePoints', ids[0])?.sequenceId ?? '');
  return { key: 'reorderSetup', params: { sequence: named(ctx, 'sequences', sequenceId) }, target: { sequenceId } };
});
