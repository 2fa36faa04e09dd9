/**
 * The CLI and the app make the same rows. Each verb runs twice on two copies of one event file:
 * once by the built CLI (out/main/cli.js), once as the app does it — the main-process services
 * bound as the e2e harness binds them (the window's channels only, answers through JSON), the
 * renderer's document store, and the command its screen dispatches (Seating › Apply, Arrivals ›
 * Generate › Apply, Import › Apply), written through doc:apply. Then every table of both files is
 * compared row by row. Only ids a verb creates (randomUUID on either side) are set aside: each is
 * replaced by what its row holds, so a person still belongs to the same delegation on both sides.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { createServices } from '../../electron/services/index';
import { memoryPreferences } from '../../electron/services/preferences';
import { EventFile } from '../../electron/store';
import { EditorStore } from '../../renderer/src/document/store';
import { RENDERER_CHANNELS, type RendererChannel } from '../../shared/ipc/channels';
import type { Input, Output } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';
import type { Result } from '../../shared/errors';
import type { Command } from '../../shared/document/history';
import { applyImportChanges } from '../../shared/import/apply';
import { applySeating, findHall, planSeating } from '../../shared/seating';
import { applySequencePlan, findSequence, planSequence, resolveOptions } from '../../shared/arrival';
import { tempFolder } from './fixtures';
import { cli } from './cli-run';
import { expectSameRows } from './rows';

const dir = tempFolder('cli-parity');
const base = join(dir, 'base.preseance');

beforeAll(() => {
  expect(cli('new', base, '--sample').code).toBe(0);
  // A late change: five guests of the banquet lose their seats, so seating it again moves people.
  const file = EventFile.open(base);
  const document = file.loadDocument();
  const banquet = findHall(document, 'Banquet Hall')!;
  const dropped = Object.values(document.assignments).filter((a) => a.hallId === banquet.id).slice(0, 5).map((a) => a.id);
  file.apply({ upserts: {}, deletes: { assignments: dropped } });
  file.close();
});

let copies = 0;
/** Two copies of the base file: one for the CLI, one for the app. */
function twoCopies(): { cliFile: string; appFile: string } {
  copies++;
  const cliFile = join(dir, `cli-${copies}.preseance`);
  const appFile = join(dir, `app-${copies}.preseance`);
  copyFileSync(base, cliFile);
  copyFileSync(base, appFile);
  return { cliFile, appFile };
}

/** The app on `path`: the services behind the window's channels, and the renderer's document store on doc:apply. */
async function openApp(path: string) {
  const services = createServices({
    version: 'parity',
    preferences: memoryPreferences('en'),
    reference: referenceData,
    dialogs: { openEvent: async () => null, openImage: async () => null, saveEvent: async () => null, saveSpreadsheet: async () => null },
  });
  const window = new Set<string>(RENDERER_CHANNELS);
  const call = async <C extends RendererChannel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
    if (!window.has(channel)) throw new Error(`${channel} is not a window channel`);
    return JSON.parse(JSON.stringify(await invoke(services, channel, input, () => 'en'))) as Result<Output<C>>;
  };
  const value = async <C extends RendererChannel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  await value('event:open', { path });
  const { document } = await value('doc:load', {});
  const errors: string[] = [];
  const editor = new EditorStore({ document, apply: (changes) => call('doc:apply', { changes }), onError: (m) => errors.push(m) });
  return {
    value,
    editor,
    /** Dispatches as a screen does, waits for the write, and closes the file. */
    async run<A>(command: Command<A>, args: A) {
      expect(editor.dispatch(command, args)).toBe(true);
      await editor.whenIdle();
      expect(errors).toEqual([]);
      expect(editor.getSnapshot().saveStatus).toMatchObject({ kind: 'saved' });
      services.dispose();
    },
  };
}

describe('the CLI and the app make the same rows', () => {
  it('seat: the banquet seated again by its strategy', async () => {
    const { cliFile, appFile } = twoCopies();
    const run = cli('seat', cliFile, '--hall', 'Banquet Hall');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Banquet Hall: 5 moves applied.');

    const app = await openApp(appFile);
    const document = app.editor.getDocument();
    const hall = findHall(document, 'Banquet Hall')!;
    await app.run(applySeating, { hallId: hall.id, plan: planSeating(document, hall.id) }); // Seating › Apply
    expectSameRows(cliFile, appFile);
  });

  it('arrivals: a sequence generated alphabetically, back from 09:00 every 1.5 min', async () => {
    const { cliFile, appFile } = twoCopies();
    const name = 'Official welcome of heads of delegation';
    const run = cli('arrivals', cliFile, '--sequence', name, '--rule', 'alphabetical', '--end', '09:00', '--interval', '1.5');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`${name}: 19 slots planned and saved.`);

    const app = await openApp(appFile);
    const document = app.editor.getDocument();
    const sequence = findSequence(document, name)!;
    // Generate…, as the dialog fills its form: the stored options, with these choices.
    const stored = resolveOptions(document, sequence.id);
    const plan = planSequence(document, sequence.id, { ...stored, rule: 'alphabetical', anchor: 'end', deadline: '09:00', intervalMin: 1.5 });
    await app.run(applySequencePlan, { plan: { ...plan, storeOptions: true } });
    expectSameRows(cliFile, appFile);
  });

  it('import: new delegations and their people from a CSV file', async () => {
    const { cliFile, appFile } = twoCopies();
    const csv = resolve(import.meta.dirname, '../fixtures/import/delegations-semicolon.csv');
    const run = cli('import', cliFile, csv, '--json');
    expect(run.code, run.err).toBe(0);
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ applied: true, errors: [] });
    expect(report.created.length + report.updated.length).toBeGreaterThan(0);

    const app = await openApp(appFile);
    const planned = await app.value('delegations:import', { format: 'csv', data: readFileSync(csv, 'utf8') });
    expect(planned.created).toEqual(report.created);
    await app.run(applyImportChanges, planned.changes); // Import › Apply
    expectSameRows(cliFile, appFile);
  });
});
