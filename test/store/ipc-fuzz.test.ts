/**
 * Every IPC channel, fuzzed through the one door into main (`invoke`) with the real services on
 * a real event file. A hostile or broken renderer may send anything Electron can clone; each
 * refused payload must get a typed `invalid-input` error in the language asked, reach no
 * handler (no dialog, no write), leave the event file byte for byte and Object.prototype as they
 * were, and main must answer the next valid call as before. The valid payloads, drawn from the
 * contract and accepted, are ipc-fuzz-valid.test.ts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { createServices, type AppServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { CONTRACT, type Services } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';
import { errorMessages } from '../../shared/i18n/errors';
import type { Language } from '../../shared/model/primitives';
import type { EventDocument } from '../../shared/model/collections';
import { listing, sha256 } from './helpers';

let dir: string;
let eventPath: string;
let services: AppServices;
const reached: string[] = []; // channels whose real handler ran
const hostCalls: string[] = []; // dialogs and printing asked of the host
let language: Language = 'en';

beforeAll(async () => {
  dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-ipc-fuzz-'));
  eventPath = nodePath.join(dir, 'event.preseance');
  const record =
    (name: string) =>
    async (): Promise<never> => {
      hostCalls.push(name);
      throw new Error(`${name} must not be reached by a refused payload`);
    };
  const real = createServices({
    version: 'fuzz',
    preferences: memoryPreferences('en'),
    reference: referenceData,
    dialogs: { openEvent: record('openEvent'), openImage: record('openImage'), saveEvent: record('saveEvent'), saveSpreadsheet: record('saveSpreadsheet') },
    print: { savePdf: record('savePdf'), pdf: record('pdf'), print: record('print') },
  });
  real.chosenByUser(eventPath);
  const created = await invoke(real, 'event:create', { path: eventPath, sample: true }, () => 'en');
  expect(created.ok).toBe(true);
  // The real table, each handler recording that it was reached.
  services = Object.fromEntries(
    Object.entries(real).map(([name, fn]) => [
      name,
      CHANNELS.includes(name as Channel)
        ? (input: unknown) => {
            reached.push(name);
            return (fn as (i: unknown) => unknown)(input);
          }
        : fn,
    ]),
  ) as AppServices;
});
afterAll(() => {
  services?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One valid payload per channel: the starting point of the mutations (never sent as is). */
const VALID: Record<Channel, unknown> = {
  'app:state': {},
  'app:setLanguage': { language: 'vi' },
  'menu:history': { undo: { en: 'seat Banquet Hall — 9 moves', vi: 'xếp chỗ Phòng tiệc — 9 thay đổi' }, redo: null },
  'dialog:openEvent': {},
  'dialog:saveEvent': { suggestedName: 'x' },
  'event:create': { path: '/tmp/x.preseance', sample: false },
  'event:open': { path: '/tmp/x.preseance' },
  'event:saveAs': { path: '/tmp/x.preseance' },
  'event:close': {},
  'event:info': {},
  'doc:load': {},
  'doc:apply': { changes: { upserts: {}, deletes: {} } },
  'delegations:import': { format: 'csv', data: 'a,b\n' },
  'delegations:importProgress': {},
  'delegations:importCancel': {},
  'delegations:export': { content: 'delegations', format: 'csv', path: '/tmp/x.csv' },
  'dialog:saveSpreadsheet': { formats: ['csv'], suggestedName: 'x' },
  'asset:pickImage': {},
  'precedence:order': {},
  'seating:plan': { hall: 'Plenary' },
  'seating:validate': {},
  'arrivals:plan': { sequence: 'x' },
  'arrivals:validate': {},
  'arrivals:export': { sequenceId: 'x', format: 'csv', path: '/tmp/x.csv' },
  'dialog:savePdf': { suggestedName: 'x' },
  'print:pdf': { paper: { widthMm: 210, heightMm: 297 }, landscape: false, path: '/tmp/x.pdf' },
  'print:native': { paper: { widthMm: 210, heightMm: 297 }, landscape: false },
  'print:exportList': { rows: [['a']], format: 'csv', path: '/tmp/x.csv' },
  'backup:list': {},
  'team:status': {},
  'backup:restore': { id: 'x.auto-20261125T150000Z.preseance' },
};

// Built once: the big values are shared between runs, as a renderer would resend them.
const HUGE_STRING = 'x'.repeat(5 * 1024 * 1024);
const deep = (depth: number, inner: unknown, asArray: boolean): unknown => {
  let v = inner;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
};
const DEEP_OBJECT = deep(10_000, 'x', false);
const DEEP_ARRAY = deep(10_000, 1, true);
const HUGE_ARRAY = new Array(1_000_000).fill('x');
const HUGE_ROWS = Array.from({ length: 20_001 }, () => ['a']);

