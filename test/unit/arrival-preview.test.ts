/**
 * The conflicts shown before a plan is applied are those of the applied document: planConflicts
 * reads the plan's slot times from an index and not from a copied document (the preview's cost),
 * and must agree with the conflicts of the document the command writes, whatever the plan does.
 */
import { describe, expect, it } from 'vitest';
import { emptyHistory, execute } from '../../shared/document/history';
import { applySequencePlan, planConflicts, planDelay, planFromActual, planSequence, sequenceConflicts, type ArrivalConflict, type SequencePlan } from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { ArrivalBuilder } from './arrival-fixtures';

function event() {
  const b = new ArrivalBuilder(3);
  b.add({ iso3: 'VNM', pinned: 'host' });
  const ids = b.add(
    { iso3: 'FRA', rank: 'head-of-state' }, { iso3: 'BRA', rank: 'head-of-state' }, { iso3: 'JPN', rank: 'head-of-government' },
    { iso3: 'KEN', rank: 'minister' }, { iso3: 'DEU', rank: 'minister' }, { org: 'UN' },
  );
  // A deadline the sequence cannot meet: the plans below leave conflicts to compare.
  const { sequence } = b.sequence({ startTime: '08:30', deadline: '08:40', intervalMin: 2, minGapMin: 1 });
  return { doc: b.doc, sequence, ids };
}

// A copy: immer freezes what it shares with its result, and each test plans on its own document.
const applied = (doc: EventDocument, plan: SequencePlan) => execute(structuredClone(doc), emptyHistory(), applySequencePlan, { plan, ids: seededIds(7) })!.document;
// A new slot's id is the preview's own until applied: conflicts compared without slot ids.
const withoutSlotIds = (list: ArrivalConflict[]) => list.map(({ slotIds, ...c }) => ({ ...c, slots: slotIds.length }));
const same = (doc: EventDocument, plan: SequencePlan) => {
  const shown = planConflicts(doc, plan);
  expect(shown.length).toBeGreaterThan(0);
  expect(withoutSlotIds(shown)).toEqual(withoutSlotIds(sequenceConflicts(applied(doc, plan), plan.sequenceId)));
};

describe('conflicts before a plan is applied', () => {
  it('a first generation: new slots and times', () => {
    const { doc, sequence } = event();
    same(doc, planSequence(doc, sequence.id));
  });

  it('a ripple, a re-slot and a logged arrival: times moved, an actual time written', () => {
    const { doc, sequence, ids } = event();
    const first = applied(doc, planSequence(doc, sequence.id));
    same(first, planDelay(first, sequence.id, ids[2]!, 3, 'ripple').plan);
    same(first, planDelay(first, sequence.id, ids[2]!, 1, 're-slot').plan);
    const slot = Object.values(first.slots).find((s) => s.delegationId === ids[3])!;
    same(first, planFromActual(first, sequence.id, slot.id, '2025-10-25T08:45:00+07:00').plan);
  });

  it('a new generation for fewer participants: slots and their times removed', () => {
    const { doc, sequence } = event();
    const first = applied(doc, planSequence(doc, sequence.id));
    const fewer = planSequence(first, sequence.id, { participants: ['head-of-state', 'head-of-government', 'minister'] });
    expect(fewer.removedSlotIds).toHaveLength(1);
    same(first, fewer);
  });
});
