import { describe, expect, it } from 'vitest';
import { createRehearsal } from '../../shared/arrival';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { isTyping } from '../../renderer/src/arrivals/countdown';
import { markersAttribute } from '../../renderer/src/arrivals/mapDraw';
import { laneSources, rowCode, sequenceView, spansOf } from '../../renderer/src/arrivals/model';
import { readLate, readMinutes, readTime } from '../../renderer/src/arrivals/time';
import { rankWaves, wavesChoiceOf } from '../../renderer/src/arrivals/waves';

const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const sequence = Object.values(doc.sequences)[0]!;
const view = sequenceView(doc, sequence.id)!;
const at = (hhmmss: string) => hhmmss.split(':').reduce((s, part) => s * 60 + Number(part), 0);

describe('the sequence as the screen reads it (the sample’s official welcome)', () => {
  it('lists the arrivals in time order with each step’s times in seconds', () => {
    expect(view.rows).toHaveLength(19);
    expect(view.rows.map((r) => r.start)).toEqual(Array.from({ length: 19 }, (_, i) => at('08:30:00') + i * 75));
    expect(view.rows[0]!.times.size).toBe(5);
    expect(view.rows.every((r) => r.arrived === null)).toBe(true);
    expect(view.range).toEqual({ from: at('08:30:00'), to: at('08:30:00') + 18 * 75 + 245 });
    expect(view.deadline).toBe(at('09:00:00'));
    expect(rowCode(view.rows[0]!)).toMatch(/^[A-Z]{3}$/);
  });

  it('gives one lane per venue point in order, then one per greeter', () => {
    const lanes = laneSources(view);
    expect(lanes.map((l) => l.kind)).toEqual(['point', 'point', 'point', 'point', 'point', 'greeter']);
    expect(lanes[0]!.id).toBe(view.points[0]!.id);
  });

  it('puts each step in its point’s lane and the greeting in the greeter’s too; a dragged slot is previewed shifted', () => {
    const spans = spansOf(view);
    expect(spans).toHaveLength(19 * 6);
    const greeterLane = spans.filter((s) => s.laneKey.startsWith('g:'));
    expect(greeterLane).toHaveLength(19);
    const slotId = view.rows[3]!.slot.id;
    const shifted = spansOf(view, { slotId, by: 120 });
    const before = spans.filter((s) => s.slotId === slotId).map((s) => s.start);
    expect(shifted.filter((s) => s.slotId === slotId).map((s) => s.start)).toEqual(before.map((t) => t + 120));
    expect(shifted.filter((s) => s.slotId !== slotId)).toEqual(spans.filter((s) => s.slotId !== slotId));
  });

  it('writes the rehearsal’s markers for the DOM: code and position to the centimetre, none while waiting', () => {
    const codes = new Map(view.rows.map((r) => [r.slot.id, rowCode(r)]));
    const rehearsal = createRehearsal(doc, sequence.id);
    expect(markersAttribute(rehearsal.markersAt(at('08:29:00')), codes)).toBe('');
    const first = markersAttribute(rehearsal.markersAt(at('08:30:00')), codes);
    expect(first).toBe(`${rowCode(view.rows[0]!)}:30.00,36.00`);
  });
});

describe('what the officer types', () => {
  it('reads minutes in either language’s decimals, 0 to 240', () => {
    expect(readMinutes('1.25')).toBe(1.25);
    expect(readMinutes(' 1,25 ')).toBe(1.25);
    expect(readMinutes('0')).toBe(0);
    for (const bad of ['', '-1', '241', '1,2,5', 'two', '1e2']) expect(readMinutes(bad)).toBeNull();
  });

  it('reads a delay in whole minutes, 1 to 240', () => {
    expect(readLate('7')).toBe(7);
    for (const bad of ['0', '7.5', '241', '', 'x']) expect(readLate(bad)).toBeNull();
  });

  it('reads a start or deadline as HH:MM; empty is none', () => {
    expect(readTime('9:00')).toBe('09:00');
    expect(readTime('')).toBeNull();
    expect(readTime('25:00')).toBeUndefined();
    expect(readTime('09:00:30')).toBeUndefined();
  });
});

describe('live mode', () => {
  it('does not take typing in a field for the one-key log', () => {
    const input = { closest: (sel: string) => (sel.includes('input') ? {} : null) } as unknown as EventTarget;
    const body = { closest: () => null } as unknown as EventTarget;
    expect(isTyping(input)).toBe(true);
    expect(isTyping(body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe('waves', () => {
  it('offers rank waves in arrival order: the heads of state last when the highest arrives last', () => {
    expect(rankWaves('reverse-precedence').map((w) => w.nameEn)).toEqual(['Organizations', 'Ministers', 'Heads of state and government']);
    expect(rankWaves('precedence')[0]!.members).toContain('head-of-state');
    expect(rankWaves('precedence')[0]!.nameVi).toBe('Nguyên thủ quốc gia và người đứng đầu Chính phủ');
  });

  it('recognises stored waves', () => {
    expect(wavesChoiceOf([])).toBe('none');
    expect(wavesChoiceOf(rankWaves('reverse-precedence'))).toBe('ranks');
    expect(wavesChoiceOf([{ nameEn: 'VIP', nameVi: 'VIP', members: ['head-of-state'] }])).toBe('stored');
  });
});
