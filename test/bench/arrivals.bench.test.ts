/**
 * Arrival engine benchmark (`npm run bench`): generating a 200-delegation welcome with its
 * conflict check (the plan, then the conflicts it would leave, as the app shows them before
 * applying), one ripple delay (re-plan, diff, conflicts), and the rehearsal's 200 markers for one
 * frame. Beside each figure, a straightforward baseline doing the same job in the same run (a
 * sort with linear head look-ups, dates through Date objects, every pair compared), with the
 * ratio. Prints JSON and writes bench-results/arrivals.json; test/bench/baseline-arrivals.json is
 * a reference run. Targets: generate <= 20 ms, ripple <= 5 ms (medians).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { emptyHistory, execute } from '../../shared/document/history';
import { applySequencePlan, createRehearsal, planConflicts, planDelay, planSequence } from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { RankClass } from '../../shared/model/entities';
import { compareUnNames } from '../../shared/reference/names';
import { ArrivalBuilder } from '../unit/arrival-fixtures';
import { time, versus } from './measure';

const RANKS = RankClass.options.filter((r) => !r.includes('organization'));

/** 200 delegations (the UN states, then organizations), heads of rotating rank; the sample's step template. */
function event() {
  const b = new ArrivalBuilder(17);
  b.add({ iso3: 'VNM', pinned: 'host' });
  const states = referenceData.states.filter((s) => s.iso3 !== 'VNM');
  for (let i = 0; i < 200; i++) {
    if (i < states.length) b.add({ iso3: states[i]!.iso3, rank: RANKS[i % RANKS.length]! });
    else b.add({ org: referenceData.organizations[i - states.length]!.code });
  }
  const { sequence } = b.sequence({
    startTime: '06:00', deadline: '11:00', intervalMin: 1.25, minGapMin: 1,
    template: [['drive-in', 'drop-off', 60], ['walk', 'red-carpet-start', 45], ['greeting', 'greeting', 30], ['photo', 'photo', 20], ['escort', 'holding-room', 90]],
  });
  return { b, sequence };
}

// ---- the straightforward baselines -----------------------------------------------------------

type Row = { delegationId: string; times: string[]; officer: string };
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Generation as a first version would do it: precedence by rank then name (heads looked up each time), times through Date. */
function baselineGenerate(doc: EventDocument, sequenceId: string): Row[] {
  const heads = Object.values(doc.people).filter((p) => p.role === 'head');
  const head = (id: string) => heads.find((p) => p.delegationId === id);
  const steps = Object.values(doc.steps).filter((s) => s.sequenceId === sequenceId).sort((a, b) => a.order - b.order);
  const start = Date.parse('2025-10-25T06:00:00+07:00');
  return Object.values(doc.delegations)
    .filter((d) => d.pinnedRole !== 'host')
    .sort((a, b) => RankClass.options.indexOf(head(b.id)!.rank) - RankClass.options.indexOf(head(a.id)!.rank) || compareUnNames(b.nameEn, a.nameEn))
    .map((d, i) => {
      let at = start + i * 75_000;
      const times = steps.map((s) => {
        const t = iso(at);
        at += s.durationS * 1000;
        return t;
      });
      return { delegationId: d.id, times, officer: '' };
    });
}

/** Conflicts as a first version would find them: every pair of slots compared for gap, greeting and officer. */
function baselineConflicts(rows: Row[], durations: number[]): number {
  let found = 0;
  const greetingAt = 2;
  const end = (r: Row) => Date.parse(r.times.at(-1)!) + durations.at(-1)! * 1000;
  for (const a of rows) {
    for (const b of rows) {
      if (a === b) continue;
      const gap = Math.abs(Date.parse(a.times[0]!) - Date.parse(b.times[0]!));
      if (gap < 60_000) found++;
      const ga = Date.parse(a.times[greetingAt]!);
      const gb = Date.parse(b.times[greetingAt]!);
      if (ga <= gb && gb < ga + durations[greetingAt]! * 1000) found++;
      if (a.officer !== '' && a.officer === b.officer && Date.parse(a.times[0]!) < end(b) && Date.parse(b.times[0]!) < end(a)) found++;
    }
  }
  return found;
}

/** A ripple as a first version would do it: every slot after the late one re-dated, then every pair checked again. */
function baselineRipple(rows: Row[], late: string, minutes: number, durations: number[]): number {
  const from = rows.findIndex((r) => r.delegationId === late);
  const moved = rows.map((r, i) => (i < from ? r : { ...r, times: r.times.map((t) => iso(Date.parse(t) + minutes * 60_000)) }));
  return baselineConflicts(moved, durations);
}

it('generates 200 arrivals with the conflict check, ripples a delay, and draws 200 markers', () => {
  const { b, sequence } = event();
  const doc = b.doc;
  const durations = [60, 45, 30, 20, 90];

  const plan = planSequence(doc, sequence.id);
  const generate = versus(
    time(() => planConflicts(doc, planSequence(doc, sequence.id)), 40),
    time(() => baselineConflicts(baselineGenerate(doc, sequence.id), durations), 10),
  );

  // Applied, each head with a liaison officer of their own; then the 100th delegation 5 min late.
  const planned = execute(doc, emptyHistory(), applySequencePlan, { plan, ids: b.ids })!.document;
  const late = plan.slots[100]!.delegationId;
  const delay = planDelay(planned, sequence.id, late, 5, 'ripple');
  const rows = baselineGenerate(doc, sequence.id);
  const ripple = versus(time(() => planDelay(planned, sequence.id, late, 5, 'ripple'), 60), time(() => baselineRipple(rows, rows[100]!.delegationId, 5, durations), 10));

  // One frame of the rehearsal, a minute before the last arrival: 200 markers.
  const rehearsal = createRehearsal(planned, sequence.id);
  const t = plan.slots.at(-1)!.start - 60;
  const markers = time(() => rehearsal.markersAt(t), 500);

  const report = {
    benchmark: 'arrivals',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
    target: { generateMs: 20, rippleMs: 5 },
    results: {
      generate: { delegations: plan.slots.length, conflicts: planConflicts(doc, plan).length, ...generate },
      ripple: { moves: delay.diff.moves.length, conflicts: delay.conflicts.length, ...ripple },
      markersFrame: { markers: rehearsal.markersAt(t).length, ...markers },
    },
  };
  const out = resolve(import.meta.dirname, '../../bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'arrivals.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  expect(plan.slots).toHaveLength(200);
  expect(delay.diff.moves).toHaveLength(100); // the late one and the 99 after it
  expect(report.results.markersFrame.markers).toBe(200);
});
