/**
 * The seating commands against a real event file: every change they make is one the file
 * accepts (one person per seat, a person once per hall, seats of the placement's hall), swaps
 * included, and the file then holds exactly the document. Undo is written the same way.
 */
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { updateEntity } from '../../shared/document/commands';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import {
  applySeating, assignPerson, lateChangeDiff, planSeating, seatingProblems, setAssignmentLocked, swapSeats, unseat,
} from '../../shared/seating';
import { EventFile } from '../../electron/store';
import { documentIn } from '../fixtures/event-file';
import { commandsOnFile, useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('seating commands on an event file', () => {
  test('a late change re-seated, manual moves, swaps, unseating and locks: the file takes each change and holds the document', () => {
    const ids = seededIds(4242);
    const start: EventDocument = buildSampleDocument(referenceData, seededIds(2025));
    const file = EventFile.create(nodePath.join(tempDir(), 'seating.preseance'), start);
    const edits = commandsOnFile(file, start);
    const run = edits.run;
    const banquet = Object.values(edits.doc.halls).find((h) => h.kind === 'banquet')!;
    const plenary = Object.values(edits.doc.halls).find((h) => h.kind === 'plenary')!;
    const heads = Object.values(edits.doc.people).filter((p) => p.role === 'head' && edits.doc.delegations[p.delegationId]!.pinnedRole === 'none');

    // A head of state sends a minister: the whole banquet shifts, applied as one edit.
    const before = edits.doc;
    const firstHead = planSeating(edits.doc, banquet.id).assignments.find((a) => heads.some((h) => h.id === a.personId && h.rank === 'head-of-state'))!;
    run(updateEntity, { collection: 'people', id: firstHead.personId, fields: { rank: 'minister' } });
    const { plan, diff } = lateChangeDiff(before, edits.doc, banquet.id);
    expect(diff.moves.length).toBeGreaterThan(10); // everyone after the downgraded head moves up
    run(applySeating, { hallId: banquet.id, plan, ids });
    // The plenary sits in alphabetical order from the lot, which a downgrade does not change.
    expect(seatingProblems(edits.doc)).toEqual([]);

    // Manual placements in the plenary: a swap through assignPerson, then swapSeats, in both directions.
    const placed = Object.values(edits.doc.assignments).filter((a) => a.hallId === plenary.id && !a.locked);
    const [a, b] = [placed[0]!, placed[1]!];
    run(assignPerson, { hallId: plenary.id, personId: a.personId, seatId: b.seatId, swap: true, ids });
    run(swapSeats, { hallId: plenary.id, seatA: a.seatId, seatB: b.seatId });
    const empty = Object.values(edits.doc.seats).find((s) => s.hallId === plenary.id && !s.blocked && !Object.values(edits.doc.assignments).some((x) => x.seatId === s.id))!;
    run(swapSeats, { hallId: plenary.id, seatA: a.seatId, seatB: empty.id });
    run(unseat, { hallId: plenary.id, personId: b.personId });
    run(assignPerson, { hallId: plenary.id, personId: b.personId, seatId: a.seatId, swap: true, ids });
    const lockable = Object.values(edits.doc.assignments).find((x) => x.hallId === plenary.id && !x.locked)!;
    run(setAssignmentLocked, { assignmentId: lockable.id, locked: true });
    // Seating the plenary again keeps the locks and puts everyone else back.
    run(applySeating, { hallId: plenary.id, plan: planSeating(edits.doc, plenary.id), ids });
    expect(seatingProblems(edits.doc).filter((p) => p.severity === 'error')).toEqual([]);

    // Every step undone, in order, is written the same way and ends at the first document.
    edits.undoAll();
    expect(edits.doc).toEqual(before);
    expect(file.loadDocument()).toEqual(before);
    file.close();
    expect(documentIn(file.path)).toEqual(before);
  });
});
