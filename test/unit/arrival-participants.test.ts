/**
 * Who arrives, chosen as a group (issue 14 §3, the CLI's `sequence --who`): the states only
 * (members and observers), the organizations only, or the delegations of a list of codes —
 * never the host, who greets — stored with the sequence, said in the explanation, and refused
 * by the settings' schema when malformed.
 */
import { describe, expect, it } from 'vitest';
import { describeArrival, planSequence } from '../../shared/arrival';
import { ArrivalSettings } from '../../shared/arrival/settings';
import { ArrivalBuilder, namesOf } from './arrival-fixtures';

function event(participants: unknown) {
  const b = new ArrivalBuilder();
  b.add({ iso3: 'VNM', pinned: 'host' }, { iso3: 'FRA' }, { iso3: 'JPN' }, { iso3: 'VAT' }, { org: 'UNODC' }, { org: 'INTERPOL' });
  const { sequence } = b.sequence({ rule: 'alphabetical', settings: { participants } as never });
  const plan = planSequence(b.doc, sequence.id);
  return { names: namesOf(b.doc, plan.slots.map((s) => s.delegationId)).sort(), plan };
}

describe('who arrives, as a group', () => {
  it('the states only: members and observers, not the host', () => {
    const { names, plan } = event({ kinds: 'states' });
    expect(names).toEqual(['France', 'Holy See', 'Japan']);
    expect(plan.explanation.map((r) => describeArrival(r, 'en'))).toContain('Arriving: the states only, member and observer (3 delegations).');
    expect(plan.explanation.map((r) => describeArrival(r, 'vi'))).toContain('Các đoàn đến: chỉ các quốc gia, thành viên và quan sát viên (3 đoàn).');
    expect(plan.options.participants).toEqual({ kinds: 'states' }); // stored with the plan
  });

  it('the organizations only', () => {
    expect(event({ kinds: 'organizations' }).names).toEqual(['International Criminal Police Organization', 'United Nations Office on Drugs and Crime']);
  });

  it('the delegations of a list of codes (ISO3 or organization code), the host left to greet', () => {
    const { names, plan } = event({ codes: ['JPN', 'UNODC', 'VNM'] });
    expect(names).toEqual(['Japan', 'United Nations Office on Drugs and Crime']);
    expect(plan.explanation.map((r) => describeArrival(r, 'en'))).toContain('Arriving: the delegations of JPN, UNODC, VNM (2 delegations).');
  });

  it('refuses a malformed group', () => {
    for (const participants of [{ kinds: 'people' }, { codes: [] }, { codes: ['fra'] }, { codes: ['JPN'], kinds: 'states' }]) {
      expect(ArrivalSettings.safeParse({ participants }).success, JSON.stringify(participants)).toBe(false);
    }
  });
});
