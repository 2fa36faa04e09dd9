/**
 * The seating engine against hand-worked cases of docs/protocol.md.
 *
 * Geometry, worked once here and used throughout: the halls have no stage, so their front is
 * the top of the plan (y = 0). A head table "facing the room" is turned 180°: its people face
 * down the plan, so the host's right hand points to the LEFT of the plan (smaller x). People in
 * a row facing the front face up the plan; the host (on the stage, facing them) still has the
 * left of the plan on the right: the honour side is the same side of the room either way.
 */
import { describe, expect, test } from 'vitest';
import { emptyHistory, execute, undo } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import type { Seat } from '../../shared/model/entities';
import {
  SeatingCommandError, SeatingSettingsError, applySeating, assignPerson, describeProblem, describeSeating, diffSeating,
  lateChangeDiff, planSeating, readSeatingSettings, seatName, seatingKey, seatingProblems, seatingSettingRow, setAssignmentLocked,
  swapSeats, unseat, type SeatingPlan,
} from '../../shared/seating';
import { EventBuilder, byX, occupants } from './seating-fixtures';

/** The host, then four guests of falling rank: the order is VNM, FRA, DEU, JPN, BRA. */
function fiveDelegations(b: EventBuilder, members = 0) {
  return {
    vnm: b.delegation({ iso3: 'VNM', pinned: 'host', members }),
    fra: b.delegation({ iso3: 'FRA', rank: 'head-of-state', members }),
    deu: b.delegation({ iso3: 'DEU', rank: 'head-of-government', members }),
    jpn: b.delegation({ iso3: 'JPN', rank: 'deputy-head-of-government', members }),
    bra: b.delegation({ iso3: 'BRA', rank: 'foreign-minister', members }),
  };
}

/** A head table of n seats 0.5 m apart, centred on x = 10, facing the room (turned 180°). */
function headTable(b: EventBuilder, n: number, settings = { strategy: 'centre-out' as const }) {
  const hall = b.hall('meeting', settings);
  const seats = b.element(hall, 'rect-table', { x: 10, y: 3, width: n * 0.5, depth: 0.8, rotation: 180 }, { seatsPerSide: n, sides: 'one', ends: false }, 'Head table');
  return { hall, seats: byX(seats) };
}

const apply = (doc: EventDocument, plan: SeatingPlan) => execute(doc, emptyHistory(), applySeating, { hallId: plan.hallId, plan, ids: seededIds(77) })!.document;

