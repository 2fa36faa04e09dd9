import fs from 'node:fs';
import nodePath from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { createEntity, deleteEntities, updateEntity } from '../../shared/document/commands';
import { emptyHistory, execute, redo, undo, type Command, type History, type Step } from '../../shared/document/history';
import { AppError } from '../../shared/errors';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type EventDocument } from '../../shared/model/collections';
import { EventFile } from '../../electron/store';
import { fixtureDocument } from '../fixtures/document';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

// ---- values the model accepts ---------------------------------------------------------------

const name = fc.oneof(
  fc.constantFrom('Việt Nam', 'Pháp', 'Tòa Thánh', "Côte d'Ivoire", 'Türkiye', 'Đại sứ', '北京', 'Ngài Lương Cường'),
  fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
);
const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 60, unit: 'binary' }), fc.constantFrom('Ghi chú: đến sớm', 'line\nbreak', 'nul\u0000'));
// SQLite stores -0.0 as 0, so a -0 would come back as 0: equal in every way a user can see,
// but not to Object.is. Generate no -0 (a REAL column cannot keep the difference).
const real = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const date = fc.constantFrom('2025-10-25', '2025-10-26', '1947-11-15', '2024-02-29');
const dateTime = fc.constantFrom('2025-10-25T08:00', '2025-10-25T08:01:30', '2025-10-24T09:30:00+07:00', '2025-10-25T01:00:00Z');
const iso3 = fc.constantFrom('VNM', 'FRA', 'VAT', 'USA', 'JPN'); // few, so that duplicates happen
const orgCode = fc.constantFrom('UNODC', 'ITU', 'INTERPOL', 'CR-1');
const enumOf = (collection: CollectionName, key: string) => {
  const field = (COLLECTIONS[collection].schema.shape as Record<string, z.ZodType>)[key]!;
  const inner = field instanceof z.ZodNullable ? field.unwrap() : field;
  return fc.constantFrom(...((inner as z.ZodEnum).options as string[]));
};

const FIELDS: Record<'events' | 'halls' | 'delegations' | 'people', Record<string, fc.Arbitrary<unknown>>> = {
  events: {
    nameEn: name, nameVi: name, venueEn: text.filter((s) => s.length <= 200), startsOn: date, endsOn: date,
    timeZone: fc.constantFrom('Asia/Ho_Chi_Minh', 'Europe/Paris', 'UTC'), hostIso3: fc.option(iso3),
  },
  halls: {
    nameEn: name, nameVi: name, kind: enumOf('halls', 'kind'), widthM: real(0.5, 10_000), depthM: real(0.5, 500),
    sortKey: fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }), gridM: real(0.01, 100), snap: fc.boolean(),
    backgroundX: real(-10_000, 10_000), backgroundY: real(-50, 50), backgroundScale: real(0.001, 1000),
    backgroundOpacity: real(0, 1), backgroundLocked: fc.boolean(),
  },
  delegations: {
    kind: enumOf('delegations', 'kind'), iso3: fc.option(iso3), orgCode: fc.option(orgCode), orgCategory: fc.option(enumOf('delegations', 'orgCategory')),
    nameEn: name, nameFr: text.filter((s) => s.length <= 200), nameVi: name, flagCode: fc.option(fc.constantFrom('vn', 'fr', 'un', 'eu', 'gb-sct')),
    pinnedRole: enumOf('delegations', 'pinnedRole'), precedenceOverride: fc.option(fc.integer({ min: 1, max: 10_000 })),
    agreementDate: fc.option(date), notes: text,
  },
  people: {
    role: fc.constantFrom('head', 'member'), order: fc.integer({ min: 0, max: 1_000_000 }), honorific: fc.constantFrom('', 'H.E.', 'Dr.'), honorificVi: fc.constantFrom('', 'Ngài', 'Bà'),
    name, familyName: fc.constantFrom('', 'Nguyễn', 'Dupont'), titleEn: text.filter((s) => s.length <= 200), rank: enumOf('people', 'rank'),
    gender: enumOf('people', 'gender'), language: fc.constantFrom('vi', 'en', 'fr', 'ar', 'zho'), inOfficeSince: fc.option(date),
    credentialsAt: fc.option(dateTime), needsInterpreter: fc.boolean(), needsAccessible: fc.boolean(), notes: text,
  },
};

// ---- actions, resolved against the document as it is when they run ---------------------------

