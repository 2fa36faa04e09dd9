import { z } from 'zod';
import {
  ClockTime, Degrees, Id, Iso3, IsoDate, IsoDateTime, Json, Metres, Name, Order, PositiveMetres, ShortText, SortKey, Text,
} from './primitives';

// Every entity of an event. One zod schema per SQLite table: the renderer's document, the
// IPC payloads and the database rows all have this shape (camelCase here, snake_case columns).
// Every field is present; "no value" is null, never undefined, so a row round-trips exactly.

export const EventInfo = z.strictObject({
  id: Id,
  nameEn: Name,
  nameVi: Name,
  venueEn: ShortText,
  venueVi: ShortText,
  startsOn: IsoDate,
  endsOn: IsoDate,
  timeZone: z.string().min(1).max(64), // IANA zone, e.g. Asia/Ho_Chi_Minh
  hostIso3: Iso3.nullable(),
});

/** Event-level settings (precedence rules, the drawn lot...), one JSON value per key. */
export const Setting = z.strictObject({
  id: Id,
  key: z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/),
  value: Json,
});

export const Asset = z.strictObject({
  id: Id,
  mime: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  dataBase64: z.string().max(40_000_000), // IPC payloads stay plain JSON: no Buffers
});

export const HallKind = z.enum(['plenary', 'signing', 'banquet', 'welcome', 'meeting', 'other']);
export const Hall = z.strictObject({
  id: Id,
  nameEn: Name,
  nameVi: Name,
  kind: HallKind,
  widthM: PositiveMetres,
  depthM: PositiveMetres,
  sortKey: SortKey,
  gridM: z.number().finite().gt(0).max(100),
  snap: z.boolean(),
  backgroundAssetId: Id.nullable(),
  backgroundX: Metres,
  backgroundY: Metres,
  backgroundScale: z.number().finite().gt(0).max(1000), // metres per image pixel
  backgroundOpacity: z.number().min(0).max(1),
  backgroundLocked: z.boolean(),
});

export const ElementKind = z.enum([
  'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table',
  'row-block', 'desk-block', 'signing-table', 'stage', 'lectern', 'flag-stand', 'backdrop', 'red-carpet',
  'door', 'pillar', 'no-go', 'press-zone', 'label',
]);
export type ElementKind = z.infer<typeof ElementKind>;
/** A layout element on a hall. x, y is its centre in metres from the hall's top-left corner. */
export const LayoutElement = z.strictObject({
  id: Id,
  hallId: Id,
  kind: ElementKind,
  x: Metres,
  y: Metres,
  rotation: Degrees,
  width: PositiveMetres,
  depth: PositiveMetres,
  number: z.number().int().min(0).max(100_000).nullable(), // table number; 1 = head table
  labelEn: ShortText,
  labelVi: ShortText,
  locked: z.boolean(),
  zIndex: SortKey,
  groupId: Id.nullable(),
  props: z.record(z.string().max(64), Json), // generator parameters, display-only options
});

/** A seat: materialised from its element so that assignments can reference it. */
export const Seat = z.strictObject({
  id: Id,
  hallId: Id,
  elementId: Id,
  label: z.string().min(1).max(16),
  x: Metres,
  y: Metres,
  rotation: Degrees, // the direction the seated person faces
  order: Order, // numbering order within the element
  isTableHost: z.boolean(),
  accessible: z.boolean(),
  blocked: z.boolean(),
});

export const DelegationKind = z.enum(['state', 'observer-state', 'organization']);
export type DelegationKind = z.infer<typeof DelegationKind>;
export const PinnedRole = z.enum(['none', 'host', 'co-chair']);
// 'un-secretariat': the UN itself (its Secretariat, led by the Secretary-General) and the
// Secretariat's departments, offices and regional commissions (UNODC, OHCHR, ESCAP...);
// 'un-system': the rest of the UN system (funds, programmes, research institutes, related
// organizations). docs/protocol.md, Clarifications: the Secretariat and its offices come first.
export const OrgCategory = z.enum(['un-secretariat', 'un-system', 'specialized-agency', 'regional', 'intergovernmental', 'other']);
export type OrgCategory = z.infer<typeof OrgCategory>;
export const Delegation = z.strictObject({
  id: Id,
  kind: DelegationKind,
  iso3: Iso3.nullable(), // states and observer states
  orgCode: z.string().regex(/^[A-Z0-9-]{2,16}$/).nullable(), // organizations: UNODC, INTERPOL...
  orgCategory: OrgCategory.nullable(),
  nameEn: Name, // UN short name; editable per event when the UN changes a name
  nameFr: ShortText,
  nameVi: Name,
  // A flag-icons code: ISO alpha-2 (vn, fr, gb-eng) or an organization's (un, eu, asean, arab...).
  flagCode: z.string().regex(/^[a-z]{2,8}(-[a-z]{2,8})?$/).nullable(),
  pinnedRole: PinnedRole,
  precedenceOverride: z.number().int().min(1).max(10_000).nullable(),
  agreementDate: IsoDate.nullable(), // specialized agencies: date of their agreement with the UN
  notes: Text,
});

