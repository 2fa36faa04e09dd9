import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COLLECTIONS, ChangesSchema, emptyDocument, isEmptyChanges, type EventDocument } from '../../shared/model/collections';
import { RankClass, type Assignment, type Delegation, type Person } from '../../shared/model/entities';
import { Name } from '../../shared/model/primitives';
import { seededIds } from '../../shared/ids';
import { translate, type Language, type Params } from '../../shared/i18n/index';
import type { ReferenceData } from '../../shared/reference/types';
import { MAX_REPORTED_ERRORS, exportDelegationsCsv, planDelegationImport } from '../../shared/import/delegations';
import { importMessages, rankLabels, type ImportMessageKey } from '../../shared/import/messages';
import { deriveFamilyName } from '../../shared/import/family-name';
import { parseMembers } from '../../shared/import/members';
import { testReference } from '../fixtures/import/reference';
import { applyChanges } from '../fixtures/import/apply';
import { referenceData } from '../../resources/reference/load';

const HEADER = 'kind,name_en,iso3,org_code,head_name,head_title,rank,in_office_since,members';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const template = (name: string) => readFileSync(new URL(`../../resources/templates/${name}`, import.meta.url), 'utf8');

function plan(text: string, document: EventDocument = emptyDocument(), opts: { lang?: Language; seed?: number; reference?: ReferenceData } = {}) {
  return planDelegationImport({
    text,
    document,
    reference: opts.reference ?? testReference,
    lang: opts.lang ?? 'en',
    ids: seededIds(opts.seed ?? 7),
  });
}

const apply = applyChanges;

function importInto(text: string, document: EventDocument = emptyDocument(), reference?: ReferenceData): EventDocument {
  const result = plan(text, document, { reference });
  expect(result.report.errors).toEqual([]);
  return apply(document, result.changes);
}

const delegationNamed = (doc: EventDocument, nameEn: string) => Object.values(doc.delegations).find((d) => d.nameEn === nameEn)!;
const peopleOf = (doc: EventDocument, delegationId: string) =>
  Object.values(doc.people)
    .filter((p) => p.delegationId === delegationId)
    .sort((a, b) => a.order - b.order);

type Expected = { line: number; column: string; key: ImportMessageKey; params?: Params };