type Resolved = { command: Command<never>; args: unknown };
type Action = (document: EventDocument) => Resolved | null;

const pick = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
const rowsOf = <C extends CollectionName>(document: EventDocument, c: C) =>
  Object.keys(document[c]).sort().map((id) => document[c][id]!) as EventDocument[C][string][];
const run = <A>(command: Command<A>, args: A): Resolved => ({ command: command as Command<never>, args });

const updateAction: fc.Arbitrary<Action> = fc
  .constantFrom(...(Object.keys(FIELDS) as (keyof typeof FIELDS)[]))
  .chain((collection) =>
    fc.record({
      collection: fc.constant(collection),
      at: fc.nat(),
      fields: fc.record(FIELDS[collection], { requiredKeys: [] }),
    }),
  )
  .map(({ collection, at, fields }) => (document) => {
    const row = pick(rowsOf(document, collection), at);
    if (!row) return null;
    const shape = COLLECTIONS[collection].schema.shape as Record<string, z.ZodType>;
    for (const [key, value] of Object.entries(fields)) if (!shape[key]!.safeParse(value).success) delete (fields as Record<string, unknown>)[key];
    return run(updateEntity, { collection, id: row.id, fields });
  });

const createAction: fc.Arbitrary<Action> = fc
  .record({
    kind: fc.constantFrom('delegation', 'person', 'seat', 'assignment', 'setting', 'hall', 'element', 'slot', 'venuePoint', 'greeter', 'asset'),
    id: fc.uuid({ version: 4 }),
    at: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    delegation: fc.record(FIELDS.delegations),
    person: fc.record(FIELDS.people),
    hall: fc.record(FIELDS.halls),
    label: fc.constantFrom('1', '2', 'A', 'B'),
    key: fc.constantFrom('precedence.rule', 'lot.drawn', 'print.paper'),
    value: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    x: real(-100, 100),
  })
  .map((g) => (document) => {
    const [a = 0, b = 0, c = 0] = g.at;
    const create = (collection: CollectionName, row: Record<string, unknown>): Resolved | null => {
      const parsed = COLLECTIONS[collection].schema.safeParse(row);
      return parsed.success ? run(createEntity, { collection, row: row as never }) : null;
    };
    const element = pick(rowsOf(document, 'elements'), a);
    const seat = pick(rowsOf(document, 'seats'), a);
    const person = pick(rowsOf(document, 'people'), b);
    const delegation = pick(rowsOf(document, 'delegations'), b);
    const hall = pick(rowsOf(document, 'halls'), c);
    const sequence = pick(rowsOf(document, 'sequences'), c);
    const greeter = pick(rowsOf(document, 'greeters'), a);
    switch (g.kind) {
      case 'delegation':
        return create('delegations', { ...g.delegation, id: g.id });
      case 'person':
        return delegation ? create('people', { ...g.person, id: g.id, delegationId: delegation.id, titleVi: '' }) : null;
      case 'seat':
        return element
          ? create('seats', { id: g.id, hallId: element.hallId, elementId: element.id, label: g.label, x: g.x, y: 1, rotation: 0, order: 0, isTableHost: false, accessible: true, blocked: false })
          : null;
      case 'assignment':
        return seat && person ? create('assignments', { id: g.id, hallId: seat.hallId, seatId: seat.id, personId: person.id, locked: a % 2 === 0 }) : null;
      case 'setting':
        return create('settings', { id: g.id, key: g.key, value: g.value });
      case 'hall':
        return create('halls', { ...g.hall, id: g.id, backgroundAssetId: pick(rowsOf(document, 'assets'), a)?.id ?? null });
      case 'element':
        return hall
          ? create('elements', {
              id: g.id, hallId: hall.id, kind: 'round-table', x: g.x, y: 0, rotation: 0, width: 2, depth: 2, number: null, labelEn: '', labelVi: '',
              locked: false, zIndex: 'a5', groupId: element && element.hallId === hall.id ? element.id : null, props: { seats: 8 },
            })
          : null;
      case 'slot':
        return sequence && delegation
          ? create('slots', {
              id: g.id, sequenceId: sequence.id, delegationId: delegation.id, order: a % 100, entrance: '', carNumber: '', liaisonOfficer: '',
              escort: '', greeterId: greeter?.id ?? null, notes: '',
            })
          : null;
      case 'venuePoint':
        return sequence && hall
          ? create('venuePoints', { id: g.id, sequenceId: sequence.id, hallId: hall.id, kind: 'photo', nameEn: 'Photo', nameVi: 'Chụp ảnh', x: g.x, y: 0, order: c % 10 })
          : null;
      case 'greeter':
        return sequence ? create('greeters', { id: g.id, sequenceId: sequence.id, name: 'Lê Văn B', titleEn: '', titleVi: '', venuePointId: pick(rowsOf(document, 'venuePoints'), b)?.id ?? null }) : null;
      case 'asset':
        return create('assets', { id: g.id, mime: 'image/svg+xml', sha256: 'a'.repeat(64), dataBase64: 'PHN2Zy8+' });
    }
  });

