/**
 * The arrival commands against a real event file: every change they make is one the file
 * accepts (one slot per delegation and sequence, one time per slot and step, the settings row),
 * from a new sequence through generation, a rule change that removes slots, delays, live times
 * and slot edits; the file then holds exactly the document, and undo is written the same way.
 */
import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import {
  applySequencePlan, createSequence, logActual, moveSlot, planDelay, planFromActual, planSequence, sequenceConflicts, setSlotTime, updateSlot,
} from '../../shared/arrival';
import { EventFile } from '../../electron/store';
import { commandsOnFile, useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('arrival commands on an event file', () => {
  test('generate, re-generate, delay, log, edit, create: the file takes each change and holds the document; undo to the start', () => {
    const ids = seededIds(5151);
    const start: EventDocument = buildSampleDocument(referenceData, seededIds(2025));
    const before = start;
    const file = EventFile.create(nodePath.join(tempDir(), 'arrivals.preseance'), start);
    const edits = commandsOnFile(file, start);
    const run = edits.run;
    const sequence = Object.values(edits.doc.sequences)[0]!;
    const states = referenceData.states;

    // Everyone but the host, by lot, every 1.5 min: slots created; then heads of state only: slots removed.
    run(applySequencePlan, { plan: planSequence(edits.doc, sequence.id, { participants: 'all', rule: 'lot', intervalMin: 1.5, states }), ids });
    expect(Object.values(edits.doc.slots).filter((s) => s.sequenceId === sequence.id).length).toBeGreaterThan(100);
    const heads = planSequence(edits.doc, sequence.id, { participants: ['head-of-state', 'head-of-government'], rule: 'reverse-precedence', intervalMin: 1.25, states });
    expect(heads.removedSlotIds.length).toBeGreaterThan(80);
    run(applySequencePlan, { plan: heads, ids });
    expect(sequenceConflicts(edits.doc)).toEqual([]);

    // A delay rippled, another re-slotted, an actual arrival logged and re-planned from.
    const slots = Object.values(edits.doc.slots).filter((s) => s.sequenceId === sequence.id).sort((a, b) => a.order - b.order);
    run(applySequencePlan, { plan: planDelay(edits.doc, sequence.id, slots[3]!.delegationId, 4, 'ripple').plan, ids });
    run(applySequencePlan, { plan: planDelay(edits.doc, sequence.id, slots[0]!.delegationId, 2, 're-slot').plan, ids });
    const arrival = Object.values(edits.doc.slotTimes).find((t) => t.slotId === slots[5]!.id && edits.doc.steps[t.stepId]!.kind === 'drive-in')!;
    const late = new Date(Date.parse(arrival.plannedAt) + 150_000).toISOString().replace('.000Z', 'Z');
    run(applySequencePlan, { plan: planFromActual(edits.doc, sequence.id, slots[5]!.id, late).plan, ids });

    // The officer's hand: a slot moved, one step's time, an actual time, the slot's fields.
    const step = Object.values(edits.doc.steps).find((s) => s.sequenceId === sequence.id && s.kind === 'greeting')!;
    run(moveSlot, { slotId: slots[8]!.id, start: '2025-10-25T09:10:00+07:00' });
    run(setSlotTime, { slotId: slots[8]!.id, stepId: step.id, plannedAt: '2025-10-25T09:12:30+07:00', ids });
    run(logActual, { slotId: slots[8]!.id, stepId: step.id, actualAt: '2025-10-25T09:12:40+07:00', ids });
    run(updateSlot, { slotId: slots[8]!.id, fields: { carNumber: 'VIP-99', liaisonOfficer: 'Trần Minh Đức', notes: 'Xe lăn / wheelchair' } });
    expect(() => execute(edits.doc, edits.history, updateSlot, { slotId: slots[8]!.id, fields: { greeterId: slots[8]!.id } })).toThrow('not a greeter of this sequence');
    expect(() => execute(edits.doc, edits.history, setSlotTime, { slotId: slots[8]!.id, stepId: step.id, plannedAt: '09:12' })).toThrow('“09:12” is not a time');

    // A new sequence with the default step template, planned forward (no venue points yet).
    run(createSequence, {
      sequence: { nameEn: 'Banquet arrivals', nameVi: 'Đón khách dự tiệc', hallId: null, day: '2025-10-25', startTime: '18:30', deadline: '19:00', rule: 'precedence', intervalMin: 1, minGapMin: 1, sortKey: 'a1' },
      ids,
    });
    const banquet = Object.values(edits.doc.sequences).find((s) => s.nameEn === 'Banquet arrivals')!;
    run(applySequencePlan, { plan: planSequence(edits.doc, banquet.id, { participants: ['head-of-state'], states }), ids });

    // Every step undone, in order, is written the same way and ends at the first document.
    edits.undoAll();
    expect(edits.doc).toEqual(before);
    expect(file.loadDocument()).toEqual(before);
    file.close();
  });
});
