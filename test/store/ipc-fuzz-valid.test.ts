/**
 * The other half of the IPC fuzz (ipc-fuzz.test.ts refuses broken payloads): payloads drawn from
 * what each channel's contract allows must be accepted — never `invalid-input` — through the one
 * door into main (`invoke`), with the real services on a real event file. Each answer is checked
 * against the channel's output schema; where a valid payload can only succeed it must succeed,
 * and where the services still refuse it (a path no save dialog returned, a backup that does not
 * exist) the refusal is typed and says why. The plans write nothing: the event is as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { createServices, type AppServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { CONTRACT, LIST_MAX_CELLS } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';
import { Tiebreak } from '../../shared/protocol/rules';
import { ArrivalRule } from '../../shared/model/entities';
import type { EventDocument } from '../../shared/model/collections';
import type { Result } from '../../shared/errors';

let dir: string;
let eventPath: string;
let services: AppServices;
let document: EventDocument;

beforeAll(async () => {
  dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-ipc-valid-'));
  eventPath = nodePath.join(dir, 'event.preseance');
  // Dialogs are cancelled and printing goes nowhere: the answers are main's own.
  services = createServices({
    version: 'fuzz',
    preferences: memoryPreferences('en'),
    reference: referenceData,
    dialogs: { openEvent: async () => null, openImage: async () => null, saveEvent: async () => null, saveSpreadsheet: async () => null },
    print: { savePdf: async () => null, pdf: async () => new Uint8Array(), print: async () => false },
  });
  services.chosenByUser(eventPath);
  expect((await invoke(services, 'event:create', { path: eventPath, sample: true }, () => 'en')).ok).toBe(true);
  document = await load();
});
afterAll(() => {
  services?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function load(): Promise<EventDocument> {
  const loaded = await invoke(services, 'doc:load', {}, () => 'en');
  if (!loaded.ok) throw new Error(loaded.error.message);
  return (loaded.value as { document: EventDocument }).document;
}

const text = (maxLength: number) => fc.string({ maxLength });
const path = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\0')).map((s) => nodePath.join(dir, 'out', s));
const format = fc.constantFrom('csv' as const, 'xlsx' as const);
const paper = fc
  .tuple(fc.double({ min: 20, max: 1300, noNaN: true }), fc.double({ min: 20, max: 1300, noNaN: true }))
  .map(([a, b]) => ({ widthMm: Math.min(a, b), heightMm: Math.max(a, b) }));
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const opt = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** How a valid payload may still be answered: 'ok' only, or one of these typed refusals. */
type Expect = 'ok' | string[];
type Case = { payload: fc.Arbitrary<unknown>; expect: Expect };
const named = (rows: Record<string, { id: string; nameEn: string; nameVi: string }>) =>
  fc.constantFrom(...Object.values(rows).flatMap((r) => [r.id, r.nameEn, r.nameVi]));

