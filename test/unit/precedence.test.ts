import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { emptyDocument, type EventDocument } from '../../shared/model/collections';
import { Delegation as DelegationSchema, Person as PersonSchema, type Delegation, type DelegationKind, type Person, type RankClass } from '../../shared/model/entities';
import {
  DEFAULT_CLASS_ORDER, PRECEDENCE_RULES_KEY, PrecedenceRules, PrecedenceRulesError, defaultRules, describeReason, diffOrder,
  drawLot, orderDelegations, parseRules, readRules, rulesSetting, type PrecedenceEntry,
} from '../../shared/protocol';
import { compareUnNames } from '../../shared/reference/names';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';

// ---------------------------------------------------------------------------------------------
// A small event, built from the reference table so that names are the real UN/vi/fr names.

type Spec = {
  iso3?: string;
  org?: string;
  kind?: DelegationKind;
  rank?: RankClass | null; // null: no head of delegation
  since?: string | null;
  credentials?: string | null;
  pinned?: 'host' | 'co-chair';
  override?: number;
};

const stateRef = (iso3: string) => {
  const s = referenceData.states.find((x) => x.iso3 === iso3);
  if (!s) throw new Error(`no state ${iso3}`);
  return s;
};
const orgRef = (code: string) => {
  const o = referenceData.organizations.find((x) => x.code === code);
  if (!o) throw new Error(`no organization ${code}`);
  return o;
};

/** `host`: the event's host country (null: none, so the `pinned: 'host'` flag is what pins). */
function build(specs: Spec[], settings: Record<string, unknown> = {}, seed = 1, host: string | null = null): EventDocument {
  const ids = seededIds(seed);
  const doc = emptyDocument();
  const eventId = ids();
  doc.events[eventId] = {
    id: eventId, nameEn: 'Test', nameVi: 'Thử', venueEn: '', venueVi: '', startsOn: '2025-10-25', endsOn: '2025-10-26',
    timeZone: 'Asia/Ho_Chi_Minh', hostIso3: host,
  };
  for (const [key, value] of Object.entries(settings)) {
    const id = ids();
    doc.settings[id] = { id, key, value: value as never };
  }
  for (const spec of specs) {
    const org = spec.org ? orgRef(spec.org) : null;
    const state = spec.iso3 ? stateRef(spec.iso3) : null;
    const d: Delegation = {
      id: ids(),
      kind: spec.kind ?? (org ? 'organization' : state!.status === 'observer-state' ? 'observer-state' : 'state'),
      iso3: state?.iso3 ?? null,
      orgCode: org?.code ?? null,
      orgCategory: org?.category ?? null,
      nameEn: (state ?? org)!.nameEn,
      nameFr: (state ?? org)!.nameFr,
      nameVi: (state ?? org)!.nameVi,
      flagCode: null,
      pinnedRole: spec.pinned ?? 'none',
      precedenceOverride: spec.override ?? null,
      agreementDate: org?.agreementDate ?? null,
      notes: '',
    };
    DelegationSchema.parse(d);
    doc.delegations[d.id] = d;
    const rank = spec.rank === undefined ? (org ? 'head-of-organization' : 'head-of-state') : spec.rank;
    if (rank === null) continue;
    const p: Person = {
      id: ids(), delegationId: d.id, role: 'head', order: 0, honorific: 'H.E.', honorificVi: '', name: `Head of ${d.nameEn}`, familyName: '',
      titleEn: '', titleVi: '', rank, gender: 'unspecified', language: 'en', inOfficeSince: spec.since ?? null,
      credentialsAt: spec.credentials ?? null, needsInterpreter: false, needsAccessible: false, notes: '',
    };
    PersonSchema.parse(p);
    doc.people[p.id] = p;
  }
  return doc;
}

const rules = (over: Partial<PrecedenceRules> = {}): PrecedenceRules => PrecedenceRules.parse({ ...defaultRules(), ...over });
const lotOf = (iso3: string) => ({ iso3, drawnAt: null, drawnBy: 'General Assembly', source: 'drawn-elsewhere' as const });
const names = (entries: PrecedenceEntry[]) => entries.map((e) => e.nameEn);
const find = (entries: PrecedenceEntry[], name: string) => {
  const e = entries.find((x) => x.nameEn === name);
  if (!e) throw new Error(`${name} is not in the order`);
  return e;
};
const en = (e: PrecedenceEntry) => describeReason(e.reason, 'en');
const vi = (e: PrecedenceEntry) => describeReason(e.reason, 'vi');
const order = (doc: EventDocument, r: PrecedenceRules = rules()) => orderDelegations(doc, r, { states: referenceData.states });

// ---------------------------------------------------------------------------------------------

