/**
 * The rows a checked delegations file writes: new and updated delegations, their heads and
 * members (a new head name is a different person; a member matched by name keeps their record),
 * and the event's host country from a `pinned` host row. Each row written is checked against the
 * model, and a row the model refuses is reported by its line.
 */
import type { Changes, EventDocument } from '../model/collections';
import { Delegation as DelegationSchema, Person as PersonSchema, type Delegation, type Person } from '../model/entities';
import { sameName } from '../reference/names';
import type { ImportReport } from '../ipc/contract';
import type { IdFactory } from '../ids';
import { deriveFamilyName } from './family-name';
import { withDetails } from './person-details';
import { hostCountryChange, pinnedRoleFor } from './pinned';
import { headAndMembers, norm, peopleByDelegation, type Row } from './delegation-row';

/**
 * The flag-icons code: the state's alpha-2 code, or the organization's flag from the reference
 * table. A code the event file does not accept (see Delegation.flagCode) is left out rather than
 * refusing the row: the delegation is then shown without a flag until one is set.
 */
function flagCode(row: Row): string | null {
  const code = row.state ? row.state.iso2.toLowerCase() : (row.org?.flagCode ?? null);
  return code !== null && DelegationSchema.shape.flagCode.safeParse(code).success ? code : null;
}

function newPerson(
  ids: IdFactory,
  delegationId: string,
  iso3: string | null,
  fields: Pick<Person, 'role' | 'order' | 'name' | 'titleEn' | 'rank' | 'inOfficeSince'>,
): Person {
  return {
    id: ids(),
    delegationId,
    honorific: '',
    honorificVi: '',
    familyName: deriveFamilyName(fields.name, iso3),
    titleVi: '',
    gender: 'unspecified',
    language: 'en',
    credentialsAt: null,
    needsInterpreter: false,
    needsAccessible: false,
    notes: '',
    ...fields,
  };
}

/** The head a row describes, as a new person with the row's details. */
function newHead(ids: IdFactory, delegationId: string, iso3: string | null, row: Row): Person {
  const head = newPerson(ids, delegationId, iso3, {
    role: 'head',
    order: 0,
    name: row.headName,
    titleEn: row.headTitle ?? '',
    rank: row.rank,
    inOfficeSince: row.inOfficeSince ?? null,
  });
  return withDetails(head, row.headDetails);
}

/** The person with a new name; the family name follows when it was the derived one. */
function renamed(person: Person, name: string, iso3: string | null): Person {
  const derived = person.familyName === '' || person.familyName === deriveFamilyName(person.name, iso3);
  return { ...person, name, familyName: derived ? deriveFamilyName(name, iso3) : person.familyName };
}

/**
 * A new name in head_name is a different person leading the delegation (the president sends a
 * minister): the record, and so the seat, stays the head's, but nothing personal carries over
 * from the previous head — no honorific, gender, credentials, needs or notes.
 */
function replacedHead(head: Person, name: string, iso3: string | null): Person {
  return {
    ...head,
    name,
    familyName: deriveFamilyName(name, iso3),
    honorific: '',
    honorificVi: '',
    gender: 'unspecified',
    credentialsAt: null,
    needsInterpreter: false,
    needsAccessible: false,
    notes: '',
  };
}

/** A delegation the file adds, with the row's head and members. */
function createdRows(row: Row, ids: IdFactory): { delegation: Delegation; people: Person[] } {
  const delegation: Delegation = {
    id: ids(),
    kind: row.kind,
    iso3: row.iso3,
    orgCode: row.kind === 'organization' ? row.orgCode : null,
    orgCategory: row.kind === 'organization' ? (row.org?.category ?? 'other') : null,
    nameEn: row.nameEn,
    nameFr: row.state?.nameFr ?? row.org?.nameFr ?? '',
    nameVi: row.nameVi ?? row.state?.nameVi ?? row.org?.nameVi ?? row.nameEn,
    flagCode: flagCode(row),
    pinnedRole: pinnedRoleFor(row.pinned, 'none'),
    precedenceOverride: null,
    agreementDate: row.org?.agreementDate ?? null,
    notes: '',
  };
  const head = newHead(ids, delegation.id, row.iso3, row);
  const members = (row.members ?? []).map((m, i) =>
    withDetails(
      newPerson(ids, delegation.id, row.iso3, { role: 'member', order: i + 1, name: m.name, titleEn: m.fn, rank: 'other', inOfficeSince: null }),
      m.details,
    ),
  );
  return { delegation, people: [head, ...members] };
}

/** An existing delegation's head as the row gives it (a new person when there is none); null when unchanged. */
function updatedHead(row: Row, delegation: Delegation, current: Person | null, ids: IdFactory): Person | null {
  const iso3 = delegation.iso3;
  if (!current) return newHead(ids, delegation.id, iso3, row);
  let head = current;
  if (norm(head.name) !== row.headName) head = replacedHead(head, row.headName, iso3);
  // A new post makes the Vietnamese title wrong: clear it rather than print a stale one.
  if (row.headTitle !== undefined && norm(head.titleEn) !== row.headTitle) head = { ...head, titleEn: row.headTitle, titleVi: '' };
  if (head.rank !== row.rank) head = { ...head, rank: row.rank };
  if (row.inOfficeSince !== undefined && head.inOfficeSince !== row.inOfficeSince) {
    head = { ...head, inOfficeSince: row.inOfficeSince };
  }
  head = withDetails(head, row.headDetails);
  return head !== current ? head : null;
}