/** The file is refused with exactly these issues, in both languages, and nothing to write. */
function expectRefused(text: string, expected: Expected[], document: EventDocument = emptyDocument()) {
  for (const lang of ['en', 'vi'] as const) {
    const { report, changes } = plan(text, document, { lang });
    expect(report.errors).toEqual(
      expected.map((e) => ({ line: e.line, column: e.column, reason: translate(importMessages, lang, e.key, e.params) })),
    );
    expect(report.applied).toBe(false);
    expect(report.created).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(changes).toEqual({ upserts: {}, deletes: {} });
  }
}

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('reading the file', () => {
  it('imports a spreadsheet file (BOM, CRLF, commas, quoted line breaks) with names from the reference table', () => {
    const { report, changes } = plan(fixture('delegations-comma-bom-crlf.csv'));
    expect(report).toEqual({
      applied: true,
      created: ['Viet Nam', 'Türkiye', 'Holy See', 'United Nations Office on Drugs and Crime', 'Asia-Pacific Cyber Forum'],
      updated: [],
      unchanged: 0,
      errors: [],
      errorCount: 0,
    });
    const doc = apply(emptyDocument(), changes);
    const vnm = delegationNamed(doc, 'Viet Nam'); // name_en was empty: taken from the reference by iso3
    expect(vnm).toMatchObject({ kind: 'state', iso3: 'VNM', nameVi: 'Việt Nam', nameFr: 'Viet Nam', flagCode: 'vn', orgCode: null, pinnedRole: 'none', notes: '' });
    expect(peopleOf(doc, vnm.id).map((p) => [p.role, p.order, p.name, p.titleEn, p.rank, p.inOfficeSince])).toEqual([
      ['head', 0, 'Nguyễn Văn An', 'Chủ tịch nước', 'head-of-state', '2024-10-21'],
      ['member', 1, 'Trần Thị Bình', 'Bộ trưởng Ngoại giao', 'other', null],
      ['member', 2, 'Lê Văn Cường', 'Thứ trưởng Công an', 'other', null],
    ]);
    expect(delegationNamed(doc, 'Holy See')).toMatchObject({ kind: 'observer-state', iso3: 'VAT', nameVi: 'Tòa Thánh', flagCode: 'va' });
    const unodc = delegationNamed(doc, 'United Nations Office on Drugs and Crime');
    expect(unodc).toMatchObject({ kind: 'organization', iso3: null, orgCode: 'UNODC', orgCategory: 'un-secretariat', flagCode: 'un' });
    expect(peopleOf(doc, unodc.id).map((p) => [p.name, p.titleEn])).toEqual([
      ['Jane Doe', 'Executive Director'],
      ['John Roe', 'Chief, Cybercrime Section'],
      ['Ana Lima', ''],
    ]);
    // An organization that is not in the reference table: no code, category other, its English name in Vietnamese too.
    expect(delegationNamed(doc, 'Asia-Pacific Cyber Forum')).toMatchObject({
      orgCode: null, orgCategory: 'other', nameVi: 'Asia-Pacific Cyber Forum', nameFr: '', flagCode: null,
    });
  });

  it('writes only rows that parse with their entity schemas, and a Changes the IPC contract accepts', () => {
    const { changes } = plan(fixture('delegations-comma-bom-crlf.csv'));
    expect(changes.upserts.delegations).toHaveLength(5);
    expect(changes.upserts.people).toHaveLength(5 + 5); // 5 heads, 5 members
    for (const row of changes.upserts.delegations!) expect(COLLECTIONS.delegations.schema.safeParse(row).error).toBeUndefined();
    for (const row of changes.upserts.people!) expect(COLLECTIONS.people.schema.safeParse(row).error).toBeUndefined();
    expect(ChangesSchema.safeParse(changes).error).toBeUndefined();
    const head = changes.upserts.people!.find((p) => p.name === 'Jane Doe')!;
    expect(head).toMatchObject({
      role: 'head', order: 0, honorific: '', familyName: 'Doe', titleVi: '', gender: 'unspecified', language: 'en',
      credentialsAt: null, needsInterpreter: false, needsAccessible: false, notes: '',
    });
  });

  it('reads a semicolon file without BOM, with other header case, exactly like the comma file', () => {
    const comma = plan(fixture('delegations-comma-bom-crlf.csv'), emptyDocument(), { seed: 3 });
    const semicolon = plan(fixture('delegations-semicolon.csv'), emptyDocument(), { seed: 3 });
    expect(semicolon.report.errors).toEqual([]);
    expect(semicolon.changes).toEqual(comma.changes);
  });

  it('strips the byte-order mark, so the first column is recognised and no name carries it', () => {
    const text = '\uFEFF' + csv(HEADER, 'state,,FRA,,Marie Curie,,minister,,');
    const doc = importInto(text);
    expect(Object.values(doc.people)[0]!.name).toBe('Marie Curie');
    expect(JSON.stringify(doc)).not.toContain('\uFEFF');
  });

  it('stores Vietnamese text in NFC: a decomposed file gives the same rows as a composed one, and re-imports to no change', () => {
    const composed = csv(HEADER, 'state,,VNM,,Nguyễn Thị Ánh,Bộ trưởng,minister,,Đặng Văn Hùng | Vụ trưởng');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const a = plan(composed);
    const b = plan(decomposed);
    expect(b.changes).toEqual(a.changes);
    const names = b.changes.upserts.people!.map((p) => p.name);
    expect(names).toEqual(['Nguyễn Thị Ánh', 'Đặng Văn Hùng']);
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
    const doc = apply(emptyDocument(), b.changes);
    expect(plan(composed, doc).report).toMatchObject({ unchanged: 1, created: [], updated: [] });
    expect(isEmptyChanges(plan(decomposed, doc).changes)).toBe(true);
  });

  it('skips blank lines and lines of empty cells, and counts physical lines across quoted line breaks', () => {
    const text = [
      HEADER, // 1
      '', // 2
      'state,,FRA,,Marie Curie,,minister,,"A | x', // 3
      'B | y', // 4
      '', // 5 (inside the quoted cell: part of the value)
      'C | z"', // 6
      ',,,,,,,,', // 7
      'state,,AUT,,Franz Beispiel,,nope,,', // 8
      '"state",,AUS,,"Jo ""Bluey""', // 9
      'Smith",,minister,2025-02-30,', // 10
      'state,,VNM,,An,,minister,,', // 11
    ].join('\r\n');
    expectRefused(text, [
      { line: 8, column: 'rank', key: 'bad-rank', params: { value: 'nope', allowed: RankClass.options.join(', ') } },
      { line: 9, column: 'head_name', key: 'name-control' },
      { line: 9, column: 'in_office_since', key: 'bad-date', params: { value: '2025-02-30' } },
    ]);
  });

  it('refuses a text-direction override in a name, and takes Arabic and Hebrew names as they are', () => {
    expectRefused(csv(HEADER, 'state,,FRA,,Lê \u202Egnp.exe,,minister,,', 'state,,AUT,,\u2067Anna\u2069,,minister,,'), [
      { line: 2, column: 'head_name', key: 'name-control' },
      { line: 3, column: 'head_name', key: 'name-control' },
    ]);
    const { report } = plan(csv(HEADER, 'state,,FRA,,سارة أحمد,,minister,,', 'state,,AUT,,דוד כהן,,minister,,'));
    expect(report.errors).toEqual([]);
    expect(Name.safeParse('Lê \u202Egnp.exe').success).toBe(false);
    expect(Name.safeParse('محمد').success).toBe(true);
  });

  it('keeps delimiters, quotes and line breaks inside quoted cells as text', () => {
    const doc = importInto(csv(HEADER, 'state,,FRA,,"Jean ""Jo"" Dupont","Minister, Justice; Interior","minister",,"Ann | Adviser, ""senior""\nBob | Counsellor"'));
    const people = peopleOf(doc, Object.keys(doc.delegations)[0]!);
    expect(people.map((p) => [p.name, p.titleEn])).toEqual([
      ['Jean "Jo" Dupont', 'Minister, Justice; Interior'],
      ['Ann', 'Adviser, "senior"'],
      ['Bob', 'Counsellor'],
    ]);
  });
});

