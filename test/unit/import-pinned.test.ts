/**
 * The `pinned` column of the delegations import: `host` sets the event's host country (the host
 * is derived from it), `co-chair` pins a co-chair, empty leaves a delegation ordinary. Importing
 * the host's delegation into a new event pins it with or without the column.
 */
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { blankDocument } from '../../shared/document/blank';
import { seededIds } from '../../shared/ids';
import { exportDelegationsCsv, planDelegationImport } from '../../shared/import/delegations';
import type { EventDocument } from '../../shared/model/collections';
import { defaultRules, orderDelegations } from '../../shared/protocol';
import { seatingProblems } from '../../shared/seating';
import { applyChanges } from '../fixtures/import/apply';

const HEADER = 'kind,name_en,iso3,org_code,head_name,head_title,rank,in_office_since,members';
const ROWS = [
  'state,,FRA,,Jean Exemple,President,head-of-state,,',
  'state,,GHA,,Kofi Exemple,President,head-of-state,,',
  'state,,LAO,,Thongsing Exemple,President,head-of-state,,',
  'state,,VNM,,Nguyen Van Exemple,President,head-of-state,,',
];

const plan = (text: string, document: EventDocument, lang: 'en' | 'vi' = 'en') =>
  planDelegationImport({ text, document, reference: referenceData, lang, ids: seededIds(5) });
const names = (doc: EventDocument) => orderDelegations(doc, defaultRules(), { states: referenceData.states }).map((e) => e.nameEn);

describe('the host and co-chairs in the import', () => {
  it('importing the host’s delegation into a new event pins it first, with no column for it, and validate is clean', () => {
    const doc = blankDocument(seededIds(1), '2025-10-25'); // host country Viet Nam
    const result = plan([HEADER, ...ROWS].join('\n'), doc);
    expect(result.report.errors).toEqual([]);
    const after = applyChanges(doc, result.changes);
    expect(names(after)).toEqual(['Viet Nam', 'France', 'Ghana', "Lao People's Democratic Republic"]);
    expect(seatingProblems(after)).toEqual([]);
  });

  it('`host` sets the event’s host country, `co-chair` pins a co-chair; the export writes both and re-imports to no change', () => {
    const doc = blankDocument(seededIds(1), '2025-10-25');
    const text = [
      `${HEADER},pinned`,
      'state,,FRA,,Jean Exemple,President,head-of-state,,,host',
      'state,,GHA,,Kofi Exemple,President,head-of-state,,,',
      'organization,United Nations,,UN,Antonio Exemple,Secretary-General,head-of-organization,,,Co-Chair',
    ].join('\n');
    const result = plan(text, doc);
    expect(result.report.errors).toEqual([]);
    const after = applyChanges(doc, result.changes);
    expect(Object.values(after.events)[0]!.hostIso3).toBe('FRA');
    expect(names(after)).toEqual(['France', 'United Nations', 'Ghana']);
    const exported = exportDelegationsCsv(after);
    expect(exported).toContain('\r\nstate,France,FRA,,Jean Exemple,President,head-of-state,,,host,Pháp,,,,\r\n');
    expect(exported).toMatch(/,co-chair,[^,\r\n]+,,,,\r\n/);
    const again = plan(exported, after);
    expect(again.report).toMatchObject({ errors: [], created: [], updated: [] });
  });

  it('an empty cell unpins a co-chair; without the column nothing about pinning changes', () => {
    const doc = blankDocument(seededIds(1), '2025-10-25');
    const un = 'organization,United Nations,,UN,Antonio Exemple,Secretary-General,head-of-organization,,';
    const pinned = applyChanges(doc, plan([`${HEADER},pinned`, `${un},co-chair`].join('\n'), doc).changes);
    const kept = plan([HEADER, un].join('\n'), pinned);
    expect(kept.report).toMatchObject({ errors: [], updated: [], unchanged: 1 });
    const cleared = plan([`${HEADER},pinned`, `${un},`].join('\n'), pinned);
    expect(cleared.report.updated).toEqual(['United Nations']);
    expect(Object.values(applyChanges(pinned, cleared.changes).delegations)[0]!.pinnedRole).toBe('none');
  });

  it('refuses a bad value, an organization as host and two hosts, with the line and column, in both languages', () => {
    const doc = blankDocument(seededIds(1), '2025-10-25');
    const text = [
      `${HEADER},pinned`,
      'state,,FRA,,Jean Exemple,President,head-of-state,,,host',
      'state,,GHA,,Kofi Exemple,President,head-of-state,,,HOST',
      'state,,LAO,,Thongsing Exemple,President,head-of-state,,,chair',
      'organization,United Nations,,UN,Antonio Exemple,Secretary-General,head-of-organization,,,host',
    ].join('\n');
    const en = plan(text, doc).report;
    expect(en.errors).toEqual([
      { line: 3, column: 'pinned', reason: 'Only one row can be the host; line 2 already is.' },
      { line: 4, column: 'pinned', reason: '“chair” is not a pinned role. Write host, co-chair, or leave the cell empty.' },
      { line: 5, column: 'pinned', reason: 'An organization cannot be the host: the host is a state (the event’s host country). Write co-chair, or leave the cell empty.' },
    ]);
    expect(plan(text, doc, 'vi').report.errors[1]!.reason).toBe('“chair” không phải là vị trí cố định hợp lệ. Hãy ghi host, co-chair, hoặc để trống.');
  });
});
