/**
 * A delegations file's columns and one valid row of it, as the planner (delegations.ts), the
 * changes it makes (delegation-changes.ts) and the export (delegations-export.ts) all read them.
 */
import { byOrder } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Delegation, DelegationKind, Person, RankClass } from '../model/entities';
import type { OrganizationRef, StateRef } from '../reference/types';
import type { MemberEntry } from './members';
import type { PersonDetails } from './person-details';
import type { PinnedCell } from './pinned';

/** The columns of a delegations file, in the order the export writes them. */
export const DELEGATION_COLUMNS = [
  'kind',
  'name_en',
  'iso3',
  'org_code',
  'head_name',
  'head_title',
  'rank',
  'in_office_since',
  'members',
  'pinned',
  // Added later, so older files and exports keep their columns in place (person-details.ts).
  'name_vi',
  'head_title_vi',
  'head_gender',
  'head_honorific',
  'head_honorific_vi',
] as const;
export type DelegationColumn = (typeof DELEGATION_COLUMNS)[number];

/** One valid row of the file, resolved against the reference table. */
export type Row = {
  line: number;
  row: number; // the row a spreadsheet shows (csv.ts CsvRecord)
  kind: DelegationKind;
  iso3: string | null;
  orgCode: string | null; // as given, or found in the reference table by name
  nameEn: string; // the name to create the delegation with
  nameVi: string | undefined; // undefined: no such column, or empty (the reference name; left alone)
  state: StateRef | null;
  org: OrganizationRef | null;
  existing: Delegation | null;
  headName: string;
  headTitle: string | undefined; // undefined: the file has no such column; leave the value alone
  headDetails: PersonDetails; // the head_title_vi, head_gender and head_honorific columns given
  rank: RankClass;
  inOfficeSince: string | null | undefined;
  members: Member[] | undefined;
  pinned: PinnedCell | undefined; // undefined: no such column (pinned.ts)
};

export type Member = MemberEntry & { details: PersonDetails };

/** Compares a stored text with a value read from a file: both as the import reads them. */
export function norm(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export function peopleByDelegation(document: EventDocument): Map<string, Person[]> {
  const map = new Map<string, Person[]>();
  for (const person of Object.values(document.people)) {
    const list = map.get(person.delegationId) ?? [];
    list.push(person);
    map.set(person.delegationId, list);
  }
  for (const list of map.values()) list.sort(byOrder);
  return map;
}

export function headAndMembers(people: readonly Person[] | undefined): { head: Person | null; members: Person[] } {
  const list = people ?? [];
  return { head: list.find((p) => p.role === 'head') ?? null, members: list.filter((p) => p.role === 'member') };
}
