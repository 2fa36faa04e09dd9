import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { execute, emptyHistory, type Command } from '../../shared/document/history';
import { deleteEntities } from '../../shared/document/commands';
import type { Changes, EventDocument } from '../../shared/model/collections';
import { EventFile } from '../../electron/store';
import { writeError } from '../../electron/store/errors';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';
import { documentIn } from '../fixtures/event-file';
import { expectAppError, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const NEW = '11111111-1111-4111-8111-111111111111';
const NEW2 = '22222222-2222-4222-8222-222222222222';

function openFixture(): EventFile {
  return EventFile.create(nodePath.join(tempDir(), 'rules.preseance'), fixtureDocument());
}

/** The change must be refused with `code`, and the file must still hold the fixture, even after reopening. */
function expectRefused(changes: Changes, code: 'constraint' | 'invalid-input', text?: string) {
  const file = openFixture();
  const error = expectAppError(() => file.apply(changes), code);
  if (text) expect(error.message).toContain(text);
  expect(error.params.path).toBe(file.path);
  expect(file.loadDocument()).toEqual(fixtureDocument());
  file.close();
  expect(documentIn(file.path)).toEqual(fixtureDocument());
  return error;
}

/** The change must be accepted, and the reopened file must hold `expected`. */
function expectAccepted(changes: Changes, expected: EventDocument) {
  const file = openFixture();
  file.apply(changes);
  file.close();
  expect(documentIn(file.path)).toEqual(expected);
}

const fixture = fixtureDocument();
const assignment = (fields: Partial<EventDocument['assignments'][string]>) => ({
  id: NEW, hallId: I.plenary, seatId: I.seatHead3, personId: I.fraMember, locked: false, ...fields,
});

describe('rules of protocol, enforced by the file', () => {
  test('a seat holds one person: a second person in an occupied seat is refused', () => {
    expectRefused({ upserts: { assignments: [assignment({ seatId: I.seatHead1 })] }, deletes: {} }, 'constraint', 'a seat holds one person');
  });

  test('a person sits at most once in a hall', () => {
    expectRefused({ upserts: { assignments: [assignment({ personId: I.vnmHead })] }, deletes: {} }, 'constraint', 'a person sits at most once in a hall');
  });

  test("an assignment whose hall is not its seat's hall is refused", () => {
    const error = expectRefused(
      { upserts: { assignments: [assignment({ hallId: I.banquet, seatId: I.seatHead3 })] }, deletes: {} },
      'constraint',
      "not in the assignment's hall",
    );
    expect(error.message).toContain(NEW);
  });

  test("a seat whose hall is not its table's hall is refused", () => {
    const seat = { ...fixture.seats[I.seatHead3]!, id: NEW, label: '9', hallId: I.banquet };
    expectRefused({ upserts: { seats: [seat] }, deletes: {} }, 'constraint', "not in the seat's hall");
  });

  test('a delegation has one head', () => {
    const member = { ...fixture.people[I.vnmMember]!, role: 'head' as const };
    expectRefused({ upserts: { people: [member] }, deletes: {} }, 'constraint', 'a delegation has one head');
  });

  test('a reference to a row that does not exist is refused', () => {
    const orphan = { ...fixture.people[I.vnmMember]!, id: NEW, delegationId: NEW2 };
    const error = expectRefused({ upserts: { people: [orphan] }, deletes: {} }, 'constraint', 'delegation_id refers to a missing delegations row');
    expect(error.message).toContain(NEW);
  });

  test.each([
    ['two delegations with one ISO code', { delegations: [{ ...fixture.delegations[I.fra]!, iso3: 'VNM' }] }, 'same ISO code'],
    ['two organizations with one code', { delegations: [{ ...fixture.delegations[I.itu]!, orgCode: 'UNODC' }] }, 'same code'],
    ['one setting twice', { settings: [{ ...fixture.settings[I.settingLot]!, key: 'precedence.rule' }] }, 'a setting is stored twice'],
    ['two seats of a table with one label', { seats: [{ ...fixture.seats[I.seatHead2]!, label: '1' }] }, 'same label'],
    ['a delegation twice in a sequence', { slots: [{ ...fixture.slots[I.slotUnodc]!, delegationId: I.fra }] }, 'arrives once'],
    ['two times for one step of a slot', { slotTimes: [{ ...fixture.slotTimes[I.timeFraGreet]!, stepId: I.stepDrive }] }, 'one time per step'],
  ] as const)('%s is refused', (_name, upserts, text) => {
    expectRefused({ upserts: upserts as unknown as Changes['upserts'], deletes: {} }, 'constraint', text);
  });

  test('a change is all or nothing: valid rows before a refused one are not written', () => {
    const renamed = { ...fixture.delegations[I.fra]!, nameEn: 'French Republic' };
    const renamedHall = { ...fixture.halls[I.banquet]!, nameEn: 'Gala' };
    expectRefused(
      { upserts: { halls: [renamedHall], delegations: [renamed], assignments: [assignment({ seatId: I.seatHead1 })] }, deletes: {} },
      'constraint',
    );
  });
});

describe('the order of rows within a change does not matter', () => {
  test('two people swap seats in one change, whichever row comes first', () => {
    for (const order of [0, 1]) {
      const a = { ...fixture.assignments[I.assignVnmHead]!, seatId: I.seatHead2 };
      const b = { ...fixture.assignments[I.assignFraHead]!, seatId: I.seatHead1 };
      const expected = fixtureDocument();
      expected.assignments[a.id] = a;
      expected.assignments[b.id] = b;
      expectAccepted({ upserts: { assignments: order ? [b, a] : [a, b] }, deletes: {} }, expected);
    }
  });

  test('the head of a delegation hands over to a member in one change', () => {
    const head = { ...fixture.people[I.vnmHead]!, role: 'member' as const, order: 1 };
    const member = { ...fixture.people[I.vnmMember]!, role: 'head' as const, order: 0 };
    const expected = fixtureDocument();
    expected.people[head.id] = head;
    expected.people[member.id] = member;
    expectAccepted({ upserts: { people: [member, head] }, deletes: {} }, expected);
  });

  test('two seats swap labels, two delegations swap codes', () => {
    const s1 = { ...fixture.seats[I.seatHead1]!, label: '2' };
    const s2 = { ...fixture.seats[I.seatHead2]!, label: '1' };
    const d1 = { ...fixture.delegations[I.unodc]!, orgCode: 'ITU' };
    const d2 = { ...fixture.delegations[I.itu]!, orgCode: 'UNODC' };
    const expected = fixtureDocument();
    Object.assign(expected.seats, { [s1.id]: s1, [s2.id]: s2 });
    Object.assign(expected.delegations, { [d1.id]: d1, [d2.id]: d2 });
    expectAccepted({ upserts: { seats: [s1, s2], delegations: [d1, d2] }, deletes: {} }, expected);
  });

  test('a seat is freed and given to someone else in one change', () => {
    const next = assignment({ seatId: I.seatHead1, personId: I.fraMember });
    const expected = fixtureDocument();
    delete expected.assignments[I.assignVnmHead];
    expected.assignments[next.id] = next;
    expectAccepted({ upserts: { assignments: [next] }, deletes: { assignments: [I.assignVnmHead] } }, expected);
  });

  test('new rows may come before the rows they refer to', () => {
    const hall = { ...fixture.halls[I.banquet]!, id: NEW, sortKey: 'b0' };
    const element = { ...fixture.elements[I.banquetTable]!, id: NEW2, hallId: NEW };
    const seat = { ...fixture.seats[I.seatBanquet1]!, id: '33333333-3333-4333-8333-333333333333', hallId: NEW, elementId: NEW2 };
    const seated = assignment({ id: '44444444-4444-4444-8444-444444444444', hallId: NEW, seatId: seat.id, personId: I.vatHead });
    const expected = fixtureDocument();
    expected.halls[hall.id] = hall;
    expected.elements[element.id] = element;
    expected.seats[seat.id] = seat;
    expected.assignments[seated.id] = seated;
    // Listed children first on purpose.
    const changes = { upserts: { assignments: [seated], seats: [seat], elements: [element], halls: [hall] }, deletes: {} };
    expectAccepted(changes as Changes, expected);
  });

  test('a seat moved off a table deleted in the same edit keeps its person', () => {
    const moveAndDelete: Command<null> = {
      id: 'test/move-then-delete',
      run(draft) {
        Object.assign(draft.seats[I.seatRound1]!, { elementId: I.headTable, label: '9' });
        deleteEntities.run(draft, { collection: 'elements', ids: [I.roundTable] });
      },
    };
    const step = execute(fixtureDocument(), emptyHistory(), moveAndDelete, null)!;
    expect(step.document.assignments[I.assignUnodcHead]).toBeDefined();
    expectAccepted(step.changes, step.document);
  });
});

describe('input that cannot be stored exactly is refused, not altered', () => {
  test('text with an unpaired surrogate', () => {
    const broken = { ...fixture.delegations[I.fra]!, nameEn: 'France \uD800' };
    expectRefused({ upserts: { delegations: [broken] }, deletes: {} }, 'invalid-input', 'unpaired surrogate');
  });

  test('a row its schema refuses', () => {
    const hall = { ...fixture.halls[I.plenary]!, backgroundOpacity: 2 };
    expectRefused({ upserts: { halls: [hall] }, deletes: {} }, 'invalid-input', 'backgroundOpacity');
  });

  test('a row both written and deleted, and an unknown collection', () => {
    const hall = fixture.halls[I.banquet]!;
    expectRefused({ upserts: { halls: [hall] }, deletes: { halls: [hall.id] } }, 'invalid-input', 'both written and deleted');
    expectRefused({ upserts: { rooms: [hall] } as unknown as Changes['upserts'], deletes: {} }, 'invalid-input', 'unknown collection');
  });
});

describe('write failures a user can meet', () => {
  test.each([
    ['SQLITE_FULL', 'disk-full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_CONSTRAINT_CHECK', 'constraint'],
    ['SQLITE_BUSY', 'locked'],
    ['SQLITE_IOERR_WRITE', 'write-failed'],
  ] as const)('SQLite %s is reported as %s, naming the file', (code, expected) => {
    const error = writeError(new Database.SqliteError('message from SQLite', code), '/events/hanoi.preseance');
    expect(error.code).toBe(expected);
    expect(error.params.path).toBe('/events/hanoi.preseance');
  });
});