describe('centre-out', () => {
  test('odd count: the host at the centre seat, no. 1 on the host’s right, no. 2 on the host’s left, outwards', () => {
    const b = new EventBuilder();
    fiveDelegations(b);
    const { hall, seats } = headTable(b, 5);
    expect(seats.map((s) => s.x)).toEqual([9, 9.5, 10, 10.5, 11]);
    expect(seats.find((s) => s.isTableHost)!.x).toBe(10);
    const plan = planSeating(b.doc, hall.id);
    // Left of the plan = the host's right: France (no. 1) at 9.5, Germany (no. 2) at 10.5, then Japan, Brazil.
    expect(occupants(b.doc, plan.assignments, seats)).toEqual(['Japan head', 'France head', 'Viet Nam head', 'Germany head', 'Brazil head']);
    expect(plan.unseated).toEqual([]);
    expect(describeSeating(plan.explanation[0]!, 'en')).toBe(
      'Centre-out: 5 people in order of precedence; the host at the centre seat, then alternately on the host’s right and left, outwards (5 seats).',
    );
    expect(describeSeating(plan.explanation[0]!, 'vi')).toBe(
      'Xếp từ giữa ra: 5 người theo thứ tự lễ tân; chủ nhà ngồi ghế giữa, rồi lần lượt bên phải, bên trái chủ nhà, từ trong ra ngoài (5 ghế).',
    );
  });

  test('even count: the host on the left seat of the central pair, so that no. 1 on the host’s right shares the centre', () => {
    const b = new EventBuilder();
    fiveDelegations(b);
    const { hall, seats } = headTable(b, 4);
    expect(seats.map((s) => s.x)).toEqual([9.25, 9.75, 10.25, 10.75]);
    const plan = planSeating(b.doc, hall.id);
    expect(occupants(b.doc, plan.assignments, seats)).toEqual(['Japan head', 'France head', 'Viet Nam head', 'Germany head']);
    expect(plan.unseated.map((u) => [b.doc.people[u.personId]!.name, describeSeating(u.reason, 'en'), describeSeating(u.reason, 'vi')])).toEqual([
      ['Brazil head', 'no seat left', 'không còn ghế trống'],
    ]);
  });

  test('a row facing the front: right before left, near before far, the right being the host’s as the host faces the room', () => {
    // Odd: the centre seat, then the audience's left (the host's right)...; even: the seat just
    // left of the centre for the audience (9.75), then just right of it (10.25), outwards.
    for (const [n, expected] of [
      [5, ['Japan head', 'France head', 'Viet Nam head', 'Germany head', 'Brazil head']],
      [4, ['Germany head', 'Viet Nam head', 'France head', 'Japan head']],
    ] as const) {
      const b = new EventBuilder();
      fiveDelegations(b);
      const hall = b.hall('meeting');
      const seats = byX(b.element(hall, 'row-block', { x: 10, y: 20 }, { rows: 1, seatsPerRow: n, seatSpacingM: 0.5, rowSpacingM: 1, firstRowLetter: 'A', numbering: 'left-to-right' }));
      expect(seats.every((s) => s.rotation === 0)).toBe(true); // facing up the plan, to the front
      expect(occupants(b.doc, planSeating(b.doc, hall.id).assignments, seats)).toEqual(expected);
    }
  });

  test('locked placements stay exactly where they are; the others fill around them', () => {
    const b = new EventBuilder();
    const { deu } = fiveDelegations(b);
    const { hall, seats } = headTable(b, 5);
    b.seat(hall, seats[0]!, deu.head, true); // Germany locked at the far right of the host
    const plan = planSeating(b.doc, hall.id);
    expect(occupants(b.doc, plan.assignments, seats)).toEqual(['Germany head', 'France head', 'Viet Nam head', 'Japan head', 'Brazil head']);
    expect(plan.assignments.find((a) => a.personId === deu.head.id)).toEqual({ personId: deu.head.id, seatId: seats[0]!.id, locked: true });
    expect(describeSeating(plan.explanation[1]!, 'en')).toBe('1 locked placement kept as it is.');
    // Applying it keeps the lock, and seating again changes nothing.
    const doc = apply(b.doc, plan);
    expect(diffSeating(doc, hall.id, planSeating(doc, hall.id)).moves).toEqual([]);
  });

  test('blocked seats are never used; someone who needs an accessible seat gets one', () => {
    const b = new EventBuilder();
    const { fra } = fiveDelegations(b);
    const { hall, seats } = headTable(b, 5);
    b.doc.seats[seats[1]!.id] = { ...seats[1]!, blocked: true }; // 9.5, the host's right
    b.doc.seats[seats[4]!.id] = { ...seats[4]!, accessible: true }; // 11
    b.doc.people[fra.head.id] = { ...fra.head, needsAccessible: true };
    const plan = planSeating(b.doc, hall.id);
    // France takes the accessible seat; the blocked one stays empty; Germany, Japan follow in order.
    expect(occupants(b.doc, plan.assignments, seats)).toEqual(['Japan head', null, 'Viet Nam head', 'Germany head', 'France head']);
    expect(plan.unseated.map((u) => b.doc.people[u.personId]!.name)).toEqual(['Brazil head']);
  });

  test('never next to: the seat beside the other delegation is left empty, so the order holds', () => {
    const b = new EventBuilder();
    const { fra, jpn } = fiveDelegations(b);
    const { hall, seats } = headTable(b, 5, { strategy: 'centre-out', neverNextTo: [[fra.delegation.id, jpn.delegation.id]] } as never);
    const plan = planSeating(b.doc, hall.id);
    expect(occupants(b.doc, plan.assignments, seats)).toEqual([null, 'France head', 'Viet Nam head', 'Germany head', 'Japan head']);
    expect(plan.explanation.map((r) => describeSeating(r, 'en'))).toContain('Head table, seat 4 left empty: Japan and France must not sit side by side.');
    expect(plan.explanation.map((r) => describeSeating(r, 'vi'))).toContain('Để trống Head table, ghế 4: Nhật Bản và Pháp không được ngồi cạnh nhau.');
  });

  test('attendance is per hall: an absent head is replaced by the next member, whose rank sets the place', () => {
    const b = new EventBuilder();
    const { fra, deu } = fiveDelegations(b, 1);
    const hall = b.hall('meeting', { strategy: 'centre-out', absentPersonIds: [fra.head.id], absentDelegationIds: [deu.delegation.id] });
    const seats = byX(b.element(hall, 'rect-table', { x: 10, y: 3, width: 2.5, depth: 0.8, rotation: 180 }, { seatsPerSide: 5, sides: 'one', ends: false }, 'Head table'));
    const plan = planSeating(b.doc, hall.id);
    // Germany is absent; France is led here by its member (rank "other"), after Japan and Brazil.
    expect(occupants(b.doc, plan.assignments, seats)).toEqual(['France member 1', 'Japan head', 'Viet Nam head', 'Brazil head', null]);
    const words = plan.explanation.map((r) => describeSeating(r, 'en'));
    expect(words).toContain('3 people absent from this hall.');
    expect(words).toContain('France: the head of delegation is absent; France member 1 represents the delegation, and that rank sets its place.');
  });
});