describe('class order', () => {
  test('the default classes, highest first; vice-president and crown prince share one class', () => {
    const doc = build([
      { iso3: 'ALB', rank: 'other' },
      { iso3: 'BEL', rank: 'ambassador' },
      { iso3: 'CAN', rank: 'vice-minister' },
      { iso3: 'DNK', rank: 'minister' },
      { iso3: 'EGY', rank: 'foreign-minister' },
      { iso3: 'FJI', rank: 'deputy-head-of-government' },
      { iso3: 'GHA', rank: 'head-of-government' },
      { iso3: 'JOR', rank: 'crown-prince' },
      { iso3: 'HND', rank: 'vice-president' },
      { iso3: 'IND', rank: 'head-of-state' },
    ]);
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual([
      'India', 'Honduras', 'Jordan', 'Ghana', 'Fiji', 'Egypt', 'Denmark', 'Canada', 'Belgium', 'Albania',
    ]);
    expect(out.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Same class: Honduras before Jordan alphabetically, whatever their titles.
    expect(en(find(out, 'Jordan'))).toBe('crown prince; among vice-presidents and crown princes, 2nd from the lot Afghanistan');
  });

  test('the class order is the event’s: a reordered list is followed', () => {
    const doc = build([{ iso3: 'FRA', rank: 'head-of-state' }, { iso3: 'DEU', rank: 'foreign-minister' }]);
    const classOrder = [['foreign-minister'], ...DEFAULT_CLASS_ORDER.filter((t) => !t.includes('foreign-minister'))] as RankClass[][];
    expect(names(order(doc, rules({ classOrder })))).toEqual(['Germany', 'France']);
  });

  test('a delegation without a head of delegation goes last, with its reason', () => {
    const doc = build([{ iso3: 'AGO', rank: null }, { iso3: 'ZMB', rank: 'other' }]);
    const out = order(doc);
    expect(names(out)).toEqual(['Zambia', 'Angola']);
    expect(out[1]).toMatchObject({ rank: null });
    expect(en(out[1]!)).toBe('no head of delegation recorded: placed last, alphabetical');
    expect(vi(out[1]!)).toBe('Chưa có Trưởng đoàn: xếp cuối, theo thứ tự chữ cái');
  });
});

describe('UN alphabetical order from the lot', () => {
  test('from Yemen (79th session) it wraps around to Afghanistan', () => {
    const doc = build(['VNM', 'AFG', 'ZWE', 'YEM', 'ALB', 'ZMB'].map((iso3) => ({ iso3, rank: 'head-of-state' as const })));
    const out = order(doc, rules({ lot: lotOf('YEM') }));
    expect(names(out)).toEqual(['Yemen', 'Zambia', 'Zimbabwe', 'Afghanistan', 'Albania', 'Viet Nam']);
    expect(en(out[0]!)).toBe('head of state; among heads of state, 1st: Yemen is the country drawn by lot');
    expect(en(out[3]!)).toBe('head of state; among heads of state, 4th from the lot Yemen');
    expect(vi(out[3]!)).toBe('Nguyên thủ quốc gia; thứ 4 trong nhóm Nguyên thủ quốc gia, tính từ nước bốc thăm Y-ê-men');
  });

  test('from North Macedonia (78th session): Norway follows, Nigeria is last', () => {
    const doc = build(['NER', 'NGA', 'MKD', 'NOR', 'OMN', 'AFG'].map((iso3) => ({ iso3, rank: 'minister' as const })));
    expect(names(order(doc, rules({ lot: lotOf('MKD') })))).toEqual([
      'North Macedonia', 'Norway', 'Oman', 'Afghanistan', 'Niger', 'Nigeria',
    ]);
  });

  test('the lot country starts every class', () => {
    const doc = build([
      { iso3: 'AFG', rank: 'head-of-state' }, { iso3: 'YEM', rank: 'minister' }, { iso3: 'ZWE', rank: 'head-of-state' },
      { iso3: 'ALB', rank: 'minister' }, { iso3: 'ZMB', rank: 'minister' },
    ]);
    expect(names(order(doc, rules({ lot: lotOf('ZWE') })))).toEqual(['Zimbabwe', 'Afghanistan', 'Albania', 'Yemen', 'Zambia']);
  });

  test('a lot country that does not attend: the order starts at the next name, and the reason says so', () => {
    const doc = build(['AFG', 'ZWE', 'ZMB', 'VNM'].map((iso3) => ({ iso3, rank: 'head-of-government' as const })));
    const out = order(doc, rules({ lot: lotOf('YEM') }));
    expect(names(out)).toEqual(['Zambia', 'Zimbabwe', 'Afghanistan', 'Viet Nam']);
    expect(en(out[0]!)).toBe(
      'head of government; among heads of government, 1st from the lot Yemen (Yemen does not attend: the order starts at the next name)',
    );
    expect(en(out[2]!)).toBe('head of government; among heads of government, 3rd from the lot Yemen');
    expect(vi(out[2]!)).toBe('Người đứng đầu Chính phủ; thứ 3 trong nhóm Người đứng đầu Chính phủ, tính từ nước bốc thăm Y-ê-men');
  });

  test('the Vietnamese reason names the lot country in Vietnamese', () => {
    const doc = build(['DNK', 'DEU', 'AFG'].map((iso3) => ({ iso3, rank: 'minister' as const })));
    const out = order(doc, rules({ lot: lotOf('DNK') }));
    expect(names(out)).toEqual(['Denmark', 'Germany', 'Afghanistan']);
    expect(vi(out[1]!)).toBe('Bộ trưởng; thứ 2 trong nhóm Bộ trưởng, tính từ nước bốc thăm Đan Mạch');
    expect(vi(out[0]!)).toBe('Bộ trưởng; thứ nhất trong nhóm Bộ trưởng: Đan Mạch là nước được bốc thăm');
  });

  test('no lot recorded: from A, and the reason says that no lot is recorded', () => {
    const doc = build(['ZWE', 'AFG'].map((iso3) => ({ iso3, rank: 'minister' as const })));
    const out = order(doc, rules({ lot: null }));
    expect(names(out)).toEqual(['Afghanistan', 'Zimbabwe']);
    expect(en(out[1]!)).toBe('minister; among ministers, 2nd in UN alphabetical order from A (no lot recorded)');
  });

  test('accents folded: Türkiye between Tunisia and Turkmenistan, Côte d’Ivoire among the C’s', () => {
    const doc = build(['TKM', 'TUR', 'TUN', 'CUB', 'CIV', 'HRV', 'CRI', 'CZE'].map((iso3) => ({ iso3, rank: 'minister' as const })));
    expect(names(order(doc, rules({ lot: lotOf('AFG') })))).toEqual([
      'Costa Rica', "Côte d'Ivoire", 'Croatia', 'Cuba', 'Czechia', 'Tunisia', 'Türkiye', 'Turkmenistan',
    ]);
  });

  test('the engine’s UN order agrees with compareUnNames on every name of the reference table', () => {
    const doc = build(referenceData.states.filter((s) => s.status === 'member-state').map((s) => ({ iso3: s.iso3, rank: 'minister' as const })));
    const expected = referenceData.states.filter((s) => s.status === 'member-state').map((s) => s.nameEn).sort(compareUnNames);
    expect(names(order(doc, rules({ lot: null })))).toEqual(expected);
  });
});

describe('seniority and credentials', () => {
  test('seniority: earlier in office first; no date after the dated, then alphabetical', () => {
    const doc = build([
      { iso3: 'AUT', rank: 'minister', since: null },
      { iso3: 'BRA', rank: 'minister', since: '2023-01-01' },
      { iso3: 'CHL', rank: 'minister', since: '2019-04-01' },
      { iso3: 'AGO', rank: 'minister', since: null },
      { iso3: 'DNK', rank: 'minister', since: '2023-01-01' },
    ]);
    const out = order(doc, rules({ tiebreak: 'seniority' }));
    expect(names(out)).toEqual(['Chile', 'Brazil', 'Denmark', 'Angola', 'Austria']);
    expect(en(out[0]!)).toBe('minister; among ministers, 1st by seniority (in office since 2019-04-01)');
    expect(vi(out[0]!)).toBe('Bộ trưởng; thứ nhất trong nhóm Bộ trưởng, theo thâm niên (giữ chức từ 01/04/2019)');
    expect(en(out[3]!)).toBe(
      'minister; among ministers, 4th: no date in office recorded, after those with one, then alphabetical',
    );
  });

  test('ambassadors by the date and time of their credentials (Vienna Convention, art. 16), offsets respected', () => {
    const doc = build([
      { iso3: 'AUS', rank: 'ambassador', credentials: '2023-05-02T10:00:00+07:00' },
      { iso3: 'BEL', rank: 'ambassador', credentials: null },
      { iso3: 'CAN', rank: 'ambassador', credentials: '2023-05-02T09:30:00' }, // event-local (Hanoi)
      { iso3: 'DNK', rank: 'ambassador', credentials: '2023-05-02T02:45:00Z' }, // 09:45 in Hanoi
      { iso3: 'EGY', rank: 'ambassador', credentials: '2021-11-20T10:00:00+07:00' },
    ]);
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Egypt', 'Canada', 'Denmark', 'Australia', 'Belgium']);
    expect(en(out[1]!)).toBe(
      'permanent representative / ambassador; among permanent representatives and ambassadors, 2nd by date of credentials (presented 2023-05-02 09:30)',
    );
    expect(vi(out[4]!)).toBe(
      'Trưởng Phái đoàn thường trực / Đại sứ; thứ 5 trong nhóm Trưởng Phái đoàn thường trực / Đại sứ: chưa có ngày trình Quốc thư, xếp sau những người đã có ngày',
    );
    // Without the credentials rule, the event's tie-break applies to ambassadors too.
    expect(names(order(doc, rules({ lot: lotOf('AFG'), ambassadorsByCredentials: false })))).toEqual([
      'Australia', 'Belgium', 'Canada', 'Denmark', 'Egypt',
    ]);
  });
});

describe('plain alphabetical order in the chosen language', () => {
  const isos = ['DNK', 'DMA', 'DJI', 'VEN', 'VNM', 'GBR', 'AUT', 'SAU', 'EGY', 'ARE', 'ECU', 'SLV', 'EST', 'ZWE'];
  const doc = build(isos.map((iso3) => ({ iso3, rank: 'minister' as const })));

  test('Vietnamese: Đ after D, Ê after E, Việt Nam after Vê-nê-xu-ê-la and before Vương quốc Anh', () => {
    const out = order(doc, rules({ tiebreak: 'alphabetical', alphabeticalLanguage: 'vi' }));
    const vn = out.map((e) => doc.delegations[e.delegationId]!.nameVi);
    expect(vn.indexOf('Đan Mạch')).toBeGreaterThan(vn.indexOf('Dim-ba-bu-ê'));
    expect(vn.indexOf('Đan Mạch')).toBeLessThan(vn.indexOf('E-xtô-ni-a'));
    expect(vn.indexOf('Ê-qua-đo')).toBeGreaterThan(vn.indexOf('E-xtô-ni-a'));
    expect(vn.indexOf('Việt Nam')).toBe(vn.indexOf('Vê-nê-xu-ê-la') + 1);
    expect(vn.indexOf('Vương quốc Anh')).toBeGreaterThan(vn.indexOf('Việt Nam'));
    expect(vn).toEqual([...vn].sort(new Intl.Collator('vi').compare));
    expect(vi(out[0]!)).toBe('Bộ trưởng; thứ nhất trong nhóm Bộ trưởng, theo thứ tự chữ cái (tiếng Việt)');
    expect(en(out[0]!)).toBe('minister; among ministers, 1st in alphabetical order (Vietnamese)');
  });

  test('French: accented capitals among their letter (Égypte, El Salvador, Émirats arabes unis, Équateur)', () => {
    const out = order(doc, rules({ tiebreak: 'alphabetical', alphabeticalLanguage: 'fr' }));
    const fr = out.map((e) => doc.delegations[e.delegationId]!.nameFr);
    expect(fr.filter((n) => /^[EÉ]/.test(n))).toEqual(['Égypte', 'El Salvador', 'Émirats arabes unis', 'Équateur', 'Estonie']);
  });

  test('English: by the UN short name', () => {
    const out = order(doc, rules({ tiebreak: 'alphabetical', alphabeticalLanguage: 'en' }));
    expect(names(out).slice(0, 4)).toEqual(['Austria', 'Denmark', 'Djibouti', 'Dominica']);
  });
});

describe('pinned and manual positions', () => {
  test('the host first, then the co-chair, outside the ranking, whatever their rank', () => {
    const doc = build([
      { iso3: 'FRA', rank: 'head-of-state' },
      { org: 'UN', pinned: 'co-chair' },
      { iso3: 'VNM', rank: 'minister', pinned: 'host' },
      { iso3: 'AUT', rank: 'head-of-state' },
    ]);
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Viet Nam', 'United Nations', 'Austria', 'France']);
    expect(out.slice(0, 2).map((e) => e.pinned)).toEqual(['host', 'co-chair']);
    expect(en(out[0]!)).toBe('host: pinned first');
    expect(vi(out[0]!)).toBe('Nước chủ nhà: cố định ở vị trí đầu tiên');
    expect(en(out[1]!)).toBe('co-chair: pinned');
    expect(vi(out[1]!)).toBe('Đồng chủ trì: vị trí cố định');
    // Pinned delegations are not counted: Austria is the 1st head of state.
    expect(en(out[2]!)).toBe('head of state; among heads of state, 1st from the lot Afghanistan (Afghanistan does not attend: the order starts at the next name)');
  });

  test('a manual position is honoured among the ranked; the others keep their order around it', () => {
    const doc = build([
      { iso3: 'VNM', pinned: 'host' },
      { iso3: 'AUT' }, { iso3: 'BEL' }, { iso3: 'CHL' },
      { iso3: 'ZWE', rank: 'vice-minister', override: 2 },
    ]);
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Viet Nam', 'Austria', 'Zimbabwe', 'Belgium', 'Chile']);
    expect(en(out[2]!)).toBe('manual position 2 set by the officer');
    expect(vi(out[2]!)).toBe('Vị trí 2 do cán bộ lễ tân đặt thủ công');
    expect(en(out[3]!)).toBe('head of state; among heads of state, 2nd from the lot Afghanistan');
  });

  test('two manual positions on one place, and one beyond the end: the next free place, said in the reason', () => {
    const doc = build([
      { iso3: 'AUT' }, { iso3: 'BEL', override: 1 }, { iso3: 'CHL', override: 1 }, { iso3: 'DNK', override: 99 },
    ]);
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Belgium', 'Chile', 'Austria', 'Denmark']);
    expect(en(out[1]!)).toBe(
      'manual position 1 set by the officer; placed 2nd because that position is taken by another manual position or lies beyond the end of the list',
    );
    expect(en(out[3]!)).toContain('manual position 99 set by the officer; placed 4th');
  });

  test('a manual position on a pinned delegation is not applied, and the reason says so', () => {
    const doc = build([{ iso3: 'VNM', pinned: 'host', override: 3 }, { iso3: 'AUT' }]);
    const out = order(doc);
    expect(names(out)).toEqual(['Viet Nam', 'Austria']);
    expect(en(out[0]!)).toBe('host: pinned first; the manual position 3 is not applied: the delegation is pinned');
  });
});

describe('the host, derived from the event’s host country', () => {
  const guests: Spec[] = [
    { iso3: 'FRA', rank: 'head-of-state' }, { iso3: 'GHA', rank: 'head-of-state' }, { iso3: 'LAO', rank: 'head-of-state' },
  ];

  test('the host country’s delegation is pinned first as soon as it exists, with no flag set', () => {
    const doc = build([...guests, { iso3: 'VNM', rank: 'head-of-state' }], {}, 1, 'VNM');
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Viet Nam', 'France', 'Ghana', "Lao People's Democratic Republic"]);
    expect(out[0]!.pinned).toBe('host');
    expect(en(out[0]!)).toBe('host: pinned first');
    // The stored flag was never set: nothing to remember for a writer.
    expect(Object.values(doc.delegations).every((d) => d.pinnedRole === 'none')).toBe(true);
  });

  test('a stale host flag on another delegation is not followed when the event names its host country', () => {
    const doc = build([{ iso3: 'FRA', rank: 'head-of-state', pinned: 'host' }, { iso3: 'GHA', rank: 'head-of-state' }, { iso3: 'VNM', rank: 'minister' }], {}, 1, 'VNM');
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out)).toEqual(['Viet Nam', 'France', 'Ghana']);
    expect(out.map((e) => e.pinned)).toEqual(['host', null, null]);
  });

  test('without a host country, the host flag pins (files written before the host was derived); without its delegation, no host', () => {
    const flagged = build([...guests, { iso3: 'VNM', rank: 'minister', pinned: 'host' }], {}, 1, null);
    expect(names(order(flagged, rules({ lot: lotOf('AFG') })))[0]).toBe('Viet Nam');
    const absent = build(guests, {}, 1, 'VNM');
    expect(order(absent, rules({ lot: lotOf('AFG') })).map((e) => e.pinned)).toEqual([null, null, null]);
  });

  test('co-chairs stay the officer’s choice, after the host', () => {
    const doc = build([...guests, { org: 'UN', pinned: 'co-chair' }, { iso3: 'VNM', rank: 'head-of-state' }], {}, 1, 'VNM');
    const out = order(doc, rules({ lot: lotOf('AFG') }));
    expect(names(out).slice(0, 2)).toEqual(['Viet Nam', 'United Nations']);
    expect(out.slice(0, 3).map((e) => e.pinned)).toEqual(['host', 'co-chair', null]);
  });
});

