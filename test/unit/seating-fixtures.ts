/**
 * Small events for the seating tests: delegations from the reference table (real UN names),
 * heads of a given rank, members, and halls drawn from layout elements with their generated
 * seats. Coordinates are hand-chosen so that the expected seats can be worked out on paper.
 */
import { referenceData } from '../../resources/reference/load';
import { seededIds, type IdFactory } from '../../shared/ids';
import { generateSeats } from '../../shared/layout/seats';
import { emptyDocument, type EventDocument } from '../../shared/model/collections';
import type { Delegation, ElementKind, Hall, LayoutElement, Person, RankClass, Seat } from '../../shared/model/entities';
import { rulesSetting, defaultRules } from '../../shared/protocol';
import { seatingSettingRow, type SeatingSettingsInput } from '../../shared/seating';

export type DelegationSpec = {
  iso3?: string;
  org?: string;
  rank?: RankClass;
  members?: number;
  pinned?: 'host' | 'co-chair';
};

export class EventBuilder {
  readonly doc: EventDocument = emptyDocument();
  readonly ids: IdFactory;
  constructor(seed = 1) {
    this.ids = seededIds(seed);
    const id = this.ids();
    this.doc.events[id] = {
      id, nameEn: 'Test', nameVi: 'Thử', venueEn: '', venueVi: '', startsOn: '2025-10-25', endsOn: '2025-10-25',
      timeZone: 'Asia/Ho_Chi_Minh', hostIso3: 'VNM',
    };
    // Lot Afghanistan: inside a class, plain UN alphabetical order.
    const rules = rulesSetting({ ...defaultRules(), lot: { iso3: 'AFG', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' } });
    const rid = this.ids();
    this.doc.settings[rid] = { id: rid, ...rules };
  }

  delegation(spec: DelegationSpec): { delegation: Delegation; head: Person; members: Person[] } {
    const state = spec.iso3 ? referenceData.states.find((s) => s.iso3 === spec.iso3) : undefined;
    const org = spec.org ? referenceData.organizations.find((o) => o.code === spec.org) : undefined;
    const ref = (state ?? org)!;
    const d: Delegation = {
      id: this.ids(),
      kind: org ? 'organization' : state!.status === 'observer-state' ? 'observer-state' : 'state',
      iso3: state?.iso3 ?? null, orgCode: org?.code ?? null, orgCategory: org?.category ?? null,
      nameEn: ref.nameEn, nameFr: ref.nameFr, nameVi: ref.nameVi,
      flagCode: state ? state.iso2.toLowerCase() : null,
      pinnedRole: spec.pinned ?? 'none', precedenceOverride: null, agreementDate: org?.agreementDate ?? null, notes: '',
    };
    this.doc.delegations[d.id] = d;
    const person = (role: 'head' | 'member', order: number, rank: RankClass): Person => {
      const p: Person = {
        id: this.ids(), delegationId: d.id, role, order, honorific: 'H.E.', honorificVi: '', name: `${ref.nameEn} ${role === 'head' ? 'head' : `member ${order}`}`,
        familyName: '', titleEn: 'Title', titleVi: 'Chức danh', rank, gender: 'female', language: 'en', inOfficeSince: null,
        credentialsAt: null, needsInterpreter: false, needsAccessible: false, notes: '',
      };
      this.doc.people[p.id] = p;
      return p;
    };
    const head = person('head', 0, spec.rank ?? (org ? 'head-of-organization' : 'head-of-state'));
    const members = Array.from({ length: spec.members ?? 0 }, (_, i) => person('member', i + 1, 'other'));
    return { delegation: d, head, members };
  }

  hall(kind: Hall['kind'], settings?: SeatingSettingsInput): Hall {
    const hall: Hall = {
      id: this.ids(), nameEn: `${kind} hall`, nameVi: `Phòng ${kind}`, kind, widthM: 40, depthM: 40, sortKey: `a${Object.keys(this.doc.halls).length}`,
      gridM: 0.5, snap: false, backgroundAssetId: null, backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5,
      backgroundLocked: true,
    };
    this.doc.halls[hall.id] = hall;
    if (settings) {
      const row = seatingSettingRow(this.doc, hall.id, settings, this.ids);
      this.doc.settings[row.id] = row;
    }
    return hall;
  }

  /** An element with its generated seats; no stage, so the front of the hall is the top of the plan. */
  element(hall: Hall, kind: ElementKind, at: { x: number; y: number; width?: number; depth?: number; rotation?: number; number?: number }, props: Record<string, unknown>, label: string = kind): Seat[] {
    const e: LayoutElement = {
      id: this.ids(), hallId: hall.id, kind, x: at.x, y: at.y, rotation: at.rotation ?? 0, width: at.width ?? 1, depth: at.depth ?? 1,
      number: at.number ?? null, labelEn: label, labelVi: label, locked: false, zIndex: 'a0', groupId: null, props: props as LayoutElement['props'],
    };
    this.doc.elements[e.id] = e;
    const seats = generateSeats(e, this.ids);
    for (const s of seats) this.doc.seats[s.id] = s;
    return seats;
  }

  seat(hall: Hall, seat: Seat, person: Person, locked = false) {
    const id = this.ids();
    this.doc.assignments[id] = { id, hallId: hall.id, seatId: seat.id, personId: person.id, locked };
  }
}

/** Who sits where: seat → person name, for the seats given (null: empty). */
export function occupants(doc: EventDocument, assignments: { personId: string; seatId: string }[], seats: Seat[]): (string | null)[] {
  const bySeat = new Map(assignments.map((a) => [a.seatId, a.personId]));
  return seats.map((s) => {
    const p = bySeat.get(s.id);
    return p ? doc.people[p]!.name : null;
  });
}

/** Seats sorted by x on the plan (left of the plan first). */
export const byX = (seats: Seat[]) => [...seats].sort((a, b) => a.x - b.x || a.y - b.y);
