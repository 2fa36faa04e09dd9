/**
 * The checks of one data row of a delegations file, against the header's columns, the
 * reference table, the event and the rows before it: the row to write, or its errors (in the
 * planner's IssueList, on the record's line and spreadsheet row). Rows are given one at a time,
 * in file order, and none is kept here beyond what later rows are checked against.
 */
import { byId } from '../compare';
import type { EventDocument } from '../model/collections';
import { DelegationKind, RankClass, type Delegation } from '../model/entities';
import { IsoDate, NAME_FORBIDDEN_CHARACTERS } from '../model/primitives';
import type { OrganizationRef, ReferenceData, StateRef } from '../reference/types';
import { foldName, sameName } from '../reference/names';
import { translate, type Language, type Params } from '../i18n/index';
import { unneutraliseFormula, type CsvRecord } from './csv';
import { parseMembers } from './members';
import { readDetails, type PersonDetails } from './person-details';
import { parsePinned, type PinnedCell } from './pinned';
import { importMessages, type ImportMessageKey } from './messages';
import type { IssueList } from './issues';
import type { DelegationColumn, Member, Row } from './delegation-row';

const NAME_MAX = 200; // entities.ts: Name
const SHORT_TEXT_MAX = 200; // entities.ts: ShortText
const ORG_CODE = /^[A-Z0-9-]{2,16}$/;
const KINDS = DelegationKind.options.join(', ');
const RANKS = RankClass.options.join(', ');

export type RowContext = {
  header: CsvRecord;
  columnIndex: ReadonlyMap<DelegationColumn, number>;
  unnamed: readonly number[]; // columns without a name, which must stay empty
  document: EventDocument;
  reference: ReferenceData;
  lang: Language;
  errors: IssueList;
};

export type RowChecker = {
  /** The row to write, or null when it has errors (added to the context's list) or cannot be identified. */
  check(record: CsvRecord): Row | null;
  /** A column some row needed and the file lacks (iso3 for a state, name_en for an organization), with the first such row. */
  needsColumn: ReadonlyMap<DelegationColumn, { kind: DelegationKind; line: number }>;
};

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