describe('observers', () => {
  const specs: Spec[] = [
    { iso3: 'VAT', rank: 'head-of-state' },
    { iso3: 'PSE', rank: 'minister' },
    { iso3: 'LKA', rank: 'minister' },
    { iso3: 'SDN', rank: 'minister' },
    { iso3: 'ESP', rank: 'minister' },
    { iso3: 'ZWE', rank: 'ambassador' },
    { org: 'EU', rank: 'head-of-organization' },
    { org: 'INTERPOL' },
  ];

  test('observer states by the class of who leads them, after the member states of that class; Palestine between Sri Lanka and Sudan when the rule is on', () => {
    const out = order(build(specs), rules({ lot: lotOf('AFG') }));
    // The Holy See led by its head of state is with the heads of state (the only one here), not after the ambassadors.
    expect(names(out)).toEqual([
      'Holy See', 'Spain', 'Sri Lanka', 'State of Palestine', 'Sudan', 'Zimbabwe', 'European Union',
      'International Criminal Police Organization',
    ]);
    expect(en(find(out, 'Holy See'))).toBe(
      'head of state; among heads of state, after the member states of this class; observer state (Holy See): before the other observer states of its class',
    );
    expect(vi(find(out, 'Holy See'))).toBe(
      'Nguyên thủ quốc gia; trong nhóm Nguyên thủ quốc gia, xếp sau các quốc gia thành viên cùng nhóm; Quốc gia quan sát viên (Tòa Thánh): trước các quốc gia quan sát viên khác cùng nhóm',
    );
    expect(en(find(out, 'State of Palestine'))).toBe(
      'minister; among ministers, 3rd from the lot Afghanistan; the State of Palestine sits among the member states (rule of the event)',
    );
    expect(en(find(out, 'European Union'))).toBe('European Union: with the observers, after the observer states');
  });

  test('a Holy See led by an ambassador: after the member states’ ambassadors, before the other observers of that class', () => {
    const r = rules({ lot: lotOf('AFG'), observers: { holySeeAfterMembers: true, palestineAmongMembers: false, euWithObservers: true } });
    const doc = build([
      { iso3: 'VAT', rank: 'ambassador' }, { iso3: 'PSE', rank: 'ambassador' }, { iso3: 'ZWE', rank: 'ambassador' },
      { iso3: 'BRA', rank: 'ambassador' }, { iso3: 'FRA', rank: 'minister' },
    ]);
    expect(names(order(doc, r))).toEqual(['France', 'Brazil', 'Zimbabwe', 'Holy See', 'State of Palestine']);
  });

  test('Palestine with the observers when the rule is off: in its class, after the member states and the Holy See of that class', () => {
    const r = rules({ lot: lotOf('AFG'), observers: { holySeeAfterMembers: true, palestineAmongMembers: false, euWithObservers: true } });
    const out = order(build(specs), r);
    expect(names(out)).toEqual([
      'Holy See', 'Spain', 'Sri Lanka', 'Sudan', 'State of Palestine', 'Zimbabwe', 'European Union',
      'International Criminal Police Organization',
    ]);
    expect(en(find(out, 'State of Palestine'))).toBe(
      'minister; among ministers, after the member states of this class; observer state; minister; among ministers, 1st from the lot Afghanistan (Afghanistan does not attend: the order starts at the next name)',
    );
  });

  test('organizations after the states (after-states): the EU, an observer, last', () => {
    const out = order(build(specs), rules({ lot: lotOf('AFG'), organizations: 'after-states' }));
    expect(names(out).slice(-3)).toEqual(['Zimbabwe', 'International Criminal Police Organization', 'European Union']);
  });

  test('the EU with the other organizations when the rule is off', () => {
    const r = rules({ lot: lotOf('AFG'), observers: { holySeeAfterMembers: true, palestineAmongMembers: true, euWithObservers: false } });
    const out = order(build(specs), r);
    expect(names(out).slice(-3)).toEqual(['Zimbabwe', 'European Union', 'International Criminal Police Organization']);
    expect(en(find(out, 'European Union'))).toBe(
      'organization: after the UN system and the specialized agencies; by rank class, then alphabetical (English)',
    );
  });
});

