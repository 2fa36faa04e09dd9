import { describe, expect, test } from 'vitest';
import { emptyHistory, execute, redo, undo, type Command } from '../../shared/document/history';
import { seededIds, type IdFactory } from '../../shared/ids';
import { COLLECTIONS, COLLECTION_NAMES, emptyDocument, type EventDocument } from '../../shared/model/collections';
import type { Hall, LayoutElement, Seat } from '../../shared/model/entities';
import {
  addElements, alignElements, deleteElements, distributeElements, duplicateElements, expandToGroups, groupElements, hallFront,
  keyBetween, moveElements, moveTableHost, pasteElements, renumberTables, reorderElements, rotateElements, setLocked, setNumbering,
  ungroupElements, updateElement,
} from '../../shared/layout';
import { elementBodyBounds } from '../../shared/layout/geometry';
import { generateSeats, seatSpecs } from '../../shared/layout/seats';
import { LayoutProblemsError } from '../../shared/layout/validation';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HALL = uuid(1);
const HALL2 = uuid(2);
const PERSON = uuid(3);
const DELEGATION = uuid(4);

function hall(id: string, widthM = 40, depthM = 30): Hall {
  return {
    id, nameEn: 'Hall', nameVi: 'Phòng', kind: 'banquet', widthM, depthM, sortKey: 'a0', gridM: 0.5, snap: true,
    backgroundAssetId: null, backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5, backgroundLocked: true,
  };
}
let n = 100;
function el(kind: LayoutElement['kind'], props: Record<string, unknown>, at: Partial<LayoutElement> = {}): LayoutElement {
  n += 1;
  return {
    id: uuid(n), hallId: HALL, kind, x: 10, y: 10, rotation: 0, width: 1.8, depth: 1.8, number: null,
    labelEn: '', labelVi: '', locked: false, zIndex: `a${n}`, groupId: null, props: props as LayoutElement['props'], ...at,
  };
}

