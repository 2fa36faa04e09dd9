import { spawn } from 'node:child_process';
import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EventDocument } from '../../shared/model/collections';
import { EventFile } from '../../electron/store';
import { fixtureDocument, FIXTURE_IDS } from '../fixtures/document';
import { bundleChild } from './child/bundle';
import { crashBaseDocument, crashEdit, lastEdit } from './child/edits';
import { useTempDirs } from './helpers';

// Kill a writer with SIGKILL at random moments and check after each kill that the file opens,
// is intact, and holds every edit the writer reported as committed, and nothing that it had
// not at least started. `npm test` kills it 200 times (the floor); `npm run test:faults`
// 1,000 times (PRESEANCE_CRASH_KILLS, set by the faults project in vitest.config.ts).
const KILLS = Number(process.env.PRESEANCE_CRASH_KILLS ?? 200);
const SEED = Number(process.env.PRESEANCE_CRASH_SEED ?? Date.now() % 2 ** 31);

const tempDir = useTempDirs();
let child: { script: string; cleanup: () => void };
beforeAll(async () => {
  child = await bundleChild();
}, 60_000);
afterAll(() => child?.cleanup());

/** mulberry32: a seeded generator, so that a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Plan = { kind: 'during-open'; afterMs: number } | { kind: 'after-ready'; afterMs: number } | { kind: 'after-commits'; count: number };

/** Runs the writer until the plan says kill; returns every line it printed. */
function runAndKill(path: string, plan: Plan): Promise<{ lines: string[]; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child.script, 'crash', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let partial = '';
    let stderr = '';
    let commits = 0;
    const kill = () => proc.kill('SIGKILL');
    if (plan.kind === 'during-open') setTimeout(kill, plan.afterMs);
    proc.stdout.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const complete = text.split('\n');
      partial = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        if (line.startsWith('ready') && plan.kind === 'after-ready') setTimeout(kill, plan.afterMs);
        if (line.startsWith('committed') && plan.kind === 'after-commits' && ++commits === plan.count) kill();
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => resolve({ lines, killed: signal === 'SIGKILL', stderr }));
  });
}

describe('a writer killed at random moments', () => {
  test(
    `loses no committed edit and keeps the file sound (${KILLS} kills)`,
    async () => {
      const next = random(SEED);
      const context = `seed ${SEED} (replay with PRESEANCE_CRASH_SEED=${SEED})`;
      const path = nodePath.join(tempDir(), 'crash.preseance');
      EventFile.create(path, crashBaseDocument()).close();
      let expected: { n: number; document: EventDocument } = { n: 0, document: crashBaseDocument() };
      let roundsKilledWhileWriting = 0;

      for (let round = 0; round < KILLS; round++) {
        // Kinds in a fixed rotation (1 in 5 while opening, 2 at a random time while writing,
        // 2 right after a random commit, i.e. inside the next one); timings are random.
        const kind = (['during-open', 'after-ready', 'after-commits', 'after-ready', 'after-commits'] as const)[round % 5]!;
        const plan: Plan =
          kind === 'during-open' ? { kind, afterMs: Math.floor(next() * 150) }
          : kind === 'after-ready' ? { kind, afterMs: Math.floor(next() * 120) }
          : { kind, count: 1 + Math.floor(next() * 12) };
        const { lines, killed, stderr } = await runAndKill(path, plan);
        expect(killed, `${context}, round ${round}: the writer stopped by itself: ${stderr}`).toBe(true);

        const committed = lines.filter((l) => l.startsWith('committed ')).map((l) => Number(l.slice(10)));
        const lastReported = committed.at(-1) ?? expected.n;
        if (committed.length > 0) roundsKilledWhileWriting++;

        const file = EventFile.open(path);
        const document = file.loadDocument();
        file.close();
        const found = lastEdit(document);
        const where = `${context}, round ${round} (${plan.kind}), last reported ${lastReported}, found ${found}`;
        expect(found, `${where}: a committed edit is missing`).toBeGreaterThanOrEqual(lastReported);
        expect(found, `${where}: more than the one edit in flight`).toBeLessThanOrEqual(lastReported + 1);

        // The file is exactly the document after `found` edits: no edit half-written.
        while (expected.n < found) expected = { n: expected.n + 1, document: crashEdit(expected.document, expected.n + 1).document };
        expect(document, where).toEqual(expected.document);

        const db = new Database(path);
        expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
        db.close();
      }
      // The kills must really have hit a writer at work, not only idle or starting processes.
      expect(roundsKilledWhileWriting, context).toBeGreaterThanOrEqual(Math.floor(KILLS / 3));
      // For the fault report: what was survived, and with which seed.
      console.info(`crash: ${KILLS} SIGKILLs (${roundsKilledWhileWriting} mid-burst), ${expected.n} edits committed, all found, none half-written; ${context}`);
    },
    60_000 + KILLS * 3_000,
  );
});

describe.skipIf(process.platform === 'win32')('a write that fails in the middle of a transaction', () => {
  test('refuses the edit, keeps the file working, and loses nothing', async () => {
    const path = nodePath.join(tempDir(), 'full.preseance');
    EventFile.create(path, fixtureDocument()).close();
    // A file size limit (ulimit -f) stands in for a full disk, which tests cannot make without
    // privileges. Writes past it fail with EFBIG, which SQLite reports as an I/O error
    // ('write-failed'); a real full disk (ENOSPC) gives SQLITE_FULL ('disk-full', whose
    // mapping constraints.test.ts checks). SIGXFSZ is ignored so the process gets the error.
    const output = await new Promise<string>((resolve, reject) => {
      const proc = spawn('/bin/sh', ['-c', `trap '' XFSZ; ulimit -f 4096; exec "$0" "$@"`, process.execPath, child.script, 'disk-full', path], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
      proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
      proc.on('error', reject);
      proc.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
    });
    const { large, small } = JSON.parse(output) as { large: string; small: string };
    expect(['write-failed', 'disk-full']).toContain(large);
    expect(small).toBe('ok');
    const file = EventFile.open(path);
    const expected = fixtureDocument();
    expected.delegations[FIXTURE_IDS.fra]!.nameEn = 'French Republic';
    expect(file.loadDocument()).toEqual(expected);
    file.close();
    expect(fs.readdirSync(nodePath.dirname(path))).toEqual(['full.preseance']);
  });
});