describe('organizations', () => {
  const specs: Spec[] = [
    { org: 'INTERPOL' }, { org: 'WHO' }, { org: 'ASEAN' }, { org: 'UNICEF' }, { org: 'UNODC' }, { org: 'ILO' }, { org: 'UN' },
    { org: 'ICAO' }, { org: 'UNDP' }, { iso3: 'FRA', rank: 'other' },
  ];

  test('after the states: the UN itself, the Secretariat’s offices (UNODC), the funds and programmes, specialized agencies by the date of their agreement, the others alphabetical', () => {
    const out = order(build(specs));
    expect(names(out)).toEqual([
      'France',
      'United Nations', // the Secretariat itself, led by the Secretary-General
      'United Nations Office on Drugs and Crime', // a Secretariat office: the convention's secretariat
      "United Nations Children's Fund", // funds and programmes, alphabetical
      'United Nations Development Programme',
      'International Labour Organization', // 1946-12-14
      'International Civil Aviation Organization', // 1947-05-13
      'World Health Organization', // 1948-07-10
      'Association of Southeast Asian Nations',
      'International Criminal Police Organization',
    ]);
    expect(en(out[1]!)).toBe('organization (UN Secretariat): the United Nations itself, first among organizations');
    expect(en(out[2]!)).toBe(
      'organization (UN Secretariat and its offices): after the United Nations, before the funds and programmes; by rank class, then alphabetical (English)',
    );
    expect(vi(out[2]!)).toBe(
      'Tổ chức (Ban Thư ký Liên hợp quốc và các văn phòng): sau Liên hợp quốc, trước các quỹ và chương trình; theo cấp lễ tân, rồi theo thứ tự chữ cái (tiếng Anh)',
    );
    expect(en(out[3]!)).toBe(
      'organization (UN system: funds, programmes and other bodies): after the Secretariat and its offices; by rank class, then alphabetical (English)',
    );
    expect(en(out[6]!)).toBe(
      'specialized agency: by rank class, then by the date of its agreement with the UN (1947-05-13)',
    );
    expect(vi(out[6]!)).toBe(
      'Cơ quan chuyên môn: theo cấp lễ tân, rồi theo ngày ký hiệp định với Liên hợp quốc (13/05/1947)',
    );
  });

  test('inside a category, the class of the head first: a head before a deputy head, a deputy before any other official', () => {
    const doc = build([
      { org: 'UNDP', rank: 'deputy-head-of-organization' }, { org: 'UNICEF', rank: 'other' }, { org: 'WFP' },
      { org: 'OHCHR', rank: 'deputy-head-of-organization' }, { org: 'UNOCT' },
      { org: 'ILO', rank: 'other' }, { org: 'ICAO', rank: 'deputy-head-of-organization' }, { org: 'WHO' },
      { org: 'ASEAN', rank: 'deputy-head-of-organization' }, { org: 'INTERPOL' },
    ]);
    expect(names(order(doc))).toEqual([
      'United Nations Office of Counter-Terrorism', 'Office of the United Nations High Commissioner for Human Rights',
      'World Food Programme', 'United Nations Development Programme', "United Nations Children's Fund",
      'World Health Organization', 'International Civil Aviation Organization', 'International Labour Organization',
      'International Criminal Police Organization', 'Association of Southeast Asian Nations',
    ]);
  });

  test('the United Nations first whatever the alphabet: in Vietnamese order UNCTAD (Hội nghị…) would come before it', () => {
    const doc = build([{ org: 'UNODC' }, { org: 'ESCAP' }, { org: 'UNDP' }, { org: 'UNCTAD' }, { org: 'UN' }]);
    expect(names(order(doc, rules({ alphabeticalLanguage: 'vi' })))).toEqual([
      'United Nations', // Liên hợp quốc
      'United Nations Conference on Trade and Development', // Hội nghị Liên hợp quốc về Thương mại và Phát triển
      'Economic and Social Commission for Asia and the Pacific', // Ủy ban Kinh tế và Xã hội… (U before V)
      'United Nations Office on Drugs and Crime', // Văn phòng Liên hợp quốc về Ma túy và Tội phạm
      'United Nations Development Programme', // a programme, after the Secretariat's offices
    ]);
  });

  test('interleaved by class: heads of organizations where the class order puts them, after the states of their class', () => {
    const classOrder: RankClass[][] = [
      ['head-of-state'], ['vice-president', 'crown-prince'], ['head-of-government'], ['head-of-organization'],
      ['deputy-head-of-government'], ['foreign-minister'], ['minister'], ['vice-minister'], ['ambassador'],
      ['deputy-head-of-organization'], ['other'],
    ];
    const doc = build([
      { iso3: 'FRA', rank: 'head-of-government' }, { iso3: 'DEU', rank: 'minister' }, { org: 'WHO' }, { org: 'UN' },
      { org: 'ASEAN', rank: 'other' }, { iso3: 'ITA', rank: 'other' },
    ]);
    const out = order(doc, rules({ organizations: 'interleaved-by-class', classOrder, lot: lotOf('AFG') }));
    expect(names(out)).toEqual([
      'France', 'United Nations', 'World Health Organization', 'Germany', 'Italy', 'Association of Southeast Asian Nations',
    ]);
    expect(en(out[2]!)).toBe(
      'head of an international organization; among heads of international organizations, after the states of this class; specialized agency: by rank class, then by the date of its agreement with the UN (1948-07-10)',
    );
  });
});