function cases(): Record<Channel, Case> {
  const delegations = Object.values(document.delegations);
  return {
    'app:state': { payload: fc.constant({}), expect: 'ok' },
    'app:setLanguage': { payload: fc.record({ language: fc.constantFrom('vi', 'en') }), expect: 'ok' },
    'menu:history': {
      payload: fc.record({ undo: fc.option(fc.record({ en: text(500), vi: text(500) }), { nil: null }), redo: fc.option(fc.record({ en: text(500), vi: text(500) }), { nil: null }) }),
      expect: 'ok',
    },
    'dialog:openEvent': { payload: fc.constant({}), expect: 'ok' },
    'dialog:saveEvent': { payload: fc.record({ suggestedName: text(200) }), expect: 'ok' },
    // Write paths no dialog returned for this request: refused, and said so.
    'event:create': { payload: fc.record({ path, sample: fc.boolean() }), expect: ['path-not-chosen'] },
    'event:open': { payload: fc.constant({ path: eventPath }), expect: 'ok' },
    'event:saveAs': { payload: fc.record({ path }), expect: ['path-not-chosen'] },
    'event:close': { payload: fc.constant({}), expect: 'ok' }, // run last: the others need the file open
    'event:info': { payload: fc.constant({}), expect: 'ok' },
    'doc:load': { payload: fc.constant({}), expect: 'ok' },
    // Rows written again as they are, and deletes of rows that are not there: a valid edit that changes nothing.
    'doc:apply': {
      payload: fc.record({
        changes: fc.record({
          upserts: fc.record({ delegations: fc.subarray(delegations, { maxLength: 5 }) }),
          deletes: fc.record({ slots: fc.array(fc.uuid({ version: 4 }), { maxLength: 3 }) }),
        }),
      }),
      expect: 'ok',
    },
    // Any text, any base64: a report (with the file's errors), never a refusal of the request.
    'delegations:import': {
      payload: fc.oneof(fc.record({ format: fc.constant('csv'), data: text(2000) }), fc.record({ format: fc.constant('xlsx'), data: fc.base64String({ maxLength: 400 }) })),
      expect: 'ok',
    },
    // No import runs between the calls: no progress to report, and nothing to cancel.
    'delegations:importProgress': { payload: fc.constant({}), expect: 'ok' },
    'delegations:importCancel': { payload: fc.constant({}), expect: 'ok' },
    'delegations:export': { payload: fc.record({ content: fc.constantFrom('delegations', 'template'), format, path }), expect: ['path-not-chosen'] },
    'dialog:saveSpreadsheet': { payload: fc.record({ formats: fc.subarray(['csv', 'xlsx'], { minLength: 1 }), suggestedName: text(200) }), expect: 'ok' },
    'asset:pickImage': { payload: fc.constant({}), expect: 'ok' },
    'precedence:order': {
      payload: fc.record({ tiebreak: opt(fc.constantFrom(...Tiebreak.options)), lot: opt(fc.constantFrom(...referenceData.states.map((s) => s.iso3))) }).map(defined),
      expect: 'ok',
    },
    'seating:plan': { payload: fc.record({ hall: named(document.halls) }), expect: 'ok' },
    'seating:validate': { payload: fc.constant({}), expect: 'ok' },
    'arrivals:plan': {
      payload: fc
        .record({ sequence: named(document.sequences), rule: opt(fc.constantFrom(...ArrivalRule.options)), time: opt(fc.tuple(fc.constantFrom('start', 'end'), clock)), intervalMin: opt(fc.double({ min: 0, max: 240, noNaN: true })) })
        .map(({ time, ...rest }) => defined({ ...rest, ...(time ? { [time[0]]: time[1] } : {}) })),
      expect: 'ok',
    },
    'arrivals:validate': { payload: fc.constant({}), expect: 'ok' },
    'arrivals:export': { payload: fc.record({ sequenceId: named(document.sequences), format, path }), expect: ['path-not-chosen'] },
    'dialog:savePdf': { payload: fc.record({ suggestedName: text(200) }), expect: 'ok' },
    'print:pdf': { payload: fc.record({ paper, landscape: fc.boolean(), path }), expect: ['path-not-chosen'] },
    'print:native': { payload: fc.record({ paper, landscape: fc.boolean() }), expect: 'ok' },
    'print:exportList': { payload: fc.record({ rows: fc.array(fc.array(text(30), { maxLength: LIST_MAX_CELLS }), { maxLength: 20 }), format, path }), expect: ['path-not-chosen'] },
    'backup:list': { payload: fc.constant({}), expect: 'ok' },
    'team:status': { payload: fc.constant({}), expect: 'ok' },
    'backup:restore': { payload: fc.record({ id: fc.stringMatching(/^[^/\\\0]{1,40}$/) }), expect: ['backup-not-found'] },
  };
}

describe('IPC fuzz: every channel accepts the payloads its contract allows', () => {
  const order = [...CHANNELS.filter((c) => c !== 'event:close'), 'event:close' as const];

  it.each(order.map((c) => [c]))('%s', async (channel) => {
    const { payload, expect: expected } = cases()[channel];
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom('vi' as const, 'en' as const), async (input, lang) => {
        expect(CONTRACT[channel].input.safeParse(input).success).toBe(true);
        const result = (await invoke(services, channel, input, () => lang)) as Result<unknown>;
        if (result.ok) {
          expect(expected, `${channel} answered ok where main must refuse`).toBe('ok');
          expect(CONTRACT[channel].output.safeParse(result.value).success, channel).toBe(true);
        } else {
          expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('invalid-input');
          expect(expected === 'ok' ? [] : expected, `${channel}: ${result.error.message}`).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
        if (channel === 'event:close') await invoke(services, 'event:open', { path: eventPath }, () => 'en');
      }),
      { numRuns: channel === 'delegations:import' ? 40 : 15 },
    );
    // Each import starts its worker from the TypeScript sources (seconds on a busy machine): a
    // ceiling for 40 of them on a loaded laptop, not a speed target (that is the bench's).
  }, 300_000);

  it('left the event as it was: plans and no-op edits write nothing', async () => {
    expect(await load()).toEqual(document);
  });
});
