/**
 * Precedence benchmark (`npm run bench`): ordering the sample event, and an event with every UN
 * state and every reference organization (heads of rotating rank, no lot drawn); the latter beside
 * the same order written the straightforward way (baseline-order.ts: keys read once, one sort),
 * asserted to be the same order. Rows go to the bench table (table.ts); target (p95): a full ordering
 * within 5 ms, the figure this bench has always promised (and issue 14's for 300 delegations).
 * Writes bench-results/precedence.json.
 */
import { expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { RankClass } from '../../shared/model/entities';
import { defaultRules, orderDelegations } from '../../shared/protocol';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import type { EventDocument } from '../../shared/model/collections';
import { baselineOrder } from './baseline-order';
import { figures, machine, time, versus, writeResults } from './measure';
import { benchRow } from './table';

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

it('orders the sample and a 266-delegation event', () => {
  const rules = defaultRules();
  const options = { states: referenceData.states };
  const all = everyone();
  expect(orderDelegations(all, rules, options).map((e) => e.delegationId)).toEqual(baselineOrder(all));
  const everyoneFigures = { delegations: Object.keys(all.delegations).length, ...versus(time(() => orderDelegations(all, rules, options), 200), time(() => baselineOrder(all), 200)) };
  // The sample has no baseline: its ambassadors go by the date they presented credentials, which
  // the straightforward order does not know.
  const sampleDocument = buildSampleDocument(referenceData, seededIds(1));
  const sample = { delegations: Object.keys(sampleDocument.delegations).length, engine: time(() => orderDelegations(sampleDocument, rules, options), 200) };
  writeResults('precedence', { benchmark: 'precedence', date: new Date().toISOString(), machine: machine('none'), results: { sample, everyone: everyoneFigures } });
  expect(everyoneFigures.delegations).toBe(referenceData.states.length + referenceData.organizations.length);
  benchRow({ name: `order the sample (${sample.delegations} delegations)`, unit: 'ms', ours: figures(sample.engine), baseline: null, target: 5 });
  benchRow({ name: `order every state and organization (${everyoneFigures.delegations})`, unit: 'ms', ours: figures(everyoneFigures.engine), baseline: figures(everyoneFigures.baseline), target: 5 });
});