describe('refusing bad files: every problem, with its line, column and reason, in both languages, nothing written', () => {
  it('lists the first 1,000 errors of a hugely broken file by line, and counts them all', () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `state,Nowhere ${i},ZZ${i % 10},,Someone,,not-a-rank,,`);
    const { report, changes } = plan(csv(HEADER, ...rows));
    expect(report.errorCount).toBeGreaterThanOrEqual(1_500);
    expect(report.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(report.errors[0]!.line).toBe(2);
    expect(report.errors.map((e) => e.line)).toEqual([...report.errors.map((e) => e.line)].sort((a, b) => a - b));
    expect(changes).toEqual({ upserts: {}, deletes: {} });
  });

  it('refuses an empty file and a header-only file with one clear error', () => {
    expectRefused('', [{ line: 1, column: '', key: 'empty-file' }]);
    expectRefused('\uFEFF\r\n\r\n', [{ line: 1, column: '', key: 'empty-file' }]);
    expectRefused(csv(HEADER, '', ''), [{ line: 1, column: '', key: 'no-data-rows' }]);
  });

  it('refuses unknown, duplicate and missing columns (a typo is never silently ignored)', () => {
    const allowed = 'kind, name_en, iso3, org_code, head_name, head_title, rank, in_office_since, members, pinned, name_vi, head_title_vi, head_gender, head_honorific, head_honorific_vi';
    expectRefused(csv('kind,iso3,head_nam,rank,RANK', 'state,FRA,Marie Curie,minister,minister'), [
      { line: 1, column: 'head_nam', key: 'unknown-column', params: { column: 'head_nam', allowed } },
      { line: 1, column: 'rank', key: 'duplicate-column', params: { column: 'rank', first: 4, second: 5 } },
      { line: 1, column: 'head_name', key: 'missing-column', params: { column: 'head_name' } },
    ]);
    expectRefused(csv('kind\thead_name\trank', 'state\tA\tminister'), [
      { line: 1, column: '', key: 'no-delimiter', params: { value: 'kind\thead_name\trank' } },
    ]);
  });

  it('requires iso3 when the file has states and name_en when it has organizations', () => {
    expectRefused(csv('kind,head_name,rank', 'organization,A B,head-of-organization', 'state,C D,minister', 'state,E F,minister'), [
      { line: 1, column: 'name_en', key: 'missing-column-for-kind', params: { column: 'name_en', kind: 'organization', line: 2 } },
      { line: 1, column: 'iso3', key: 'missing-column-for-kind', params: { column: 'iso3', kind: 'state', line: 3 } },
    ]);
  });

  it('names both names when name_en disagrees with the reference, and says which kind observer states are', () => {
    const text = csv(
      HEADER,
      'state,Australia,AUT,,Franz Beispiel,,minister,,', // 2: AUT is Austria
      'state,,VAT,,Pietro Rossi,,foreign-minister,,', // 3: the Holy See is an observer state
      'observer-state,,FRA,,Marie Curie,,minister,,', // 4: France is a member state
      'state,,XKX,,Ana Example,,minister,,', // 5
      'state,,FR,,Ana Example,,minister,,', // 6
      'state,turkiye,TUR,,Ayşe Yılmaz,,minister,,', // 7: accents and case folded: fine
    );
    expectRefused(text, [
      { line: 2, column: 'name_en', key: 'state-name-mismatch', params: { value: 'Australia', reference: 'Austria', iso3: 'AUT' } },
      { line: 3, column: 'kind', key: 'kind-is-observer', params: { name: 'Holy See', iso3: 'VAT', value: 'state' } },
      { line: 4, column: 'kind', key: 'kind-is-member', params: { name: 'France', iso3: 'FRA', value: 'observer-state' } },
      { line: 5, column: 'iso3', key: 'unknown-iso3', params: { value: 'XKX' } },
      { line: 6, column: 'iso3', key: 'bad-iso3', params: { value: 'FR' } },
    ]);
    const en = plan(text).report.errors[0]!.reason;
    expect(en).toBe('name_en “Australia” does not match “Austria”, the UN name of AUT.');
    const vi = plan(text, emptyDocument(), { lang: 'vi' }).report.errors[0]!.reason;
    expect(vi).toBe('name_en “Australia” không khớp với “Austria”, tên Liên hợp quốc của AUT.');
  });

  it('refuses bad kinds, ranks, dates, names, texts and codes cell by cell', () => {
    const long = 'A'.repeat(201);
    const text = csv(
      HEADER,
      'country,,FRA,,Marie Curie,,Minister,2025-13-01,', // 2
      `state,,FRA,,${long},${'t'.repeat(201)},,25/10/2025,`, // 3
      'organization,,,,Jane Doe,,head-of-organization,,', // 4: an organization needs name_en
      'organization,Some Body,VNM,unodc!,Jane Doe,,head-of-organization,,', // 5
      'state,,FRA,UNODC,Marie Curie,,minister,,', // 6
    );
    expectRefused(text, [
      { line: 2, column: 'kind', key: 'bad-kind', params: { value: 'country', allowed: 'state, observer-state, organization' } },
      { line: 2, column: 'in_office_since', key: 'bad-date', params: { value: '2025-13-01' } },
      { line: 3, column: 'head_name', key: 'too-long', params: { length: 201, max: 200 } },
      { line: 3, column: 'head_title', key: 'too-long', params: { length: 201, max: 200 } },
      { line: 3, column: 'rank', key: 'required' },
      { line: 3, column: 'in_office_since', key: 'bad-date-format', params: { value: '25/10/2025' } },
      { line: 4, column: 'name_en', key: 'required' },
      { line: 5, column: 'iso3', key: 'not-for-kind', params: { column: 'iso3', kind: 'organization', value: 'VNM' } },
      { line: 5, column: 'org_code', key: 'bad-org-code', params: { value: 'unodc!' } },
      { line: 6, column: 'org_code', key: 'not-for-kind', params: { column: 'org_code', kind: 'state', value: 'UNODC' } },
    ]);
  });

  it('accepts a rank key written with capitals (case-insensitive) but says the allowed keys otherwise', () => {
    // "Minister" on line 2 above was refused only for its date: here it imports.
    const doc = importInto(csv(HEADER, 'STATE,,FRA,,Marie Curie,,Minister,,'));
    expect(Object.values(doc.people)[0]!.rank).toBe('minister');
    const reason = plan(csv(HEADER, 'state,,FRA,,Marie Curie,,president,,')).report.errors[0]!.reason;
    expect(reason).toContain('head-of-state, vice-president, crown-prince, head-of-government');
  });

  it('refuses bad members with the member number', () => {
    const text = csv(
      HEADER,
      `state,,FRA,,Marie Curie,,minister,,"Ann | a | b | female | c | d | e; | Adviser; ${'B'.repeat(201)}; Carl | ${'f'.repeat(201)}"`,
    );
    const en = (key: ImportMessageKey, params?: Params) => translate(importMessages, 'en', key, params);
    const vi = (key: ImportMessageKey, params?: Params) => translate(importMessages, 'vi', key, params);
    expect(plan(text).report.errors).toEqual([
      { line: 2, column: 'members', reason: en('member-extra-bar', { index: 1, value: 'Ann | a | b | female | c | d | e' }) },
      { line: 2, column: 'members', reason: en('member-no-name', { index: 2 }) },
      { line: 2, column: 'members', reason: en('member', { index: 3, value: 'B'.repeat(60), reason: en('too-long', { length: 201, max: 200 }) }) },
      { line: 2, column: 'members', reason: en('member', { index: 4, value: 'Carl', reason: en('too-long', { length: 201, max: 200 }) }) },
    ]);
    expect(plan(text, emptyDocument(), { lang: 'vi' }).report.errors[3]!.reason).toBe(
      vi('member', { index: 4, value: 'Carl', reason: vi('too-long', { length: 201, max: 200 }) }),
    );
    expect(plan(text, emptyDocument(), { lang: 'vi' }).report.errors[3]!.reason).toMatch(/^Thành viên thứ 4 \(“Carl”\): Giá trị này có 201 ký tự; tối đa là 200\.$/);
  });

  it('refuses duplicates on the later line, naming the earlier line', () => {
    const text = csv(
      HEADER,
      'state,,FRA,,Marie Curie,,minister,,', // 2
      'organization,United Nations Office on Drugs and Crime,,UNODC,Jane Doe,,head-of-organization,,', // 3
      'organization,Cyber Forum,,,Kim Lee,,head-of-organization,,', // 4
      'state,France,fra,,Other Person,,minister,,', // 5
      'organization,united nations office on drugs and crime,,,Jane Doe,,head-of-organization,,', // 6: same via the reference name
      'organization,CYBER  forum,,,Kim Lee,,head-of-organization,,', // 7
    );
    expectRefused(text, [
      { line: 5, column: 'iso3', key: 'duplicate-iso3', params: { iso3: 'FRA', line: 2 } },
      { line: 6, column: 'org_code', key: 'duplicate-org-code', params: { code: 'UNODC', line: 3 } },
      { line: 6, column: 'name_en', key: 'duplicate-org-name', params: { name: 'united nations office on drugs and crime', line: 3 } },
      { line: 7, column: 'name_en', key: 'duplicate-org-name', params: { name: 'CYBER  forum', line: 4 } },
    ]);
    expect(plan(text).report.errors[0]!.reason).toBe('FRA is already on line 2: a delegation may appear only once.');
    expect(plan(text, emptyDocument(), { lang: 'vi' }).report.errors[0]!.reason).toBe('FRA đã có ở dòng 2: mỗi đoàn chỉ được xuất hiện một lần.');
  });

  it('refuses rows with the wrong number of fields and unclosed quotes', () => {
    expectRefused(csv(HEADER, 'state,,FRA,,Marie Curie,,minister', 'state,,AUT,,A, B,,minister,,', 'state,,VNM,,An,,minister,,,,'), [
      { line: 2, column: '', key: 'too-few-fields', params: { found: 7, expected: 9 } },
      { line: 3, column: '', key: 'too-many-fields', params: { found: 10, expected: 9 } },
      { line: 4, column: '', key: 'too-many-fields', params: { found: 11, expected: 9 } },
    ]);
    expectRefused(csv(HEADER, 'state,,FRA,,Marie Curie,,minister,,', 'state,,AUT,,"Franz,,minister,,', 'state,,VNM,,An,,minister,,'), [
      { line: 3, column: '', key: 'unclosed-quote' },
    ]);
  });

  it('refuses a misplaced double quote', () => {
    expectRefused(csv(HEADER, 'state,,FRA,,Marie Curie,,minister,,', 'state,,AUT,,"Franz" Beispiel",,minister,,', 'state,,VNM,,An,,minister,,'), [
      { line: 3, column: '', key: 'malformed-quote' },
    ]);
    // A later quote closed the value: the rows swallowed are named.
    expectRefused(csv(HEADER, 'state,,FRA,,Marie Curie,,minister,,', 'state,,AUT,,"Franz" Beispiel,,minister,,', 'state,,VNM,,"An",,minister,,', 'state,,AUS,,Jo,,minister,,'), [
      { line: 3, column: '', key: 'malformed-quote-span', params: { line: 3, end: 4 } },
    ]);
    // Without any closing quote, the rest of the file is one value: said once, at the row where it starts.
    expectRefused(csv(HEADER, 'state,,FRA,,Marie Curie,,minister,,', 'state,,AUT,,"Franz Beispiel,,minister,,', 'state,,VNM,,An,,minister,,'), [
      { line: 3, column: '', key: 'unclosed-quote' },
    ]);
  });

  it('never writes a row that its schema refuses, even from a damaged reference table', () => {
    const damaged: ReferenceData = {
      ...testReference,
      states: testReference.states.map((s) => (s.iso3 === 'FRA' ? { ...s, nameVi: '' } : s)),
    };
    const { report, changes } = plan(csv(HEADER, 'state,,AUT,,Franz Beispiel,,minister,,', 'state,,FRA,,Marie Curie,,minister,,'), emptyDocument(), { reference: damaged });
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ line: 3, column: '' });
    expect(report.errors[0]!.reason).toMatch(/^This row cannot be saved \(nameVi: .+\); nothing was imported\./);
    expect(report.applied).toBe(false);
    expect(isEmptyChanges(changes)).toBe(true);
  });

  it('reports several bad rows together and writes nothing when only one row is bad', () => {
    const good = fixture('delegations-comma-bom-crlf.csv');
    const oneBad = good.replace('Ayşe YILMAZ,Minister of Justice,minister', 'Ayşe YILMAZ,Minister of Justice,ministre');
    const { report, changes } = plan(oneBad);
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([[4, 'rank']]);
    expect(report.applied).toBe(false);
    expect(isEmptyChanges(changes)).toBe(true);

    const doc = importInto(good);
    const threeBad = oneBad.replace('Pietro Rossi', 'Pietro\tRossi').replace('2020-02-01', '2020-02-31');
    const refused = plan(threeBad, doc);
    expect(refused.report.errors.map((e) => [e.line, e.column])).toEqual([[4, 'rank'], [6, 'head_name'], [7, 'in_office_since']]);
    expect(refused.changes).toEqual({ upserts: {}, deletes: {} });
    expect(refused.report).toMatchObject({ applied: false, created: [], updated: [], unchanged: 0 });
  });
});

