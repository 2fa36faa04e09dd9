import type { IdFactory } from '../ids';
import { emptyDocument, type EventDocument } from '../model/collections';
import {
  Delegation as DelegationSchema, RankClass, type Delegation, type ElementKind, type Hall, type LayoutElement, type Person,
  type Seat, type SequenceStep, type VenuePoint,
} from '../model/entities';
import { blockSize } from '../layout/block-seats';
import { generateSeats } from '../layout/seats';
import type { OrganizationRef, ReferenceData, StateRef } from '../reference/types';
import { lotCountry, lotDrawnElsewhere, unOrderFromLot, type LotCountry } from '../protocol/lot';
import { defaultRules, readRules, rulesSetting } from '../protocol/rules';
import { planSeating } from '../seating/plan';
import { seatingSettingRow, type SeatingSettingsInput } from '../seating/settings';
import { NameGenerator, type CultureName } from './names';
import { seededRandom, type Random } from './random';
import {
  AMBASSADOR_TO_VIET_NAM, CHIEF_OF_PROTOCOL, GLOBAL_CULTURES, HEAD_TITLE_VI, HOST_MEMBERS, ORG_CULTURES, ORG_LEVEL,
  ORG_MEMBER_FUNCTIONS, ORG_ROLES, ORG_TITLE_OVERRIDES, ORGS_NOT_ATTENDING, PORTFOLIOS, STATE_CAST, STATE_MEMBER_FUNCTIONS,
  UN_MEMBERS, type HeadLevel, type MemberFunction, type Portfolio, type StateCast, type Title,
} from './hanoi2025-data';

/**
 * The bundled sample event: the signing ceremony of the UN Convention against Cybercrime, Hanoi,
 * 25–26 October 2025, at realistic scale (100 state delegations, 60 organizations, four halls with
 * about 3,900 seats: a plenary of about 3,100 with UN-style delegation desks, a banquet of 64
 * round tables and a head table), and the official welcome of heads of delegation minute by minute.
 *
 * Deterministic: everything random comes from one seeded generator, and ids from the factory
 * passed in, so the same id seed gives a deep-equal document. Every person is synthetic.
 */

export const SAMPLE_SEED = 20_251_025;

/** Where and when the signing takes place (the event row's fields besides its id and names); tests' events share them. */
export const SIGNING_VENUE_AND_DATES = {
  venueEn: 'National Convention Center, Hanoi',
  venueVi: 'Trung tâm Hội nghị Quốc gia, Hà Nội',
  startsOn: '2025-10-25',
  endsOn: '2025-10-26',
  timeZone: 'Asia/Ho_Chi_Minh',
  hostIso3: 'VNM',
} as const;
export const SAMPLE_DAY = '2025-10-25';
const OFFSET = '+07:00'; // Asia/Ho_Chi_Minh, no daylight saving
const LOT_ISO3 = 'YEM';

/** Fractional-index keys for n siblings in order: a0..az, then b00.. (base 62, sorts as ASCII). */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export function sortKey(i: number): string {
  if (i < 62) return `a${DIGITS[i]}`;
  if (i < 62 * 62) return `b${DIGITS[Math.floor(i / 62)]}${DIGITS[i % 62]}`;
  throw new Error('too many siblings for a two-digit key');
}

const pad = (n: number) => String(n).padStart(2, '0');

function randomDate(random: Random, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const day = 86_400_000;
  return new Date(a + random.int(0, Math.round((b - a) / day)) * day).toISOString().slice(0, 10);
}

/** "08:30" + seconds -> ISO date-time in the event's local time, with its offset. */
function localTime(day: string, hhmm: string, plusSeconds: number): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const total = h * 3600 + m * 60 + plusSeconds;
  return `${day}T${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}${OFFSET}`;
}

export type Builder = {
  doc: EventDocument;
  ids: IdFactory;
  random: Random;
  names: NameGenerator;
};

// ---------------------------------------------------------------------------------------------
// Delegations and people