describe('banquet', () => {
  test('table 1 is the head table; at each table, alternately right and left of the table host; host ministers host tables 2 and 3', () => {
    const b = new EventBuilder();
    const vnm = b.delegation({ iso3: 'VNM', pinned: 'host', members: 2 });
    for (const [iso3, rank] of [['FRA', 'head-of-state'], ['DEU', 'head-of-government'], ['JPN', 'deputy-head-of-government'], ['BRA', 'foreign-minister'], ['ARG', 'minister'], ['CAN', 'vice-minister']] as const) {
      b.delegation({ iso3, rank, members: 1 });
    }
    const hall = b.hall('banquet', { strategy: 'banquet', who: 'heads' });
    // Table 3 is drawn first: numbers, not drawing order, rank the tables.
    const t3 = b.element(hall, 'round-table', { x: 14, y: 10, width: 1.2, depth: 1.2, number: 3 }, { seatCount: 4 }, 'Table 3');
    const t2 = b.element(hall, 'round-table', { x: 6, y: 10, width: 1.2, depth: 1.2, number: 2 }, { seatCount: 4 }, 'Table 2');
    const head = b.element(hall, 'rect-table', { x: 10, y: 3, width: 1.5, depth: 0.8, rotation: 180, number: 1 }, { seatsPerSide: 3, sides: 'one', ends: false, headTable: true }, 'Head table');
    const plan = planSeating(b.doc, hall.id);
    const who = (seats: Seat[]) => occupants(b.doc, plan.assignments, seats);
    expect(who(byX(head))).toEqual(['France head', 'Viet Nam head', 'Germany head']);
    // A round table of 4: the table host at the near side (bottom, facing up the plan), so the
    // host's right is the right of the plan, the left the left of the plan, the far seat opposite.
    const round = (seats: Seat[]) => {
      const host = seats.find((s) => s.isTableHost)!;
      const far = seats.find((s) => s.y < host.y - 2)!;
      const [l, r] = byX(seats.filter((s) => s !== host && s !== far));
      return { host, right: r!, left: l!, far };
    };
    const table2 = round(t2);
    const table3 = round(t3);
    expect(who([table2.host, table2.right, table2.left, table2.far])).toEqual(['Viet Nam member 1', 'Japan head', 'Brazil head', 'Argentina head']);
    expect(who([table3.host, table3.right, table3.left, table3.far])).toEqual(['Viet Nam member 2', 'Canada head', null, null]);
    expect(plan.assignments.some((a) => a.personId === vnm.members[0]!.id)).toBe(true);
    expect(plan.explanation.map((r) => describeSeating(r, 'vi'))).toContain('Thành viên đoàn nước chủ nhà làm chủ bàn các bàn từ 2 đến 3.');
  });
});

