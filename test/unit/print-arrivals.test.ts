import { describe, expect, it } from 'vitest';
import { cueCards, runOfShow } from '../../shared/print/arrivals';
import { sequenceTable } from '../../shared/arrival';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';

const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const sequence = Object.values(doc.sequences)[0]!;
const collator = new Intl.Collator('en');

describe('the run-of-show and cue cards of the sample welcome', () => {
  it('lists every step of every arrival in time order, at the times the run-of-show export gives', () => {
    const rows = runOfShow(doc, sequence.id);
    const slots = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id);
    const steps = Object.values(doc.steps).filter((s) => s.sequenceId === sequence.id);
    expect(rows).toHaveLength(slots.length * steps.length);
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort((a, b) => a - b));
    // The first arrival: the export's arrival time (to the second), its car and officer, both languages.
    const [header, first] = sequenceTable(doc, sequence.id, 'en');
    const arrival = rows.find((r) => r.kind === 'drive-in')!;
    expect(arrival.time.padEnd(8, ':00').slice(0, 8)).toBe(first![header!.indexOf('Arrival')]);
    expect(arrival.car).toBe(first![header!.indexOf('Car')]);
    expect(arrival.liaison).toBe(first![header!.indexOf('Liaison officer')]);
    expect(arrival.step).toEqual(['Motorcade arrival', 'Đoàn xe đến']);
    expect(arrival.point).toEqual(['Drop-off', 'Điểm xuống xe']);
  });

  it('gives each liaison officer only the moments of their own delegation, and the greeter only greetings and photos', () => {
    const cards = cueCards(doc, sequence.id, collator);
    const officers = cards.filter((c) => c.role === 'liaison');
    const slots = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id);
    expect(officers).toHaveLength(new Set(slots.map((s) => s.liaisonOfficer)).size);
    for (const card of officers) {
      const own = slots.filter((s) => s.liaisonOfficer === card.name).map((s) => s.id);
      expect(new Set(card.rows.map((r) => r.slotId))).toEqual(new Set(own));
    }
    const greeter = cards.find((c) => c.role === 'greeter')!;
    expect(greeter.name).toBe('Hồ Bảo Nhân'); // the host's head, who greets
    expect(new Set(greeter.rows.map((r) => r.kind))).toEqual(new Set(['greeting', 'photo']));
    expect(greeter.rows).toHaveLength(slots.length * 2);
  });

  it('gives each escort every moment of the delegations they escort, after the officers; one escort typed twice is one card', () => {
    const slots = Object.values(doc.slots).filter((s) => s.sequenceId === sequence.id);
    const [first, second] = slots.sort((a, b) => a.order - b.order);
    // Two escort officers: one for the first arrival, one (typed with other spacing and case too) for the second.
    const edited = structuredClone(doc);
    for (const slot of Object.values(edited.slots)) if (slot.sequenceId === sequence.id) slot.escort = '';
    edited.slots[first!.id]!.escort = 'Trần Văn Bình';
    edited.slots[second!.id]!.escort = 'Nguyễn Thị Hoa';
    const third = slots[2]!;
    edited.slots[third.id]!.escort = '  trần văn  bình ';
    const cards = cueCards(edited, sequence.id, new Intl.Collator('vi'));
    const escorts = cards.filter((c) => c.role === 'escort');
    expect(escorts.map((c) => c.name)).toEqual(['Nguyễn Thị Hoa', 'Trần Văn Bình']);
    const steps = Object.values(doc.steps).filter((s) => s.sequenceId === sequence.id).length;
    expect(new Set(escorts[1]!.rows.map((r) => r.slotId))).toEqual(new Set([first!.id, third.id]));
    expect(escorts[1]!.rows).toHaveLength(2 * steps);
    expect(escorts[0]!.rows.every((r) => r.slotId === second!.id)).toBe(true);
    // Greeters, then liaison officers, then escorts.
    const roles = cards.map((c) => c.role);
    expect(roles.lastIndexOf('liaison')).toBeLessThan(roles.indexOf('escort'));
  });
});