function stateHeadTitle(level: HeadLevel, state: StateRef): { title: Title; rank: RankClass } {
  const formal = state.formalEn;
  switch (level) {
    case 'hos':
      return {
        title: { en: `President of ${formal}`, vi: HEAD_TITLE_VI[state.iso3]?.hos ?? `Tổng thống ${state.nameVi}` },
        rank: 'head-of-state',
      };
    case 'vp':
      return { title: { en: `Vice-President of ${formal}`, vi: `Phó Tổng thống ${state.nameVi}` }, rank: 'vice-president' };
    case 'hog':
      return {
        title: { en: `Prime Minister of ${formal}`, vi: HEAD_TITLE_VI[state.iso3]?.hog ?? `Thủ tướng ${state.nameVi}` },
        rank: 'head-of-government',
      };
    case 'dhog':
      return { title: { en: `Deputy Prime Minister of ${formal}`, vi: `Phó Thủ tướng ${state.nameVi}` }, rank: 'deputy-head-of-government' };
    case 'fm':
      return { title: PORTFOLIOS.foreign.minister, rank: 'foreign-minister' };
    case 'amb':
      return { title: AMBASSADOR_TO_VIET_NAM, rank: 'ambassador' };
    case 'holy-see':
      return {
        title: {
          en: 'Secretary for Relations with States and International Organizations',
          vi: 'Thư ký phụ trách Quan hệ với các Quốc gia và Tổ chức quốc tế của Tòa Thánh',
        },
        rank: 'foreign-minister',
      };
  }
  const [kind, portfolio] = level.split(':') as ['min' | 'vmin', Portfolio];
  const titles = PORTFOLIOS[portfolio];
  return kind === 'min'
    ? { title: titles.minister, rank: portfolio === 'foreign' ? 'foreign-minister' : 'minister' }
    : { title: titles.deputy, rank: 'vice-minister' };
}

/** The other members of a state delegation: 2 to 5, by the level of its head. */
function stateMembers(b: Builder, cast: StateCast): MemberFunction[] {
  if (cast.iso3 === 'VNM') return [...HOST_MEMBERS];
  const { head } = cast;
  const highLevel = head === 'hos' || head === 'vp' || head === 'hog' || head === 'dhog';
  const pool = STATE_MEMBER_FUNCTIONS.filter((f) => !(head === 'amb' && f === AMBASSADOR_TO_VIET_NAM));
  const members: MemberFunction[] = [];
  if (highLevel) {
    members.push({ ...PORTFOLIOS.foreign.minister, rank: 'foreign-minister' });
    members.push({ ...PORTFOLIOS.justice.minister, rank: 'minister' });
    members.push(AMBASSADOR_TO_VIET_NAM, CHIEF_OF_PROTOCOL);
    if (b.random.chance(0.5)) members.push(pool[3]!); // the cybercrime unit
    return members;
  }
  if (head !== 'amb') members.push(AMBASSADOR_TO_VIET_NAM);
  const wanted = b.random.int(2, 5);
  const rest = pool.filter((f) => f !== AMBASSADOR_TO_VIET_NAM);
  let i = b.random.int(0, rest.length - 1);
  while (members.length < wanted) {
    const f = rest[i % rest.length]!;
    if (!members.includes(f)) members.push(f);
    i += b.random.int(1, 2);
  }
  return members;
}

// Forms of address are derived (shared/protocol/address.ts) from rank, title and gender: the
// sample stores no honorific except where a person's own courtesy title differs (the Holy See's
// archbishop), as an officer would override it.

export function addPerson(
  b: Builder,
  delegation: Delegation,
  role: 'head' | 'member',
  order: number,
  fn: { title: Title; rank: RankClass; credentials?: boolean },
  who: { culture: CultureName; language: string; gender?: 'male' | 'female'; honorific?: { en: string; vi: string } },
): Person {
  const gender = who.gender ?? (b.random.chance(0.3) ? 'female' : 'male');
  const { name, familyName } = b.names.next(who.culture, gender);
  const senior = ['head-of-state', 'vice-president', 'head-of-government'].includes(fn.rank);
  const inOfficeSince = randomDate(b.random, senior ? '2017-01-01' : '2019-01-01', '2025-09-30');
  const credentialsAt = fn.credentials
    ? `${randomDate(b.random, '2021-06-01', '2025-09-30')}T${pad(b.random.int(9, 11))}:${b.random.pick(['00', '30'])}:00${OFFSET}`
    : null;
  const person: Person = {
    id: b.ids(),
    delegationId: delegation.id,
    role,
    order,
    honorific: who.honorific?.en ?? '',
    honorificVi: who.honorific?.vi ?? '',
    name,
    familyName,
    titleEn: fn.title.en,
    titleVi: fn.title.vi,
    rank: fn.rank,
    gender,
    language: who.language,
    inOfficeSince,
    credentialsAt,
    needsInterpreter: !['en', 'vi'].includes(who.language),
    needsAccessible: false,
    notes: '',
  };
  b.doc.people[person.id] = person;
  return person;
}

