/**
 * Who is seated (shared/seating/who.ts) and the strategy following the hall's type: a banquet
 * of 11 tables and 17 delegations of several members fills its tables in order of honour by
 * default; heads only and heads + N are honoured by the planner; a hall whose strategy was never
 * chosen takes its type's strategy, also after the type is changed.
 */
import { describe, expect, test } from 'vitest';
import type { Seat } from '../../shared/model/entities';
import { hallHonour, planSeating, readSeatingSettings, seatingProblems, seatingSettingRow, type SeatingSettingsInput } from '../../shared/seating';
import { EventBuilder } from './seating-fixtures';

const GUESTS = ['FRA', 'DEU', 'JPN', 'BRA', 'ARG', 'CAN', 'GHA', 'LAO', 'THA', 'IND', 'AUS', 'CHL', 'EGY', 'FIN', 'KEN', 'MEX'] as const;

/** A banquet hall: a head table of 10 (table 1) and 10 round tables of 10; 17 delegations of 6. */
function banquet(settings?: SeatingSettingsInput) {
  const b = new EventBuilder();
  b.delegation({ iso3: 'VNM', pinned: 'host', members: 5 });
  GUESTS.forEach((iso3, i) => b.delegation({ iso3, rank: i < 6 ? 'head-of-state' : 'minister', members: 5 }));
  const hall = b.hall('banquet', settings);
  const tables: Seat[][] = [b.element(hall, 'rect-table', { x: 20, y: 3, width: 5, depth: 0.8, rotation: 180, number: 1 }, { seatsPerSide: 10, sides: 'one', ends: false, headTable: true }, 'Table 1')];
  for (let n = 2; n <= 11; n++) {
    const col = (n - 2) % 5;
    const row = Math.floor((n - 2) / 5);
    tables.push(b.element(hall, 'round-table', { x: 6 + col * 7, y: 12 + row * 8, width: 2, depth: 2, number: n }, { seatCount: 10 }, `Table ${n}`));
  }
  return { b, hall, tables };
}

describe('who is seated at a banquet', () => {
  test('by default, 17 delegations of 6 fill the 11 tables in order: everyone seated, every head before every member', () => {
    const { b, hall, tables } = banquet();
    const plan = planSeating(b.doc, hall.id);
    expect(plan.unseated).toEqual([]);
    expect(plan.assignments).toHaveLength(17 * 6);
    const used = new Set(plan.assignments.map((a) => a.seatId));
    const taken = tables.map((seats) => seats.filter((s) => used.has(s.id)).length);
    // 102 people on 110 seats: tables 1 to 10 full, the last 2 at table 11 — none left empty.
    expect(taken).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 2]);
    // In order of honour: every head of delegation on a better seat than any guest member.
    const honour = hallHonour(b.doc, hall.id);
    const rank = (personId: string) => honour.seatRank.get(plan.assignments.find((a) => a.personId === personId)!.seatId)!;
    const heads = Object.values(b.doc.people).filter((p) => p.role === 'head');
    const hostId = Object.values(b.doc.delegations).find((d) => d.pinnedRole === 'host')!.id;
    const guestMembers = Object.values(b.doc.people).filter((p) => p.role === 'member' && p.delegationId !== hostId);
    expect(Math.max(...heads.map((p) => rank(p.id)))).toBeLessThan(Math.min(...guestMembers.map((p) => rank(p.id))));
    // Members spread by rank across the tables are not "split" delegations at a banquet.
    expect(seatingProblems(b.doc, { hallId: hall.id }).filter((p) => p.key === 'problem-split')).toEqual([]);
  });

  test('heads only: the heads (and the host’s members hosting tables 2 to 6), nobody else', () => {
    const { b, hall } = banquet({ strategy: 'banquet', who: 'heads' });
    const plan = planSeating(b.doc, hall.id);
    const seated = plan.assignments.map((a) => b.doc.people[a.personId]!);
    expect(seated.filter((p) => p.role === 'head')).toHaveLength(17);
    expect(seated.filter((p) => p.role === 'member').every((p) => b.doc.delegations[p.delegationId]!.pinnedRole === 'host')).toBe(true);
  });

  test('heads + 2: each guest delegation has exactly its head and its first 2 members seated', () => {
    const { b, hall } = banquet({ strategy: 'banquet', who: 'heads-plus', membersPerDelegation: 2 });
    const plan = planSeating(b.doc, hall.id);
    expect(plan.unseated).toEqual([]);
    const seated = new Set(plan.assignments.map((a) => a.personId));
    for (const d of Object.values(b.doc.delegations)) {
      if (d.pinnedRole === 'host') continue;
      const people = Object.values(b.doc.people).filter((p) => p.delegationId === d.id).sort((x, y) => x.order - y.order);
      expect(people.map((p) => seated.has(p.id))).toEqual([true, true, true, false, false, false]);
    }
  });

  test('too few seats for whole delegations: the last members are listed as not seated, never a head', () => {
    const { b, hall } = banquet({ strategy: 'banquet', who: 'delegations' });
    const extra = b.delegation({ iso3: 'NZL', rank: 'minister', members: 9 });
    const plan = planSeating(b.doc, hall.id);
    expect(plan.unseated).toHaveLength(17 * 6 + 10 - 110);
    expect(plan.unseated.every((u) => b.doc.people[u.personId]!.role === 'member')).toBe(true);
    expect(plan.assignments.some((a) => a.personId === extra.head.id)).toBe(true);
  });
});

describe('the strategy follows the hall’s type until one is chosen', () => {
  test('a new hall and one whose options were saved without a strategy follow its type, also when it changes', () => {
    const b = new EventBuilder();
    const hall = b.hall('banquet');
    expect(readSeatingSettings(b.doc, hall.id)).toMatchObject({ strategy: 'banquet', strategyFromKind: true });
    // The officer saves an option (who is seated): the screen writes the settings it read.
    const row = seatingSettingRow(b.doc, hall.id, { ...readSeatingSettings(b.doc, hall.id), who: 'heads' }, b.ids);
    b.doc.settings[row.id] = row;
    b.doc.halls[hall.id] = { ...hall, kind: 'plenary' };
    expect(readSeatingSettings(b.doc, hall.id)).toMatchObject({ strategy: 'blocks', who: 'heads' });
    b.doc.halls[hall.id] = { ...hall, kind: 'signing' };
    expect(readSeatingSettings(b.doc, hall.id).strategy).toBe('signing');
    // Once chosen, the strategy stays whatever the type.
    const chosen = seatingSettingRow(b.doc, hall.id, { strategy: 'centre-out', strategyFromKind: false }, b.ids);
    b.doc.settings[chosen.id] = chosen;
    b.doc.halls[hall.id] = { ...hall, kind: 'banquet' };
    expect(readSeatingSettings(b.doc, hall.id).strategy).toBe('centre-out');
  });
});