/** Odd values: what a hostile renderer would try in place of a field or of the whole payload. */
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    null,
    undefined,
    '',
    '\0',
    '\uD800',
    'a\uDFFFb',
    '\u202E.preseance',
    HUGE_STRING,
    DEEP_OBJECT,
    DEEP_ARRAY,
    HUGE_ARRAY,
    HUGE_ROWS,
    [],
    {},
    [{}],
    new Date(NaN),
    new Map([['path', '/tmp/x']]),
    new Set([1]),
    new Uint8Array(16),
    10n ** 30n,
    Object.create(null),
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    { prototype: { polluted: 'yes' } },
  ),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
);
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];
const oddKey = fc.oneof(fc.constantFrom(...POLLUTION_KEYS, '', 'path', 'then', 'toString', HUGE_STRING), fc.string({ unit: 'binary', maxLength: 20 }));

/** Sets `key` on a plain copy as an own property, as JSON.parse or a structured clone would. */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** A valid payload broken one way: a field removed, retyped or added, or the whole replaced. */
function mutated(channel: Channel): fc.Arbitrary<unknown> {
  const base = VALID[channel] as Record<string, unknown>;
  const keys = Object.keys(base);
  const options: fc.Arbitrary<unknown>[] = [
    oddValue, // the whole payload
    fc.tuple(oddKey, oddValue).map(([k, v]) => withKey(base, k, v)), // an extra key
    fc.constant([base]), // an array for the object
  ];
  if (keys.length > 0) {
    options.push(fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(base).filter(([key]) => key !== k)))); // a key missing
    options.push(fc.tuple(fc.constantFrom(...keys), oddValue).map(([k, v]) => withKey(base, k, v))); // a field retyped
  }
  return fc.oneof(...options);
}

/** True when the contract refuses the payload (a schema that throws on it counts as refusing). */
function refused(channel: Channel, payload: unknown): boolean {
  try {
    return !CONTRACT[channel].input.safeParse(payload ?? {}).success;
  } catch {
    return true;
  }
}

const messagePrefix = (lang: Language) => errorMessages[lang]['invalid-input'].split('{')[0]!;
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('IPC fuzz: every channel refuses malformed payloads and main keeps serving', () => {
  let fileHash: string;
  let folder: string[];
  let baseKeys: string[];
  let counts: unknown;
  beforeAll(async () => {
    const info = await invoke(services, 'event:info', {}, () => 'en');
    counts = info.ok ? info.value : null;
    folder = listing(dir);
    fileHash = sha256(eventPath); // and the -wal's size, in the folder listing
    baseKeys = protoKeys();
    reached.length = 0;
  });

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    await fc.assert(
      fc.asyncProperty(mutated(channel), fc.constantFrom<Language>('vi', 'en'), async (payload, lang) => {
        fc.pre(refused(channel, payload));
        language = lang;
        const result = await invoke(services, channel, payload, () => language);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message.startsWith(messagePrefix(lang))).toBe(true);
        // A clear message, not the payload echoed back (a 5 MB key would be).
        expect(result.error.message.length).toBeLessThan(1_000);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result); // plain JSON back to the renderer
        expect(reached).toEqual([]);
        expect(hostCalls).toEqual([]);
        expect(protoKeys()).toEqual(baseKeys);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // Main still serves: a valid call right after answers as before.
        const after = await invoke(services, 'event:info', {}, () => 'en');
        reached.length = 0;
        expect(after).toEqual({ ok: true, value: counts });
      }),
      { numRuns: 60 },
    );
    expect(listing(dir)).toEqual(folder);
    expect(sha256(eventPath)).toBe(fileHash);
  });

  it('refuses unknown and non-string channel names the same way', async () => {
    const names = ['fs:readFile', '__proto__', 'constructor', 'toString', '', 'app:state ', 'APP:STATE', Object.create(null), { toString: () => 'app:state' }, 42, null];
    for (const name of names) {
      const result = await invoke(services as Services, name, {}, () => 'vi');
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(reached).toEqual([]);
  });
});

/**
 * Payloads the contract accepts but the services must refuse: paths to the open event file, to
 * its -wal, to a folder or a FIFO (whose read would block main for ever), a change that breaks
 * the file's rules, names of halls and sequences that do not exist. Each a typed error (never
 * `internal`) in the language asked; the event's data and its file as they were.
 */