function addStates(b: Builder, reference: ReferenceData): Map<string, { delegation: Delegation; head: Person }> {
  const byIso3 = new Map(reference.states.map((st) => [st.iso3, st]));
  const out = new Map<string, { delegation: Delegation; head: Person }>();
  for (const cast of STATE_CAST) {
    const state = byIso3.get(cast.iso3);
    if (!state) throw new Error(`The reference data has no state ${cast.iso3}`);
    const delegation: Delegation = {
      id: b.ids(),
      kind: state.status === 'observer-state' ? 'observer-state' : 'state',
      iso3: state.iso3,
      orgCode: null,
      orgCategory: null,
      nameEn: state.nameEn,
      nameFr: state.nameFr,
      nameVi: state.nameVi,
      flagCode: state.iso2.toLowerCase(),
      pinnedRole: state.iso3 === 'VNM' ? 'host' : 'none',
      precedenceOverride: null,
      agreementDate: null,
      notes: '',
    };
    b.doc.delegations[delegation.id] = delegation;
    const { title, rank } = stateHeadTitle(cast.head, state);
    const holySee = cast.head === 'holy-see';
    const head = addPerson(b, delegation, 'head', 0, { title, rank, credentials: cast.head === 'amb' }, {
      culture: cast.culture,
      language: cast.language,
      ...(holySee ? { gender: 'male' as const, honorific: { en: 'H.E. Archbishop', vi: 'Đức Tổng Giám mục' } } : {}),
    });
    stateMembers(b, cast).forEach((fn, i) => {
      addPerson(b, delegation, 'member', i + 1, { title: fn, rank: fn.rank, credentials: fn.credentials ?? false }, {
        culture: cast.culture,
        language: cast.language,
      });
    });
    out.set(state.iso3, { delegation, head });
  }
  return out;
}

function orgTitle(org: OrganizationRef, level: 'head' | 'deputy' | 'representative'): Title {
  const override = ORG_TITLE_OVERRIDES[org.code]?.[level];
  if (override) return override;
  if (level === 'representative') {
    return { en: `Representative of the ${org.nameEn} in Viet Nam`, vi: `Trưởng Đại diện ${org.nameVi} tại Việt Nam` };
  }
  const role = ORG_ROLES[org.code];
  if (!role) throw new Error(`No head title for organization ${org.code}`);
  return level === 'head'
    ? { en: `${role.en}, ${org.nameEn}`, vi: `${role.vi} ${org.nameVi}` }
    : { en: `${role.deputyEn}, ${org.nameEn}`, vi: `${role.deputyVi} ${org.nameVi}` };
}

/** Flag codes the delegation schema accepts; a flag-icons code it does not (yet) accept is left out. */
const acceptedFlag = (code: string | null) => (code !== null && DelegationSchema.shape.flagCode.safeParse(code).success ? code : null);

function orgLanguage(org: OrganizationRef): string {
  if (['LAS', 'GCC', 'OIC'].includes(org.code)) return 'ar';
  if (['CIS', 'SCO'].includes(org.code)) return 'ru';
  if (['OIF', 'AFRIPOL'].includes(org.code)) return 'fr';
  if (org.code === 'OAS') return 'es';
  return 'en';
}

