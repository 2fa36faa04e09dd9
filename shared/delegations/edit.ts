import { headFirst } from '../compare';
import type { Command } from '../document/history';
import { deleteEntities } from '../document/commands';
import type { IdFactory } from '../ids';
import type { EventDocument } from '../model/collections';
import type { Delegation, Person } from '../model/entities';
import { Delegation as DelegationSchema } from '../model/entities';
import { deriveFamilyName } from '../import/family-name';
import type { OrganizationRef, StateRef } from '../reference/types';

/**
 * Editing delegations and their people from the app: new rows built from the reviewed
 * reference tables (so names are the UN short names and the reviewed Vietnamese ones), and the
 * commands that keep a delegation's people consistent — one head at most (a database
 * constraint), members numbered 1, 2, 3... after the head's 0, so lists, cards and seating
 * read them in one order.
 */

/** A new state or observer-state delegation from the reference table. */
export function delegationFromState(ref: StateRef, id: string): Delegation {
  const flag = ref.iso2.toLowerCase();
  return {
    id,
    kind: ref.status === 'observer-state' ? 'observer-state' : 'state',
    iso3: ref.iso3,
    orgCode: null,
    orgCategory: null,
    nameEn: ref.nameEn,
    nameFr: ref.nameFr,
    nameVi: ref.nameVi,
    flagCode: DelegationSchema.shape.flagCode.safeParse(flag).success ? flag : null,
    pinnedRole: 'none',
    precedenceOverride: null,
    agreementDate: null,
    notes: '',
  };
}

/** A new organization delegation from the reference table. */
export function delegationFromOrganization(ref: OrganizationRef, id: string): Delegation {
  return {
    id,
    kind: 'organization',
    iso3: null,
    orgCode: ref.code,
    orgCategory: ref.category,
    nameEn: ref.nameEn,
    nameFr: ref.nameFr,
    nameVi: ref.nameVi,
    flagCode: ref.flagCode,
    pinnedRole: 'none',
    precedenceOverride: null,
    agreementDate: ref.agreementDate,
    notes: '',
  };
}

/** A person with every optional field empty; the family name guessed from the name. */
export function newPerson(
  ids: IdFactory,
  delegation: Pick<Delegation, 'id' | 'iso3'>,
  fields: Pick<Person, 'role' | 'order' | 'name'> & Partial<Person>,
): Person {
  return {
    id: ids(),
    delegationId: delegation.id,
    honorific: '',
    honorificVi: '',
    familyName: deriveFamilyName(fields.name, delegation.iso3),
    titleEn: '',
    titleVi: '',
    rank: 'other',
    gender: 'unspecified',
    language: 'en',
    inOfficeSince: null,
    credentialsAt: null,
    needsInterpreter: false,
    needsAccessible: false,
    notes: '',
    ...fields,
  };
}

/** The people of one delegation: the head first, then members by order. */
export function peopleOf(document: Pick<EventDocument, 'people'>, delegationId: string): Person[] {
  return Object.values(document.people)
    .filter((p) => p.delegationId === delegationId)
    .sort(headFirst);
}

type Draft = EventDocument;

/** Renumbers a delegation's people in place: the head 0, members 1, 2, 3... in their order. */
function renumber(draft: Draft, delegationId: string, members: readonly Person[]): void {
  const head = peopleOf(draft, delegationId).find((p) => p.role === 'head');
  if (head && head.order !== 0) draft.people[head.id]!.order = 0;
  members.forEach((m, i) => {
    const row = draft.people[m.id]!;
    if (row.order !== i + 1) row.order = i + 1;
  });
}

const membersOf = (draft: Draft, delegationId: string) => peopleOf(draft, delegationId).filter((p) => p.role === 'member');

/** Adds a delegation, with its head when one is given. */
export const addDelegation: Command<{ delegation: Delegation; head: Person | null }> = {
  id: 'delegation/add',
  run(draft, { delegation, head }) {
    if (draft.delegations[delegation.id]) throw new Error(`delegation ${delegation.id} exists already`);
    const twin = Object.values(draft.delegations).find(
      (d) => (d.iso3 !== null && d.iso3 === delegation.iso3) || (d.orgCode !== null && d.orgCode === delegation.orgCode),
    );
    if (twin) throw new Error(`${twin.nameEn} is already in the event`);
    draft.delegations[delegation.id] = delegation;
    if (head) draft.people[head.id] = { ...head, delegationId: delegation.id, role: 'head', order: 0 };
  },
};

/**
 * Adds a person to a delegation: as its head when it has none and `asHead` is set, else as the
 * last member.
 */
export const addPerson: Command<{ person: Person; asHead: boolean }> = {
  id: 'person/add',
  run(draft, { person, asHead }) {
    if (!draft.delegations[person.delegationId]) throw new Error(`delegation ${person.delegationId} does not exist`);
    const people = peopleOf(draft, person.delegationId);
    if (asHead) {
      if (people.some((p) => p.role === 'head')) throw new Error('the delegation has a head already');
      draft.people[person.id] = { ...person, role: 'head', order: 0 };
      return;
    }
    const last = people.filter((p) => p.role === 'member').at(-1)?.order ?? 0;
    draft.people[person.id] = { ...person, role: 'member', order: last + 1 };
  },
};

/** Removes a person (and their seats, by cascade); the members behind close up. */
export const removePerson: Command<{ personId: string }> = {
  id: 'person/remove',
  run(draft, { personId }) {
    const person = draft.people[personId];
    if (!person) return;
    deleteEntities.run(draft, { collection: 'people', ids: [personId] });
    renumber(draft, person.delegationId, membersOf(draft, person.delegationId));
  },
};

/** Moves a member one place up (-1) or down (+1) in the delegation's order. */
export const moveMember: Command<{ personId: string; by: -1 | 1 }> = {
  id: 'person/move',
  run(draft, { personId, by }) {
    const person = draft.people[personId];
    if (!person || person.role !== 'member') return;
    const members = membersOf(draft, person.delegationId);
    const i = members.findIndex((m) => m.id === personId);
    const j = i + by;
    if (j < 0 || j >= members.length) return;
    [members[i], members[j]] = [members[j]!, members[i]!];
    renumber(draft, person.delegationId, members);
  },
};

/**
 * Makes a member the head of delegation (a minister leads instead of the president who does not
 * come). The former head becomes the first member: nothing about them is lost, and re-seating
 * then gives the new head the front seat.
 */
export const makeHead: Command<{ personId: string }> = {
  id: 'person/makeHead',
  run(draft, { personId }) {
    const person = draft.people[personId];
    if (!person || person.role === 'head') return;
    const formerHead = peopleOf(draft, person.delegationId).find((p) => p.role === 'head');
    const members = membersOf(draft, person.delegationId).filter((m) => m.id !== personId);
    if (formerHead) {
      draft.people[formerHead.id]!.role = 'member';
      members.unshift(formerHead);
    }
    const row = draft.people[personId]!;
    row.role = 'head';
    row.order = 0;
    renumber(draft, person.delegationId, members);
  },
};
