/**
 * The Hanoi 2025 sample's official welcome, through the arrival engine: it plans to exactly what
 * the sample stores (reverse precedence, 08:30, every 1.25 min), it has no conflict, and its
 * run-of-show reads in both languages.
 */
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { createRehearsal, describeArrival, diffSequence, planSequence, sequenceConflicts, sequenceTable } from '../../shared/arrival';

const doc = buildSampleDocument(referenceData, seededIds(2025));
const sequence = Object.values(doc.sequences)[0]!;

describe('the sample’s official welcome', () => {
  it('plans to what the sample stores: nothing moves, nothing is added or removed', () => {
    const plan = planSequence(doc, sequence.id, { states: referenceData.states });
    expect(plan.impossible).toBeNull();
    const diff = diffSequence(doc, sequence.id, plan);
    expect(diff).toEqual({ sequenceId: sequence.id, moves: [], added: [], removed: [] });
  });

  it('has no conflict', () => {
    expect(sequenceConflicts(doc)).toEqual([]);
  });

  it('a welcomed head of state downgraded to minister stays in the welcome, now earlier; no minister is suddenly expected', () => {
    const after = structuredClone(doc);
    const last = Object.values(after.slots).filter((s) => s.sequenceId === sequence.id).sort((a, b) => b.order - a.order)[0]!;
    const head = Object.values(after.people).find((p) => p.delegationId === last.delegationId && p.role === 'head')!;
    after.people[head.id] = { ...head, rank: 'minister' };
    expect(sequenceConflicts(after)).toEqual([]);
    const plan = planSequence(after, sequence.id, { states: referenceData.states });
    expect(plan.slots).toHaveLength(19);
    expect(describeArrival(plan.explanation[1]!, 'en')).toBe('Arriving: the 19 delegations already in the sequence.');
    // Reverse precedence: the one minister now arrives first, before every head of state and government.
    expect(plan.slots[0]!.delegationId).toBe(last.delegationId);
  });

  it('reads as a run-of-show: the first arrival’s cue names the car and the liaison officer, in both languages', () => {
    const first = Object.values(doc.slots).find((s) => s.sequenceId === sequence.id && s.order === 0)!;
    const r = createRehearsal(doc, sequence.id);
    const at830 = 8.5 * 3600;
    const name = doc.delegations[first.delegationId]!;
    expect(r.cuesAt(at830, 'en').now.map((c) => c.text)).toEqual([`08:30 — ${name.nameEn}: motorcade at Drop-off; car VIP-01; liaison officer ${first.liaisonOfficer}`]);
    expect(r.cuesAt(at830, 'vi').now.map((c) => c.text)).toEqual([`08:30 — Đoàn xe ${name.nameVi} đến Điểm xuống xe; xe số VIP-01; liên lạc viên ${first.liaisonOfficer}`]);
    // The second arrives 1.25 min later: its cue is read to the second.
    expect(r.cuesAt(at830, 'en').next.map((c) => c.time)).toEqual(['08:31', '08:31:15', '08:31:45']);
    const table = sequenceTable(doc, sequence.id, 'vi');
    expect(table).toHaveLength(20);
    expect(table[2]!.slice(0, 2)).toEqual(['2', '08:31:15']);
  });
});
