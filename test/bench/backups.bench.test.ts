/**
 * Backups benchmark (`npm run bench`, or `npx vitest run --project bench test/bench/backups.bench.test.ts`):
 * on the bundled sample (Hanoi 2025, about 2.4 MB), an automatic snapshot in the background
 * (online backup API) and what an edit costs meanwhile beside the same edit with no snapshot
 * running; the last snapshot on close (VACUUM INTO, synchronous); listing 15 backups (the
 * Restore from backup dialog opening: each one checked and read on a copy); reading one for a
 * restore. Targets: edits made while a snapshot runs take under 50 ms (p95); the list of 15 in under 5 s. Prints JSON and writes bench-results/backups.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { AutoBackups, listBackups, newBackupPath, readBackup } from '../../electron/services/backups';
import { EventFile } from '../../electron/store';
import { seededIds } from '../../shared/ids';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import { round } from './measure';

const median = (samples: number[]) => round([...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!);
const max = (samples: number[]) => round(Math.max(...samples));
const p95 = (samples: number[]) => round([...samples].sort((a, b) => a - b)[Math.floor(samples.length * 0.95)]!);

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

    let t = performance.now();
    const listed = await listBackups(path, 'en');
    const listMs = performance.now() - t;
    t = performance.now();
    readBackup(join(dir, 'backups', listed[0]!.id));
    const readMs = performance.now() - t;

    const report = {
      benchmark: 'backups',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
      target: { editDuringSnapshotP95Ms: 50, listMs: 5000 },
      results: {
        event: { delegations: Object.keys(document.delegations).length, people: Object.keys(document.people).length, seats: Object.keys(document.seats).length },
        snapshot: { runs: snapshotTimes.length, medianMs: median(snapshotTimes), maxMs: max(snapshotTimes) },
        editQuiet: { runs: quiet.length, medianMs: median(quiet), maxMs: max(quiet) },
        editDuringSnapshot: { runs: during.length, medianMs: median(during), p95Ms: p95(during), maxMs: max(during) },
        snapshotOnClose: { runs: closeTimes.length, medianMs: median(closeTimes) },
        list: { backups: listed.length, ms: round(listMs), perBackupMs: round(listMs / listed.length) },
        readForRestore: { ms: round(readMs) },
      },
    };
    const out = resolve(import.meta.dirname, '../../bench-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'backups.json'), JSON.stringify(report, null, 2) + '\n');
    console.log(JSON.stringify(report, null, 2));
    expect(listed).toHaveLength(12 + 3); // 12 kept by rotation, 3 taken by snapshotTo directly
    expect(listed.every((b) => b.problem === null)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
