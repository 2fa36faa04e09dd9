/**
 * The built-in hall templates (issue 14 §3): every seat and element inside the hall, nothing
 * overlapping (furniture on a stage aside), the counts asked for met, a hall too small refused
 * with the reason in both languages, seats labelled and ordered as the editor makes them, and
 * the seating engine seats the sample's delegations into a templated plenary, banquet and signing room.
 */
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { emptyHistory, execute } from '../../shared/document/history';
import { blankDocument } from '../../shared/document/blank';
import type { EventDocument } from '../../shared/model/collections';
import type { Hall, LayoutElement } from '../../shared/model/entities';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { elementBodyBounds, elementBounds } from '../../shared/layout/geometry';
import { rectContains, type Rect } from '../../shared/rect';
import { seatSpecs } from '../../shared/layout/seats';
import { elementProblems } from '../../shared/layout/validation';
import {
  createFurnishedHall, furnishedHall, isTemplateRefusal, templateMessage, TEMPLATE_KINDS, type TemplateCounts, type TemplateKind, type TemplateRefusal,
} from '../../shared/layout/templates';
import { hallHonour, planSeating } from '../../shared/seating';

const names = { nameEn: 'Test hall', nameVi: 'Phòng thử' };

/** A document with one furnished hall (or the refusal), made by the command the app and the CLI run. */
function furnish(kind: Hall['kind'], widthM: number, depthM: number, counts: TemplateCounts = {}, base?: EventDocument) {
  const ids = seededIds(widthM * 1000 + depthM);
  const document = base ?? blankDocument(ids, '2025-10-25');
  const made = furnishedHall(Object.values(document.halls), { ...names, kind, widthM, depthM }, counts, ids(), ids);
  if (isTemplateRefusal(made)) return made;
  const step = execute(document, emptyHistory(), createFurnishedHall, { ...made, ids });
  const after = step!.document;
  const seats = Object.values(after.seats).filter((s) => s.hallId === made.hall.id);
  const elements = Object.values(after.elements).filter((e) => e.hallId === made.hall.id);
  return { document: after, hall: made.hall, elements, seats };
}
const furnished = (...args: Parameters<typeof furnish>) => {
  const made = furnish(...args);
  if (isTemplateRefusal(made)) throw new Error(`refused: ${templateMessage(made, 'en')}`);
  return made;
};
const refusal = (...args: Parameters<typeof furnish>): TemplateRefusal => {
  const made = furnish(...args);
  if (!isTemplateRefusal(made)) throw new Error('not refused');
  return made;
};

const inside = (r: Rect, hall: Hall) => r.x >= 0 && r.y >= 0 && r.x + r.width <= hall.widthM + 1e-9 && r.y + r.height <= hall.depthM + 1e-9;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

/** Pairs of elements whose outlines (seats included) overlap, but for furniture standing on a stage. */
function overlaps(elements: LayoutElement[]): string[] {
  const out: string[] = [];
  const bounds = new Map(elements.map((e) => [e, elementBounds(e)]));
  elements.forEach((a, i) => {
    elements.slice(i + 1).forEach((b) => {
      const [ra, rb] = [bounds.get(a)!, bounds.get(b)!];
      if (!overlap(ra, rb)) return;
      const onStage = (s: LayoutElement, o: Rect) => s.kind === 'stage' && rectContains(elementBodyBounds(s), o);
      if (onStage(a, rb) || onStage(b, ra)) return;
      out.push(`${a.labelEn} × ${b.labelEn}`);
    });
  });
  return out;
}

const SIZES: [number, number][] = [[40, 30], [80, 70], [31, 21], [60, 45.5]];

describe('hall templates: to scale, inside the hall, nothing overlapping', () => {
  for (const kind of TEMPLATE_KINDS) {
    for (const [w, d] of SIZES) {
      it(`${kind}, ${w} × ${d} m`, () => {
        const { hall, elements, seats } = furnished(kind, w, d);
        expect(elements.length).toBeGreaterThan(5);
        for (const s of seats) expect(s.x >= 0.25 && s.x <= w - 0.25 && s.y >= 0.25 && s.y <= d - 0.25, `${s.label} at ${s.x}, ${s.y}`).toBe(true);
        for (const e of elements) {
          expect(inside(elementBounds(e), hall), `${e.labelEn} inside the hall`).toBe(true);
          expect(elementProblems(e), e.labelEn).toEqual([]);
        }
        expect(overlaps(elements)).toEqual([]);
        // Symmetric about the hall's centre line: the stage, backdrop or entrance and the seats are centred.
        const xs = seats.map((s) => s.x);
        if (seats.length > 0 && kind !== 'banquet') expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - w / 2)).toBeLessThan(0.01);
        const front = elements.find((e) => e.kind === 'stage' || e.kind === 'backdrop')!;
        expect(front.x).toBeCloseTo(w / 2, 6);
      });
    }
  }
});