describe('a late change: the president sends a minister', () => {
  test('the delegation moves to the ministers’ class and the diff lists exactly what moved', () => {
    const doc = build([
      { iso3: 'VNM', pinned: 'host' },
      { iso3: 'BRA', rank: 'head-of-state' },
      { iso3: 'CHL', rank: 'head-of-state' },
      { iso3: 'DNK', rank: 'head-of-government' },
      { iso3: 'EGY', rank: 'minister' },
      { iso3: 'FIN', rank: 'minister' },
      { iso3: 'GHA', rank: 'vice-minister' },
    ]);
    const r = rules({ lot: lotOf('AFG') });
    const before = order(doc, r);
    expect(names(before)).toEqual(['Viet Nam', 'Brazil', 'Chile', 'Denmark', 'Egypt', 'Finland', 'Ghana']);

    const brazil = Object.values(doc.delegations).find((d) => d.iso3 === 'BRA')!;
    const head = Object.values(doc.people).find((p) => p.delegationId === brazil.id)!;
    const after = order({ ...doc, people: { ...doc.people, [head.id]: { ...head, rank: 'minister' } } }, r);
    expect(names(after)).toEqual(['Viet Nam', 'Chile', 'Denmark', 'Brazil', 'Egypt', 'Finland', 'Ghana']);
    expect(en(find(after, 'Brazil'))).toBe('minister; among ministers, 1st from the lot Afghanistan (Afghanistan does not attend: the order starts at the next name)');

    const moves = diffOrder(before, after);
    expect(moves.map((m) => [m.nameEn, m.before, m.after, m.cause])).toEqual([
      ['Chile', 3, 2, 'shifted'],
      ['Denmark', 4, 3, 'shifted'],
      ['Brazil', 2, 4, 'changed'],
    ]);
    expect(moves[2]).toMatchObject({ rankBefore: 'head-of-state', rankAfter: 'minister' });
    expect(describeReason(moves[2]!.reason!, 'vi')).toBe(
      'Bộ trưởng; thứ nhất trong nhóm Bộ trưởng, tính từ nước bốc thăm Áp-ga-ni-xtan (Áp-ga-ni-xtan không tham dự: bắt đầu từ tên kế tiếp)',
    );
  });

  test('the diff reports arrivals and withdrawals, and nothing when nothing moved', () => {
    const doc = build([{ iso3: 'AUT' }, { iso3: 'BEL' }]);
    const before = order(doc);
    expect(diffOrder(before, before)).toEqual([]);
    const withdrawn = before.filter((e) => e.nameEn !== 'Austria').map((e, i) => ({ ...e, position: i + 1 }));
    expect(diffOrder(before, withdrawn).map((m) => [m.nameEn, m.before, m.after, m.cause])).toEqual([
      ['Belgium', 2, 1, 'shifted'],
      ['Austria', 1, null, 'removed'],
    ]);
    expect(diffOrder(withdrawn, before).map((m) => [m.nameEn, m.before, m.after, m.cause])).toEqual([
      ['Austria', null, 1, 'added'],
      ['Belgium', 1, 2, 'shifted'],
    ]);
    expect(() => diffOrder([...before, before[0]!], before)).toThrow(/twice/);
  });
});