describe('IPC: valid-looking requests that must still be refused', () => {
  it('refuses each with a typed error and changes nothing', async () => {
    const fifo = nodePath.join(dir, 'pipe.preseance');
    execFileSync('mkfifo', [fifo]);
    const loaded = await invoke(services, 'doc:load', {}, () => 'en');
    if (!loaded.ok) throw new Error('doc:load failed');
    const doc = (loaded.value as { document: EventDocument }).document;
    const taken = Object.values(doc.assignments)[0]!;
    const other = Object.values(doc.people).find((p) => p.id !== taken.personId)!;
    const cases: [Channel, unknown, string][] = [
      ['event:create', { path: nodePath.join(dir, 'new.preseance'), sample: false }, 'path-not-chosen'],
      // Write paths the save dialog did not return for this write: refused before anything else.
      ['event:saveAs', { path: `${eventPath}-wal` }, 'path-not-chosen'],
      ['event:saveAs', { path: nodePath.join(dir, 'copy.preseance') }, 'path-not-chosen'],
      ['print:pdf', { paper: { widthMm: 210, heightMm: 297 }, landscape: false, path: nodePath.join(dir, 'x.pdf') }, 'path-not-chosen'],
      ['print:exportList', { rows: [['x']], format: 'csv', path: nodePath.join(dir, 'x.csv') }, 'path-not-chosen'],
      ['event:open', { path: dir }, 'not-sqlite'],
      ['event:open', { path: fifo }, 'not-sqlite'],
      ['event:open', { path: '/dev/zero' }, 'not-sqlite'],
      ['delegations:export', { content: 'delegations', format: 'csv', path: eventPath }, 'path-not-chosen'],
      ['arrivals:export', { sequenceId: 'no such sequence', format: 'csv', path: nodePath.join(dir, 'x.csv') }, 'path-not-chosen'],
      ['seating:plan', { hall: 'no such hall' }, '*'],
      ['arrivals:plan', { sequence: 'no such sequence' }, '*'],
      // A backup is named from the open file's own list only: no path, no other file.
      ['backup:restore', { id: '..' }, 'backup-not-found'],
      ['backup:restore', { id: nodePath.basename(eventPath) }, 'backup-not-found'],
      ['backup:restore', { id: 'x.auto-20261125T150000Z.preseance' }, 'backup-not-found'],
      // A second person on an occupied seat: the file's UNIQUE rule, not a crash.
      ['doc:apply', { changes: { upserts: { assignments: [{ ...taken, id: '00000000-0000-4000-8000-00000000f00d', personId: other.id }] }, deletes: {} } }, 'constraint'],
    ];
    // Chosen, and still refused: no extension check is left to the dialog alone.
    const chosenThen = (path: string) => () => services.chosenByUser(path);
    const checked: [Channel, unknown, string, () => void][] = [
      ['event:create', { path: eventPath, sample: false }, 'file-exists', chosenThen(eventPath)],
      ['event:create', { path: `${eventPath}-wal`, sample: true }, 'wrong-extension', chosenThen(`${eventPath}-wal`)],
      ['event:saveAs', { path: `${eventPath}-wal` }, 'wrong-extension', chosenThen(`${eventPath}-wal`)],
      ['delegations:export', { content: 'delegations', format: 'csv', path: eventPath }, 'export-extension', chosenThen(eventPath)],
      ['print:exportList', { rows: [['x']], format: 'xlsx', path: eventPath }, 'export-extension', chosenThen(eventPath)],
      ['arrivals:export', { sequenceId: 'no such sequence', format: 'csv', path: nodePath.join(dir, 'x.csv') }, '*', chosenThen(nodePath.join(dir, 'x.csv'))],
    ];
    const before = sha256(eventPath);
    for (const [channel, payload, code, choose] of [...cases.map(([c, p, k]) => [c, p, k, () => {}] as const), ...checked]) {
      const messages: string[] = [];
      for (const lang of ['vi', 'en'] as const) {
        choose();
        const result = await invoke(services, channel, payload, () => lang);
        expect(result.ok, `${channel} ${JSON.stringify(payload).slice(0, 80)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('internal');
        if (code !== '*') expect(result.error.code, channel).toBe(code);
        messages.push(result.error.message);
      }
      expect(messages[0], `${channel}: the same message in both languages`).not.toBe(messages[1]);
    }
    expect(hostCalls).toEqual([]);
    expect(sha256(eventPath)).toBe(before);
    const after = await invoke(services, 'doc:load', {}, () => 'en');
    expect(after.ok && (after.value as { document: unknown }).document).toEqual(doc);
    expect(fs.existsSync(nodePath.join(dir, 'x.csv'))).toBe(false);
    expect(fs.existsSync(nodePath.join(dir, 'new.preseance'))).toBe(false);
  });
});