const deleteAction: fc.Arbitrary<Action> = fc
  .record({ collection: fc.constantFrom(...COLLECTION_NAMES), at: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) })
  .map(({ collection, at }) => (document) => {
    const ids = [...new Set(at.map((n) => pick(Object.keys(document[collection]).sort(), n)).filter((id): id is string => !!id))];
    return ids.length ? run(deleteEntities, { collection, ids }) : null;
  });

const commandAction = fc.oneof({ arbitrary: updateAction, weight: 4 }, { arbitrary: createAction, weight: 3 }, { arbitrary: deleteAction, weight: 2 });
type Move = { kind: 'command'; action: Action } | { kind: 'undo' } | { kind: 'redo' };
const move: fc.Arbitrary<Move> = fc.oneof(
  { arbitrary: commandAction.map((action) => ({ kind: 'command' as const, action })), weight: 6 },
  { arbitrary: fc.constant({ kind: 'undo' as const }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'redo' as const }), weight: 1 },
);

function perform(document: EventDocument, history: History, resolved: Resolved): Step | null {
  return execute(document, history, resolved.command, resolved.args as never);
}

// ---- properties -------------------------------------------------------------------------------

describe('undo history', () => {
  test('any sequence of commands followed by as many undos gives back the identical document', () => {
    fc.assert(
      fc.property(fc.array(commandAction, { maxLength: 25 }), (actions) => {
        let document = fixtureDocument();
        let history = emptyHistory();
        let steps = 0;
        for (const action of actions) {
          const resolved = action(document);
          const step = resolved && perform(document, history, resolved);
          if (!step) continue;
          ({ document, history } = step);
          steps++;
        }
        for (let i = 0; i < steps; i++) ({ document, history } = undo(document, history)!);
        expect(history.past).toHaveLength(0);
        expect(document).toEqual(fixtureDocument());
      }),
      { numRuns: 50 },
    );
  });

  test('saving every step (commands, undos, redos) to a real file: after reopening, the file holds the document', () => {
    const totals = { accepted: 0, refused: 0, undoneOrRedone: 0 };
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 30 }), (moves) => {
        const dir = tempDir();
        const path = nodePath.join(dir, 'property.preseance');
        const file = EventFile.create(path, fixtureDocument());
        let document = fixtureDocument();
        let history = emptyHistory();
        try {
          for (const m of moves) {
            const resolved = m.kind === 'command' ? m.action(document) : null;
            const step =
              m.kind === 'undo' ? undo(document, history) : m.kind === 'redo' ? redo(document, history) : resolved && perform(document, history, resolved);
            if (!step) continue;
            try {
              file.apply(step.changes);
            } catch (error) {
              // A command may break a rule of the file (a second head, an occupied seat): the
              // edit is refused and the editor keeps the document it had. Undo and redo only
              // return to states the file has already accepted, so they must never be refused.
              if (m.kind !== 'command' || !(error instanceof AppError) || error.code !== 'constraint') throw error;
              totals.refused++;
              continue;
            }
            ({ document, history } = step);
            if (m.kind === 'command') totals.accepted++;
            else totals.undoneOrRedone++;
          }
        } finally {
          file.close();
        }
        const reopened = EventFile.open(path);
        try {
          expect(reopened.loadDocument()).toEqual(document);
        } finally {
          reopened.close();
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 40 },
    );
    // The runs must have exercised all three paths, or the property proved little.
    expect(totals.accepted).toBeGreaterThan(40);
    expect(totals.refused).toBeGreaterThan(0);
    expect(totals.undoneOrRedone).toBeGreaterThan(10);
  });
});