describe('determinism', () => {
  const sample = buildSampleDocument(referenceData, seededIds(2025));
  const shuffled = (doc: EventDocument, perm: (n: number) => number[]) => {
    const reorder = <T>(rec: Record<string, T>) => {
      const entries = Object.entries(rec);
      const p = perm(entries.length);
      return Object.fromEntries(p.map((i) => entries[i]!));
    };
    return { ...doc, delegations: reorder(doc.delegations), people: reorder(doc.people), settings: reorder(doc.settings) };
  };

  test('shuffling the rows never changes the order or the reasons (fast-check)', () => {
    const variants: PrecedenceRules[] = [
      rules({ lot: lotOf('YEM') }),
      rules({ tiebreak: 'seniority', organizations: 'interleaved-by-class' }),
      rules({ tiebreak: 'alphabetical', alphabeticalLanguage: 'vi', organizations: 'after-states' }),
    ];
    const expected = variants.map((r) => order(sample, r));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 64 }), (v, seeds) => {
        const perm = (n: number) => {
          const idx = Array.from({ length: n }, (_, i) => i);
          for (let i = n - 1; i > 0; i--) {
            const j = seeds[i % seeds.length]! % (i + 1);
            [idx[i], idx[j]] = [idx[j]!, idx[i]!];
          }
          return idx;
        };
        expect(order(shuffled(sample, perm), variants[v]!)).toEqual(expected[v]);
      }),
      { numRuns: 40 },
    );
  });

  test('equal names and dates still give one order: the last tie-break is the id', () => {
    const doc = build([{ iso3: 'AUT' }, { iso3: 'AUT' }, { iso3: 'AUT' }]);
    const ids = Object.keys(doc.delegations).sort();
    expect(order(doc).map((e) => e.delegationId)).toEqual(ids);
  });
});

