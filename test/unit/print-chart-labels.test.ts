import { describe, expect, it } from 'vitest';
import { abbreviate, delegationMarks } from '../../shared/print/chartMarks';
import { elementBox, groupLabels, MIN_TEXT_MM, placeLabel } from '../../renderer/src/printing/chartLabels';
import type { Measure } from '../../renderer/src/printing/layout';
import { seededIds } from '../../shared/ids';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';

/** Issue 13, item 9: a chart too small for a code per seat marks each delegation's seats (name, code or number), and the stage's label is not under the presiding table. */
const half: Measure = (text) => text.length * 0.55;
const doc = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const plenary = Object.values(doc.halls).find((h) => h.kind === 'plenary')!;

describe('delegation marks on a small chart', () => {
  const seated = Object.values(doc.assignments).filter((a) => a.hallId === plenary.id);
  const marks = delegationMarks(doc, seated.map((a) => doc.people[a.personId]!.delegationId));
  it('numbers every seated delegation once, in UN alphabetical order, with its code', () => {
    expect(marks.map((m) => m.number)).toEqual(marks.map((_, i) => i + 1));
    expect(new Set(marks.map((m) => m.delegationId)).size).toBe(marks.length);
    expect(marks.find((m) => m.code === 'VNM')).toBeTruthy();
    expect(abbreviate('Bolivia (Plurinational State of)')).toBe('Bolivia');
  });
  it('gives every group a mark of at least the smallest readable size: the name where it fits, else the code, else the number', () => {
    const seat = (x: number) => ({ x, y: 10 });
    const [a, b, c] = marks;
    const groups = [
      { delegationId: a!.delegationId, seats: [seat(0), seat(0.6), seat(1.2), seat(1.8), seat(2.4), seat(3.0)] },
      { delegationId: b!.delegationId, seats: [seat(10), seat(10.6)] },
      { delegationId: c!.delegationId, seats: [seat(20)] },
    ];
    const wide = groupLabels(groups, marks, 12, 0.22, half);
    expect(wide[0]!.form).toBe('name');
    const small = groupLabels(groups, marks, 2.4, 0.22, half); // the A4 plenary's scale
    expect(small).toHaveLength(3);
    for (const label of small) expect(label.size * 2.4).toBeGreaterThanOrEqual(MIN_TEXT_MM - 1e-9);
    expect(['name', 'code']).toContain(small[0]!.form); // six desks hold a name or a code
    expect(small[2]!.form).toBe('number'); // one seat: its number in the key
    expect(small[2]!.text).toBe(String(c!.number));
  });
});

describe("the stage's label", () => {
  const elements = Object.values(doc.elements).filter((e) => e.hallId === plenary.id);
  const stage = elements.find((e) => e.kind === 'stage')!;
  const table = elements.find((e) => e.kind === 'rect-table' && e.zIndex > stage.zIndex)!;
  it('moves off the presiding table to a free edge of the stage', () => {
    const size = 0.9;
    const width = half(stage.labelEn, 700) * size;
    const at = placeLabel(stage, width, size, [elementBox(table)]);
    const box = elementBox(table);
    const text = { x0: at.x - width / 2, x1: at.x + width / 2, y0: at.y - size * 0.8, y1: at.y + size * 0.2 };
    expect(text.x0 < box.x1 && box.x0 < text.x1 && text.y0 < box.y1 && box.y0 < text.y1).toBe(false);
    const s = elementBox(stage);
    expect(text.y0).toBeGreaterThanOrEqual(s.y0);
    expect(text.y1).toBeLessThanOrEqual(s.y1);
    // Nothing in the way: the centre.
    expect(placeLabel(stage, width, size, [])).toEqual({ x: stage.x, y: stage.y + size * 0.35 });
  });
});
