import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type EventDocument } from '../../shared/model/collections';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { elementBounds, pointOnElement } from '../../shared/layout/geometry';
import { rectsIntersect } from '../../shared/rect';
import { elementProblems } from '../../shared/layout/validation';
import { REAL_NAMES_TO_AVOID, isRealNameToAvoid } from '../../shared/sample/names';

const root = resolve(import.meta.dirname, '../..');
let doc: EventDocument;
beforeAll(() => {
  doc = buildSampleDocument(referenceData, seededIds(2025));
});
const rows = <C extends CollectionName>(c: C) => Object.values(doc[c]) as EventDocument[C][string][];

describe('the Hanoi 2025 sample event', () => {
  test('is deterministic: the same id seed gives a deep-equal document', () => {
    expect(buildSampleDocument(referenceData, seededIds(2025))).toEqual(doc);
    // Another id seed changes ids only, never names, titles or times.
    const other = buildSampleDocument(referenceData, seededIds(7));
    const names = (d: EventDocument) => Object.values(d.people).map((p) => `${p.name}|${p.titleEn}|${p.inOfficeSince}`).sort();
    expect(names(other)).toEqual(names(doc));
    expect(Object.keys(other.people).sort()).not.toEqual(Object.keys(doc.people).sort());
  });

  test('describes the signing ceremony in Hanoi, in both languages', () => {
    const [event, ...more] = rows('events');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      nameEn: 'Signing Ceremony of the United Nations Convention against Cybercrime',
      nameVi: 'Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng',
      venueEn: 'National Convention Center, Hanoi',
      venueVi: 'Trung tâm Hội nghị Quốc gia, Hà Nội',
      startsOn: '2025-10-25', endsOn: '2025-10-26', timeZone: 'Asia/Ho_Chi_Minh', hostIso3: 'VNM',
    });
    const settings = Object.fromEntries(rows('settings').map((s) => [s.key, s.value]));
    expect(rows('settings')).toHaveLength(Object.keys(settings).length);
    // One precedence setting: UN alphabetical from Yemen (the 79th session's lot), General Assembly seating.
    expect(settings['precedence.rules']).toMatchObject({
      tiebreak: 'un-alphabetical',
      lot: { iso3: 'YEM', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' },
      organizations: 'after-observers',
    });
    // The plenary seated by blocks, the banquet by tables: one seating setting each.
    const hallOf = (kind: string) => rows('halls').find((h) => h.kind === kind)!.id;
    expect(settings[`seating.${hallOf('plenary')}`]).toMatchObject({ strategy: 'blocks', seatsPerDelegation: 6, seatsPerOrganization: 3 });
    expect(settings[`seating.${hallOf('banquet')}`]).toMatchObject({ strategy: 'banquet' });
    expect(Object.keys(settings).sort()).toEqual(
      ['precedence.rules', `seating.${hallOf('plenary')}`, `seating.${hallOf('banquet')}`].sort(),
    );
  });

  test('every row is keyed by its id and parses, unchanged, with its collection schema', () => {
    for (const c of COLLECTION_NAMES) {
      for (const [id, row] of Object.entries(doc[c])) {
        expect((row as { id: string }).id).toBe(id);
        const parsed = COLLECTIONS[c].schema.safeParse(row);
        if (!parsed.success) throw new Error(`${c}/${id}: ${parsed.error.message}`);
        expect(parsed.data, `${c}/${id}`).toEqual(row);
      }
    }
    const ids = COLLECTION_NAMES.flatMap((c) => Object.keys(doc[c]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every reference points to an existing row of the right collection', () => {
    const refs: { [C in CollectionName]?: Record<string, CollectionName> } = {
      halls: { backgroundAssetId: 'assets' },
      elements: { hallId: 'halls', groupId: 'elements' },
      seats: { hallId: 'halls', elementId: 'elements' },
      people: { delegationId: 'delegations' },
      assignments: { hallId: 'halls', seatId: 'seats', personId: 'people' },
      sequences: { hallId: 'halls' },
      venuePoints: { sequenceId: 'sequences', hallId: 'halls' },
      greeters: { sequenceId: 'sequences', venuePointId: 'venuePoints' },
      steps: { sequenceId: 'sequences', venuePointId: 'venuePoints' },
      slots: { sequenceId: 'sequences', delegationId: 'delegations', greeterId: 'greeters' },
      slotTimes: { slotId: 'slots', stepId: 'steps' },
    };
    let checked = 0;
    for (const [collection, fields] of Object.entries(refs) as [CollectionName, Record<string, CollectionName>][]) {
      for (const row of Object.values(doc[collection]) as Record<string, unknown>[]) {
        for (const [field, target] of Object.entries(fields)) {
          const value = row[field];
          if (value === null) continue;
          expect(doc[target][value as string], `${collection}.${field} -> ${target}`).toBeDefined();
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
    // Children agree with their parents.
    for (const seat of rows('seats')) expect(doc.elements[seat.elementId]!.hallId).toBe(seat.hallId);
    for (const point of rows('venuePoints')) expect(doc.sequences[point.sequenceId]!.hallId).toBe(point.hallId);
    for (const time of rows('slotTimes')) {
      expect(doc.steps[time.stepId]!.sequenceId).toBe(doc.slots[time.slotId]!.sequenceId);
    }
  });

  test('has about 100 state delegations, the 2 observer states and 60 organizations', () => {
    const delegations = rows('delegations');
    const states = delegations.filter((d) => d.kind === 'state');
    const observers = delegations.filter((d) => d.kind === 'observer-state');
    const orgs = delegations.filter((d) => d.kind === 'organization');
    expect(states.length + observers.length).toBe(100);
    expect(observers.map((d) => d.iso3).sort()).toEqual(['PSE', 'VAT']);
    expect(orgs).toHaveLength(60);
    expect(new Set(delegations.filter((d) => d.iso3).map((d) => d.iso3)).size).toBe(100);
    expect(new Set(orgs.map((d) => d.orgCode)).size).toBe(60);
    // A realistic spread over the world.
    const region = new Map(referenceData.states.map((s) => [s.iso3, s.region]));
    const byRegion = (r: string) => [...states, ...observers].filter((d) => region.get(d.iso3!) === r).length;
    for (const r of ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']) expect(byRegion(r), r).toBeGreaterThanOrEqual(5);
  });

  test('uses the reference names and codes, and flags flag-icons has', () => {
    const stateRef = new Map(referenceData.states.map((s) => [s.iso3, s]));
    const orgRef = new Map(referenceData.organizations.map((o) => [o.code, o]));
    for (const d of rows('delegations')) {
      const ref = d.iso3 ? stateRef.get(d.iso3) : orgRef.get(d.orgCode!);
      expect(ref, d.nameEn).toBeDefined();
      expect([d.nameEn, d.nameFr, d.nameVi]).toEqual([ref!.nameEn, ref!.nameFr, ref!.nameVi]);
      if (d.flagCode) expect(existsSync(resolve(root, 'node_modules/flag-icons/flags/4x3', `${d.flagCode}.svg`)), d.nameEn).toBe(true);
      if (d.kind === 'organization') {
        expect(d.orgCategory).toBe(orgRef.get(d.orgCode!)!.category);
        expect(d.agreementDate).toBe(orgRef.get(d.orgCode!)!.agreementDate);
      } else {
        expect(d.flagCode).toBe(stateRef.get(d.iso3!)!.iso2.toLowerCase());
      }
    }
  });

  test('Viet Nam hosts, led by the President; the UN co-chairs, led by the Secretary-General', () => {
    const delegations = rows('delegations');
    expect(delegations.filter((d) => d.pinnedRole === 'host').map((d) => d.iso3)).toEqual(['VNM']);
    expect(delegations.filter((d) => d.pinnedRole === 'co-chair').map((d) => d.orgCode)).toEqual(['UN']);
    const headOf = (pred: (d: (typeof delegations)[number]) => boolean) =>
      rows('people').find((p) => p.role === 'head' && pred(doc.delegations[p.delegationId]!))!;
    expect(headOf((d) => d.iso3 === 'VNM')).toMatchObject({
      rank: 'head-of-state', titleEn: 'President of the Socialist Republic of Viet Nam',
      titleVi: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', language: 'vi',
    });
    expect(headOf((d) => d.orgCode === 'UN')).toMatchObject({
      rank: 'head-of-organization', titleEn: 'Secretary-General of the United Nations', titleVi: 'Tổng Thư ký Liên hợp quốc',
    });
  });

  test('each delegation has one head listed first, states 2 to 5 members, and heads of mixed rank', () => {
    const people = rows('people');
    const byDelegation = new Map<string, typeof people>();
    for (const p of people) byDelegation.set(p.delegationId, [...(byDelegation.get(p.delegationId) ?? []), p]);
    for (const d of rows('delegations')) {
      const list = (byDelegation.get(d.id) ?? []).sort((a, b) => a.order - b.order);
      expect(list.filter((p) => p.role === 'head'), d.nameEn).toHaveLength(1);
      expect(list[0]).toMatchObject({ role: 'head', order: 0 });
      expect(list.map((p) => p.order)).toEqual(list.map((_, i) => i));
      const members = list.length - 1;
      if (d.kind === 'organization') expect(members, d.nameEn).toBeGreaterThanOrEqual(1);
      else {
        expect(members, d.nameEn).toBeGreaterThanOrEqual(2);
        expect(members, d.nameEn).toBeLessThanOrEqual(5);
      }
      for (const p of list) {
        expect(p.titleEn.trim(), p.name).not.toBe('');
        expect(p.titleVi.trim(), p.name).not.toBe('');
      }
    }
    const heads = people.filter((p) => p.role === 'head');
    const count = (rank: string) => heads.filter((p) => p.rank === rank).length;
    expect(count('head-of-state')).toBeGreaterThanOrEqual(10);
    expect(count('head-of-state')).toBeLessThanOrEqual(15);
    expect(count('head-of-government')).toBeGreaterThanOrEqual(3);
    expect(count('deputy-head-of-government')).toBeGreaterThanOrEqual(3);
    expect(count('minister')).toBeGreaterThanOrEqual(25);
    expect(count('vice-minister')).toBeGreaterThanOrEqual(8);
    expect(count('ambassador')).toBeGreaterThanOrEqual(4);
    expect(count('head-of-organization') + count('deputy-head-of-organization')).toBeGreaterThanOrEqual(45);
    expect(heads.filter((p) => p.gender === 'female').length).toBeGreaterThanOrEqual(15);
    // Ambassadors to Viet Nam have presented their credentials, before the event.
    for (const p of people.filter((x) => x.titleEn === 'Ambassador Extraordinary and Plenipotentiary to Viet Nam')) {
      expect(p.credentialsAt, p.name).not.toBeNull();
      expect(p.credentialsAt! < '2025-10-25', p.name).toBe(true);
    }
    for (const p of people) if (p.inOfficeSince) expect(p.inOfficeSince < '2025-10-25', p.name).toBe(true);
  });

  test('people have synthetic names: no two alike and none of the real leaders', () => {
    const names = rows('people').map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter(isRealNameToAvoid)).toEqual([]);
    // The guard itself: accents and name order do not let a real name through.
    expect(isRealNameToAvoid('Luong Cuong')).toBe(true);
    expect(isRealNameToAvoid('Guterres António')).toBe(true);
    expect(REAL_NAMES_TO_AVOID.length).toBeGreaterThan(100);
    // The greeter is the host delegation's head (synthetic too), named as a person, the office in the title.
    expect(rows('greeters').map((g) => [g.name, g.titleVi])).toEqual([
      ['Hồ Bảo Nhân', 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ]);
  });
});

describe('halls and seats', () => {
  const hallOf = (kind: string) => rows('halls').find((h) => h.kind === kind)!;
  const seatsIn = (hallId: string) => rows('seats').filter((s) => s.hallId === hallId);
  const elementsIn = (hallId: string) => rows('elements').filter((e) => e.hallId === hallId);

  test('four halls named in both languages', () => {
    expect(rows('halls').map((h) => [h.kind, h.nameEn, h.nameVi]).sort()).toEqual([
      ['banquet', 'Banquet Hall', 'Phòng tiệc'],
      ['plenary', 'Plenary Hall', 'Phòng họp toàn thể'],
      ['signing', 'Signing Room', 'Phòng ký'],
      ['welcome', 'Welcome Area', 'Khu vực đón tiếp'],
    ]);
  });

  test('the plenary hall seats every delegation at UN-style desks, 3,000 to 3,500 seats in all', () => {
    const plenary = hallOf('plenary');
    const seats = seatsIn(plenary.id);
    expect(seats.length).toBeGreaterThanOrEqual(3000);
    expect(seats.length).toBeLessThanOrEqual(3500);
    // General Assembly desks: 3 at the desk, 3 behind, for every state delegation.
    const stateDesks = elementsIn(plenary.id).filter((e) => e.kind === 'desk-block' && e.props.seatsAtDesk === 3 && e.props.seatsBehind === 3);
    const states = rows('delegations').filter((d) => d.kind !== 'organization').length;
    expect(stateDesks.reduce((n, e) => n + (e.props.desks as number) * (e.props.deskRows as number), 0)).toBeGreaterThanOrEqual(states);
    const kinds = new Set(elementsIn(plenary.id).map((e) => e.kind));
    for (const kind of ['stage', 'lectern', 'flag-stand', 'backdrop', 'row-block', 'door', 'press-zone'] as const) expect(kinds.has(kind), kind).toBe(true);
    const desks = elementsIn(plenary.id).filter((e) => e.kind === 'desk-block');
    const deskCount = (e: (typeof desks)[number]) => (e.props.desks as number) * ((e.props.deskRows as number) ?? 1);
    expect(desks.reduce((n, e) => n + deskCount(e), 0)).toBeGreaterThanOrEqual(rows('delegations').length);
    expect(elementsIn(plenary.id).some((e) => e.kind === 'stage')).toBe(true);
  });

  test('the banquet hall has a head table and 64 round tables of 10, numbered by honour', () => {
    const banquet = hallOf('banquet');
    const tables = elementsIn(banquet.id).filter((e) => e.kind === 'round-table');
    expect(tables).toHaveLength(64);
    for (const t of tables) expect(seatsIn(banquet.id).filter((s) => s.elementId === t.id)).toHaveLength(10);
    const head = elementsIn(banquet.id).find((e) => e.number === 1)!;
    expect(head).toMatchObject({ kind: 'rect-table', labelEn: 'Head table', labelVi: 'Bàn danh dự', props: { headTable: true } });
    expect(tables.map((t) => t.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 64 }, (_, i) => i + 2));
    for (const t of tables) expect([t.labelEn, t.labelVi]).toEqual([`Table ${t.number}`, `Bàn ${t.number}`]);
    // Table 2 is nearer the head table than table 65.
    const numbered = (n: number) => tables.find((t) => t.number === n)!;
    expect(numbered(2).y).toBeLessThan(numbered(65).y);
    // Every table and its seats fit and nothing overlaps another table.
    for (const e of elementsIn(banquet.id)) expect(elementProblems(e), e.labelEn).toEqual([]);
    const all = elementsIn(banquet.id).filter((e) => e.kind === 'round-table' || e.kind === 'rect-table');
    for (const a of all) for (const b of all) if (a !== b) expect(rectsIntersect(elementBounds(a), elementBounds(b)), `${a.labelEn} / ${b.labelEn}`).toBe(false);
  });

  test('the signing room and the welcome area have what the ceremony needs', () => {
    const kinds = (hallId: string) => new Set(elementsIn(hallId).map((e) => e.kind));
    expect([...kinds(hallOf('signing').id)]).toEqual(expect.arrayContaining(['signing-table', 'flag-stand', 'row-block']));
    expect([...kinds(hallOf('welcome').id)]).toEqual(expect.arrayContaining(['red-carpet', 'backdrop', 'flag-stand', 'door', 'no-go', 'label']));
  });

  test('every venue point of the welcome lies on the element it names', () => {
    const welcome = hallOf('welcome');
    const on: Record<string, [string, string]> = {
      'drop-off': ['label', 'Drop-off'],
      'red-carpet-start': ['red-carpet', 'Red carpet'],
      greeting: ['label', 'Greeting point'],
      photo: ['label', 'Photo position'],
      'holding-room': ['label', 'Holding room'],
    };
    for (const point of rows('venuePoints')) {
      const [kind, labelEn] = on[point.kind]!;
      const element = elementsIn(welcome.id).find((e) => e.kind === kind && e.labelEn === labelEn)!;
      expect(element, point.kind).toBeDefined();
      expect(pointOnElement(element, point), point.kind).toBe(true);
    }
  });

  test('every element is valid: no size, seat count or spacing the editor would refuse', () => {
    for (const e of rows('elements')) expect(elementProblems(e), `${doc.halls[e.hallId]!.nameEn}: ${e.labelEn}`).toEqual([]);
    const total = rows('seats').length;
    expect(total).toBeGreaterThanOrEqual(3800);
  });

  test('seat labels are unique per element and every seat and element lies inside its hall', () => {
    for (const hall of rows('halls')) {
      for (const e of elementsIn(hall.id)) {
        expect(e.x).toBeGreaterThanOrEqual(0);
        expect(e.x).toBeLessThanOrEqual(hall.widthM);
        expect(e.y).toBeGreaterThanOrEqual(0);
        expect(e.y).toBeLessThanOrEqual(hall.depthM);
        const labels = seatsIn(hall.id).filter((s) => s.elementId === e.id).map((s) => s.label);
        expect(new Set(labels).size, e.labelEn).toBe(labels.length);
      }
      for (const s of seatsIn(hall.id)) {
        expect(s.x > 0 && s.x < hall.widthM && s.y > 0 && s.y < hall.depthM, `${hall.nameEn} ${s.label}`).toBe(true);
      }
    }
  });

  test('seat assignments: one person per seat, a person once per hall, in the seat’s hall', () => {
    const assignments = rows('assignments');
    expect(assignments.length).toBeGreaterThan(10);
    expect(new Set(assignments.map((a) => a.seatId)).size).toBe(assignments.length);
    expect(new Set(assignments.map((a) => `${a.hallId}/${a.personId}`)).size).toBe(assignments.length);
    for (const a of assignments) expect(doc.seats[a.seatId]!.hallId).toBe(a.hallId);
  });

  test('the President hosts the banquet head table, the Secretary-General on the President’s right', () => {
    const banquet = hallOf('banquet');
    const head = elementsIn(banquet.id).find((e) => e.number === 1)!;
    const at = (seatId: string) => {
      const a = rows('assignments').find((x) => x.seatId === seatId);
      return a ? doc.people[a.personId]! : null;
    };
    const seats = seatsIn(banquet.id).filter((s) => s.elementId === head.id);
    const host = seats.find((s) => s.isTableHost)!;
    expect(at(host.id)?.titleEn).toBe('President of the Socialist Republic of Viet Nam');
    // The table faces the room (down the plan), so the host's right is to the left of the plan.
    expect(host.rotation).toBe(180);
    const nextRight = seats.filter((s) => s.x < host.x).sort((a, b) => b.x - a.x)[0]!;
    const nextLeft = seats.filter((s) => s.x > host.x).sort((a, b) => a.x - b.x)[0]!;
    expect(at(nextRight.id)?.titleEn).toBe('Secretary-General of the United Nations');
    expect(at(nextLeft.id)?.rank).toBe('head-of-state');
  });
});

describe('the official welcome', () => {
  test('runs on the welcome area from 08:30, with venue points, steps and the President greeting', () => {
    const [sequence, ...more] = rows('sequences');
    expect(more).toEqual([]);
    expect(sequence).toMatchObject({
      nameEn: 'Official welcome of heads of delegation', nameVi: 'Lễ đón chính thức các Trưởng đoàn',
      day: '2025-10-25', startTime: '08:30', deadline: '09:00',
    });
    expect(doc.halls[sequence!.hallId!]!.kind).toBe('welcome');
    expect(rows('venuePoints').map((p) => p.kind).sort()).toEqual(['drop-off', 'greeting', 'holding-room', 'photo', 'red-carpet-start']);
    expect(rows('steps').sort((a, b) => a.order - b.order).map((s) => s.kind)).toEqual(['drive-in', 'walk', 'greeting', 'photo', 'escort']);
    const greeting = rows('venuePoints').find((p) => p.kind === 'greeting')!;
    expect(rows('greeters')[0]!.venuePointId).toBe(greeting.id);
  });

  test('slots for the heads of state and government, the highest last, all done by 09:00', () => {
    const slots = rows('slots').sort((a, b) => a.order - b.order);
    const heads = slots.map((s) => rows('people').find((p) => p.delegationId === s.delegationId && p.role === 'head')!);
    expect(new Set(heads.map((h) => h.rank))).toEqual(new Set(['head-of-state', 'head-of-government']));
    const expected = rows('people').filter((p) => p.role === 'head' && ['head-of-state', 'head-of-government'].includes(p.rank)).length - 1;
    expect(slots).toHaveLength(expected); // every one of them except the host
    expect(slots.map((s) => doc.delegations[s.delegationId]!.iso3)).not.toContain('VNM');
    expect(heads[0]!.rank).toBe('head-of-government');
    expect(heads.at(-1)!.rank).toBe('head-of-state');
    const steps = rows('steps').sort((a, b) => a.order - b.order);
    let previous = '';
    for (const slot of slots) {
      const times = steps.map((step) => rows('slotTimes').find((t) => t.slotId === slot.id && t.stepId === step.id)!.plannedAt);
      expect(times.every((t) => /^2025-10-25T08:[0-5]\d:[0-5]\d\+07:00$/.test(t))).toBe(true);
      expect([...times].sort()).toEqual(times);
      expect(times[0]! > previous).toBe(true);
      previous = times[0]!;
      const last = new Date(times.at(-1)!).getTime() + steps.at(-1)!.durationS * 1000;
      expect(last).toBeLessThanOrEqual(new Date('2025-10-25T09:00:00+07:00').getTime());
    }
  });
});