/** An existing delegation's members, replaced by the file's list only when it differs: the people written, and the ids of those who leave. */
function updatedMembers(row: Row, delegation: Delegation, current: readonly Person[], ids: IdFactory): { changed: Person[]; removed: string[] } {
  const iso3 = delegation.iso3;
  const changed: Person[] = [];
  const wanted = row.members;
  const same =
    wanted === undefined ||
    (wanted.length === current.length &&
      wanted.every((m, i) => {
        const person = current[i]!;
        return norm(person.name) === m.name && norm(person.titleEn) === m.fn && withDetails(person, m.details) === person;
      }));
  if (same) return { changed, removed: [] };
  // Keep the rows of people still listed (their seats, notes...), matched by name.
  const unused = [...current];
  const take = (match: (p: Person) => boolean) => {
    const i = unused.findIndex(match);
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  };
  const kept: (Person | undefined)[] = wanted.map((m) => take((p) => norm(p.name) === m.name));
  wanted.forEach((m, i) => {
    kept[i] ??= take((p) => sameName(p.name, m.name));
  });
  wanted.forEach((m, i) => {
    const order = i + 1;
    const before = kept[i];
    if (!before) {
      changed.push(
        withDetails(newPerson(ids, delegation.id, iso3, { role: 'member', order, name: m.name, titleEn: m.fn, rank: 'other', inOfficeSince: null }), m.details),
      );
      return;
    }
    let person = before;
    if (norm(person.name) !== m.name) person = renamed(person, m.name, iso3);
    if (norm(person.titleEn) !== m.fn) person = { ...person, titleEn: m.fn };
    if (person.order !== order) person = { ...person, order };
    person = withDetails(person, m.details);
    if (person !== before) changed.push(person);
  });
  return { changed, removed: unused.map((p) => p.id) };
}

/**
 * The delegation itself as the row changes it, or null when it does not: its pinned role, and
 * the Vietnamese name, the one name an import sets on an existing delegation (the Ministry's form
 * replacing a name that was only the English one again).
 */
function updatedDelegation(row: Row, delegation: Delegation): Delegation | null {
  const role = pinnedRoleFor(row.pinned, delegation.pinnedRole);
  const nameVi = row.nameVi !== undefined && norm(delegation.nameVi) !== row.nameVi ? row.nameVi : delegation.nameVi;
  return role !== delegation.pinnedRole || nameVi !== delegation.nameVi ? { ...delegation, pinnedRole: role, nameVi } : null;
}

export function planChanges(
  rows: readonly Row[],
  document: EventDocument,
  ids: IdFactory,
): {
  changes: Changes;
  summary: Pick<ImportReport, 'created' | 'updated' | 'unchanged'>;
  invalid: { line: number; problem: string }[];
} {
  const people = peopleByDelegation(document);
  const newDelegations: Delegation[] = [];
  const upsertDelegations: Delegation[] = [];
  // The host row sets the event's host country (pinned.ts); null when it is so already.
  const hostEvents = hostCountryChange(document, rows.find((r) => r.pinned === 'host')?.iso3 ?? null);
  const newHost = hostEvents ? hostEvents[0]!.hostIso3 : undefined;
  const upsertPeople: Person[] = [];
  const deletePeople: string[] = [];
  const created: string[] = [];
  const updated: string[] = [];
  let unchanged = 0;
  const invalid: { line: number; problem: string }[] = [];
  const check = (line: number, schema: typeof DelegationSchema | typeof PersonSchema, row: Delegation | Person) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      invalid.push({ line, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
    }
  };

  for (const row of rows) {
    if (!row.existing) {
      const added = createdRows(row, ids);
      check(row.line, DelegationSchema, added.delegation);
      newDelegations.push(added.delegation);
      for (const person of added.people) {
        check(row.line, PersonSchema, person);
        upsertPeople.push(person);
      }
      created.push(added.delegation.nameEn);
      continue;
    }

    const delegation = row.existing;
    const current = headAndMembers(people.get(delegation.id));
    const head = updatedHead(row, delegation, current.head, ids);
    const { changed, removed } = updatedMembers(row, delegation, current.members, ids);
    if (head) changed.unshift(head);
    const next = updatedDelegation(row, delegation);
    if (next) {
      check(row.line, DelegationSchema, next);
      upsertDelegations.push(next);
    }
    if (changed.length === 0 && removed.length === 0 && !next && row.iso3 !== newHost) {
      unchanged++;
      continue;
    }
    for (const person of changed) check(row.line, PersonSchema, person);
    upsertPeople.push(...changed);
    deletePeople.push(...removed);
    updated.push(delegation.nameEn);
  }

  // Seats held by people who leave a delegation are freed with them.
  const leaving = new Set(deletePeople);
  const deleteAssignments = Object.values(document.assignments)
    .filter((a) => leaving.has(a.personId))
    .map((a) => a.id);

  const changes: Changes = { upserts: {}, deletes: {} };
  if (newDelegations.length + upsertDelegations.length > 0) changes.upserts.delegations = [...newDelegations, ...upsertDelegations];
  if (hostEvents) changes.upserts.events = hostEvents;
  if (upsertPeople.length > 0) changes.upserts.people = upsertPeople;
  if (deletePeople.length > 0) changes.deletes.people = deletePeople;
  if (deleteAssignments.length > 0) changes.deletes.assignments = deleteAssignments;
  return { changes, summary: { created, updated, unchanged }, invalid };
}