export const RankClass = z.enum([
  'head-of-state', 'vice-president', 'crown-prince', 'head-of-government', 'deputy-head-of-government',
  'foreign-minister', 'minister', 'vice-minister', 'ambassador', 'head-of-organization',
  'deputy-head-of-organization', 'other',
]);
export type RankClass = z.infer<typeof RankClass>;
export const Person = z.strictObject({
  id: Id,
  delegationId: Id,
  role: z.enum(['head', 'member']),
  order: Order, // order inside the delegation; the head is 0
  // The officer's form of address in English ("H.E. Archbishop", "Dr.") and Vietnamese: '' means
  // derived from rank, title and gender (shared/protocol/address.ts).
  honorific: ShortText,
  honorificVi: ShortText,
  name: Name, // as printed
  familyName: ShortText, // for the alphabetical index
  titleEn: ShortText,
  titleVi: ShortText,
  rank: RankClass,
  gender: z.enum(['female', 'male', 'unspecified']),
  language: z.string().regex(/^[a-z]{2,3}$/),
  inOfficeSince: IsoDate.nullable(),
  credentialsAt: IsoDateTime.nullable(),
  needsInterpreter: z.boolean(),
  needsAccessible: z.boolean(),
  notes: Text,
});

export const Assignment = z.strictObject({
  id: Id,
  hallId: Id,
  seatId: Id,
  personId: Id,
  locked: z.boolean(),
});

export const ArrivalRule = z.enum(['reverse-precedence', 'precedence', 'alphabetical', 'lot']);
export const ArrivalSequence = z.strictObject({
  id: Id,
  nameEn: Name,
  nameVi: Name,
  hallId: Id.nullable(), // the venue map it is rehearsed on
  day: IsoDate,
  startTime: ClockTime.nullable(),
  deadline: ClockTime.nullable(),
  rule: ArrivalRule,
  intervalMin: z.number().min(0).max(240),
  minGapMin: z.number().min(0).max(240),
  sortKey: SortKey,
});

export const VenuePoint = z.strictObject({
  id: Id,
  sequenceId: Id,
  hallId: Id,
  kind: z.enum(['gate', 'drop-off', 'red-carpet-start', 'greeting', 'photo', 'holding-room', 'other']),
  nameEn: Name,
  nameVi: Name,
  x: Metres,
  y: Metres,
  order: Order,
});

export const Greeter = z.strictObject({
  id: Id,
  sequenceId: Id,
  name: Name,
  titleEn: ShortText,
  titleVi: ShortText,
  venuePointId: Id.nullable(),
});

export const SequenceStep = z.strictObject({
  id: Id,
  sequenceId: Id,
  kind: z.enum(['drive-in', 'walk', 'greeting', 'photo', 'escort']),
  venuePointId: Id.nullable(),
  durationS: z.number().int().min(0).max(86_400),
  order: Order,
});

export const Slot = z.strictObject({
  id: Id,
  sequenceId: Id,
  delegationId: Id,
  order: Order,
  entrance: ShortText,
  carNumber: ShortText,
  liaisonOfficer: ShortText,
  escort: ShortText,
  greeterId: Id.nullable(),
  notes: Text,
});

export const SlotTime = z.strictObject({
  id: Id,
  slotId: Id,
  stepId: Id,
  plannedAt: IsoDateTime,
  actualAt: IsoDateTime.nullable(),
});

export type EventInfo = z.infer<typeof EventInfo>;
export type Setting = z.infer<typeof Setting>;
export type Asset = z.infer<typeof Asset>;
export type Hall = z.infer<typeof Hall>;
export type LayoutElement = z.infer<typeof LayoutElement>;
export type Seat = z.infer<typeof Seat>;
export type Delegation = z.infer<typeof Delegation>;
export type Person = z.infer<typeof Person>;
export type Assignment = z.infer<typeof Assignment>;
export type ArrivalSequence = z.infer<typeof ArrivalSequence>;
export type VenuePoint = z.infer<typeof VenuePoint>;
export type Greeter = z.infer<typeof Greeter>;
export type SequenceStep = z.infer<typeof SequenceStep>;
export type Slot = z.infer<typeof Slot>;
export type SlotTime = z.infer<typeof SlotTime>;
