import { describe, expect, it } from 'vitest';
import { cueCards, runOfShow } from '../../renderer/src/print/data';
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
    expect(greeter.name).toBe('President of Viet Nam');
    expect(new Set(greeter.rows.map((r) => r.kind))).toEqual(new Set(['greeting', 'photo']));
    expect(greeter.rows).toHaveLength(slots.length * 2);
  });
});