export function rowChecker(context: RowContext): RowChecker {
  const { header, columnIndex, unnamed, document, reference, lang, errors } = context;
  const expected = header.fields.length;
  // Where each column is, as a plain object: a row asks some fifteen times, a million rows fifteen million.
  const at: Partial<Record<DelegationColumn, number>> = Object.fromEntries(columnIndex);
  const has = (column: DelegationColumn) => at[column] !== undefined;

  // ---- indexes -----------------------------------------------------------------------------
  const statesRef = new Map(reference.states.map((s) => [s.iso3, s]));
  const orgsRef = new Map(reference.organizations.map((o) => [o.code, o]));
  const orgsRefByName = group(reference.organizations, (o) => foldName(o.nameEn));
  const delegations = Object.values(document.delegations).sort(byId);
  const docStates = group(delegations, (d) => (d.kind === 'organization' ? null : d.iso3));
  const docOrgs = delegations.filter((d) => d.kind === 'organization');
  const docOrgsByCode = group(docOrgs, (d) => d.orgCode);
  const docOrgsByName = group(docOrgs, (d) => foldName(d.nameEn));

  // ---- what earlier rows said ---------------------------------------------------------------
  const seenIso3 = new Map<string, number>();
  const seenOrgCode = new Map<string, number>();
  const seenOrgName = new Map<string, { line: number; codeGiven: boolean }[]>();
  const seenExisting = new Map<string, number>();
  const needsColumn = new Map<DelegationColumn, { kind: DelegationKind; line: number }>();
  let hostLine: number | null = null;

  function check(record: CsvRecord): Row | null {
    const { line } = record;
    const error = (at: number, column: string, key: ImportMessageKey, params?: Params | (() => Params)) => errors.add(at, column, key, params, record.row);
    if (record.problem) {
      const spans = record.problem === 'malformed-quote' && record.lastLine > line;
      error(line, '', spans ? 'malformed-quote-span' : record.problem, { line, end: record.lastLine });
      return null;
    }
    if (record.fields.length < expected) {
      error(line, '', 'too-few-fields', { found: record.fields.length, expected });
      return null;
    }
    if (record.fields.length > expected) {
      error(line, '', 'too-many-fields', { found: record.fields.length, expected });
      return null;
    }
    const before = errors.length;
    for (const i of unnamed) {
      const value = record.fields[i]!.trim();
      if (value !== '') error(line, '', 'unnamed-column', { index: i + 1, value });
    }
    const cell = (column: DelegationColumn): string => {
      const i = at[column];
      return i === undefined ? '' : unneutraliseFormula(record.fields[i]!).trim();
    };
    const nameOk = (column: string, value: string): boolean => {
      const problem = nameProblem(value);
      if (problem) error(line, column, problem.key, problem.params);
      return !problem;
    };
    const textOk = (column: string, value: string): boolean => {
      if (value.length <= SHORT_TEXT_MAX) return true;
      error(line, column, 'too-long', { length: value.length, max: SHORT_TEXT_MAX });
      return false;
    };

    // kind
    const kindText = cell('kind');
    let kind: DelegationKind | null = null;
    if (kindText === '') error(line, 'kind', 'required');
    else if ((DelegationKind.options as readonly string[]).includes(kindText.toLowerCase())) kind = kindText.toLowerCase() as DelegationKind;
    else error(line, 'kind', 'bad-kind', { value: kindText, allowed: KINDS });

    // head
    const headName = cell('head_name');
    nameOk('head_name', headName);
    const headTitle = has('head_title') ? cell('head_title') : undefined;
    if (headTitle !== undefined) textOk('head_title', headTitle);
    const head = readDetails({
      titleVi: has('head_title_vi') ? cell('head_title_vi') : undefined,
      gender: has('head_gender') ? cell('head_gender') : undefined,
      honorific: has('head_honorific') ? cell('head_honorific') : undefined,
      honorificVi: has('head_honorific_vi') ? cell('head_honorific_vi') : undefined,
    });
    for (const p of head.problems) error(line, HEAD_DETAIL_COLUMN[p.field], p.key, p.params);
    const rankText = cell('rank');
    let rank: RankClass | null = null;
    if (rankText === '') error(line, 'rank', 'required');
    else if ((RankClass.options as readonly string[]).includes(rankText.toLowerCase())) rank = rankText.toLowerCase() as RankClass;
    else error(line, 'rank', 'bad-rank', { value: rankText, allowed: RANKS });
    let inOfficeSince: string | null | undefined = undefined;
    if (has('in_office_since')) {
      const value = cell('in_office_since');
      if (value === '') inOfficeSince = null;
      else if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) error(line, 'in_office_since', 'bad-date-format', { value });
      else if (!IsoDate.safeParse(value).success) error(line, 'in_office_since', 'bad-date', { value });
      else inOfficeSince = value;
    }

    // members
    let members: Member[] | undefined = undefined;
    if (has('members')) {
      const parsed = parseMembers(cell('members'));
      const details = new Map<number, PersonDetails>();
      for (const p of parsed.problems) {
        if (p.kind === 'no-name') error(line, 'members', 'member-no-name', { index: p.index });
        else error(line, 'members', 'member-extra-bar', { index: p.index, value: p.raw });
      }
      for (const m of parsed.members) {
        const problems: { key: ImportMessageKey; params?: Params }[] = [];
        const name = nameProblem(m.name);
        if (name) problems.push(name);
        if (m.fn.length > SHORT_TEXT_MAX) problems.push({ key: 'too-long', params: { length: m.fn.length, max: SHORT_TEXT_MAX } });
        const read = readDetails(m);
        problems.push(...read.problems);
        details.set(m.index, read.details);
        for (const p of problems) {
          const reason = () => translate(importMessages, lang, p.key, p.params); // only for an error kept
          error(line, 'members', 'member', () => ({ index: m.index, value: m.name.slice(0, 60), reason: reason() }));
        }
      }
      members = parsed.members.map(({ name, fn, index }) => ({ name, fn, details: details.get(index) ?? {} }));
    }

    // who the row is
    const nameEn = cell('name_en');
    const nameVi = has('name_vi') && cell('name_vi') !== '' ? cell('name_vi').normalize('NFC') : undefined;
    if (nameVi !== undefined) nameOk('name_vi', nameVi);
    const iso3Text = cell('iso3').toUpperCase();
    const orgCodeText = cell('org_code').toUpperCase();
    let state: StateRef | null = null;
    let org: OrganizationRef | null = null;
    let orgCode: string | null = null;
    if (kind === 'state' || kind === 'observer-state') {
      if (orgCodeText !== '') error(line, 'org_code', 'not-for-kind', { column: 'org_code', kind, value: cell('org_code') });
      if (nameEn !== '') nameOk('name_en', nameEn);
      if (!has('iso3')) {
        if (!needsColumn.has('iso3')) needsColumn.set('iso3', { kind, line });
      } else if (iso3Text === '') error(line, 'iso3', 'required');
      else if (!/^[A-Z]{3}$/.test(iso3Text)) error(line, 'iso3', 'bad-iso3', { value: cell('iso3') });
      else if (!statesRef.has(iso3Text)) error(line, 'iso3', 'unknown-iso3', { value: iso3Text });
      else {
        state = statesRef.get(iso3Text)!;
        const params = { name: state.nameEn, iso3: state.iso3, value: kind };
        if (kind === 'state' && state.status === 'observer-state') error(line, 'kind', 'kind-is-observer', params);
        if (kind === 'observer-state' && state.status === 'member-state') error(line, 'kind', 'kind-is-member', params);
      }
    } else if (kind === 'organization') {
      if (iso3Text !== '') error(line, 'iso3', 'not-for-kind', { column: 'iso3', kind, value: cell('iso3') });
      if (!has('name_en')) {
        if (!needsColumn.has('name_en')) needsColumn.set('name_en', { kind, line });
      } else nameOk('name_en', nameEn);
      if (orgCodeText !== '') {
        if (ORG_CODE.test(orgCodeText)) orgCode = orgCodeText;
        else error(line, 'org_code', 'bad-org-code', { value: cell('org_code') });
      }
    }
    let pinned: PinnedCell | undefined = undefined;
    if (has('pinned') && kind !== null) {
      const parsed = parsePinned(cell('pinned'), kind);
      if ('key' in parsed) error(line, 'pinned', parsed.key, parsed.params);
      else if (parsed.pinned === 'host' && hostLine !== null) error(line, 'pinned', 'pinned-host-twice', { line: hostLine });
      else ({ pinned } = parsed);
      if (pinned === 'host') hostLine = line;
    }
    if (errors.length > before || kind === null || rank === null) return null;
    // Without the iso3 or name_en column the row cannot be identified: reported once, below.
    if (kind !== 'organization' ? state === null : !has('name_en')) return null;

    // ---- match with the event, check names and duplicates
    let existing: Delegation | null;
    const ambiguous = (candidates: Delegation[]) =>
      error(line, '', 'event-ambiguous', { count: candidates.length, names: candidates.map((d) => d.nameEn).join(', ') });
    if (state) {
      const candidates = docStates.get(state.iso3) ?? [];
      if (candidates.length > 1) ambiguous(candidates);
      existing = candidates[0] ?? null;
      if (nameEn !== '' && !sameName(nameEn, state.nameEn) && !(existing && sameName(nameEn, existing.nameEn))) {
        const event = existing && !sameName(existing.nameEn, state.nameEn) ? existing.nameEn : null;
        const params = { value: nameEn, reference: state.nameEn, iso3: state.iso3, event: event ?? '' };
        error(line, 'name_en', event ? 'state-name-mismatch-event' : 'state-name-mismatch', params);
      }
      const earlier = seenIso3.get(state.iso3);
      if (earlier !== undefined) error(line, 'iso3', 'duplicate-iso3', { iso3: state.iso3, line: earlier });
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
          if (!existing && other) error(line, 'org_code', 'org-code-conflict', { name: other.nameEn, code: other.orgCode! });
        }
        // The name is a check of the code: it must be the organization's name.
        const expectedName = org?.nameEn ?? existing?.nameEn ?? null;
        if (expectedName !== null && !sameName(nameEn, expectedName) && !(existing && sameName(nameEn, existing.nameEn))) {
          const event = existing && org && !sameName(existing.nameEn, org.nameEn) ? existing.nameEn : null;
          const params = { value: nameEn, reference: expectedName, code: orgCode, event: event ?? '' };
          error(line, 'name_en', event ? 'org-name-mismatch-event' : 'org-name-mismatch', params);
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
        if (earlier !== undefined) error(line, 'org_code', 'duplicate-org-code', { code: orgCode, line: earlier });
        else seenOrgCode.set(orgCode, line);
      }
      // Two organizations may share a name only when both rows give their codes: a row without
      // a code is found by its name.
      const codeGiven = orgCodeText !== '';
      const earlier = seenOrgName.get(folded)?.find((seen) => !seen.codeGiven || !codeGiven);
      if (earlier !== undefined) error(line, 'name_en', 'duplicate-org-name', { name: nameEn, line: earlier.line });
      seenOrgName.set(folded, [...(seenOrgName.get(folded) ?? []), { line, codeGiven }]);
    }
    if (existing) {
      const earlier = seenExisting.get(existing.id);
      if (earlier !== undefined && errors.length === before) {
        error(line, '', 'same-delegation', { line: earlier, name: existing.nameEn });
      } else seenExisting.set(existing.id, line);
    }
    if (errors.length > before) return null;
    return {
      line,
      row: record.row,
      kind,
      iso3: state?.iso3 ?? null,
      orgCode,
      nameEn: state?.nameEn ?? org?.nameEn ?? nameEn,
      nameVi,
      state,
      org,
      existing,
      headName,
      headTitle,
      headDetails: head.details,
      rank,
      inOfficeSince,
      members,
      pinned,
    };
  }

  return { check, needsColumn };
}

const HEAD_DETAIL_COLUMN: Record<keyof PersonDetails, DelegationColumn> = {
  titleVi: 'head_title_vi',
  gender: 'head_gender',
  honorific: 'head_honorific',
  honorificVi: 'head_honorific_vi',
};

function nameProblem(value: string): { key: ImportMessageKey; params?: Params } | null {
  if (value === '') return { key: 'required' };
  if (NAME_FORBIDDEN_CHARACTERS.test(value)) return { key: 'name-control' };
  if (value.length > NAME_MAX) return { key: 'too-long', params: { length: value.length, max: NAME_MAX } };
  return null;
}
