/**
 * Who in the event a row of a delegations file is: the delegation it updates (null: a new one),
 * found by the state's ISO code, or an organization's code or name, and the reference
 * organization it names. Checks on the way what only a match can tell: a name that is not the
 * state's or organization's, two delegations of the event it could be, and two rows of the file
 * for one delegation. Rows are matched one at a time, in file order.
 */
import type { EventDocument } from '../model/collections';
import type { Delegation } from '../model/entities';
import type { OrganizationRef, ReferenceData, StateRef } from '../reference/types';
import { foldName, sameName } from '../reference/names';
import type { Params } from '../i18n/index';
import type { ImportMessageKey } from './messages';
import { byId } from '../compare';

/** What a checked row says of who it is. `codeGiven`: the file gave an org_code (not one found by name). */
export type RowIdentity = { line: number; state: StateRef | null; nameEn: string; orgCode: string | null; codeGiven: boolean };
export type RowMatch = { existing: Delegation | null; org: OrganizationRef | null; orgCode: string | null };
/** Adds an error on the row's line. */
export type Report = (column: string, key: ImportMessageKey, params?: Params) => void;

function group<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(item);
    map.set(k, list);
  }
  return map;
}

/** Matches rows to the event's delegations; `rowClean` says the row has no error yet (a second row for one delegation is reported only then). */
export function delegationMatcher(document: EventDocument, reference: ReferenceData) {
  const orgsRef = new Map(reference.organizations.map((o) => [o.code, o]));
  const orgsRefByName = group(reference.organizations, (o) => foldName(o.nameEn));
  const delegations = Object.values(document.delegations).sort(byId);
  const docStates = group(delegations, (d) => (d.kind === 'organization' ? null : d.iso3));
  const docOrgs = delegations.filter((d) => d.kind === 'organization');
  const docOrgsByCode = group(docOrgs, (d) => d.orgCode);
  const docOrgsByName = group(docOrgs, (d) => foldName(d.nameEn));
  // What earlier rows said.
  const seenIso3 = new Map<string, number>();
  const seenOrgCode = new Map<string, number>();
  const seenOrgName = new Map<string, { line: number; codeGiven: boolean }[]>();
  const seenExisting = new Map<string, number>();

  return function match({ line, state, nameEn, orgCode, codeGiven }: RowIdentity, report: Report, rowClean: () => boolean): RowMatch {
    let existing: Delegation | null;
    let org: OrganizationRef | null = null;
    const ambiguous = (candidates: Delegation[]) =>
      report('', 'event-ambiguous', { count: candidates.length, names: candidates.map((d) => d.nameEn).join(', ') });
    if (state) {
      const candidates = docStates.get(state.iso3) ?? [];
      if (candidates.length > 1) ambiguous(candidates);
      existing = candidates[0] ?? null;
      if (nameEn !== '' && !sameName(nameEn, state.nameEn) && !(existing && sameName(nameEn, existing.nameEn))) {
        const event = existing && !sameName(existing.nameEn, state.nameEn) ? existing.nameEn : null;
        const params = { value: nameEn, reference: state.nameEn, iso3: state.iso3, event: event ?? '' };
        report('name_en', event ? 'state-name-mismatch-event' : 'state-name-mismatch', params);
      }
      const earlier = seenIso3.get(state.iso3);
      if (earlier !== undefined) report('iso3', 'duplicate-iso3', { iso3: state.iso3, line: earlier });
      else seenIso3.set(state.iso3, line);
    } else {
      const folded = foldName(nameEn);
      if (orgCode !== null) {
        org = orgsRef.get(orgCode) ?? null;
        const byCode = docOrgsByCode.get(orgCode) ?? [];
        if (byCode.length > 1) ambiguous(byCode);
        existing = byCode[0] ?? null;
        if (!existing) {
          const byName = docOrgsByName.get(folded) ?? [];
          const withoutCode = byName.filter((d) => d.orgCode === null);
          if (withoutCode.length > 1) ambiguous(withoutCode);
          existing = withoutCode[0] ?? null;
          const other = byName.find((d) => d.orgCode !== null);
          if (!existing && other) report('org_code', 'org-code-conflict', { name: other.nameEn, code: other.orgCode! });
        }
        // The name is a check of the code: it must be the organization's name.
        const expectedName = org?.nameEn ?? existing?.nameEn ?? null;
        if (expectedName !== null && !sameName(nameEn, expectedName) && !(existing && sameName(nameEn, existing.nameEn))) {
          const event = existing && org && !sameName(existing.nameEn, org.nameEn) ? existing.nameEn : null;
          const params = { value: nameEn, reference: expectedName, code: orgCode, event: event ?? '' };
          report('name_en', event ? 'org-name-mismatch-event' : 'org-name-mismatch', params);
        }
      } else {
        org = orgsRefByName.get(folded)?.[0] ?? null;
        const byName = docOrgsByName.get(folded) ?? [];
        if (byName.length > 1) ambiguous(byName);
        existing = byName[0] ?? null;
        if (!existing && org) {
          const byCode = docOrgsByCode.get(org.code) ?? [];
          if (byCode.length > 1) ambiguous(byCode);
          existing = byCode[0] ?? null;
        }
        orgCode = org?.code ?? existing?.orgCode ?? null;
      }
      if (orgCode !== null) {
        const earlier = seenOrgCode.get(orgCode);
        if (earlier !== undefined) report('org_code', 'duplicate-org-code', { code: orgCode, line: earlier });
        else seenOrgCode.set(orgCode, line);
      }
      // Two organizations may share a name only when both rows give their codes: a row without
      // a code is found by its name.
      const earlier = seenOrgName.get(folded)?.find((seen) => !seen.codeGiven || !codeGiven);
      if (earlier !== undefined) report('name_en', 'duplicate-org-name', { name: nameEn, line: earlier.line });
      seenOrgName.set(folded, [...(seenOrgName.get(folded) ?? []), { line, codeGiven }]);
    }
    if (existing) {
      const earlier = seenExisting.get(existing.id);
      if (earlier !== undefined && rowClean()) {
        report('', 'same-delegation', { line: earlier, name: existing.nameEn });
      } else seenExisting.set(existing.id, line);
    }
    return { existing, org, orgCode };
  };
}