describe('the Hanoi 2025 sample event', () => {
  const doc = buildSampleDocument(referenceData, seededIds(2025));

  test('orders without error: the host Viet Nam, then the co-chair the United Nations, every delegation once', () => {
    const out = order(doc, readRules(doc));
    expect(out.slice(0, 2).map((e) => [e.nameEn, e.pinned])).toEqual([
      ['Viet Nam', 'host'],
      ['United Nations', 'co-chair'],
    ]);
    expect(out.map((e) => e.position)).toEqual(out.map((_, i) => i + 1));
    expect(new Set(out.map((e) => e.delegationId)).size).toBe(Object.keys(doc.delegations).length);
    for (const e of out) {
      expect(describeReason(e.reason, 'en')).not.toMatch(/\{|undefined|NaN/);
      expect(describeReason(e.reason, 'vi')).not.toMatch(/\{|undefined|NaN/);
    }
  });

  test('its stored choices are read: UN alphabetical from Yemen, who does not attend, so each class starts at the next name', () => {
    const r = readRules(doc);
    expect(r.tiebreak).toBe('un-alphabetical');
    expect(r.lot).toMatchObject({ iso3: 'YEM', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere', nameEn: 'Yemen' });
    const out = order(doc, r);
    const ranks = out.slice(2).map((e) => e.rank);
    // Heads of state first, then the classes in order, for the states.
    expect(ranks[0]).toBe('head-of-state');
    expect(en(out[2]!)).toMatch(/^head of state; among heads of state, 1st from the lot Yemen/);
  });

  test('with the General Assembly seating (after-observers): the Holy See with its class, after the member states of that class', () => {
    const out = order(doc, { ...readRules(doc), organizations: 'after-observers' });
    const i = out.findIndex((e) => e.nameEn === 'Holy See');
    const tierOf = (e: PrecedenceEntry) => DEFAULT_CLASS_ORDER.findIndex((t) => t.includes(e.rank!));
    const holySee = out[i]!;
    const states = out.filter((e) => e.pinned === null && e.kind !== 'organization');
    for (const e of states) {
      const j = out.indexOf(e);
      if (e.kind === 'state' && tierOf(e) <= tierOf(holySee)) expect(j).toBeLessThan(i);
      if (tierOf(e) > tierOf(holySee)) expect(j).toBeGreaterThan(i);
    }
    const firstOrg = out.findIndex((e, k) => k >= 2 && e.kind === 'organization');
    expect(out[firstOrg]!.nameEn).toBe('European Union');
  });
});

describe('rules', () => {
  test('defaults from docs/protocol.md', () => {
    expect(defaultRules()).toEqual({
      classOrder: DEFAULT_CLASS_ORDER,
      tiebreak: 'un-alphabetical',
      alphabeticalLanguage: 'en',
      lot: null,
      organizations: 'after-observers',
      observers: { holySeeAfterMembers: true, palestineAmongMembers: true, euWithObservers: true },
      ambassadorsByCredentials: true,
    });
    expect(readRules(build([]))).toEqual(defaultRules());
    const mine = defaultRules();
    mine.classOrder[0]!.push('other');
    mine.observers.palestineAmongMembers = false;
    expect(defaultRules().classOrder[0]).toEqual(['head-of-state']);
    expect(defaultRules().observers.palestineAmongMembers).toBe(true);
  });

  test('stored under one key; rulesSetting round-trips through readRules', () => {
    const r = rules({ tiebreak: 'seniority', lot: { iso3: 'YEM', drawnAt: '2025-10-20T09:00:00+07:00', drawnBy: 'Tiểu ban Lễ tân', source: 'drawn-here' } });
    const setting = rulesSetting(r);
    expect(setting.key).toBe(PRECEDENCE_RULES_KEY);
    const doc = build([], { [setting.key]: setting.value, 'precedence.tiebreak': 'alphabetical' });
    expect(readRules(doc)).toEqual(r); // a leftover separate setting of the old format is not read
    expect(readRules(build([], { 'precedence.tiebreak': 'alphabetical', 'precedence.lot': 'YEM' }))).toEqual(defaultRules());
  });

  test('a stored value missing fields takes the defaults; a wrong one is refused with a bilingual message', () => {
    expect(readRules(build([], { [PRECEDENCE_RULES_KEY]: { tiebreak: 'seniority' } })).tiebreak).toBe('seniority');
    const bad = build([], { [PRECEDENCE_RULES_KEY]: { tiebreak: 'by-height' } });
    expect(() => readRules(bad)).toThrow(PrecedenceRulesError);
    try {
      readRules(bad);
    } catch (e) {
      expect((e as PrecedenceRulesError).messageIn('vi')).toMatch(/^Quy tắc thứ tự lễ tân lưu trong sự kiện \(precedence.rules\) không hợp lệ: tiebreak/);
    }
    const lowerCaseLot = { lot: { iso3: 'yem', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } };
    expect(() => readRules(build([], { [PRECEDENCE_RULES_KEY]: lowerCaseLot }))).toThrow(PrecedenceRulesError);
  });

  test('the class order names every rank exactly once; a lot drawn here says when and by whom', () => {
    expect(parseRules({ classOrder: [['head-of-state']] }).ok).toBe(false);
    expect(parseRules({ classOrder: [...DEFAULT_CLASS_ORDER, ['other']] }).ok).toBe(false);
    expect(parseRules({ lot: { iso3: 'YEM', drawnAt: null, drawnBy: '', source: 'drawn-here' } }).ok).toBe(false);
    expect(parseRules({ lot: { iso3: 'YEM', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } }).ok).toBe(true);
    expect(parseRules({ surprise: true }).ok).toBe(false);
    expect(() => rulesSetting({ ...defaultRules(), tiebreak: 'x' as never })).toThrow(PrecedenceRulesError);
  });
});

describe('drawing the lot', () => {
  const states = referenceData.states.filter((s) => s.status === 'member-state');

  test('draws with the randomness it is given, whatever the order of the list', () => {
    // The names go with the code, so a lot country that does not attend still has its place in the alphabet.
    expect(drawLot(states, () => 0)).toEqual({ iso3: 'AFG', source: 'drawn-here', nameEn: 'Afghanistan', nameVi: 'Áp-ga-ni-xtan' });
    expect(drawLot([...states].reverse(), () => 0.999999)).toEqual({ iso3: 'ZWE', source: 'drawn-here', nameEn: 'Zimbabwe', nameVi: 'Dim-ba-bu-ê' });
    expect(drawLot(states.map((st) => ({ iso3: st.iso3 })), () => 0)).toEqual({ iso3: 'AFG', source: 'drawn-here' });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        const a = drawLot(states, () => r);
        expect(a).toEqual(drawLot([...states].reverse(), () => r));
        expect(states.some((s) => s.iso3 === a.iso3)).toBe(true);
      }),
    );
  });

  test('refuses an empty list, a bad code and randomness outside [0, 1)', () => {
    expect(() => drawLot([], () => 0)).toThrow(RangeError);
    expect(() => drawLot([{ iso3: 'yem' }], () => 0)).toThrow(RangeError);
    expect(() => drawLot(states, () => 1)).toThrow(RangeError);
    expect(() => drawLot(states, () => Number.NaN)).toThrow(RangeError);
  });
});

describe('a large event', () => {
  // Its speed is measured by `npm run bench` (test/bench/precedence.bench.test.ts), not here.
  test('orders 300 delegations into 300 distinct positions, each with a reason', () => {
    const isos = referenceData.states.map((s) => s.iso3);
    const orgs = referenceData.organizations.map((o) => o.code);
    const ranks: RankClass[] = ['head-of-state', 'head-of-government', 'minister', 'vice-minister', 'ambassador'];
    const specs: Spec[] = [
      ...isos.map((iso3, i) => ({ iso3, rank: ranks[i % ranks.length]!, since: i % 3 ? `20${10 + (i % 15)}-01-01` : null })),
      ...orgs.map((org) => ({ org })),
      ...isos.slice(0, 300 - isos.length - orgs.length).map((iso3) => ({ iso3, rank: 'minister' as const })),
    ];
    const doc = build(specs);
    expect(Object.keys(doc.delegations)).toHaveLength(300);
    const entries = order(doc, rules({ lot: lotOf('YEM') }));
    expect(entries.map((e) => e.position)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.delegationId)).size).toBe(300);
    expect(entries.every((e) => describeReason(e.reason, 'vi').length > 0)).toBe(true);
  });
});