describe('matching the event: re-importing changes nothing, changes are updates', () => {
  const file = fixture('delegations-comma-bom-crlf.csv');

  it('re-importing the same file into the resulting event changes nothing', () => {
    const doc = importInto(file);
    const again = plan(file, doc);
    expect(again.report).toEqual({ applied: true, created: [], updated: [], unchanged: 5, errors: [], errorCount: 0 });
    expect(isEmptyChanges(again.changes)).toBe(true);
    // Spelling variants that fold to the same names still match; the stored spelling is kept.
    const variant = file.replace('Türkiye', 'TURKIYE').replace('United Nations Office', 'united nations office');
    expect(isEmptyChanges(plan(variant, doc).changes)).toBe(true);
  });

  it('updates a head whose name, title, rank or date changed; a new name is a new person, so nothing personal is kept', () => {
    let doc = importInto(file);
    const tur = delegationNamed(doc, 'Türkiye');
    const head = peopleOf(doc, tur.id)[0]!;
    doc = apply(doc, { upserts: { people: [{ ...head, honorific: 'H.E. Ms.', gender: 'female', notes: 'vegetarian' }] }, deletes: {} });
    const changed = file.replace('Ayşe YILMAZ,Minister of Justice,minister,,', 'Ayşe YILDIZ,Minister of Interior,foreign-minister,2025-06-01,');
    const { report, changes } = plan(changed, doc);
    expect(report).toEqual({ applied: true, created: [], updated: ['Türkiye'], unchanged: 4, errors: [], errorCount: 0 });
    expect(changes).toEqual({
      upserts: {
        people: [
          {
            ...head,
            // A wrong "H.E. Ms." on a place card is worse than a blank one an officer fills in.
            honorific: '', gender: 'unspecified', notes: '', titleVi: '',
            name: 'Ayşe YILDIZ', familyName: 'YILDIZ', titleEn: 'Minister of Interior', rank: 'foreign-minister', inOfficeSince: '2025-06-01',
          },
        ],
      },
      deletes: {},
    });
  });

  it('replaces members only when the list differs: people still listed keep their rows, people gone lose their seats', () => {
    let doc = importInto(file);
    const vnm = delegationNamed(doc, 'Viet Nam');
    const [, binh, cuong] = peopleOf(doc, vnm.id);
    const seat: Assignment = { id: '00000000-0000-4000-8000-000000000001', hallId: '00000000-0000-4000-8000-000000000002', seatId: '00000000-0000-4000-8000-000000000003', personId: cuong!.id, locked: false };
    doc = apply(doc, { upserts: { assignments: [seat] }, deletes: {} });
    const changed = file.replace('Trần Thị Bình | Bộ trưởng Ngoại giao\r\nLê Văn Cường | Thứ trưởng Công an', 'Phạm Minh Đức | Đại sứ\r\nTran Thi Binh | Bộ trưởng Ngoại giao');
    const { report, changes } = plan(changed, doc);
    expect(report.updated).toEqual(['Viet Nam']);
    expect(changes.deletes).toEqual({ people: [cuong!.id], assignments: [seat.id] });
    const upserts = changes.upserts.people!;
    expect(upserts).toHaveLength(2);
    expect(upserts[0]).toMatchObject({ role: 'member', order: 1, name: 'Phạm Minh Đức', titleEn: 'Đại sứ', delegationId: vnm.id });
    // Same person, same id, spelling corrected; the family name follows the name because it was the derived one.
    expect(upserts[1]).toEqual({ ...binh, name: 'Tran Thi Binh', familyName: 'Tran', order: 2 });
  });

  it('leaves members, titles and dates alone when the file has no such columns', () => {
    const doc = importInto(file);
    const result = plan(csv('kind,iso3,head_name,rank', 'state,VNM,Nguyễn Văn An,head-of-state'), doc);
    expect(result.report).toMatchObject({ unchanged: 1, updated: [] });
    expect(isEmptyChanges(result.changes)).toBe(true);
  });

  it('matches an organization by code, or by folded name when the code is empty', () => {
    const doc = importInto(file);
    const byName = plan(csv(HEADER, 'organization,ASIA-PACIFIC CYBER FORUM,,,Kim Minh Châu,Secretary-General,head-of-organization,,'), doc);
    expect(byName.report).toMatchObject({ unchanged: 1, created: [] });
    const byCode = plan(csv(HEADER, 'organization,United Nations Office on Drugs and Crime,,unodc,Jane Doe,Executive Director,head-of-organization,2020-02-01,"John Roe | Chief, Cybercrime Section; Ana Lima"'), doc);
    expect(byCode.report).toMatchObject({ unchanged: 1, created: [] });
    // The code finds the name in the reference table: a wrong code for the name is caught.
    expectRefused(csv(HEADER, 'organization,United Nations Office on Drugs and Crime,,ITU,Jane Doe,,head-of-organization,,'), [
      { line: 2, column: 'name_en', key: 'org-name-mismatch', params: { value: 'United Nations Office on Drugs and Crime', reference: 'International Telecommunication Union', code: 'ITU' } },
    ]);
  });

  it('allows two organizations with one name when both rows give their codes', () => {
    const doc = importInto(csv(HEADER, 'organization,Cyber Forum,,CF-1,Kim Lee,,head-of-organization,,', 'organization,Cyber Forum,,CF-2,Lee Kim,,head-of-organization,,'));
    expect(Object.values(doc.delegations).map((d) => d.orgCode).sort()).toEqual(['CF-1', 'CF-2']);
    expect(isEmptyChanges(plan(exportDelegationsCsv(doc), doc).changes)).toBe(true);
    // A row without a code is found by its name: with two such organizations it is ambiguous.
    expectRefused(csv(HEADER, 'organization,Cyber Forum,,,Kim Lee,,head-of-organization,,'), [
      { line: 2, column: '', key: 'event-ambiguous', params: { count: 2, names: 'Cyber Forum, Cyber Forum' } },
    ], doc);
  });

  it('creates an organization with its reference flag when the event file accepts that flag code', () => {
    const doc = importInto(csv(HEADER, 'organization,League of Arab States,,LAS,Ahmed Example,,head-of-organization,,', 'organization,Association of Southeast Asian Nations,,,Ana Example,,head-of-organization,,'));
    const flagAccepted = COLLECTIONS.delegations.schema.shape.flagCode.safeParse('arab').success;
    expect(delegationNamed(doc, 'League of Arab States')).toMatchObject({ orgCode: 'LAS', orgCategory: 'regional', flagCode: flagAccepted ? 'arab' : null });
    // Found in the reference table by name: code, category and flag filled in.
    expect(delegationNamed(doc, 'Association of Southeast Asian Nations')).toMatchObject({ orgCode: 'ASEAN', orgCategory: 'regional', flagCode: 'asean', nameVi: 'Hiệp hội các quốc gia Đông Nam Á' });
  });

  it("accepts the event's own name for a state renamed in the event, and says so when neither name matches", () => {
    let doc = importInto(file);
    const tur = delegationNamed(doc, 'Türkiye');
    doc = apply(doc, { upserts: { delegations: [{ ...tur, nameEn: 'Republic of Türkiye' }] }, deletes: {} });
    expect(plan(file.replace(',Türkiye,', ',Republic of Turkiye,'), doc).report).toMatchObject({ errors: [], unchanged: 5 });
    expectRefused(file.replace(',Türkiye,', ',Turkey,'), [
      { line: 4, column: 'name_en', key: 'state-name-mismatch-event', params: { value: 'Turkey', reference: 'Türkiye', iso3: 'TUR', event: 'Republic of Türkiye' } },
    ], doc);
  });
});

