/**
 * The bundled Hanoi 2025 sample opens seated: its plenary by blocks, its banquet by tables. The
 * expectations here are worked out by hand from the rules (docs/protocol.md, README › Seating) and the
 * sample's data, never by the seating engine: literal seats for the first places of honour, and
 * invariants computed by plain code of this file (the UN alphabetical order from the lot, which
 * desk the k-th delegation takes, one seat per person). Re-planning the sample is tested in
 * seating-sample-replan.test.ts.
 *
 * Geometry read off the sample (shared/sample/hanoi2025.ts): in both halls the stage and the
 * presiding / head table are at the top of the plan (small y) and the room faces them, so the
 * host, facing the room, has his right hand towards smaller x. Desk blocks are labelled `desk-seat`:
 * desks numbered from smaller x (the host's right) row by row from the front; at a state desk
 * seats 1–3 at the desk and 4–6 behind, seat 1 at the smaller x.
 */
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import type { Delegation, Person } from '../../shared/model/entities';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { seatingProblems } from '../../shared/seating';
import { HEAD_TABLE, TABLE_2 } from '../fixtures/sample-banquet';

const doc = buildSampleDocument(referenceData, seededIds(2025));
const hallOf = (kind: string) => Object.values(doc.halls).find((h) => h.kind === kind)!;
const plenary = hallOf('plenary');
const banquet = hallOf('banquet');
const delegations = Object.values(doc.delegations);
const byIso3 = (iso3: string) => delegations.find((d) => d.iso3 === iso3)!;
const peopleOf = (d: Delegation) => Object.values(doc.people).filter((p) => p.delegationId === d.id);

/** Every placement of a hall, read plainly: element label, seat label and number, who. */
function placements(hallId: string) {
  return Object.values(doc.assignments)
    .filter((a) => a.hallId === hallId)
    .map((a) => {
      const seat = doc.seats[a.seatId]!;
      const element = doc.elements[seat.elementId]!;
      const person = doc.people[a.personId]!;
      return { a, seat, element, person, delegation: doc.delegations[person.delegationId]! };
    });
}
type Placement = ReturnType<typeof placements>[number];
const plenarySeats = placements(plenary.id);
const banquetSeats = placements(banquet.id);
/** A banquet table's guests by seat number: [seat, delegation in English, in Vietnamese]. */
const tableRows = (table: number) =>
  banquetSeats
    .filter((p) => p.element.number === table)
    .sort((a, b) => Number(a.seat.label) - Number(b.seat.label))
    .map((p) => [p.seat.label, p.delegation.nameEn, p.delegation.nameVi]);

/** Who sits at `seatLabel` of the element labelled `elementLabel` ("States, block A", "1-2"). */
const at = (list: Placement[], elementLabel: string, seatLabel: string) =>
  list.filter((p) => p.element.labelEn === elementLabel && p.seat.label === seatLabel);

/** UN alphabetical: the English short name with accents folded (Côte d'Ivoire as Cote, Türkiye as Turkiye). */
const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const unAlphabetical = (a: Delegation, b: Delegation) => (folded(a.nameEn) < folded(b.nameEn) ? -1 : folded(a.nameEn) > folded(b.nameEn) ? 1 : 0);

describe('the sample’s seating', () => {
  test('validates clean: no error and no warning', () => {
    expect(seatingProblems(doc)).toEqual([]);
  });

  test('one hall’s check (the Seating screen’s) gives that hall’s problems and the event’s, as the whole check does', () => {
    const broken = structuredClone(doc);
    // A head of delegation without a seat in the plenary and at the banquet, a title missing (the event's).
    for (const hallId of [plenary.id, banquet.id]) {
      const a = Object.values(broken.assignments).find((x) => x.hallId === hallId && !x.locked && broken.people[x.personId]!.role === 'head')!;
      delete broken.assignments[a.id];
    }
    const seatedId = Object.values(broken.assignments)[0]!.personId;
    broken.people[seatedId] = { ...broken.people[seatedId]!, titleEn: '' };
    const all = seatingProblems(broken);
    expect(new Set(all.map((p) => p.hallId))).toEqual(new Set([plenary.id, banquet.id, null]));
    for (const hall of Object.values(broken.halls)) {
      expect(seatingProblems(broken, { hallId: hall.id })).toEqual(all.filter((p) => p.hallId === null || p.hallId === hall.id));
    }
  });

  test('in every hall nobody is seated twice and no seat holds two people', () => {
    for (const hall of Object.values(doc.halls)) {
      const list = placements(hall.id);
      expect(new Set(list.map((p) => p.person.id)).size, hall.nameEn).toBe(list.length);
      expect(new Set(list.map((p) => p.seat.id)).size, hall.nameEn).toBe(list.length);
      expect(list.every((p) => p.seat.hallId === hall.id && !p.seat.blocked)).toBe(true);
    }
    expect(placements(hallOf('welcome').id)).toEqual([]); // a hall without seats seats nobody
  });
});

