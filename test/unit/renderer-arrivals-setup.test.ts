import { describe, expect, it } from 'vitest';
import { deleteEntities } from '../../shared/document/commands';
import { emptyHistory, execute, undo } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';
import { sequenceView } from '../../renderer/src/arrivals/model';
import { durationText, freeName, moved, nextOrder, readDuration, reorderRows, sortKeyAfter } from '../../renderer/src/arrivals/setupModel';

const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const sequence = Object.values(doc.sequences)[0]!;
const view = sequenceView(doc, sequence.id)!;

describe('a step’s duration as the officer types it', () => {
  it('reads seconds, minutes:seconds and hours:minutes:seconds', () => {
    expect(readDuration('90')).toEqual({ seconds: 90 });
    expect(readDuration(' 1:30 ')).toEqual({ seconds: 90 });
    expect(readDuration('0:45')).toEqual({ seconds: 45 });
    expect(readDuration('90:00')).toEqual({ seconds: 5400 });
    expect(readDuration('1:00:00')).toEqual({ seconds: 3600 });
    expect(readDuration('0')).toEqual({ seconds: 0 });
  });

  it('refuses a negative duration and one over 24 hours as out of range; 24 h itself is accepted', () => {
    expect(readDuration('-30')).toEqual({ error: 'range' });
    expect(readDuration('−1:30')).toEqual({ error: 'range' });
    expect(readDuration('86401')).toEqual({ error: 'range' });
    expect(readDuration('24:00:01')).toEqual({ error: 'range' });
    expect(readDuration('24:00:00')).toEqual({ seconds: 86_400 });
  });

  it('refuses what is not a duration', () => {
    for (const text of ['', 'abc', '1.5', '1,5', '1:75', '1:60:00', '1:2:3:4', ':30', '1:', '90 s']) {
      expect(readDuration(text), text).toEqual({ error: 'format' });
    }
  });

  it('writes a duration so that it reads back the same', () => {
    expect(durationText(45)).toBe('0:45');
    expect(durationText(90)).toBe('1:30');
    expect(durationText(3600)).toBe('1:00:00');
    for (const s of [0, 1, 59, 60, 61, 599, 3599, 3600, 3661, 86_400]) expect(readDuration(durationText(s))).toEqual({ seconds: s });
  });
});

describe('ordering venue points and steps', () => {
  const ids = view.steps.map((s) => s.id);

  it('moves one row up or down, and leaves the ends as they are', () => {
    expect(moved(ids, 2, -1)).toEqual([ids[0], ids[2], ids[1], ids[3], ids[4]]);
    expect(moved(ids, 2, 1)).toEqual([ids[0], ids[1], ids[3], ids[2], ids[4]]);
    expect(moved(ids, 0, -1)).toEqual(ids);
    expect(moved(ids, 4, 1)).toEqual(ids);
  });

  it('renumbers the steps in one undo step, writing only the two that change', () => {
    const step = execute(doc, emptyHistory(), reorderRows, { collection: 'steps', ids: moved(ids, 3, -1) })!;
    expect(sequenceView(step.document, sequence.id)!.steps.map((s) => s.kind)).toEqual(['drive-in', 'walk', 'photo', 'greeting', 'escort']);
    expect(step.history.past).toHaveLength(1);
    expect(step.history.past[0]!.patches).toHaveLength(2);
    const back = undo(step.document, step.history)!;
    expect(sequenceView(back.document, sequence.id)!.steps.map((s) => s.id)).toEqual(ids);
  });

  it('puts a new row after the last one, whatever gaps a removal left', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder(view.points)).toBe(5);
    expect(nextOrder([{ order: 0 }, { order: 7 }])).toBe(8);
  });

  it('removing a venue point leaves the steps and greeters there without a point, and undo puts them back', () => {
    const greeting = view.points.find((p) => p.kind === 'greeting')!;
    const step = execute(doc, emptyHistory(), deleteEntities, { collection: 'venuePoints', ids: [greeting.id] })!;
    const after = sequenceView(step.document, sequence.id)!;
    expect(after.points).toHaveLength(4);
    expect(after.steps.find((s) => s.kind === 'greeting')!.venuePointId).toBeNull();
    expect(after.greeters[0]!.venuePointId).toBeNull();
    const back = sequenceView(undo(step.document, step.history)!.document, sequence.id)!;
    expect({ points: back.points, steps: back.steps, greeters: back.greeters }).toEqual({ points: view.points, steps: view.steps, greeters: view.greeters });
  });
});

describe('a new sequence', () => {
  it('takes a name no other sequence has', () => {
    expect(freeName('Official welcome', new Set())).toBe('Official welcome');
    expect(freeName('Official welcome', new Set(['Official welcome', 'Official welcome (2)']))).toBe('Official welcome (3)');
  });

  it('is listed after the others', () => {
    expect(sortKeyAfter(doc) > sequence.sortKey).toBe(true);
    expect(sortKeyAfter({ ...doc, sequences: {} }).length).toBeGreaterThan(0);
  });
});