describe('blocks', () => {
  function desks(b: EventBuilder, blocksOrder: 'row-by-row' | 'centre-out') {
    const d = {
      vnm: b.delegation({ iso3: 'VNM', pinned: 'host', members: 5 }),
      fra: b.delegation({ iso3: 'FRA', rank: 'head-of-state', members: 2 }),
      deu: b.delegation({ iso3: 'DEU', rank: 'head-of-government' }),
      jpn: b.delegation({ iso3: 'JPN', rank: 'deputy-head-of-government', members: 7 }),
    };
    const hall = b.hall('plenary', { strategy: 'blocks', blocksOrder });
    // Two rows of three UN desks (3 at the desk, 3 behind): desks 1 to 3 in front, 1 on the left of the plan.
    const seats = b.element(hall, 'desk-block', { x: 10, y: 10 }, { desks: 3, deskRows: 2, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 }, 'States');
    const seatOf = (plan: SeatingPlan, personId: string) => seats.find((s) => s.id === plan.assignments.find((a) => a.personId === personId)?.seatId)?.label ?? null;
    return { ...d, hall, seatOf };
  }

  test('row by row from the host’s right: the head of delegation at the front seat, members at the desk then behind', () => {
    const b = new EventBuilder();
    const { vnm, fra, deu, jpn, hall, seatOf } = desks(b, 'row-by-row');
    const plan = planSeating(b.doc, hall.id);
    // Desk d: seats d-1..d-3 at the desk from the seated person's left, d-4..d-6 behind.
    expect([vnm.head, ...vnm.members].map((p) => seatOf(plan, p.id))).toEqual(['1-2', '1-1', '1-3', '1-5', '1-4', '1-6']);
    expect([fra.head, ...fra.members].map((p) => seatOf(plan, p.id))).toEqual(['2-2', '2-1', '2-3']);
    expect(seatOf(plan, deu.head.id)).toBe('3-2');
    expect([jpn.head, ...jpn.members].map((p) => seatOf(plan, p.id))).toEqual(['4-2', '4-1', '4-3', '4-5', '4-4', '4-6', null, null]);
    expect(plan.explanation.map((r) => describeSeating(r, 'vi')).slice(0, 2)).toEqual([
      'Xếp theo khối: mỗi đoàn 6 ghế (tổ chức quốc tế 3 ghế), Trưởng đoàn ngồi ghế hàng đầu; các đoàn xếp lần lượt từng hàng, bắt đầu từ bên phải chủ nhà.',
      'Thứ tự: nước chủ nhà trước, sau đó theo thứ tự chữ cái của Liên hợp quốc tính từ nước bốc thăm, không phụ thuộc cấp bậc của Trưởng đoàn (cùng một thứ tự cho toàn bộ sự kiện).',
    ]);
    expect(plan.unseated.map((u) => describeSeating(u.reason, 'en'))).toEqual([
      'no room left in the delegation’s block (6 seats)', 'no room left in the delegation’s block (6 seats)',
    ]);
  });

  test('a conference seats delegations in UN alphabetical order from the lot, whatever the rank; by precedence on request', () => {
    const b = new EventBuilder();
    const rules = Object.values(b.doc.settings)[0]!;
    b.doc.settings[rules.id] = { ...rules, value: { ...(rules.value as object), lot: { iso3: 'GHA', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } } };
    const vnm = b.delegation({ iso3: 'VNM', pinned: 'host' });
    const jpn = b.delegation({ iso3: 'JPN', rank: 'head-of-state' });
    const arg = b.delegation({ iso3: 'ARG', rank: 'minister' });
    const deu = b.delegation({ iso3: 'DEU', rank: 'vice-minister' });
    const gha = b.delegation({ iso3: 'GHA', rank: 'head-of-government' });
    const hall = b.hall('plenary');
    const seats = b.element(hall, 'desk-block', { x: 10, y: 10 }, { desks: 5, deskRows: 1, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 }, 'States');
    const desk = (plan: SeatingPlan, d: { head: { id: string } }) => seats.find((s) => s.id === plan.assignments.find((a) => a.personId === d.head.id)!.seatId)!.label;
    // From Ghana, wrapping round: Ghana, Japan, Argentina, Germany; the host first.
    const byLot = planSeating(b.doc, hall.id);
    expect([vnm, gha, jpn, arg, deu].map((d) => desk(byLot, d))).toEqual(['1-2', '2-2', '3-2', '4-2', '5-2']);
    const row = seatingSettingRow(b.doc, hall.id, { strategy: 'blocks', orderBy: 'precedence' }, b.ids);
    b.doc.settings[row.id] = row;
    const byRank = planSeating(b.doc, hall.id);
    expect([vnm, jpn, gha, arg, deu].map((d) => desk(byRank, d))).toEqual(['1-2', '2-2', '3-2', '4-2', '5-2']);
    expect(describeSeating(byRank.explanation[1]!, 'en')).toBe('Order: the order of precedence (the host first).');
  });

  test('centre-out: the centre desk of the front row, then the host’s right (left of the plan), then the next row', () => {
    const b = new EventBuilder();
    const { vnm, fra, deu, jpn, hall, seatOf } = desks(b, 'centre-out');
    const plan = planSeating(b.doc, hall.id);
    expect([vnm, fra, deu, jpn].map((d) => seatOf(plan, d.head.id))).toEqual(['2-2', '1-2', '3-2', '5-2']);
  });

  test('organizations take desks of their size (1 + 2) even when those are in front; states keep theirs in order', () => {
    const b = new EventBuilder();
    const { deu, hall, seatOf } = desks(b, 'row-by-row');
    const unodc = b.delegation({ org: 'UNODC', members: 3 });
    const orgSeats = b.element(hall, 'desk-block', { x: 10, y: 4 }, { desks: 2, deskRows: 1, seatsAtDesk: 1, seatsBehind: 2, deskWidthM: 1.2, rowSpacingM: 1.1 }, 'Organizations');
    const plan = planSeating(b.doc, hall.id);
    const labels = [unodc.head, ...unodc.members].map((p) => orgSeats.find((s) => s.id === plan.assignments.find((a) => a.personId === p.id)?.seatId)?.label ?? null);
    // The head at the desk, the members behind: right before left (1-2 is on the audience's left).
    expect(labels).toEqual(['1-1', '1-2', '1-3', null]);
    expect(seatOf(plan, deu.head.id)).toBe('3-2');
    expect(seatingProblems(apply(b.doc, plan)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('the seat behind a head who needs an interpreter is kept free for the interpreter', () => {
    const b = new EventBuilder();
    const { fra, hall, seatOf } = desks(b, 'row-by-row');
    b.doc.people[fra.head.id] = { ...fra.head, needsInterpreter: true };
    const row = seatingSettingRow(b.doc, hall.id, { strategy: 'blocks', interpreterBehind: true }, b.ids);
    b.doc.settings[row.id] = row;
    const plan = planSeating(b.doc, hall.id);
    expect([fra.head, ...fra.members].map((p) => seatOf(plan, p.id))).toEqual(['2-2', '2-1', '2-3']);
    expect(plan.assignments.some((a) => b.doc.seats[a.seatId]!.label === '2-5')).toBe(false);
    expect(plan.explanation.map((r) => describeSeating(r, 'en'))).toContain('States, seat 2-5, behind France head, kept free for the interpreter.');
  });
});

describe('signing', () => {
  test('the host signs first at chair 1, then precedence; organizations are not on the signing list', () => {
    const b = new EventBuilder();
    const vnm = b.delegation({ iso3: 'VNM', pinned: 'host' });
    const un = b.delegation({ org: 'UN', pinned: 'co-chair' });
    const unodc = b.delegation({ org: 'UNODC' });
    const deu = b.delegation({ iso3: 'DEU', rank: 'head-of-government' });
    const fra = b.delegation({ iso3: 'FRA', rank: 'head-of-state' });
    const hall = b.hall('signing');
    const table = b.element(hall, 'signing-table', { x: 10, y: 3, width: 2.4, depth: 0.9, rotation: 180, number: 1 }, { chairs: 2 }, 'Signing table');
    const row = byX(b.element(hall, 'row-block', { x: 10, y: 10 }, { rows: 1, seatsPerRow: 4, seatSpacingM: 0.5, rowSpacingM: 1, firstRowLetter: 'A', numbering: 'left-to-right' }, 'Witnesses'));
    const plan = planSeating(b.doc, hall.id);
    expect(plan.signingList).toEqual([
      { position: 1, delegationId: vnm.delegation.id },
      { position: 2, delegationId: fra.delegation.id },
      { position: 3, delegationId: deu.delegation.id },
    ]);
    // Chair 1 is on the signers' right (the left of the plan, as they face the room).
    const chair1 = table.find((s) => s.label === '1')!;
    expect(chair1.x).toBeLessThan(table.find((s) => s.label === '2')!.x);
    expect(occupants(b.doc, plan.assignments, [chair1, table.find((s) => s.label === '2')!])).toEqual(['Viet Nam head', 'United Nations head']);
    expect(occupants(b.doc, plan.assignments, row)).toEqual([null, 'France head', 'Germany head', null]);
    expect(plan.assignments.some((a) => a.personId === unodc.head.id)).toBe(false);
    void un;
  });
});

describe('validation', () => {
  function seated() {
    const b = new EventBuilder();
    const d = fiveDelegations(b);
    const { hall, seats } = headTable(b, 5);
    const doc = apply(b.doc, planSeating(b.doc, hall.id));
    return { b, doc, hall, seats, ...d };
  }
  const keys = (doc: EventDocument) => seatingProblems(doc).map((p) => [p.severity, p.key]);

  test('an automatic seating is clean', () => {
    expect(seatingProblems(seated().doc)).toEqual([]);
  });

  test('a precedence inversion names both seats and people; a locked placement makes it a warning', () => {
    const { doc, hall, seats, fra, deu } = seated();
    const swapped = execute(doc, emptyHistory(), swapSeats, { hallId: hall.id, seatA: seats[1]!.id, seatB: seats[3]!.id })!.document;
    const problems = seatingProblems(swapped);
    expect(problems.map((x) => x.key)).toEqual(['problem-order', 'problem-inversion']);
    // The hall out of the event's order, at its first wrong place: Germany where France should sit.
    expect(problems[0]).toMatchObject({ severity: 'error', hallId: hall.id, delegationIds: [deu.delegation.id, fra.delegation.id] });
    expect(describeProblem(problems[0]!, 'en')).toBe(
      'meeting hall is not seated in the order of precedence: Germany (no. 3) sits at Head table, seat 5, where the order puts France (no. 2). Seat the hall again.',
    );
    const p = problems[1];
    expect(p).toMatchObject({ severity: 'error', key: 'problem-inversion', hallId: hall.id, personIds: [deu.head.id, fra.head.id] });
    expect(new Set(p!.seatIds)).toEqual(new Set([seats[1]!.id, seats[3]!.id]));
    expect(describeProblem(p!, 'en')).toBe(
      'Precedence inversion: Germany head (Germany, no. 3) sits at Head table, seat 5, more honourable than Head table, seat 2, the seat of France head (France, no. 2).',
    );
    expect(describeProblem(p!, 'vi')).toBe(
      'Đảo thứ tự lễ tân: Germany head (Đức, thứ 3) ngồi Head table, ghế 5, trang trọng hơn Head table, ghế 2 của France head (Pháp, thứ 2).',
    );
    const a = Object.values(swapped.assignments).find((x) => x.personId === deu.head.id)!;
    const locked = execute(swapped, emptyHistory(), setAssignmentLocked, { assignmentId: a.id, locked: true })!.document;
    expect(keys(locked)).toEqual([['warning', 'problem-order'], ['warning', 'problem-inversion']]);
  });

  test('head not seated, seat given twice, blocked or inaccessible seat, missing flag, absent yet seated', () => {
    const { doc, hall, seats, jpn, bra, fra } = seated();
    const unseated = execute(doc, emptyHistory(), unseat, { hallId: hall.id, personId: jpn.head.id })!.document;
    expect(seatingProblems(unseated)).toMatchObject([{ severity: 'error', key: 'problem-head-not-seated', personIds: [jpn.head.id], delegationIds: [jpn.delegation.id] }]);

    const twice = structuredClone(doc);
    twice.assignments['00000000-0000-4000-8000-000000000001'] = { id: '00000000-0000-4000-8000-000000000001', hallId: hall.id, seatId: seats[2]!.id, personId: bra.head.id, locked: false };
    expect(keys(twice)).toEqual(expect.arrayContaining([['error', 'problem-seat-double-booked'], ['error', 'problem-person-twice']]));

    const flawed = structuredClone(doc);
    const fraSeat = Object.values(doc.assignments).find((a) => a.personId === fra.head.id)!.seatId;
    flawed.seats[fraSeat]!.blocked = true;
    flawed.people[bra.head.id]!.needsAccessible = true;
    flawed.delegations[fra.delegation.id]!.flagCode = null;
    flawed.settings[Object.values(flawed.settings).find((s) => s.key === seatingKey(hall.id))!.id]!.value = { strategy: 'centre-out', absentPersonIds: [jpn.head.id] };
    expect(keys(flawed).sort()).toEqual(
      [['error', 'problem-blocked-seat'], ['error', 'problem-accessible'], ['error', 'problem-missing-flag'], ['error', 'problem-absent-seated']].sort(),
    );
    const flag = seatingProblems(flawed).find((p) => p.key === 'problem-missing-flag')!;
    expect(describeProblem(flag, 'vi')).toBe('Pháp chưa có cờ: không in được cờ bàn và biển tên của đoàn.');
  });

  test('never-next-to pairs side by side, and the event’s host disagreeing with the pinned host', () => {
    const { doc, hall, fra, vnm } = seated();
    const settings = Object.values(doc.settings).find((s) => s.key === seatingKey(hall.id))!;
    const next = structuredClone(doc);
    next.settings[settings.id]!.value = { strategy: 'centre-out', neverNextTo: [[vnm.delegation.id, fra.delegation.id]] };
    const [p] = seatingProblems(next);
    expect(p).toMatchObject({ severity: 'error', key: 'problem-never-next-to', delegationIds: [vnm.delegation.id, fra.delegation.id] });
    expect(describeProblem(p!, 'en')).toBe('Viet Nam and France sit side by side (Head table, seat 1, Head table, seat 5), though they must not.');

    const host = structuredClone(doc);
    Object.values(host.events)[0]!.hostIso3 = 'FRA';
    // The host is the event's host country: France now; Viet Nam's stale host flag is said, not followed.
    const mismatch = seatingProblems(host).find((x) => x.key === 'problem-host-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', hallId: null, delegationIds: [vnm.delegation.id] });
    expect(describeProblem(mismatch!, 'vi')).toBe(
      'Việt Nam được ghi là chủ nhà trong tệp, nhưng nước chủ nhà của sự kiện là FRA: đoàn chủ nhà là đoàn của FRA, còn Việt Nam được xếp như các đoàn khác.',
    );
  });

  test('a delegation split over two tables (keepTogether); stored settings that are not valid are reported, not thrown', () => {
    const b = new EventBuilder();
    const fra = b.delegation({ iso3: 'FRA', members: 1 });
    Object.values(b.doc.events)[0]!.hostIso3 = null; // no host in this event
    const hall = b.hall('banquet', { strategy: 'banquet', who: 'delegations', keepTogether: true });
    const t1 = b.element(hall, 'round-table', { x: 5, y: 5, width: 1.2, depth: 1.2, number: 1 }, { seatCount: 4 }, 'Table 1');
    const t2 = b.element(hall, 'round-table', { x: 10, y: 5, width: 1.2, depth: 1.2, number: 2 }, { seatCount: 4 }, 'Table 2');
    b.seat(hall, t1[0]!, fra.head);
    b.seat(hall, t2[0]!, fra.members[0]!);
    expect(seatingProblems(b.doc).map((p) => describeProblem(p, 'en'))).toEqual(['France is split over 2 places in banquet hall: Table 1; Table 2.']);
    const bad = structuredClone(b.doc);
    bad.settings[Object.values(bad.settings).find((s) => s.key === seatingKey(hall.id))!.id]!.value = { strategy: 'by-height' };
    expect(() => readSeatingSettings(bad, hall.id)).toThrow(SeatingSettingsError);
    expect(keys(bad)).toEqual([['error', 'problem-settings-invalid']]);
  });
});

describe('late changes', () => {
  test('a downgrade (the president sends a minister): who moves from which seat to which, and what to reprint', () => {
    const { doc, hall, seats, fra, deu, jpn, bra } = (() => {
      const b = new EventBuilder();
      const d = fiveDelegations(b);
      const t = headTable(b, 5);
      return { doc: apply(b.doc, planSeating(b.doc, t.hall.id)), ...t, ...d };
    })();
    const after = structuredClone(doc);
    after.people[fra.head.id]!.rank = 'minister';
    const { plan, diff } = lateChangeDiff(doc, after, hall.id);
    // New order: Viet Nam, Germany, Japan, Brazil, France.
    expect(occupants(after, plan.assignments, seats)).toEqual(['Brazil head', 'Germany head', 'Viet Nam head', 'Japan head', 'France head']);
    // Labels run clockwise on the plan from the host's seat 1: 10.5 is seat 2, 11 seat 3, 9 seat 4, 9.5 seat 5.
    const label = (seatId: string | null) => (seatId === null ? null : seatName(after, seatId, 'en'));
    expect(diff.moves.map((m) => [after.people[m.personId]!.name, label(m.fromSeatId), label(m.toSeatId)])).toEqual([
      ['Germany head', 'Head table, seat 2', 'Head table, seat 5'],
      ['Japan head', 'Head table, seat 4', 'Head table, seat 2'],
      ['Brazil head', 'Head table, seat 3', 'Head table, seat 4'],
      ['France head', 'Head table, seat 5', 'Head table, seat 3'],
    ]);
    const moved = [deu, jpn, bra, fra];
    const kinds = (k: string) => diff.outdated.filter((o) => o.kind === k).map((o) => o.id).sort();
    expect(kinds('place-card')).toEqual(moved.map((d) => d.head.id).sort());
    expect(kinds('name-plate')).toEqual(moved.map((d) => d.delegation.id).sort());
    expect(kinds('chart')).toEqual([hall.id]);
    expect(kinds('table-plan')).toEqual([seats[0]!.elementId]);
    // Accepted as one undoable step, the document is seated again; undo restores it exactly.
    const step = execute(after, emptyHistory(), applySeating, { hallId: hall.id, plan, ids: seededIds(3) })!;
    expect(step.history.past).toHaveLength(1);
    expect(seatingProblems(step.document)).toEqual([]);
    expect(undo(step.document, step.history)!.document).toEqual(after);
  });

  test('a new name with nobody moving still outdates the place card, the delegation sheet and the chart', () => {
    const b = new EventBuilder();
    const { fra } = fiveDelegations(b);
    const { hall } = headTable(b, 5);
    const doc = apply(b.doc, planSeating(b.doc, hall.id));
    const after = structuredClone(doc);
    after.people[fra.head.id]!.name = 'Camille Laurent';
    const { diff } = lateChangeDiff(doc, after, hall.id);
    expect(diff.moves).toEqual([]);
    expect(diff.outdated.map((o) => [o.kind, o.id])).toEqual([
      ['chart', hall.id], ['delegation-sheet', fra.delegation.id], ['place-card', fra.head.id],
    ]);
  });
});

describe('commands', () => {
  function setup() {
    const b = new EventBuilder();
    const d = fiveDelegations(b);
    const { hall, seats } = headTable(b, 5);
    return { b, hall, seats, ...d };
  }
  const run = <A>(doc: EventDocument, command: Parameters<typeof execute<A>>[2], args: A) => execute(doc, emptyHistory(), command, args);

  test('assign from the list (locked by default), move, refuse an occupied seat unless swapping', () => {
    const { b, hall, seats, fra, deu } = setup();
    const one = run(b.doc, assignPerson, { hallId: hall.id, personId: fra.head.id, seatId: seats[2]!.id, ids: seededIds(5) })!;
    expect(Object.values(one.document.assignments)).toMatchObject([{ personId: fra.head.id, seatId: seats[2]!.id, locked: true, hallId: hall.id }]);
    const two = run(one.document, assignPerson, { hallId: hall.id, personId: deu.head.id, seatId: seats[0]!.id, lock: false, ids: seededIds(6) })!;
    let refused: unknown;
    try {
      run(two.document, assignPerson, { hallId: hall.id, personId: deu.head.id, seatId: seats[2]!.id });
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(SeatingCommandError);
    expect((refused as SeatingCommandError).messageIn('en')).toBe('Head table, seat 1 is taken by France head: swap them, or unseat that person first.');
    expect((refused as SeatingCommandError).messageIn('vi')).toBe('Head table, ghế 1 đã có France head ngồi: hãy đổi chỗ hai người, hoặc bỏ xếp chỗ người đó trước.');
    const swapped = run(two.document, assignPerson, { hallId: hall.id, personId: deu.head.id, seatId: seats[2]!.id, swap: true })!.document;
    const seatOf = (doc: EventDocument, personId: string) => Object.values(doc.assignments).find((a) => a.personId === personId)?.seatId;
    expect([seatOf(swapped, deu.head.id), seatOf(swapped, fra.head.id)]).toEqual([seats[2]!.id, seats[0]!.id]);
    // Moving within the hall keeps one placement per person (the file's UNIQUE (hall, person)).
    expect(Object.keys(swapped.assignments)).toHaveLength(2);
  });

  test('swap seats, unseat, lock: one undo step each; refusals change nothing', () => {
    const { b, hall, seats, fra } = setup();
    const doc = apply(b.doc, planSeating(b.doc, hall.id));
    const step = run(doc, swapSeats, { hallId: hall.id, seatA: seats[1]!.id, seatB: seats[0]!.id })!;
    expect(occupants(step.document, Object.values(step.document.assignments), seats).slice(0, 2)).toEqual(['France head', 'Japan head']);
    expect(undo(step.document, step.history)!.document).toEqual(doc);
    const blocked = structuredClone(doc);
    blocked.seats[seats[0]!.id]!.blocked = true;
    expect(() => run(blocked, swapSeats, { hallId: hall.id, seatA: seats[1]!.id, seatB: seats[0]!.id })).toThrow(SeatingCommandError);
    const gone = run(doc, unseat, { hallId: hall.id, personId: fra.head.id })!.document;
    expect(() => run(gone, unseat, { hallId: hall.id, personId: fra.head.id })).toThrow('France head has no seat in this hall.');
    const a = Object.values(doc.assignments)[0]!;
    expect(run(doc, setAssignmentLocked, { assignmentId: a.id, locked: false })).toBeNull(); // already unlocked: no step
  });

  test('applying a plan that no longer fits the document is refused', () => {
    const { b, hall, seats, deu } = setup();
    const plan = planSeating(b.doc, hall.id);
    b.seat(hall, seats[4]!, deu.head, true);
    expect(() => apply(b.doc, plan)).toThrow(SeatingCommandError);
    const other = b.hall('meeting');
    expect(() => execute(b.doc, emptyHistory(), applySeating, { hallId: hall.id, plan: { ...plan, hallId: other.id } })).toThrow(
      'The seating plan is out of date (another hall): seat the hall again.',
    );
  });
});

describe('settings', () => {
  test('a hall without settings gets its kind’s strategy; a stored row is read back and reused', () => {
    const b = new EventBuilder();
    const strategies = (['plenary', 'banquet', 'signing', 'meeting', 'welcome'] as const).map((k) => readSeatingSettings(b.doc, b.hall(k).id).strategy);
    expect(strategies).toEqual(['blocks', 'banquet', 'signing', 'centre-out', 'centre-out']);
    const hall = b.hall('plenary');
    expect(readSeatingSettings(b.doc, hall.id)).toMatchObject({ seatsPerDelegation: 6, seatsPerOrganization: 3, blocksOrder: 'row-by-row', keepTogether: null, strategyFromKind: true });
    const row = seatingSettingRow(b.doc, hall.id, { strategy: 'blocks', seatsPerDelegation: 4 }, b.ids);
    b.doc.settings[row.id] = row;
    expect(readSeatingSettings(b.doc, hall.id).seatsPerDelegation).toBe(4);
    expect(seatingSettingRow(b.doc, hall.id, { strategy: 'centre-out' }, b.ids).id).toBe(row.id);
    expect(() => seatingSettingRow(b.doc, hall.id, { strategy: 'blocks', seatsPerDelegation: 0 }, b.ids)).toThrow(SeatingSettingsError);
  });
});