/** A small hall: a stage, three round tables, a head table, a row block; a person seated at table 2, chair 3. */
function fixture() {
  let doc = emptyDocument();
  doc.halls[HALL] = hall(HALL);
  doc.halls[HALL2] = hall(HALL2, 20, 20);
  doc.delegations[DELEGATION] = {
    id: DELEGATION, kind: 'state', iso3: 'VNM', orgCode: null, orgCategory: null, nameEn: 'Viet Nam', nameFr: 'Viet Nam', nameVi: 'Việt Nam',
    flagCode: 'vn', pinnedRole: 'host', precedenceOverride: null, agreementDate: null, notes: '',
  };
  doc.people[PERSON] = {
    id: PERSON, delegationId: DELEGATION, role: 'head', order: 0, honorific: 'H.E. Mr.', honorificVi: '', name: 'Test Person', familyName: 'Person',
    titleEn: 'President', titleVi: 'Chủ tịch nước', rank: 'head-of-state', gender: 'male', language: 'vi', inOfficeSince: null,
    credentialsAt: null, needsInterpreter: false, needsAccessible: false, notes: '',
  };
  const stage = el('stage', {}, { x: 20, y: 2, width: 10, depth: 3, zIndex: 'a1' });
  const head = el('rect-table', { seatsPerSide: 5, sides: 'one', ends: false, headTable: true }, { x: 20, y: 6, width: 6, depth: 1, rotation: 180, zIndex: 'a2', number: 9 });
  const t1 = el('round-table', { seatCount: 10 }, { x: 8, y: 14, zIndex: 'a3', number: 3, labelEn: 'Table 3', labelVi: 'Bàn 3' });
  const t2 = el('round-table', { seatCount: 10 }, { x: 32, y: 14.2, zIndex: 'a4', number: 7 });
  const t3 = el('round-table', { seatCount: 8 }, { x: 20, y: 20, zIndex: 'a5', number: 2 });
  const rows = el('row-block', { rows: 3, seatsPerRow: 8, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' }, { x: 20, y: 26, zIndex: 'a6' });
  const step = execute(doc, emptyHistory(), addElements, { elements: [stage, head, t1, t2, t3, rows], ids: seededIds(11) })!;
  doc = step.document;
  const chair3 = seatsOf(doc, t2.id).find((s) => s.label === '3')!;
  doc = { ...doc, assignments: { [uuid(5)]: { id: uuid(5), hallId: HALL, seatId: chair3.id, personId: PERSON, locked: false } } };
  return { doc, stage, head, t1, t2, t3, rows, chair3 };
}

const seatsOf = (doc: EventDocument, elementId: string) =>
  Object.values(doc.seats).filter((s) => s.elementId === elementId).sort((a, b) => a.order - b.order);

/** Every element's seats are exactly its generated seats (ids aside), and every row is valid. */
function expectConsistent(doc: EventDocument) {
  for (const c of COLLECTION_NAMES) {
    for (const row of Object.values(doc[c])) {
      const parsed = COLLECTIONS[c].schema.safeParse(row);
      if (!parsed.success) throw new Error(`${c}: ${parsed.error.message}`);
    }
  }
  const strip = (s: Seat) => ({ ...s, id: '', accessible: false, blocked: false });
  for (const e of Object.values(doc.elements)) {
    expect(seatsOf(doc, e.id).map(strip), e.kind).toEqual(generateSeats(e, () => '').map(strip));
  }
  for (const s of Object.values(doc.seats)) expect(doc.elements[s.elementId]).toBeDefined();
  for (const a of Object.values(doc.assignments)) expect(doc.seats[a.seatId]).toBeDefined();
  for (const e of Object.values(doc.elements)) {
    if (e.groupId === null) continue;
    const anchor = doc.elements[e.groupId]!;
    expect(anchor.groupId).toBe(anchor.id);
    expect(anchor.hallId).toBe(e.hallId);
    expect(Object.values(doc.elements).filter((x) => x.groupId === e.groupId).length).toBeGreaterThanOrEqual(2);
  }
}

/** Runs a command; checks undo gives back the identical document and redo the identical result. */
function run<A>(doc: EventDocument, command: Command<A>, args: A): EventDocument {
  const done = execute(doc, emptyHistory(), command, args);
  if (!done) return doc;
  expectConsistent(done.document);
  const undone = undo(done.document, done.history)!;
  expect(undone.document).toEqual(doc);
  const redone = redo(undone.document, undone.history)!;
  expect(redone.document).toEqual(done.document);
  return done.document;
}

describe('layout commands', () => {
  test('addElements adds elements with their seats; a block takes its props’ size', () => {
    const { doc, rows, t1 } = fixture();
    expectConsistent(doc);
    expect(doc.elements[rows.id]).toMatchObject({ width: 4.4, depth: 2.85 });
    expect(seatsOf(doc, t1.id)).toHaveLength(10);
    const oval = el('oval-table', { seatCount: 10 }, { width: 2.4, depth: 1.5 });
    const next = run(doc, addElements, { elements: [oval], ids: seededIds(3) });
    expect(seatsOf(next, oval.id)).toHaveLength(10);
    // Impossible elements are refused, the document unchanged.
    expect(() => execute(doc, emptyHistory(), addElements, { elements: [el('round-table', { seatCount: 14 })], ids: seededIds(4) })).toThrow(LayoutProblemsError);
    expect(() => execute(doc, emptyHistory(), addElements, { elements: [el('stage', {}, { width: 0 })], ids: seededIds(4) })).toThrow(LayoutProblemsError);
  });

  test('moveElements moves elements and their seats (same ids); locked ones stay', () => {
    const { doc, t1, t2, chair3 } = fixture();
    const locked = run(doc, setLocked, { ids: [t1.id], locked: true });
    const moved = run(locked, moveElements, { ids: [t1.id, t2.id, 'missing'], dx: 1.5, dy: -2 });
    expect(moved.elements[t1.id]).toMatchObject({ x: 8, y: 14 });
    expect(moved.elements[t2.id]).toMatchObject({ x: 33.5, y: 12.2 });
    expect(moved.seats[chair3.id]).toMatchObject({ x: chair3.x + 1.5, y: chair3.y - 2, label: '3' });
    expect(Object.keys(moved.assignments)).toEqual(Object.keys(doc.assignments));
    expect(execute(locked, emptyHistory(), moveElements, { ids: [t1.id], dx: 1, dy: 1 })).toBeNull();
    expect(() => execute(doc, emptyHistory(), moveElements, { ids: [t2.id], dx: 20_000, dy: 0 })).toThrow(LayoutProblemsError);
  });

  test('rotateElements turns each about its centre or all about the selection’s centre', () => {
    const { doc, head, t1, t2 } = fixture();
    const own = run(doc, rotateElements, { ids: [head.id], degrees: 90, around: 'own-centre' });
    expect(own.elements[head.id]).toMatchObject({ x: 20, y: 6, rotation: 270 });
    expect(seatsOf(own, head.id).every((s) => s.rotation === 270 && Math.abs(s.x - 20.95) < 1e-9)).toBe(true);
    const both = run(doc, rotateElements, { ids: [t1.id, t2.id], degrees: 180, around: 'selection-centre' });
    // Swapped places about the middle of the pair.
    expect(both.elements[t1.id]!.x).toBeCloseTo(32, 3);
    expect(both.elements[t2.id]!.x).toBeCloseTo(8, 3);
    expect(both.elements[t1.id]!.rotation).toBe(180);
    const negative = run(doc, rotateElements, { ids: [t1.id], degrees: -30, around: 'own-centre' });
    expect(negative.elements[t1.id]!.rotation).toBe(330);
  });

  test('updateElement regenerates seats keeping ids by label; removed seats take their assignments with them', () => {
    const { doc, t2, chair3 } = fixture();
    const more = run(doc, updateElement, { id: t2.id, fields: { props: { seatCount: 8 }, width: 1.6, depth: 1.6 }, ids: seededIds(5) });
    expect(seatsOf(more, t2.id)).toHaveLength(8);
    expect(more.seats[chair3.id]).toMatchObject({ label: '3' });
    expect(more.assignments[uuid(5)]).toBeDefined();
    const fewer = run(doc, updateElement, { id: t2.id, fields: { props: { seatCount: 2 } }, ids: seededIds(5) });
    expect(seatsOf(fewer, t2.id).map((s) => s.label)).toEqual(['1', '2']);
    expect(fewer.seats[chair3.id]).toBeUndefined();
    expect(fewer.assignments).toEqual({});
    // Labels only: no seat changes.
    const renamed = run(doc, updateElement, { id: t2.id, fields: { labelEn: 'Table of honour', labelVi: 'Bàn danh dự' }, ids: seededIds(5) });
    expect(renamed.seats).toBe(doc.seats);
    // Nothing changes: no step.
    expect(execute(doc, emptyHistory(), updateElement, { id: t2.id, fields: { x: 32 }, ids: seededIds(5) })).toBeNull();
  });

  test('updateElement refuses impossible values and geometry changes on a locked element, leaving the document unchanged', () => {
    const { doc, t2, rows } = fixture();
    const tries: [string, Partial<LayoutElement>][] = [
      ['width', { width: -1 }],
      ['props.seatCount', { props: { seatCount: 0 } }],
      ['props.seatCount', { props: { seatCount: 13 } }],
    ];
    for (const [field, fields] of tries) {
      try {
        execute(doc, emptyHistory(), updateElement, { id: t2.id, fields, ids: seededIds(5) });
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(LayoutProblemsError);
        expect((error as LayoutProblemsError).problems.map((p) => p.field)).toContain(field);
      }
    }
    const locked = run(doc, setLocked, { ids: [t2.id], locked: true });
    expect(() => execute(locked, emptyHistory(), updateElement, { id: t2.id, fields: { x: 1 }, ids: seededIds(5) })).toThrow(/locked/);
    // Unlocking and moving in one edit is allowed; so is renaming a locked element.
    run(locked, updateElement, { id: t2.id, fields: { x: 1, locked: false }, ids: seededIds(5) });
    run(locked, updateElement, { id: t2.id, fields: { labelEn: 'VIP' }, ids: seededIds(5) });
    // A block follows its props: more rows, a deeper block.
    const deeper = run(doc, updateElement, { id: rows.id, fields: { props: { ...doc.elements[rows.id]!.props, rows: 5 } }, ids: seededIds(6) });
    expect(deeper.elements[rows.id]!.depth).toBeCloseTo(4.75, 3);
    expect(seatsOf(deeper, rows.id)).toHaveLength(40);
  });

  test('deleteElements removes elements, seats and assignments; locked ones stay', () => {
    const { doc, t1, t2 } = fixture();
    const locked = run(doc, setLocked, { ids: [t1.id], locked: true });
    const gone = run(locked, deleteElements, { ids: [t1.id, t2.id] });
    expect(gone.elements[t2.id]).toBeUndefined();
    expect(gone.elements[t1.id]).toBeDefined();
    expect(seatsOf(gone, t2.id)).toEqual([]);
    expect(gone.assignments).toEqual({});
  });

  test('duplicateElements copies with new ids, fresh seats, next table numbers and on top; pasteElements into another hall', () => {
    const { doc, t2, t3 } = fixture();
    const flagged = { ...doc, seats: { ...doc.seats } };
    const chair1 = seatsOf(doc, t2.id)[0]!;
    flagged.seats[chair1.id] = { ...chair1, accessible: true };
    const copy = run(flagged, duplicateElements, { elementIds: [t2.id, t3.id], dx: 0, dy: 5, newIds: seededIds(9) });
    const added = Object.values(copy.elements).filter((e) => !doc.elements[e.id]);
    expect(added).toHaveLength(2);
    const copyOfT2 = added.find((e) => e.x === 32)!;
    expect(copyOfT2).toMatchObject({ y: 19.2, number: 10, locked: false, hallId: HALL });
    expect(added.find((e) => e.x === 20)!.number).toBe(11);
    expect(Math.min(...added.map((e) => e.zIndex.localeCompare('a6', 'en', { numeric: false })))).toBeGreaterThanOrEqual(0);
    for (const e of added) for (const other of Object.values(doc.elements)) expect(e.zIndex > other.zIndex).toBe(true);
    expect(seatsOf(copy, copyOfT2.id).find((s) => s.label === '1')!.accessible).toBe(true);
    expect(Object.keys(copy.assignments)).toEqual(Object.keys(doc.assignments));

    const pasted = run(doc, pasteElements, { elements: [doc.elements[t2.id]!], hallId: HALL2, dx: -20, dy: -5, newIds: seededIds(10) });
    const inHall2 = Object.values(pasted.elements).filter((e) => e.hallId === HALL2);
    expect(inHall2).toHaveLength(1);
    expect(inHall2[0]).toMatchObject({ x: 12, y: 9.2, number: 1 });
    expect(seatsOf(pasted, inHall2[0]!.id).every((s) => s.hallId === HALL2)).toBe(true);
  });

  test('alignElements and distributeElements line bodies up and space them evenly', () => {
    const { doc, t1, t2, t3 } = fixture();
    const top = run(doc, alignElements, { ids: [t1.id, t2.id, t3.id], edge: 'top' });
    for (const id of [t1.id, t2.id, t3.id]) expect(elementBodyBounds(top.elements[id]!).y).toBeCloseTo(13.1, 3);
    const left = run(doc, alignElements, { ids: [t1.id, t2.id], edge: 'left' });
    expect(left.elements[t2.id]!.x).toBe(8);
    const centre = run(doc, alignElements, { ids: [t1.id, t2.id], edge: 'centre-x' });
    expect(centre.elements[t1.id]!.x).toBe(20);
    const moved = run(doc, moveElements, { ids: [t3.id], dx: -10, dy: 0 }); // t3 at x 10, between 8 and 32
    const spread = run(moved, distributeElements, { ids: [t1.id, t2.id, t3.id], axis: 'x' });
    expect(spread.elements[t3.id]!.x).toBe(20);
    expect(execute(doc, emptyHistory(), distributeElements, { ids: [t1.id, t2.id], axis: 'x' })).toBeNull();
  });

  test('reorderElements brings to front and sends to back with fractional keys, keeping the selection’s order', () => {
    const { doc, stage, t1, rows } = fixture();
    const front = run(doc, reorderElements, { ids: [stage.id, t1.id], to: 'front' });
    const order = (d: EventDocument) => Object.values(d.elements).filter((e) => e.hallId === HALL).sort((a, b) => (a.zIndex < b.zIndex ? -1 : 1)).map((e) => e.id);
    expect(order(front).slice(-2)).toEqual([stage.id, t1.id]);
    const back = run(front, reorderElements, { ids: [rows.id], to: 'back' });
    expect(order(back)[0]).toBe(rows.id);
    expect(execute(back, emptyHistory(), reorderElements, { ids: [rows.id], to: 'back' })).toBeNull();
    expect(keyBetween('a0', 'a1')).toBe('a0V');
    expect(keyBetween(null, 'a0')! < 'a0').toBe(true);
    expect(keyBetween('a1', 'a0')).toBeNull();
    // Keys pressed against '0' are respread rather than failing.
    let d = run(doc, updateElement, { id: stage.id, fields: { zIndex: '0' }, ids: seededIds(1) });
    d = run(d, reorderElements, { ids: [rows.id], to: 'back' });
    expect(order(d)[0]).toBe(rows.id);
  });

  test('group and ungroup: the anchor is the lowest member, its groupId itself; deleting it passes the role on', () => {
    const { doc, t1, t2, t3 } = fixture();
    const grouped = run(doc, groupElements, { ids: [t3.id, t1.id, t2.id] });
    for (const id of [t1.id, t2.id, t3.id]) expect(grouped.elements[id]!.groupId).toBe(t1.id);
    expect(expandToGroups(grouped, [t2.id]).sort()).toEqual([t1.id, t2.id, t3.id].sort());
    const withoutAnchor = run(grouped, deleteElements, { ids: [t1.id] });
    expect(withoutAnchor.elements[t2.id]!.groupId).toBe(t2.id);
    expect(withoutAnchor.elements[t3.id]!.groupId).toBe(t2.id);
    const single = run(withoutAnchor, deleteElements, { ids: [t3.id] });
    expect(single.elements[t2.id]!.groupId).toBeNull();
    const ungrouped = run(grouped, ungroupElements, { ids: [t3.id] });
    for (const id of [t1.id, t2.id, t3.id]) expect(ungrouped.elements[id]!.groupId).toBeNull();
    // Duplicating a group makes a new group of the copies.
    const dup = run(grouped, duplicateElements, { elementIds: [t1.id, t2.id], dx: 0, dy: 3, newIds: seededIds(21) });
    const copies = Object.values(dup.elements).filter((e) => !grouped.elements[e.id]);
    expect(new Set(copies.map((e) => e.groupId)).size).toBe(1);
    expect(copies.map((e) => e.id)).toContain(copies[0]!.groupId);
  });

  test('renumberTables: the head table 1, then rows from the front (the stage), left to right; labels follow', () => {
    const { doc, head, t1, t2, t3, stage } = fixture();
    expect(hallFront(doc, HALL)).toBe('top');
    const done = run(doc, renumberTables, { hallId: HALL });
    expect([head, t1, t2, t3].map((e) => done.elements[e.id]!.number)).toEqual([1, 2, 3, 4]);
    expect(done.elements[t1.id]).toMatchObject({ labelEn: 'Table 2', labelVi: 'Bàn 2' });
    expect(done.elements[stage.id]!.number).toBeNull();
    // With the stage at the bottom of the hall the front is the bottom: t3 (y 20) comes first.
    const flipped = run(doc, moveElements, { ids: [stage.id], dx: 0, dy: 27 });
    expect(hallFront(flipped, HALL)).toBe('bottom');
    const again = run(flipped, renumberTables, { hallId: HALL });
    expect(again.elements[t3.id]!.number).toBe(2);
    // Facing the bottom, left to right runs from the plan's right: t2 (x 32) before t1 (x 8).
    expect(again.elements[t2.id]!.number).toBe(3);
    expect(again.elements[t1.id]!.number).toBe(4);
  });

  test('moveTableHost moves the place of honour; the seating turns with it', () => {
    const { doc, t2, chair3 } = fixture();
    const moved = run(doc, moveTableHost, { elementId: t2.id, seatLabel: '3' });
    const host = seatsOf(moved, t2.id).find((s) => s.isTableHost)!;
    expect(host.label).toBe('1');
    expect(host).toMatchObject({ x: chair3.x, y: chair3.y });
    expect(moved.elements[t2.id]!.props.hostSeat).toBe(2);
    // The person on chair "3" is still on chair "3", now two places on from the new host.
    expect(moved.seats[chair3.id]!.label).toBe('3');
    expect(execute(moved, emptyHistory(), moveTableHost, { elementId: t2.id, seatLabel: '1' })).toBeNull();
    const back = run(moved, moveTableHost, { elementId: t2.id, seatLabel: '9' });
    expect(back.elements[t2.id]!.props.hostSeat).toBeUndefined();
    expect(() => execute(doc, emptyHistory(), moveTableHost, { elementId: t2.id, seatLabel: '99' })).toThrow(/no seat 99/);
  });

  test('setNumbering renames chairs; everyone stays on their chair', () => {
    const { doc, t2, chair3, rows } = fixture();
    const odd = run(doc, setNumbering, { elementId: t2.id, numbering: 'odd-even-from-host', ids: seededIds(1) });
    expect(odd.seats[chair3.id]).toMatchObject({ x: chair3.x, y: chair3.y });
    expect(odd.seats[chair3.id]!.label).toBe('4'); // chair 3 clockwise = the second on the host's left
    expect(odd.assignments[uuid(5)]!.seatId).toBe(chair3.id);
    const a1 = seatsOf(doc, rows.id).find((s) => s.label === 'A1')!;
    const rowsOdd = run(doc, setNumbering, { elementId: rows.id, numbering: 'odd-even-from-centre', ids: seededIds(1) });
    expect(rowsOdd.seats[a1.id]).toMatchObject({ x: a1.x, label: 'A8' });
    expect(() => execute(doc, emptyHistory(), setNumbering, { elementId: rows.id, numbering: 'clockwise', ids: seededIds(1) })).toThrow(LayoutProblemsError);
  });

  test('every kind survives every command with consistent seats', () => {
    const { doc } = fixture();
    const kinds: LayoutElement[] = [
      el('oval-table', { seatCount: 8 }, { width: 2.4, depth: 1.5 }),
      el('banquet-table', { seatsPerSide: 6, sides: 'both', ends: true, seatsPerEnd: 1 }, { width: 6, depth: 1.2 }),
      el('u-table', { seatsBase: 4, seatsPerArm: 5 }, { width: 6, depth: 5 }),
      el('hollow-square', { seatsWidthSide: 5, seatsDepthSide: 4 }, { width: 7, depth: 6 }),
      el('t-table', { seatsHead: 5, seatsPerStemSide: 4 }, { width: 6, depth: 5 }),
      el('desk-block', { desks: 3, deskWidthM: 2.1, rowSpacingM: 1.1 }),
      el('row-block', { rows: 4, seatsPerRow: 12, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'odd-even-from-centre', aisleEvery: 6, curve: { focusDistanceM: 8 } }),
      el('signing-table', { chairs: 2 }, { width: 2.4, depth: 0.9 }),
    ];
    let d = run(doc, addElements, { elements: kinds, ids: seededIds(31) });
    const ids = kinds.map((k) => k.id);
    d = run(d, moveElements, { ids, dx: 0.25, dy: 0.5 });
    d = run(d, rotateElements, { ids, degrees: 37, around: 'selection-centre' });
    d = run(d, duplicateElements, { elementIds: ids, dx: 1, dy: 1, newIds: seededIds(32) as IdFactory });
    d = run(d, alignElements, { ids, edge: 'bottom' });
    d = run(d, distributeElements, { ids, axis: 'y' });
    d = run(d, groupElements, { ids });
    d = run(d, deleteElements, { ids: ids.slice(0, 3) });
    expect(Object.values(d.elements).filter((e) => e.groupId !== null).length).toBe(ids.length - 3);
    for (const e of Object.values(d.elements)) expect(seatSpecs(e).length).toBe(seatsOf(d, e.id).length);
  });
});