describe('the plenary, by blocks: UN alphabetical order from the lot, row by row from the host’s right', () => {
  test('the presiding officers’ table: the host’s President at its host seat, the Secretary-General on his right', () => {
    const table = plenarySeats.filter((p) => p.element.labelEn === 'Presiding officers’ table');
    expect(table.map((p) => [p.delegation.nameEn, p.person.titleEn, p.seat.isTableHost, p.a.locked])).toEqual(
      expect.arrayContaining([
        ['Viet Nam', 'President of the Socialist Republic of Viet Nam', true, true],
        ['United Nations', 'Secretary-General of the United Nations', false, true],
      ]),
    );
    expect(table).toHaveLength(2);
    const [host, un] = ['Viet Nam', 'United Nations'].map((n) => table.find((p) => p.delegation.nameEn === n)!.seat);
    // The table faces the room (the stage is at the top): the host's right is towards smaller x,
    // and the co-chair takes the seat next to him there.
    const stage = Object.values(doc.elements).find((e) => e.hallId === plenary.id && e.kind === 'stage')!;
    expect(stage.y).toBeLessThan(Math.min(...plenarySeats.filter((p) => p.element.kind === 'desk-block').map((p) => p.seat.y)));
    // The host at the centre of the table's seats (7 on one side: the 4th from either end).
    const xs = Object.values(doc.seats).filter((s) => s.elementId === table[0]!.element.id).map((s) => s.x).sort((a, b) => a - b);
    expect([xs.length, host!.x]).toEqual([7, xs[3]]);
    expect(un!.x).toBeLessThan(host!.x);
    expect(host!.x - un!.x).toBeLessThan(1.5); // the next seat, not one further out
  });

  test('the first line of desks, A1 to D8: Viet Nam, then from the lot Yemen (absent) Zambia, Zimbabwe, then Algeria…', () => {
    // The lot is Yemen, which sends no delegation: the order starts at the next name, Zambia, then
    // Zimbabwe, and wraps to A (no Afghanistan, Albania or Andorra in the sample): Algeria,
    // Argentina, Australia, Austria, Azerbaijan. The host keeps its own desk, the first (A1).
    // Row by row from the host's right: the front desk line runs across the four blocks, A1–A8
    // (block A on the host's right), then B1–B8, C1–C8, D1–D8. Côte d'Ivoire sorts as "Cote",
    // after Costa Rica; the Democratic People's Republic before the Democratic Republic.
    const line = (block: string) => Array.from({ length: 8 }, (_, i) => at(plenarySeats, `States, block ${block}`, `${i + 1}-2`)[0]?.delegation.nameEn);
    expect(line('A')).toEqual(['Viet Nam', 'Zambia', 'Zimbabwe', 'Algeria', 'Argentina', 'Australia', 'Austria', 'Azerbaijan']);
    expect(line('B')).toEqual(['Bangladesh', 'Belarus', 'Belgium', 'Bolivia (Plurinational State of)', 'Brazil', 'Brunei Darussalam', 'Cambodia', 'Cameroon']);
    expect(line('C')).toEqual(['Canada', 'Chile', 'China', 'Colombia', 'Costa Rica', 'Côte d\'Ivoire', 'Cuba', 'Democratic People\'s Republic of Korea']);
    expect(line('D')).toEqual(['Democratic Republic of the Congo', 'Egypt', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Germany', 'Ghana']);
  });

  test('the last states: Uzbekistan, Vanuatu, Venezuela, then the Holy See after the member states; the State of Palestine among them', () => {
    // 100 states, 32 desks a line: the fourth line has A25–A28. Viet Nam already sits first and
    // Yemen is absent, so the member states end with Venezuela; the Holy See follows the member
    // states (docs/protocol.md, Clarifications); the State of Palestine sits among them (the event's
    // rule, by default): as "State…", between Sri Lanka and Sweden (C18, C19, C20).
    const fourth = [25, 26, 27, 28].map((d) => at(plenarySeats, 'States, block A', `${d}-2`)[0]?.delegation.nameEn);
    expect(fourth).toEqual(['Uzbekistan', 'Vanuatu', 'Venezuela (Bolivarian Republic of)', 'Holy See']);
    expect(at(plenarySeats, 'States, block A', '29-2')).toEqual([]);
    expect([18, 19, 20].map((d) => at(plenarySeats, 'States, block C', `${d}-2`)[0]?.delegation.nameEn)).toEqual(['Sri Lanka', 'State of Palestine', 'Sweden']);
  });

  test('every state at the desk its place in the order gives, whole, the head in the front centre seat', () => {
    // The order, by plain code: the host; the member states (Palestine with them) in UN
    // alphabetical order, starting after the lot (Yemen); then the Holy See.
    const states = delegations.filter((d) => d.kind !== 'organization');
    const host = byIso3('VNM');
    const members = states.filter((d) => d !== host && d.iso3 !== 'VAT').sort(unAlphabetical);
    const lot = folded('Yemen');
    const from = members.findIndex((d) => folded(d.nameEn) > lot);
    const order = [host, ...members.slice(from < 0 ? 0 : from), ...members.slice(0, from < 0 ? 0 : from), byIso3('VAT')];
    expect(order).toHaveLength(100);
    order.forEach((delegation, k) => {
      // Row by row: 32 desks a line, 8 per block, A to D from the host's right.
      const lineNo = Math.floor(k / 32);
      const block = 'ABCD'[Math.floor((k % 32) / 8)]!;
      const desk = lineNo * 8 + (k % 8) + 1;
      const mine = plenarySeats.filter((p) => p.delegation.id === delegation.id && p.element.kind === 'desk-block');
      const where = new Set(mine.map((p) => `${p.element.labelEn} ${p.seat.label.split('-')[0]}`));
      expect([...where], delegation.nameEn).toEqual([`States, block ${block} ${desk}`]);
      // Six seats a delegation: all its people fit; the host's President is on the presiding table.
      const people = peopleOf(delegation).filter((p) => !(delegation === host && p.role === 'head'));
      expect(mine.length, delegation.nameEn).toBe(Math.min(6, people.length));
      // Centre-out, right before left: the first at the desk's centre (2), the next on the host's
      // right (1), then left (3); behind: centre (5), right (4), left (6).
      const seatOf = (p: Person) => mine.find((m) => m.person.id === p.id)?.seat.label.split('-')[1];
      const ranked = [...people].sort((a, b) => (a.role === b.role ? a.order - b.order : a.role === 'head' ? -1 : 1));
      expect(ranked.map(seatOf), delegation.nameEn).toEqual(['2', '1', '3', '5', '4', '6'].slice(0, ranked.length));
    });
  });

  test('organizations at the desks of 1 + 2, after the states: the co-chair first, the EU (an observer) next, the head at the desk', () => {
    // The UN's Secretary-General presides; the UN's first member takes its desk (E1). The EU is an
    // observer (after the observer states, before the organizations: GA seating).
    expect(at(plenarySeats, 'Organizations, block E', '1-1').map((p) => [p.delegation.nameEn, p.person.role, p.person.order])).toEqual([['United Nations', 'member', 1]]);
    expect(at(plenarySeats, 'Organizations, block E', '2-1').map((p) => [p.delegation.nameEn, p.person.role])).toEqual([['European Union', 'head']]);
    for (const d of delegations.filter((x) => x.kind === 'organization')) {
      const mine = plenarySeats.filter((p) => p.delegation.id === d.id && p.element.kind === 'desk-block');
      expect(new Set(mine.map((p) => `${p.element.labelEn} ${p.seat.label.split('-')[0]}`)).size, d.nameEn).toBe(1);
      expect(mine[0]!.element.labelEn, d.nameEn).toMatch(/^Organizations, block [EF]$/);
      const people = peopleOf(d).filter((p) => !(d.pinnedRole === 'co-chair' && p.role === 'head'));
      expect(mine.length, d.nameEn).toBe(Math.min(3, people.length));
      const head = mine.find((p) => p.person.role === 'head');
      if (head) expect(head.seat.label.split('-')[1], d.nameEn).toBe('1');
    }
    // Nobody else at a state or organization desk, nobody in the rows of other participants.
    expect(plenarySeats.filter((p) => p.element.kind === 'row-block')).toEqual([]);
  });

  test('the organizations’ desks: the Secretariat and its offices, then the rest of the UN system, then the specialized agencies', () => {
    // Worked by hand (docs/protocol.md, Clarifications; conference seating puts every rank in one
    // class): category first, then English alphabetical, the agencies by agreement date. Desks run
    // row by row from the host's right across the two blocks: E1–E10, F1–F10, then E11–E20.
    // E1 the UN (co-chair), E2 the EU (an observer). The Secretariat and its offices: Economic and
    // Social Commission (ESCAP), Office of the High Commissioner for Human Rights (OHCHR), UN
    // Conference on Trade (UNCTAD), UN Office of Counter-Terrorism (UNOCT), UN Office on Drugs and
    // Crime (UNODC, the convention's secretariat). The rest of the UN system: International Atomic
    // (IAEA), International Organization for Migration (IOM), Office of the High Commissioner for
    // Refugees (UNHCR), UN Children's Fund (UNICEF), UN Development (UNDP), UN Entity (UN-WOMEN), UN
    // Institute (UNIDIR), UN Interregional (UNICRI), UN Population Fund (UNFPA), World Food (WFP),
    // World Trade (WTO). The agencies: 14 Dec 1946 Food and Agriculture (FAO), International Labour
    // (ILO), UN Educational (UNESCO); ICAO 1947-05-13; IMF, World Bank 1947-11-15; WHO 1948; ITU
    // 1949; WIPO 1974; UNIDO 1986; UN Tourism 2003. Then the other organizations: the African Union.
    const desk = (block: 'E' | 'F', n: number) =>
      at(plenarySeats, `Organizations, block ${block}`, `${n}-1`).map((p) => p.delegation.orgCode)[0] ?? null;
    const line = (block: 'E' | 'F', from: number) => Array.from({ length: 10 }, (_, i) => desk(block, from + i));
    expect(line('E', 1)).toEqual(['UN', 'EU', 'ESCAP', 'OHCHR', 'UNCTAD', 'UNOCT', 'UNODC', 'IAEA', 'IOM', 'UNHCR']);
    expect(line('F', 1)).toEqual(['UNICEF', 'UNDP', 'UN-WOMEN', 'UNIDIR', 'UNICRI', 'UNFPA', 'WFP', 'WTO', 'FAO', 'ILO']);
    expect(line('E', 11)).toEqual(['UNESCO', 'ICAO', 'IMF', 'WB', 'WHO', 'ITU', 'WIPO', 'UNIDO', 'UN-TOURISM', 'AU']);
  });
});

describe('the banquet, by tables: precedence (rank, then UN alphabetical from the lot), right before left', () => {
  test('the head table: the President hosts it, the Secretary-General on his right, then the heads of state alternately left and right', () => {
    // The reasoning, seat by seat, is in test/fixtures/sample-banquet.ts.
    expect(tableRows(1)).toEqual(HEAD_TABLE);
    const head = (label: string) => banquetSeats.find((p) => p.element.number === 1 && p.seat.label === label)!.seat;
    expect(head('1').isTableHost).toBe(true);
    expect([head('15').x < head('1').x, head('2').x > head('1').x]).toEqual([true, true]); // 15 on the host's right, 2 on his left
  });

  test('table 2: the Minister of Public Security hosts it; the two other vice-presidents, then the heads of government', () => {
    expect(tableRows(2)).toEqual(TABLE_2);
    expect(banquetSeats.find((p) => p.element.number === 2 && p.seat.label === '1')!.person.titleEn).toBe('Minister of Public Security');
    // Guests no. 15 to 23 in the order right before left: seats 10, 2, 9, 3, 8, 4, 7, 5, 6.
    const seat = (n: number) => banquetSeats.find((p) => p.element.number === 2 && p.seat.label === String(n))!.seat;
    expect(seat(1).isTableHost).toBe(true);
    expect([seat(10).x > seat(1).x, seat(2).x < seat(1).x, seat(6).y < seat(1).y]).toEqual([true, true, true]);
  });

  test('the host’s ministers host tables 2 to 5; one head of every delegation, each once; nobody else but the hosts', () => {
    const hosts = banquetSeats
      .filter((p) => p.seat.isTableHost && p.element.number !== null && p.element.number <= 5)
      .sort((a, b) => a.element.number! - b.element.number!)
      .map((p) => [p.element.number, p.delegation.nameEn, p.person.titleEn]);
    expect(hosts).toEqual([
      [1, 'Viet Nam', 'President of the Socialist Republic of Viet Nam'],
      [2, 'Viet Nam', 'Minister of Public Security'],
      [3, 'Viet Nam', 'Minister for Foreign Affairs'],
      [4, 'Viet Nam', 'Minister of Justice'],
      [5, 'Viet Nam', 'Permanent Representative of Viet Nam to the United Nations'],
    ]);
    // Who is seated at the banquet: the heads only, plus the host's members hosting tables.
    const heads = banquetSeats.filter((p) => p.person.role === 'head');
    expect(heads.map((p) => p.delegation.id).sort()).toEqual(delegations.map((d) => d.id).sort());
    const others = banquetSeats.filter((p) => p.person.role !== 'head');
    expect(others.map((p) => [p.delegation.nameEn, p.seat.isTableHost])).toEqual(Array.from({ length: 4 }, () => ['Viet Nam', true]));
  });
});
