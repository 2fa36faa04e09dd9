import type { EventDocument } from '../model/collections';
import type { Delegation, DelegationKind } from '../model/entities';
import { byId, byKey, byUnName, thenBy } from '../compare';
import { csvText, type Delimiter } from './csv';
import { formatMembers } from './members';
import { detailCells } from './person-details';
import { pinnedCell } from './pinned';
import { DELEGATION_COLUMNS, headAndMembers, peopleByDelegation, type DelegationColumn } from './delegation-row';

const KIND_ORDER: Record<DelegationKind, number> = { state: 0, 'observer-state': 1, organization: 2 };

/**
 * The event's delegations as rows in the import format: the header (DELEGATION_COLUMNS), then
 * one row per delegation, so that importing them back changes nothing. Values as stored: each
 * file format escapes and neutralises them itself. Order: states, observer states,
 * organizations, each by English name as the UN sorts. A delegation without a head is written
 * with empty head columns (the import will ask for them).
 */
export function delegationTable(document: EventDocument): string[][] {
  const people = peopleByDelegation(document);
  const delegations = Object.values(document.delegations).sort(thenBy<Delegation>(byKey((d) => KIND_ORDER[d.kind]), byUnName((d) => d.nameEn), byId));
  const rows: string[][] = [[...DELEGATION_COLUMNS]];
  for (const d of delegations) {
    const { head, members } = headAndMembers(people.get(d.id));
    const headDetails = detailCells(head);
    const cells: Record<DelegationColumn, string> = {
      kind: d.kind,
      name_en: d.nameEn,
      iso3: d.kind === 'organization' ? '' : (d.iso3 ?? ''),
      org_code: d.kind === 'organization' ? (d.orgCode ?? '') : '',
      head_name: head?.name ?? '',
      head_title: head?.titleEn ?? '',
      rank: head?.rank ?? '',
      in_office_since: head?.inOfficeSince ?? '',
      members: formatMembers(members.map((p) => ({ name: p.name, fn: p.titleEn, ...detailCells(p) }))),
      pinned: pinnedCell(document, d),
      name_vi: d.nameVi,
      head_title_vi: headDetails.titleVi,
      head_gender: headDetails.gender,
      head_honorific: headDetails.honorific,
      head_honorific_vi: headDetails.honorificVi,
    };
    rows.push(DELEGATION_COLUMNS.map((c) => cells[c]));
  }
  return rows;
}

/**
 * The delegations as a CSV file (see delegationTable): UTF-8 byte-order mark, RFC 4180 quoting,
 * CRLF line ends; a cell that a spreadsheet would run as a formula is prefixed with an
 * apostrophe (see csv.ts).
 */
export function exportDelegationsCsv(document: EventDocument, options: { delimiter?: Delimiter } = {}): string {
  return csvText(delegationTable(document), options.delimiter);
}
