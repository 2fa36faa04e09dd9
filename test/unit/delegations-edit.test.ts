import { describe, expect, test } from 'vitest';
import { emptyHistory, execute, undo, type Command } from '../../shared/document/history';
import { deleteEntities } from '../../shared/document/commands';
import { seededIds } from '../../shared/ids';
import { COLLECTIONS, emptyDocument, type EventDocument } from '../../shared/model/collections';
import {
  addDelegation, addPerson, delegationFromOrganization, delegationFromState, makeHead, moveMember, newPerson, peopleOf, removePerson,
} from '../../shared/delegations';
import { referenceData } from '../../resources/reference/load';

const ids = seededIds(7);
const state = (iso3: string) => referenceData.states.find((s) => s.iso3 === iso3)!;
const org = (code: string) => referenceData.organizations.find((o) => o.code === code)!;

function run<A>(doc: EventDocument, command: Command<A>, args: A): EventDocument {
  const step = execute(doc, emptyHistory(), command, args);
  if (!step) throw new Error(`${command.id} changed nothing`);
  return step.document;
}

/** Every row still valid for the event file: what main would refuse, the commands must not make. */
function expectValidRows(doc: EventDocument) {
  for (const p of Object.values(doc.people)) expect(COLLECTIONS.people.schema.safeParse(p).success).toBe(true);
  for (const d of Object.values(doc.delegations)) expect(COLLECTIONS.delegations.schema.safeParse(d).success).toBe(true);
}

/** Viet Nam led by a president, with three members: Lan, Minh, Hoa. */
function vietNam() {
  const delegation = delegationFromState(state('VNM'), ids());
  const head = newPerson(ids, delegation, { role: 'head', order: 0, name: 'Lương Cường', rank: 'head-of-state' });
  let doc = run(emptyDocument(), addDelegation, { delegation, head });
  for (const name of ['Trần Thị Lan', 'Lê Văn Minh', 'Phạm Thu Hoa']) {
    doc = run(doc, addPerson, { person: newPerson(ids, delegation, { role: 'member', order: 0, name }), asHead: false });
  }
  return { doc, delegation, head };
}

const names = (doc: EventDocument, delegationId: string) => peopleOf(doc, delegationId).map((p) => `${p.role}:${p.order}:${p.name}`);

describe('new delegations from the reference tables', () => {
  test('a state takes its UN short name, reviewed Vietnamese name and flag', () => {
    const d = delegationFromState(state('TUR'), ids());
    expect([d.kind, d.nameEn, d.nameVi, d.flagCode]).toEqual(['state', 'Türkiye', 'Thổ Nhĩ Kỳ', 'tr']);
    expect(delegationFromState(state('VAT'), ids()).kind).toBe('observer-state');
  });

  test('an organization keeps its category and agreement date', () => {
    const d = delegationFromOrganization(org('UNODC'), ids());
    expect([d.kind, d.orgCode, d.iso3, d.orgCategory]).toEqual(['organization', 'UNODC', null, 'un-secretariat']);
    expectValidRows({ ...emptyDocument(), delegations: { [d.id]: d } });
  });

  test('a state already in the event is refused', () => {
    const { doc } = vietNam();
    expect(() => run(doc, addDelegation, { delegation: delegationFromState(state('VNM'), ids()), head: null })).toThrow(/Viet Nam/);
  });
});

describe('people of a delegation', () => {
  test('members are appended after the head, numbered from 1', () => {
    const { doc, delegation } = vietNam();
    expect(names(doc, delegation.id)).toEqual([
      'head:0:Lương Cường', 'member:1:Trần Thị Lan', 'member:2:Lê Văn Minh', 'member:3:Phạm Thu Hoa',
    ]);
    // Vietnamese names put the family name first.
    expect(peopleOf(doc, delegation.id)[1]!.familyName).toBe('Trần');
    expectValidRows(doc);
  });

  test('removing a member closes the gap; undo brings them back in place', () => {
    const { doc, delegation } = vietNam();
    const minh = peopleOf(doc, delegation.id)[2]!;
    const step = execute(doc, emptyHistory(), removePerson, { personId: minh.id })!;
    expect(names(step.document, delegation.id)).toEqual(['head:0:Lương Cường', 'member:1:Trần Thị Lan', 'member:2:Phạm Thu Hoa']);
    expect(undo(step.document, step.history)!.document).toEqual(doc);
  });

  test('removing a person also removes their seats', () => {
    const { doc, delegation } = vietNam();
    const lan = peopleOf(doc, delegation.id)[1]!;
    const seated: EventDocument = {
      ...doc,
      assignments: { a: { id: ids(), hallId: ids(), seatId: ids(), personId: lan.id, locked: false } },
    };
    expect(Object.keys(run(seated, removePerson, { personId: lan.id }).assignments)).toEqual([]);
  });

  test('moving a member swaps them with the neighbour; nothing moves past the ends', () => {
    const { doc, delegation } = vietNam();
    const hoa = peopleOf(doc, delegation.id)[3]!;
    const moved = run(doc, moveMember, { personId: hoa.id, by: -1 });
    expect(names(moved, delegation.id).slice(1)).toEqual(['member:1:Trần Thị Lan', 'member:2:Phạm Thu Hoa', 'member:3:Lê Văn Minh']);
    expect(execute(moved, emptyHistory(), moveMember, { personId: peopleOf(moved, delegation.id)[1]!.id, by: -1 })).toBeNull();
  });

  test('making a member the head keeps the former head as first member, one head only', () => {
    const { doc, delegation } = vietNam();
    const minh = peopleOf(doc, delegation.id)[2]!;
    const next = run(doc, makeHead, { personId: minh.id });
    expect(names(next, delegation.id)).toEqual([
      'head:0:Lê Văn Minh', 'member:1:Lương Cường', 'member:2:Trần Thị Lan', 'member:3:Phạm Thu Hoa',
    ]);
    expect(peopleOf(next, delegation.id).filter((p) => p.role === 'head')).toHaveLength(1);
    expectValidRows(next);
  });

  test('a delegation without a head gets one; a second head is refused', () => {
    const { doc, delegation, head } = vietNam();
    const headless = run(doc, deleteEntities, { collection: 'people', ids: [head.id] });
    const next = run(headless, addPerson, { person: newPerson(ids, delegation, { role: 'member', order: 5, name: 'Bùi Thanh Sơn' }), asHead: true });
    expect(peopleOf(next, delegation.id)[0]).toMatchObject({ role: 'head', order: 0, name: 'Bùi Thanh Sơn' });
    expect(() =>
      run(next, addPerson, { person: newPerson(ids, delegation, { role: 'member', order: 0, name: 'X' }), asHead: true }),
    ).toThrow(/head already/);
  });
});