describe('export', () => {
  it('writes a BOM, the import columns and CRLF records, states before observers before organizations', () => {
    const doc = importInto(fixture('delegations-comma-bom-crlf.csv'));
    const out = exportDelegationsCsv(doc);
    expect(out.startsWith('\uFEFF' + HEADER + ',pinned,name_vi,head_title_vi,head_gender,head_honorific,head_honorific_vi\r\n')).toBe(true);
    expect(out).toContain('\r\norganization,United Nations Office on Drugs and Crime,,UNODC,Jane Doe,Executive Director,head-of-organization,2020-02-01,"John Roe | Chief, Cybercrime Section; Ana Lima",,Văn phòng Liên hợp quốc về Ma túy và Tội phạm,,,,\r\n');
    const kinds = out.slice(1).split('\r\n').slice(1, -1).map((l) => l.split(',')[0]);
    expect(kinds).toEqual(['state', 'state', 'observer-state', 'organization', 'organization']);
    expect(out.split('\r\n')[1]).toMatch(/^state,Türkiye,TUR,/); // Türkiye sorts before Viet Nam
  });

  it('round-trips: export then import changes nothing (comma and semicolon)', () => {
    const doc = importInto(fixture('delegations-comma-bom-crlf.csv'));
    for (const delimiter of [',', ';'] as const) {
      const result = plan(exportDelegationsCsv(doc, { delimiter }), doc);
      expect(result.report).toEqual({ applied: true, created: [], updated: [], unchanged: 5, errors: [], errorCount: 0 });
      expect(isEmptyChanges(result.changes)).toBe(true);
    }
  });

  it('neutralises formula-looking cells and reads them back exactly', () => {
    const doc = importInto(fixture('delegations-comma-bom-crlf.csv'));
    const vnm = delegationNamed(doc, 'Viet Nam');
    const [head, member] = peopleOf(doc, vnm.id);
    const nasty = {
      head: { ...head!, name: '=HYPERLINK("http://x","y")', titleEn: '@SUM(A1)' },
      member: { ...member!, name: "'=already quoted", titleEn: '\tTabbed' },
    };
    const edited = apply(doc, { upserts: { people: [nasty.head, nasty.member] }, deletes: {} });
    const out = exportDelegationsCsv(edited);
    const line = out.split('\r\n').find((l) => l.includes('VNM'))!;
    expect(line).toContain(',"\'=HYPERLINK(""http://x"",""y"")",\'@SUM(A1),');
    expect(line).toContain(`"''=already quoted | \t`); // the members cell starts with a neutralised name
    for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);
    const back = plan(out, edited);
    expect(back.report.unchanged).toBe(5);
    expect(isEmptyChanges(back.changes)).toBe(true);
    // Imported into an empty event, the values come back exactly as they were.
    const fresh = importInto(out);
    const people = peopleOf(fresh, delegationNamed(fresh, 'Viet Nam').id);
    expect(people[0]!.name).toBe('=HYPERLINK("http://x","y")');
    expect(people[0]!.titleEn).toBe('@SUM(A1)');
    expect(people[1]!.name).toBe("'=already quoted");
    expect(people[1]!.titleEn).toBe('Tabbed'); // spaces and tabs around a value are not kept
  });

  it('exports members with ; and | in their text so that they read back', () => {
    const doc = importInto(fixture('delegations-comma-bom-crlf.csv'));
    const unodc = delegationNamed(doc, 'United Nations Office on Drugs and Crime');
    const [, roe] = peopleOf(doc, unodc.id);
    const edited = apply(doc, { upserts: { people: [{ ...roe!, name: 'Roe; John | Jr. \\ III', titleEn: 'Chief\nCybercrime; Section' }] }, deletes: {} });
    const out = exportDelegationsCsv(edited);
    expect(out).toContain('"Roe\\; John \\| Jr. \\\\ III | Chief\\nCybercrime\\; Section; Ana Lima"');
    expect(isEmptyChanges(plan(out, edited).changes)).toBe(true);
  });

  it('property: the export of any valid event re-imports to no change', () => {
    const states = referenceData.states;
    const orgs = referenceData.organizations;
    const tricky = ['a', 'Z', 'é', 'e\u0301', 'ệ', 'Đ', ' ', ',', ';', '|', '\\', '"', "'", '=', '+', '-', '@', 'n', '\u00a0', '中'];
    const text = (max: number) => fc.string({ unit: fc.constantFrom(...tricky, '\t', '\n', '\r'), maxLength: max });
    const name = fc
      .string({ unit: fc.constantFrom(...tricky), minLength: 1, maxLength: 40 })
      .filter((s) => s.trim() !== '');
    const date = fc.option(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    const people = fc.record({
      head: fc.record({ name, title: text(60), rank: fc.constantFrom(...RankClass.options), since: date }),
      members: fc.array(fc.record({ name, title: text(40) }), { maxLength: 4 }),
      renamed: fc.option(name, { freq: 4 }),
    });
    const arbitrary = fc.record({
      states: fc.subarray([...states], { minLength: 1, maxLength: 12 }).chain((list) => fc.tuple(...list.map((s) => people.map((p) => ({ s, p }))))),
      orgs: fc.subarray([...orgs], { maxLength: 6 }).chain((list) => fc.tuple(...list.map((o) => people.map((p) => ({ o, p }))))),
      custom: fc.array(fc.record({ coded: fc.boolean(), p: people }), { maxLength: 4 }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(arbitrary, fc.constantFrom(',', ';'), ({ states: st, orgs: or, custom, seed }, delimiter) => {
        const ids = seededIds(seed);
        const doc = emptyDocument();
        const add = (
          d: Omit<Delegation, 'id' | 'pinnedRole' | 'precedenceOverride' | 'notes' | 'nameFr' | 'nameVi' | 'flagCode' | 'agreementDate'>,
          p: { head: { name: string; title: string; rank: RankClass; since: string | null }; members: { name: string; title: string }[]; renamed: string | null },
        ) => {
          const delegation: Delegation = { id: ids(), pinnedRole: 'none', precedenceOverride: null, notes: '', nameFr: '', nameVi: d.nameEn, flagCode: null, agreementDate: null, ...d };
          if (p.renamed !== null) delegation.nameEn = p.renamed;
          doc.delegations[delegation.id] = delegation;
          const person = (role: Person['role'], order: number, n: string, title: string, rank: RankClass, since: string | null): Person => ({
            id: ids(), delegationId: delegation.id, role, order, honorific: 'H.E.', honorificVi: '', name: n, familyName: 'x', titleEn: title, titleVi: 'tv',
            rank, gender: 'female', language: 'fr', inOfficeSince: since, credentialsAt: null, needsInterpreter: true, needsAccessible: false, notes: 'n',
          });
          const rows = [person('head', 0, p.head.name, p.head.title, p.head.rank, p.head.since), ...p.members.map((m, i) => person('member', 3 * i + 2, m.name, m.title, 'other', null))];
          for (const row of rows) doc.people[row.id] = row;
        };
        for (const { s, p } of st) add({ kind: s.status === 'observer-state' ? 'observer-state' : 'state', iso3: s.iso3, orgCode: null, orgCategory: null, nameEn: s.nameEn }, p);
        for (const { o, p } of or) add({ kind: 'organization', iso3: null, orgCode: o.code, orgCategory: o.category, nameEn: o.nameEn }, p);
        custom.forEach(({ coded, p }, i) =>
          add({ kind: 'organization', iso3: null, orgCode: coded ? `X${i}` : null, orgCategory: 'other', nameEn: `Custom body ${i}` }, { ...p, renamed: coded ? p.renamed : null }),
        );
        for (const c of ['delegations', 'people'] as const) {
          for (const row of Object.values(doc[c])) expect(COLLECTIONS[c].schema.safeParse(row).error).toBeUndefined();
        }
        const out = exportDelegationsCsv(doc, { delimiter });
        const result = planDelegationImport({ text: out, document: doc, reference: referenceData, lang: 'en', ids: seededIds(1) });
        expect(result.report.errors).toEqual([]);
        expect(result.report.updated).toEqual([]);
        expect(result.report.created).toEqual([]);
        expect(result.report.unchanged).toBe(Object.keys(doc.delegations).length);
        expect(result.changes).toEqual({ upserts: {}, deletes: {} });
      }),
      { numRuns: Number(process.env.IMPORT_RUNS ?? 200) },
    );
  }, 120_000);
});

describe('template and documentation', () => {
  it('the downloadable template imports cleanly with the bundled reference tables', () => {
    const { report, changes } = plan(template('delegations-template.csv'), emptyDocument(), { reference: referenceData });
    expect(report).toEqual({
      applied: true,
      created: ["Côte d'Ivoire", 'Holy See', 'United Nations Office on Drugs and Crime'],
      updated: [],
      unchanged: 0,
      errors: [],
      errorCount: 0,
    });
    expect(ChangesSchema.safeParse(changes).error).toBeUndefined();
    const text = template('delegations-template.csv');
    expect(text.startsWith('\uFEFF' + HEADER + ',pinned,name_vi,head_title_vi,head_gender,head_honorific,head_honorific_vi\r\n')).toBe(true);
    // The example people have their gender, Vietnamese titles and, for the Holy See's archbishop, a form of address typed.
    const people = Object.values(apply(emptyDocument(), changes).people);
    expect(people.every((p) => p.gender !== 'unspecified' && p.titleVi !== '')).toBe(true);
    expect(people.find((p) => p.name === 'Paolo Esempio')).toMatchObject({ honorific: 'H.E. Archbishop', honorificVi: 'Ngài Tổng Giám mục' });
    expect(text.split('\r\n')[1]).toMatch(/^state,,CIV,/); // the state example leaves name_en empty
  });

  it('the documentation lists every rank key with its English and Vietnamese labels', () => {
    const doc = template('delegations-import.md');
    for (const key of RankClass.options) {
      expect(doc).toContain(`| \`${key}\` | ${rankLabels.en[key]} | ${rankLabels.vi[key]} |`);
    }
  });
});

describe('details', () => {
  it('derives a family name for the index', () => {
    expect(deriveFamilyName('Jane Doe', null)).toBe('Doe');
    expect(deriveFamilyName('António GUTERRES', null)).toBe('GUTERRES');
    expect(deriveFamilyName('Jean DE LA CROIX Martin', 'FRA')).toBe('DE LA CROIX');
    expect(deriveFamilyName('Nguyễn Văn An', 'VNM')).toBe('Nguyễn');
    expect(deriveFamilyName('Smith, John', 'GBR')).toBe('Smith');
    expect(deriveFamilyName('H.E. Mr. John Smith', null)).toBe('Smith');
    expect(deriveFamilyName('Madonna', null)).toBe('Madonna');
  });

  it('reads members separated by ; or line breaks, with escapes', () => {
    expect(parseMembers('Ann | Adviser;\n\nBob;  Carl \\| Jr. | Chief\\; Cyber\\nUnit ; ').members).toEqual([
      { name: 'Ann', fn: 'Adviser', index: 1 },
      { name: 'Bob', fn: '', index: 2 },
      { name: 'Carl | Jr.', fn: 'Chief; Cyber\nUnit', index: 3 },
    ]);
    expect(parseMembers('C:\\temp').members[0]!.name).toBe('C:\\temp'); // an unknown escape stays as typed
  });
});

describe('a new head of delegation replaces the previous one', () => {
  it('carries nothing personal over, and clears a Vietnamese title that no longer matches', () => {
    const first = planDelegationImport({
      text: 'kind,iso3,head_name,head_title,rank\nstate,FRA,Camille Laurent,President of the Republic,head-of-state\n',
      document: emptyDocument(),
      reference: referenceData,
      lang: 'en',
      ids: seededIds(11),
    });
    const document = emptyDocument();
    for (const d of first.changes.upserts.delegations ?? []) document.delegations[d.id] = d;
    for (const p of first.changes.upserts.people ?? []) {
      document.people[p.id] = { ...p, honorific: 'H.E. Mr.', gender: 'male', titleVi: 'Tổng thống', notes: 'vegetarian' };
    }
    const second = planDelegationImport({
      text: 'kind,iso3,head_name,head_title,rank\nstate,FRA,Inès Moreau,Minister for Europe and Foreign Affairs,foreign-minister\n',
      document,
      reference: referenceData,
      lang: 'en',
      ids: seededIds(12),
    });
    const head = second.changes.upserts.people?.find((p) => p.role === 'head');
    expect(head).toMatchObject({
      name: 'Inès Moreau',
      rank: 'foreign-minister',
      honorific: '',
      gender: 'unspecified',
      titleVi: '',
      notes: '',
    });
    expect(second.report.updated).toEqual(['France']);
  });
});
