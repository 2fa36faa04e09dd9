/**
 * Precedence benchmark (`npm run bench`): ordering the sample event, and an event with every UN
 * state and every reference organization, by UN alphabetical order from a lot. Prints JSON and
 * writes bench-results/precedence.json. The figure to watch: well under 5 ms a full ordering.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { RankClass } from '../../shared/model/entities';
import { defaultRules, orderDelegations } from '../../shared/protocol';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import type { EventDocument } from '../../shared/model/collections';
import { round } from './measure';

/** Every reference state and organization as a delegation, heads of rotating rank. */
function everyone(): EventDocument {
  const ids = seededIds(99);
  const document = buildSampleDocument(referenceData, ids);
  document.delegations = {};
  document.people = {};
  document.assignments = {};
  document.slots = {};
  document.slotTimes = {};
  const ranks = RankClass.options.filter((r) => !r.includes('organization'));
  const add = (fields: Pick<EventDocument['delegations'][string], 'kind' | 'iso3' | 'orgCode' | 'nameEn' | 'nameVi'>, rank: RankClass, i: number) => {
    const id = ids();
    document.delegations[id] = { id, ...fields, orgCategory: null, nameFr: '', flagCode: null, pinnedRole: 'none', precedenceOverride: null, agreementDate: null, notes: '' };
    const head = ids();
    document.people[head] = {
      id: head, delegationId: id, role: 'head', order: 0, honorific: '', honorificVi: '', name: `Head ${i}`, familyName: `Head ${i}`, titleEn: '', titleVi: '',
      rank, gender: 'unspecified', language: 'en', inOfficeSince: `20${10 + (i % 15)}-01-01`, credentialsAt: null,
      needsInterpreter: false, needsAccessible: false, notes: '',
    };
  };
  referenceData.states.forEach((s, i) =>
    add({ kind: s.status === 'member-state' ? 'state' : 'observer-state', iso3: s.iso3, orgCode: null, nameEn: s.nameEn, nameVi: s.nameVi }, ranks[i % ranks.length]!, i),
  );
  referenceData.organizations.forEach((o, i) =>
    add({ kind: 'organization', iso3: null, orgCode: o.code, nameEn: o.nameEn, nameVi: o.nameVi }, 'head-of-organization', i),
  );
  return document;
}

function time(document: EventDocument, runs: number) {
  const rules = { ...defaultRules(), lot: { iso3: 'YEM', drawnAt: null, drawnBy: '', source: 'drawn-elsewhere' as const } };
  const options = { states: referenceData.states };
  for (let i = 0; i < 10; i++) orderDelegations(document, rules, options); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    orderDelegations(document, rules, options);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return {
    delegations: Object.keys(document.delegations).length,
    medianMs: round(samples[Math.floor(runs / 2)]!),
    p95Ms: round(samples[Math.floor(runs * 0.95)]!),
  };
}

it('orders the sample and a 266-delegation event', () => {
  const report = {
    benchmark: 'precedence',
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model },
    target: { medianMs: 5 },
    results: { sample: time(buildSampleDocument(referenceData, seededIds(1)), 200), everyone: time(everyone(), 200) },
  };
  const out = resolve(import.meta.dirname, '../../bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'precedence.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(JSON.stringify(report, null, 2));
  expect(report.results.everyone.delegations).toBe(referenceData.states.length + referenceData.organizations.length);
});