function addOrganizations(b: Builder, reference: ReferenceData): Map<string, { delegation: Delegation; head: Person }> {
  const attending = reference.organizations.filter((o) => !ORGS_NOT_ATTENDING.includes(o.code));
  if (attending.length !== 60) throw new Error(`The sample expects 60 organizations, the reference gives ${attending.length}`);
  const out = new Map<string, { delegation: Delegation; head: Person }>();
  for (const org of attending) {
    const delegation: Delegation = {
      id: b.ids(),
      kind: 'organization',
      iso3: null,
      orgCode: org.code,
      orgCategory: org.category,
      nameEn: org.nameEn,
      nameFr: org.nameFr,
      nameVi: org.nameVi,
      flagCode: acceptedFlag(org.flagCode),
      pinnedRole: org.code === 'UN' ? 'co-chair' : 'none',
      precedenceOverride: null,
      agreementDate: org.agreementDate,
      notes: '',
    };
    b.doc.delegations[delegation.id] = delegation;
    const cultures = ORG_CULTURES[org.code] ?? GLOBAL_CULTURES;
    const language = orgLanguage(org);
    const level = ORG_LEVEL[org.code] ?? 'head';
    const rank: RankClass = level === 'head' ? 'head-of-organization' : level === 'deputy' ? 'deputy-head-of-organization' : 'other';
    const head = addPerson(b, delegation, 'head', 0, { title: orgTitle(org, level), rank }, { culture: b.random.pick(cultures), language });
    const members = org.code === 'UN'
      ? UN_MEMBERS
      : ORG_MEMBER_FUNCTIONS.slice(0, 4).filter(() => b.random.chance(0.45)).slice(0, 2);
    const list = members.length > 0 ? members : [ORG_MEMBER_FUNCTIONS[0]!];
    list.forEach((title, i) => {
      addPerson(b, delegation, 'member', i + 1, { title, rank: 'other' }, { culture: b.random.pick(cultures), language });
    });
    out.set(org.code, { delegation, head });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Precedence (only what the sample needs: the order of arrival at the official welcome)

/** States ordered by the class of the person leading them, then UN alphabetical from the lot (the engine's one rule). */
function precedenceOrder(entries: { delegation: Delegation; head: Person }[], lot: LotCountry) {
  const fromLot = new Map(unOrderFromLot(entries.map((e) => e.delegation), lot).map((d, i) => [d.id, i]));
  return [...entries].sort(
    (a, b) =>
      RankClass.options.indexOf(a.head.rank) - RankClass.options.indexOf(b.head.rank) ||
      fromLot.get(a.delegation.id)! - fromLot.get(b.delegation.id)!,
  );
}

// ---------------------------------------------------------------------------------------------
// Halls

type ElementSpec = {
  kind: ElementKind;
  x: number;
  y: number;
  width?: number;
  depth?: number;
  rotation?: number;
  number?: number | null;
  labelEn: string;
  labelVi: string;
  props?: LayoutElement['props'];
};

export class HallBuilder {
  readonly hall: Hall;
  private count = 0;
  constructor(
    private readonly b: Builder,
    spec: Pick<Hall, 'nameEn' | 'nameVi' | 'kind' | 'widthM' | 'depthM'>,
    index: number,
  ) {
    this.hall = {
      id: b.ids(),
      ...spec,
      sortKey: sortKey(index),
      gridM: 0.5,
      snap: true,
      backgroundAssetId: null,
      backgroundX: 0,
      backgroundY: 0,
      backgroundScale: 0.01,
      backgroundOpacity: 0.5,
      backgroundLocked: true,
    };
    b.doc.halls[this.hall.id] = this.hall;
  }

  add(spec: ElementSpec): { element: LayoutElement; seats: Seat[] } {
    const props = spec.props ?? {};
    const size = spec.kind === 'row-block' || spec.kind === 'desk-block'
      ? blockSize(spec.kind, props)
      : { width: spec.width ?? 1, depth: spec.depth ?? 1 };
    const element: LayoutElement = {
      id: this.b.ids(),
      hallId: this.hall.id,
      kind: spec.kind,
      x: spec.x,
      y: spec.y,
      rotation: spec.rotation ?? 0,
      width: size.width,
      depth: size.depth,
      number: spec.number ?? null,
      labelEn: spec.labelEn,
      labelVi: spec.labelVi,
      locked: false,
      zIndex: sortKey(this.count++),
      groupId: null,
      props,
    };
    this.b.doc.elements[element.id] = element;
    const seats = generateSeats(element, this.b.ids);
    for (const seat of seats) this.b.doc.seats[seat.id] = seat;
    return { element, seats };
  }
}

export const ROW_DEFAULTS = { seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A' };

/**
 * The plenary of the convention centre: about 3,100 seats. States at UN-style desks (3 at the
 * desk, 3 behind, as in the General Assembly), organizations at desks of 1 + 2, other
 * participants in curved theatre rows facing the stage.
 */
function plenaryHall(b: Builder) {
  const h = new HallBuilder(b, { nameEn: 'Plenary Hall', nameVi: 'Phòng họp toàn thể', kind: 'plenary', widthM: 80, depthM: 70 }, 0);
  h.add({ kind: 'backdrop', x: 40, y: 0.8, width: 24, depth: 0.3, labelEn: 'Stage screen', labelVi: 'Màn hình sân khấu' });
  h.add({ kind: 'stage', x: 40, y: 4.5, width: 36, depth: 8, labelEn: 'Stage', labelVi: 'Sân khấu' });
  // Viet Nam's flag on the right as seen from the hall, the United Nations flag on the left.
  h.add({ kind: 'flag-stand', x: 47, y: 2.2, width: 0.6, depth: 0.6, labelEn: 'Flag of Viet Nam', labelVi: 'Quốc kỳ Việt Nam', props: { flagCode: 'vn' } });
  h.add({ kind: 'flag-stand', x: 33, y: 2.2, width: 0.6, depth: 0.6, labelEn: 'Flag of the United Nations', labelVi: 'Cờ Liên hợp quốc', props: { flagCode: 'un' } });
  const podium = h.add({
    kind: 'rect-table', x: 40, y: 4.7, width: 8.4, depth: 0.9, rotation: 180,
    labelEn: 'Presiding officers’ table', labelVi: 'Bàn Chủ tọa', props: { seatsPerSide: 7, sides: 'one', ends: false },
  });
  h.add({ kind: 'lectern', x: 50, y: 6.5, width: 0.8, depth: 0.6, rotation: 180, labelEn: 'Speakers’ lectern', labelVi: 'Bục phát biểu' });
  h.add({ kind: 'lectern', x: 27, y: 6.5, width: 0.8, depth: 0.6, rotation: 180, labelEn: 'Master of ceremonies', labelVi: 'Bục người dẫn chương trình' });
  const stateDesks = { desks: 8, deskRows: 8, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 };
  [['A', 11.8], ['B', 30.6], ['C', 49.4], ['D', 68.2]].forEach(([letter, x]) => {
    h.add({ kind: 'desk-block', x: x as number, y: 20.8, labelEn: `States, block ${letter}`, labelVi: `Các quốc gia, khối ${letter}`, props: stateDesks });
  });
  const orgDesks = { desks: 10, deskRows: 3, seatsAtDesk: 1, seatsBehind: 2, deskWidthM: 1.2, rowSpacingM: 1.1 };
  [['E', 26], ['F', 54]].forEach(([letter, x]) => {
    h.add({ kind: 'desk-block', x: x as number, y: 35, labelEn: `Organizations, block ${letter}`, labelVi: `Các tổ chức, khối ${letter}`, props: orgDesks });
  });
  h.add({
    kind: 'row-block', x: 40, y: 53, labelEn: 'Other participants', labelVi: 'Đại biểu khác',
    props: { ...ROW_DEFAULTS, rows: 20, seatsPerRow: 70, aisleEvery: 14, aisleWidthM: 1.2, numbering: 'odd-even-from-centre', curve: { focusDistanceM: 40 } },
  });
  h.add({ kind: 'press-zone', x: 73, y: 54, width: 10, depth: 16, labelEn: 'Press', labelVi: 'Khu vực báo chí' });
  h.add({ kind: 'press-zone', x: 7, y: 54, width: 10, depth: 16, labelEn: 'Camera platform', labelVi: 'Bục máy quay' });
  h.add({ kind: 'pillar', x: 2, y: 40, width: 0.8, depth: 0.8, labelEn: 'Pillar', labelVi: 'Cột', props: { round: true } });
  h.add({ kind: 'pillar', x: 78, y: 40, width: 0.8, depth: 0.8, labelEn: 'Pillar', labelVi: 'Cột', props: { round: true } });
  h.add({ kind: 'door', x: 10, y: 69.7, width: 2.4, depth: 0.3, labelEn: 'Door 1', labelVi: 'Cửa 1' });
  h.add({ kind: 'door', x: 70, y: 69.7, width: 2.4, depth: 0.3, labelEn: 'Door 2', labelVi: 'Cửa 2' });
  h.add({ kind: 'door', x: 0.3, y: 6, width: 2, depth: 0.3, rotation: 90, labelEn: 'VIP entrance', labelVi: 'Lối vào VIP' });
  return { hall: h.hall, podium };
}

function signingRoom(b: Builder) {
  const h = new HallBuilder(b, { nameEn: 'Signing Room', nameVi: 'Phòng ký', kind: 'signing', widthM: 30, depthM: 20 }, 1);
  h.add({ kind: 'backdrop', x: 15, y: 0.8, width: 8, depth: 0.3, labelEn: 'Backdrop', labelVi: 'Phông nền' });
  h.add({ kind: 'flag-stand', x: 17, y: 1.8, width: 0.6, depth: 0.6, labelEn: 'Flag of Viet Nam', labelVi: 'Quốc kỳ Việt Nam', props: { flagCode: 'vn' } });
  h.add({ kind: 'flag-stand', x: 13, y: 1.8, width: 0.6, depth: 0.6, labelEn: 'Flag of the United Nations', labelVi: 'Cờ Liên hợp quốc', props: { flagCode: 'un' } });
  h.add({ kind: 'signing-table', x: 15, y: 3.5, width: 2.4, depth: 0.9, rotation: 180, number: 1, labelEn: 'Signing table', labelVi: 'Bàn ký', props: { chairs: 2 } });
  h.add({ kind: 'lectern', x: 21, y: 3.5, width: 0.8, depth: 0.6, rotation: 180, labelEn: 'Master of ceremonies', labelVi: 'Bục người dẫn chương trình' });
  h.add({
    kind: 'row-block', x: 15, y: 11, labelEn: 'Witnesses', labelVi: 'Khách chứng kiến',
    props: { ...ROW_DEFAULTS, rows: 6, seatsPerRow: 20, aisleEvery: 10, numbering: 'left-to-right' },
  });
  h.add({ kind: 'press-zone', x: 15, y: 18, width: 12, depth: 2.5, labelEn: 'Press', labelVi: 'Khu vực báo chí' });
  h.add({ kind: 'door', x: 27, y: 19.7, width: 2, depth: 0.3, labelEn: 'Door', labelVi: 'Cửa ra vào' });
  return h.hall;
}

/** The banquet: a head table (table 1) facing the room and 64 round tables of 10, numbered by honour. */
function banquetHall(b: Builder) {
  const h = new HallBuilder(b, { nameEn: 'Banquet Hall', nameVi: 'Phòng tiệc', kind: 'banquet', widthM: 60, depthM: 60 }, 2);
  h.add({ kind: 'stage', x: 30, y: 2, width: 14, depth: 3, labelEn: 'Stage', labelVi: 'Sân khấu' });
  h.add({ kind: 'lectern', x: 40, y: 2.5, width: 0.8, depth: 0.6, rotation: 180, labelEn: 'Lectern', labelVi: 'Bục phát biểu' });
  const head = h.add({
    kind: 'rect-table', x: 30, y: 7, width: 18, depth: 1, rotation: 180, number: 1,
    labelEn: 'Head table', labelVi: 'Bàn danh dự', props: { seatsPerSide: 15, sides: 'one', ends: false, headTable: true },
  });
  // Tables 2..65 by honour: row by row from the head table; in a row, from the centre outwards,
  // the host's right first (the host faces the room, so the host's right is to the left of the plan).
  const columnsByHonour = [3, 4, 2, 5, 1, 6, 0, 7];
  let number = 2;
  for (let row = 0; row < 8; row++) {
    for (const col of columnsByHonour) {
      h.add({
        kind: 'round-table', x: 30 + (col - 3.5) * 6, y: 13.5 + row * 5.6, width: 1.8, depth: 1.8, number,
        labelEn: `Table ${number}`, labelVi: `Bàn ${number}`, props: { seatCount: 10 },
      });
      number += 1;
    }
  }
  h.add({ kind: 'door', x: 10, y: 59.7, width: 2.4, depth: 0.3, labelEn: 'Door 1', labelVi: 'Cửa 1' });
  h.add({ kind: 'door', x: 50, y: 59.7, width: 2.4, depth: 0.3, labelEn: 'Door 2', labelVi: 'Cửa 2' });
  h.add({ kind: 'door', x: 0.3, y: 7, width: 2, depth: 0.3, rotation: 90, labelEn: 'VIP entrance', labelVi: 'Lối vào VIP' });
  return { hall: h.hall, head };
}

/**
 * The welcome area in front of the convention centre, drawn so that every venue point of the
 * official welcome lies on the element it names: the drop-off bay, the red carpet, the greeting
 * point, the photo position at the backdrop and the holding room.
 */
function welcomeArea(b: Builder) {
  const h = new HallBuilder(b, { nameEn: 'Welcome Area', nameVi: 'Khu vực đón tiếp', kind: 'welcome', widthM: 60, depthM: 40 }, 3);
  h.add({ kind: 'door', x: 30, y: 0.3, width: 4, depth: 0.3, labelEn: 'Main entrance', labelVi: 'Cửa chính' });
  h.add({ kind: 'backdrop', x: 30, y: 6, width: 6, depth: 0.4, labelEn: 'Photo backdrop', labelVi: 'Phông chụp ảnh' });
  h.add({ kind: 'label', x: 30, y: 7.2, width: 3, depth: 1.6, labelEn: 'Photo position', labelVi: 'Vị trí chụp ảnh' });
  h.add({ kind: 'flag-stand', x: 33.5, y: 9, width: 0.6, depth: 0.6, labelEn: 'Flag of Viet Nam', labelVi: 'Quốc kỳ Việt Nam', props: { flagCode: 'vn' } });
  h.add({ kind: 'flag-stand', x: 26.5, y: 9, width: 0.6, depth: 0.6, labelEn: 'Flag of the United Nations', labelVi: 'Cờ Liên hợp quốc', props: { flagCode: 'un' } });
  h.add({ kind: 'label', x: 30, y: 11, width: 2, depth: 1, labelEn: 'Greeting point', labelVi: 'Vị trí đón' });
  h.add({ kind: 'red-carpet', x: 30, y: 22, width: 2.5, depth: 20, labelEn: 'Red carpet', labelVi: 'Thảm đỏ' });
  h.add({ kind: 'label', x: 26, y: 22, width: 1, depth: 18, labelEn: 'Honour guard', labelVi: 'Đội danh dự' });
  h.add({ kind: 'label', x: 34, y: 22, width: 1, depth: 18, labelEn: 'Honour guard', labelVi: 'Đội danh dự' });
  h.add({ kind: 'label', x: 30, y: 36, width: 8, depth: 4, labelEn: 'Drop-off', labelVi: 'Điểm xuống xe' });
  h.add({ kind: 'no-go', x: 30, y: 39, width: 40, depth: 2, labelEn: 'Motorcade lane: keep clear', labelVi: 'Làn xe đoàn: không dừng đỗ' });
  h.add({ kind: 'press-zone', x: 42, y: 20, width: 5, depth: 10, labelEn: 'Press', labelVi: 'Khu vực báo chí' });
  h.add({ kind: 'label', x: 52, y: 9, width: 12, depth: 10, labelEn: 'Holding room', labelVi: 'Phòng chờ' });
  h.add({ kind: 'door', x: 46.15, y: 6.5, width: 1.8, depth: 0.3, rotation: 90, labelEn: 'Holding room door', labelVi: 'Cửa phòng chờ' });
  h.add({ kind: 'pillar', x: 22, y: 4, width: 0.8, depth: 0.8, labelEn: 'Pillar', labelVi: 'Cột', props: { round: true } });
  h.add({ kind: 'pillar', x: 38, y: 4, width: 0.8, depth: 0.8, labelEn: 'Pillar', labelVi: 'Cột', props: { round: true } });
  return h.hall;
}

// ---------------------------------------------------------------------------------------------
// Seating: the host at the table host's seat, guests alternately on the host's right and left

function seatsFromHost(seats: Seat[]): { host: Seat; order: Seat[] } {
  const host = seats.find((s) => s.isTableHost);
  if (!host) throw new Error('no table host seat');
  const t = (host.rotation * Math.PI) / 180;
  // Facing (sin t, -cos t) on the plan; the host's right hand points to (cos t, sin t).
  const side = (s: Seat) => (s.x - host.x) * Math.cos(t) + (s.y - host.y) * Math.sin(t);
  const right = seats.filter((s) => s !== host && side(s) > 0).sort((a, c) => side(a) - side(c));
  const left = seats.filter((s) => s !== host && side(s) < 0).sort((a, c) => side(c) - side(a));
  const order: Seat[] = [];
  for (let i = 0; i < Math.max(right.length, left.length); i++) {
    if (right[i]) order.push(right[i]!);
    if (left[i]) order.push(left[i]!);
  }
  return { host, order };
}

function seat(b: Builder, hall: Hall, s: Seat, person: Person) {
  const id = b.ids();
  b.doc.assignments[id] = { id, hallId: hall.id, seatId: s.id, personId: person.id, locked: true };
}

/** Stores the hall's seating settings and seats it by them (what the officer's Seat button does). */
function seatByStrategy(b: Builder, hall: Hall, settings: SeatingSettingsInput) {
  const row = seatingSettingRow(b.doc, hall.id, settings, b.ids);
  b.doc.settings[row.id] = row;
  const plan = planSeating(b.doc, hall.id);
  if (plan.unseated.length > 0) throw new Error(`The sample's ${hall.nameEn} leaves ${plan.unseated.length} people unseated`);
  for (const a of plan.assignments) {
    if (a.locked) continue;
    const id = b.ids();
    b.doc.assignments[id] = { id, hallId: hall.id, seatId: a.seatId, personId: a.personId, locked: false };
  }
}

// ---------------------------------------------------------------------------------------------
// The official welcome

/** The name of the head of the host delegation (Viet Nam): the President, who greets. */
function hostHeadName(b: Builder): string {
  const host = Object.values(b.doc.delegations).find((d) => d.iso3 === 'VNM');
  const head = host && Object.values(b.doc.people).find((p) => p.delegationId === host.id && p.order === 0);
  if (!head) throw new Error('the sample has no head of the host delegation');
  return head.name;
}

function officialWelcome(b: Builder, hall: Hall, arriving: { delegation: Delegation }[]) {
  const sequence = {
    id: b.ids(),
    nameEn: 'Official welcome of heads of delegation',
    nameVi: 'Lễ đón chính thức các Trưởng đoàn',
    hallId: hall.id,
    day: SAMPLE_DAY,
    startTime: '08:30',
    deadline: '09:00',
    rule: 'reverse-precedence' as const,
    intervalMin: 1.25,
    minGapMin: 1,
    sortKey: sortKey(0),
  };
  b.doc.sequences[sequence.id] = sequence;
  const point = (kind: VenuePoint['kind'], nameEn: string, nameVi: string, x: number, y: number, order: number): VenuePoint => {
    const p: VenuePoint = { id: b.ids(), sequenceId: sequence.id, hallId: hall.id, kind, nameEn, nameVi, x, y, order };
    b.doc.venuePoints[p.id] = p;
    return p;
  };
  const dropOff = point('drop-off', 'Drop-off', 'Điểm xuống xe', 30, 36, 0);
  const carpet = point('red-carpet-start', 'Start of the red carpet', 'Đầu thảm đỏ', 30, 31.5, 1);
  const greeting = point('greeting', 'Greeting point', 'Vị trí đón', 30, 11, 2);
  const photo = point('photo', 'Photo backdrop', 'Phông chụp ảnh', 30, 7.2, 3);
  const holding = point('holding-room', 'Holding room', 'Phòng chờ', 52, 9, 4);

  const greeter = {
    id: b.ids(),
    sequenceId: sequence.id,
    // The host delegation's head, by name (the office is the title, in both languages), so that
    // the cue card's name reads the same in Vietnamese and English.
    name: hostHeadName(b),
    titleEn: 'President of the Socialist Republic of Viet Nam',
    titleVi: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    venuePointId: greeting.id,
  };
  b.doc.greeters[greeter.id] = greeter;

  const stepSpecs: [SequenceStep['kind'], VenuePoint, number][] = [
    ['drive-in', dropOff, 60],
    ['walk', carpet, 45],
    ['greeting', greeting, 30],
    ['photo', photo, 20],
    ['escort', holding, 90],
  ];
  const steps = stepSpecs.map(([kind, p, durationS], order) => {
    const step: SequenceStep = { id: b.ids(), sequenceId: sequence.id, kind, venuePointId: p.id, durationS, order };
    b.doc.steps[step.id] = step;
    return step;
  });

  arriving.forEach(({ delegation }, order) => {
    const slot = {
      id: b.ids(),
      sequenceId: sequence.id,
      delegationId: delegation.id,
      order,
      entrance: 'Cổng chính / Main gate',
      carNumber: `VIP-${pad(order + 1)}`,
      liaisonOfficer: b.names.next('vietnamese', b.random.chance(0.5) ? 'female' : 'male').name,
      escort: 'CSGT dẫn đoàn / Police escort',
      greeterId: greeter.id,
      notes: '',
    };
    b.doc.slots[slot.id] = slot;
    let at = Math.round(order * sequence.intervalMin * 60);
    for (const step of steps) {
      const id = b.ids();
      b.doc.slotTimes[id] = { id, slotId: slot.id, stepId: step.id, plannedAt: localTime(SAMPLE_DAY, sequence.startTime, at), actualAt: null };
      at += step.durationS;
    }
  });
}

// ---------------------------------------------------------------------------------------------

export function buildSampleDocument(reference: ReferenceData, ids: IdFactory): EventDocument {
  const b: Builder = { doc: emptyDocument(), ids, random: seededRandom(SAMPLE_SEED), names: new NameGenerator(seededRandom(SAMPLE_SEED + 1)) };
  const { doc } = b;

  const eventId = ids();
  doc.events[eventId] = {
    id: eventId,
    nameEn: 'Signing Ceremony of the United Nations Convention against Cybercrime',
    nameVi: 'Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng',
    ...SIGNING_VENUE_AND_DATES,
  };
  // The precedence rules as one setting: UN alphabetical order from the lot of the 79th session
  // (Yemen, drawn by the General Assembly, recorded with its names: Yemen does not attend, and
  // the order starts at the next name), organizations after the observers (GA seating).
  const lotState = reference.states.find((st) => st.iso3 === LOT_ISO3);
  if (!lotState) throw new Error(`The reference data has no state ${LOT_ISO3} for the lot`);
  const rules = rulesSetting({
    ...defaultRules(),
    tiebreak: 'un-alphabetical',
    lot: lotDrawnElsewhere(lotState),
    organizations: 'after-observers',
  });
  const rulesId = ids();
  doc.settings[rulesId] = { id: rulesId, ...rules };

  const states = addStates(b, reference);
  const orgs = addOrganizations(b, reference);

  const plenary = plenaryHall(b);
  signingRoom(b);
  const banquet = banquetHall(b);
  const welcome = welcomeArea(b);

  const host = states.get('VNM')!;
  const un = orgs.get('UN')!;
  const lot = lotCountry(Object.values(doc.delegations), readRules(doc).lot)!;
  const guests = precedenceOrder([...states.values()].filter((e) => e !== host), lot);

  // Plenary: the co-chairs at the centre of the presiding officers' table, locked there; then
  // every delegation at its desk by the blocks strategy (states 3 + 3, organizations 1 + 2).
  const podium = seatsFromHost(plenary.podium.seats);
  seat(b, plenary.hall, podium.host, host.head);
  seat(b, plenary.hall, podium.order[0]!, un.head);
  seatByStrategy(b, plenary.hall, { strategy: 'blocks', seatsPerDelegation: 6, seatsPerOrganization: 3 });

  // Banquet, by the banquet strategy: the President hosts the head table (table 1), the
  // Secretary-General on the President's right, then the heads of delegation alternately right
  // and left; the host delegation's ministers host tables 2 to 5.
  seatByStrategy(b, banquet.hall, { strategy: 'banquet', who: 'heads' });

  // The official welcome: heads of state and government, the highest last.
  const arriving = guests.filter((g) => g.head.rank === 'head-of-state' || g.head.rank === 'head-of-government').reverse();
  officialWelcome(b, welcome, arriving);

  return doc;
}