describe('hall templates: the counts asked for', () => {
  it('a plenary of 600 seats: three blocks of rows, at least 600 seats and less than one more row; row A nearest the stage', () => {
    const { elements, seats } = furnished('plenary', 40, 30, { seats: 600 });
    const blocks = elements.filter((e) => e.kind === 'row-block');
    expect(blocks.map((b) => b.labelEn)).toEqual(['Block A', 'Block B', 'Block C']);
    const inRows = seats.filter((s) => blocks.some((b) => b.id === s.elementId));
    const perRow = Number(blocks[0]!.props.seatsPerRow);
    expect(inRows.length).toBeGreaterThanOrEqual(600);
    expect(inRows.length).toBeLessThan(600 + 3 * perRow);
    expect(perRow % 6).toBe(0); // a delegation of 6 takes a run of a row, never split by the aisle
    // Aisles between the blocks: at least 1.5 m from one block's last chair to the next one's first.
    const [a, b] = [elementBounds(blocks[0]!), elementBounds(blocks[1]!)];
    expect(b.x - (a.x + a.width)).toBeGreaterThanOrEqual(1.5 - 0.5 - 1e-9); // bounds include the chairs' 0.25 m radius
    const stage = elements.find((e) => e.kind === 'stage')!;
    const rowA = inRows.filter((s) => s.label.startsWith('A') && !s.label.startsWith('AA'));
    const rowB = inRows.filter((s) => /^B\d/.test(s.label));
    expect(Math.max(...rowA.map((s) => s.y))).toBeLessThan(Math.min(...rowB.map((s) => s.y)));
    expect(Math.min(...rowA.map((s) => s.y)) - (stage.y + stage.depth / 2)).toBeGreaterThanOrEqual(2.5);
    expect(new Set(inRows.map((s) => s.rotation))).toEqual(new Set([0])); // facing the stage
  });

  it('a banquet of 20 tables of 12: the head table is table 1, then 2, 3… from the centre outwards, the host’s right first', () => {
    const { elements, seats } = furnished('banquet', 40, 30, { tables: 20, perTable: 12 });
    const rounds = elements.filter((e) => e.kind === 'round-table');
    expect(rounds).toHaveLength(20);
    for (const t of rounds) expect(seats.filter((s) => s.elementId === t.id)).toHaveLength(12);
    const head = elements.find((e) => e.props.headTable === true)!;
    expect(head.number).toBe(1);
    expect(rounds.map((t) => t.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const table = (n: number) => rounds.find((t) => t.number === n)!;
    // In the first row, nearest the centre first; of two as near, the host's right (the left of the plan) first.
    const firstRow = rounds.filter((t) => t.y === table(2).y).sort((a, b) => a.number! - b.number!);
    expect(firstRow.length).toBeGreaterThan(2);
    firstRow.slice(1).forEach((t, i) => {
      const [before, now] = [Math.abs(firstRow[i]!.x - 20), Math.abs(t.x - 20)];
      expect(now).toBeGreaterThanOrEqual(before - 1e-9);
      if (Math.abs(now - before) < 1e-9) expect(t.x).toBeGreaterThan(firstRow[i]!.x);
    });
    expect(table(3).x).toBeLessThan(20);
    expect(rounds.every((t) => t.y > head.y)).toBe(true);
    expect(table(2).labelEn).toBe('Table 2');
    expect(table(2).labelVi).toBe('Bàn 2');
  });

  it('a signing room for 4 signatories: 4 chairs, chair 1 the host’s on the signers’ right, a flag behind each, 100 witnesses', () => {
    const { elements, seats } = furnished('signing', 30, 20, { signers: 4, seats: 100 });
    const table = elements.find((e) => e.kind === 'signing-table')!;
    const chairs = seats.filter((s) => s.elementId === table.id).sort((a, b) => a.order - b.order);
    expect(chairs.map((c) => c.label)).toEqual(['1', '2', '3', '4']);
    expect(chairs[0]!.isTableHost).toBe(true);
    expect(chairs[0]!.x).toBeLessThan(chairs[3]!.x); // the signers face the room: their right is the left of the plan
    expect(elements.filter((e) => e.kind === 'flag-stand')).toHaveLength(4);
    const witnesses = seats.filter((s) => s.elementId !== table.id);
    expect(witnesses.length).toBeGreaterThanOrEqual(100);
    expect(Math.min(...witnesses.map((s) => s.y))).toBeGreaterThan(table.y);
  });

  it('a welcome area: the places of an official welcome, top to bottom along the route', () => {
    const { elements } = furnished('welcome', 60, 40);
    const at = (en: string) => elements.find((e) => e.labelEn === en)!;
    const route = ['Main entrance', 'Photo position', 'Greeting point', 'Red carpet', 'Drop-off', 'Motorcade lane: keep clear'].map(at);
    expect(route.map((e) => e.y)).toEqual([...route.map((e) => e.y)].sort((a, b) => a - b));
    expect(at('Red carpet').kind).toBe('red-carpet');
    expect(at('Holding room').x).toBeGreaterThan(at('Press').x);
  });

  it('labels and order of the seats are the editor’s: each element’s seats are its generator’s, in its order', () => {
    for (const kind of TEMPLATE_KINDS) {
      const { elements, seats } = furnished(kind, 40, 30);
      for (const e of elements) {
        const mine = seats.filter((s) => s.elementId === e.id).sort((a, b) => a.order - b.order);
        expect(mine.map((s) => s.label)).toEqual(seatSpecs(e).map((s) => s.label));
      }
    }
  });
});

describe('hall templates: what cannot be is refused, in both languages', () => {
  it('a hall too small for the template', () => {
    const r = refusal('plenary', 12, 8);
    expect(templateMessage(r, 'en')).toBe('This template needs a hall of at least 15.3 × 9.75 m for its furniture and clearances; the hall is 12 × 8 m. Nothing was created.');
    expect(templateMessage(r, 'vi')).toBe('Mẫu này cần một phòng ít nhất 15,3 × 9,75 m cho đồ đạc và khoảng trống; phòng này 12 × 8 m. Chưa tạo gì.');
    for (const kind of TEMPLATE_KINDS) expect(refusal(kind, 5, 5).key).toBe('template-hall-too-small');
  });

  it('more seats or tables than the hall holds: the most it holds', () => {
    const seats = refusal('plenary', 40, 30, { seats: 5000 });
    const max = furnished('plenary', 40, 30).seats.filter((s) => s.label !== '' && /^[A-Z]+\d+$/.test(s.label)).length;
    expect(seats).toEqual({ key: 'template-seats-do-not-fit', params: { seats: 5000, width: 40, depth: 30, max } });
    expect(templateMessage(seats, 'en')).toBe(`5,000 seats do not fit in a hall of 40 × 30 m with its stage, aisles and clearances: at most ${max.toLocaleString('en-GB')}. Nothing was created.`);
    const tables = refusal('banquet', 40, 30, { tables: 200 });
    expect(tables.key).toBe('template-tables-do-not-fit');
    expect(furnished('banquet', 40, 30, { tables: tables.params.max! }).elements.filter((e) => e.kind === 'round-table')).toHaveLength(tables.params.max!);
    expect(templateMessage(tables, 'vi')).toMatch(/^200 bàn tròn 10 chỗ không đủ chỗ trong phòng 40 × 30 m/);
  });

  it('a very large hall: as many as the hall holds stops at 20,000 seats or 1,000 tables, every block within its limits', () => {
    const plenary = furnished('plenary', 400, 300);
    expect(plenary.seats.filter((s) => /^[A-Z]+\d+$/.test(s.label)).length).toBeLessThanOrEqual(20_000 + 3 * 198);
    expect(plenary.seats.length).toBeGreaterThan(19_000);
    expect(furnished('banquet', 1000, 800).elements.filter((e) => e.kind === 'round-table')).toHaveLength(1000);
    expect(furnished('signing', 300, 300).seats.length).toBeLessThanOrEqual(20_000 + 200 + 2);
  });

  it('counts out of range, and a type of hall without a template', () => {
    expect(refusal('banquet', 40, 30, { perTable: 3 })).toEqual({ key: 'template-per-table-range', params: { min: 4, max: 20 } });
    expect(refusal('plenary', 40, 30, { seats: 1.5 }).key).toBe('template-seats-range');
    expect(refusal('signing', 40, 30, { signers: 0 }).key).toBe('template-signers-range');
    const none = refusal('meeting', 40, 30);
    expect(templateMessage(none, 'en')).toMatch(/^There is no template for this type of hall/);
    expect(templateMessage(none, 'vi')).toMatch(/^Loại phòng này không có mẫu/);
  });
});

describe('hall templates: the seating engine seats the sample’s delegations into them', () => {
  const sample = buildSampleDocument(referenceData, seededIds(2025));
  const cases: [TemplateKind, number, number][] = [['plenary', 60, 50], ['banquet', 70, 60], ['signing', 30, 20]];
  for (const [kind, w, d] of cases) {
    it(`${kind}: everyone the strategy seats has a seat`, () => {
      const { document, hall } = furnished(kind, w, d, {}, sample);
      const honour = hallHonour(document, hall.id);
      expect(honour.guests.length).toBeGreaterThan(kind === 'signing' ? 50 : 150);
      const plan = planSeating(document, hall.id);
      // Nobody is left for want of a seat in the hall; the only ones left out are members beyond
      // their delegation's own allowance of the blocks strategy (3 seats for an organization).
      expect(plan.unseated.filter((u) => u.reason.key !== 'unseated-no-room')).toEqual([]);
      expect(plan.assignments.length + plan.unseated.length).toBe(honour.guests.length);
      const seatedPeople = new Set(plan.assignments.map((a) => a.personId));
      for (const g of honour.guests) if (g.person.role === 'head') expect(seatedPeople.has(g.person.id), g.delegation.nameEn).toBe(true);
      if (kind !== 'plenary') expect(plan.unseated).toEqual([]);
      if (kind === 'banquet') {
        // The guest of honour's place: the head table's host seat.
        const headTable = Object.values(document.elements).find((e) => e.hallId === hall.id && e.props.headTable === true)!;
        const first = plan.assignments.find((a) => a.personId === honour.guests[0]!.person.id)!;
        expect(document.seats[first.seatId]!.elementId).toBe(headTable.id);
      }
    });
  }
});
