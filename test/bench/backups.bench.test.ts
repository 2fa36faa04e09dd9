/**
 * Backups benchmark (`npm run bench`, or `npx vitest run --project bench test/bench/backups.bench.test.ts`):
 * on the bundled sample (Hanoi 2025, about 2.4 MB), an automatic snapshot in the background
 * (online backup API) and what an edit costs meanwhile beside the same edit with no snapshot
 * running; the last snapshot on close (VACUUM INTO, synchronous); listing 15 backups (the
 * Restore from backup dialog opening: each one checked and read on a copy); reading one for a
 * restore. Rows go to the bench table (table.ts), targets (p95): an edit made while a snapshot
 * runs <= 50 ms (beside the same edit with none running), the list of 15 <= 5 s (three openings
 * of the dialog). Writes bench-results/backups.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { AutoBackups, listBackups, newBackupPath, readBackup } from '../../electron/services/backups';
import { EventFile } from '../../electron/store';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { machine, quantiles, round, writeResults } from './measure';
import { benchRow } from './table';

it('snapshots, lists and reads the backups of the sample event', async () => {
  const dir = mkdtempSync(join(os.tmpdir(), 'preseance-bench-backups-'));
  try {
    const document = buildSampleDocument(referenceData, seededIds(1));
    const path = join(dir, 'hanoi.preseance');
    const file = EventFile.create(path, document);
    const fraId = Object.values(document.delegations).find((d) => d.iso3 === 'FRA')!.id;
    let n = 0;
    const edit = () => {
      const t = performance.now();
      file.apply({ upserts: { delegations: [{ ...document.delegations[fraId]!, notes: `edit ${n++}` }] }, deletes: {} });
      return performance.now() - t;
    };

    // An edit with nothing else running, then edits made while a snapshot is written.
    const quiet = Array.from({ length: 50 }, edit);
    let clock = 0;
    const backups = new AutoBackups({ now: () => clock, settings: () => ({ intervalMinutes: 0, keep: 12 }), lang: () => 'en' });
    backups.track(file);
    const snapshotTimes: number[] = [];
    const during: number[] = [];
    for (let i = 0; i < 12; i++) {
      clock += 60_000;
      edit();
      const t = performance.now();
      backups.edited(file);
      let done = false;
      void backups.pending.then(() => (done = true));
      // Edits keep coming while the snapshot runs (one per turn of the event loop).
      while (!done) {
        during.push(edit());
        await new Promise((r) => setImmediate(r));
      }
      snapshotTimes.push(performance.now() - t);
    }

    const closeTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      file.snapshotTo(newBackupPath(path, 'auto', new Date(Date.UTC(2025, 0, 1, 0, 0, i))));
      closeTimes.push(performance.now() - t);
    }
    file.close();

    const listTimes: number[] = [];
    let listed: Awaited<ReturnType<typeof listBackups>> = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      listed = await listBackups(path, 'en');
      listTimes.push(performance.now() - t);
    }
    const t = performance.now();
    readBackup(join(dir, 'backups', listed[0]!.id));
    const readMs = performance.now() - t;

    const editDuring = quantiles(during);
    const editQuiet = quantiles(quiet);
    const list = quantiles(listTimes);
    writeResults('backups', {
      benchmark: 'backups',
      date: new Date().toISOString(),
      machine: machine('none'),
      results: {
        event: { delegations: Object.keys(document.delegations).length, people: Object.keys(document.people).length, seats: Object.keys(document.seats).length },
        snapshot: { runs: snapshotTimes.length, ...quantiles(snapshotTimes) },
        editQuiet: { runs: quiet.length, ...editQuiet },
        editDuringSnapshot: { runs: during.length, ...editDuring },
        snapshotOnClose: { runs: closeTimes.length, ...quantiles(closeTimes) },
        list: { backups: listed.length, ...list, perBackupMs: round(list.p50 / listed.length) },
        readForRestore: { ms: round(readMs) },
      },
    });
    expect(listed).toHaveLength(12 + 3); // 12 kept by rotation, 3 taken by snapshotTo directly
    expect(listed.every((b) => b.problem === null)).toBe(true);
    benchRow({ name: 'edit while a snapshot is written (sample)', unit: 'ms', ours: editDuring, baseline: editQuiet, target: 50 });
    benchRow({ name: 'list 15 backups (Restore dialog)', unit: 'ms', ours: list, baseline: null, target: 5000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
