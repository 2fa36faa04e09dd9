/**
 * Issue 13, items 4 and 5: forms of address and Vietnamese names in the import, the export and
 * validate. The import takes the form of address (English, Vietnamese; empty = derived), the
 * gender, the Vietnamese title of the head and of each member, and the state's Vietnamese name;
 * the export writes them, so a round trip changes nothing; `validate` warns, in both languages,
 * where a card would print without a form of address or a state without its Vietnamese name.
 */
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { seededIds } from '../../shared/ids';
import { translate } from '../../shared/i18n/index';
import { exportDelegationsCsv, planDelegationImport } from '../../shared/import/delegations';
import { importMessages, type ImportMessageKey } from '../../shared/import/messages';
import type { EventDocument } from '../../shared/model/collections';
import { honorificOf } from '../../shared/protocol/address';
import { describeProblem, seatingProblems } from '../../shared/seating';
import { applyChanges } from '../fixtures/import/apply';
import { EventBuilder } from './seating-fixtures';

const plan = (text: string, document: EventDocument, lang: 'en' | 'vi' = 'en') =>
  planDelegationImport({ text, document, reference: referenceData, lang, ids: seededIds(3) });
function importInto(document: EventDocument, text: string): EventDocument {
  const result = plan(text, document);
  expect(result.report.errors).toEqual([]);
  return applyChanges(document, result.changes);
}

/** Brazil and France, heads and one member each, seated at a head table; every person's gender unspecified, no title in Vietnamese, no form of address. */
function seatedEvent() {
  const b = new EventBuilder();
  const bra = b.delegation({ iso3: 'BRA', rank: 'head-of-state', members: 1 });
  const fra = b.delegation({ iso3: 'FRA', rank: 'foreign-minister', members: 1 });
  const hall = b.hall('meeting', { strategy: 'centre-out' });
  const seats = b.element(hall, 'rect-table', { x: 10, y: 3, width: 2, depth: 0.8, rotation: 180 }, { seatsPerSide: 4, sides: 'one', ends: false }, 'Head table');
  [bra.head, fra.head, ...bra.members, ...fra.members].forEach((p, i) => b.seat(hall, seats[i]!, p));
  for (const p of Object.values(b.doc.people)) b.doc.people[p.id] = { ...p, gender: 'unspecified', honorific: '', honorificVi: '', titleVi: '' };
  // An event made before the reference had the Ministry's forms: Brazil's Vietnamese name is its English one.
  b.doc.delegations[bra.delegation.id] = { ...bra.delegation, nameVi: 'Brazil' };
  return { doc: b.doc, bra, fra };
}

const keysOf = (doc: EventDocument, key: string) => seatingProblems(doc).filter((p) => p.key === key);

describe('validate: a card without a form of address, a state without its Vietnamese name', () => {
  it('warns, per person and language, where the gender is unspecified and no form is typed', () => {
    const { doc, bra, fra } = seatedEvent();
    const missing = keysOf(doc, 'problem-missing-honorific');
    // The heads are Excellencies: "H.E." in English without a gender, nothing in Vietnamese (Ngài or Bà?).
    // The members: neither Mr./Ms. nor Ông/Bà.
    const who = missing.map((p) => [doc.people[p.personIds[0]!]!.name, describeProblem(p, 'en').includes('in English') ? 'en' : 'vi']);
    expect(who.sort()).toEqual(
      [
        [bra.head.name, 'vi'], [fra.head.name, 'vi'],
        [bra.members[0]!.name, 'en'], [bra.members[0]!.name, 'vi'], [fra.members[0]!.name, 'en'], [fra.members[0]!.name, 'vi'],
      ].sort(),
    );
    const one = missing.find((p) => p.personIds[0] === bra.head.id)!;
    expect(one.severity).toBe('warning');
    expect(describeProblem(one, 'en')).toBe(
      'Brazil head (Brazil) has no form of address in Vietnamese: the gender is not specified, so none can be derived, and the place card would print the name alone. Set the gender, or type the form of address.',
    );
    expect(describeProblem(one, 'vi')).toBe(
      'Brazil head (Brazil) chưa có danh xưng bằng tiếng Việt: chưa chọn giới tính nên không suy ra được, thẻ chỗ ngồi sẽ chỉ in tên. Hãy chọn giới tính hoặc nhập danh xưng.',
    );
    // A gender, or a form typed by the officer, settles it.
    doc.people[bra.head.id] = { ...doc.people[bra.head.id]!, gender: 'male' };
    doc.people[fra.members[0]!.id] = { ...doc.people[fra.members[0]!.id]!, honorific: 'Dr.', honorificVi: 'Tiến sĩ' };
    const left = keysOf(doc, 'problem-missing-honorific').map((p) => p.personIds[0]);
    expect(left).not.toContain(bra.head.id);
    expect(left).not.toContain(fra.members[0]!.id);
    expect(left).toContain(fra.head.id);
  });

  it('names every state whose Vietnamese name is its English one; Việt Nam and organizations are not', () => {
    const { doc, bra } = seatedEvent();
    const b = new EventBuilder(9);
    const vnm = b.delegation({ iso3: 'VNM', pinned: 'host' });
    const unodc = b.delegation({ org: 'UNODC' });
    doc.delegations[vnm.delegation.id] = vnm.delegation; // "Việt Nam": folds to "Viet Nam", yet a Vietnamese name of its own
    doc.delegations[unodc.delegation.id] = { ...unodc.delegation, nameVi: unodc.delegation.nameEn };
    const found = keysOf(doc, 'problem-missing-state-name-vi');
    expect(found.map((p) => p.delegationIds)).toEqual([[bra.delegation.id]]);
    expect(describeProblem(found[0]!, 'en')).toBe(
      'Brazil has no Vietnamese name of its own (it is the English name): a place card or name plate printed with “Vietnamese name too” would have no Vietnamese line. Correct the Vietnamese name on the Delegations screen.',
    );
    expect(describeProblem(found[0]!, 'vi')).toMatch(/^Brazil chưa có tên tiếng Việt riêng/);
    doc.delegations[bra.delegation.id] = { ...doc.delegations[bra.delegation.id]!, nameVi: 'Bra-xin' };
    expect(keysOf(doc, 'problem-missing-state-name-vi')).toEqual([]);
  });
});

describe('the import sets forms of address, genders, Vietnamese titles and names', () => {
  const HEADER = 'kind,iso3,head_name,head_title,head_title_vi,head_gender,head_honorific,head_honorific_vi,rank,name_vi,members';

  it('fixes every missing Vietnamese title and form of address and Brazil’s name in one import, and exports them back', () => {
    const { doc, bra, fra } = seatedEvent();
    expect(keysOf(doc, 'problem-missing-title')).toHaveLength(4); // no title in Vietnamese, 4 seated people
    expect(keysOf(doc, 'problem-missing-honorific')).toHaveLength(6);
    expect(keysOf(doc, 'problem-missing-state-name-vi')).toHaveLength(1);
    const text = [
      HEADER,
      `state,BRA,${bra.head.name},Title,Tổng thống,male,,,head-of-state,Bra-xin,"${bra.members[0]!.name} | Title | Cố vấn | female"`,
      `state,FRA,${fra.head.name},Title,Bộ trưởng Ngoại giao,f,,,foreign-minister,,"${fra.members[0]!.name} | Title | Cố vấn | | Dr. | Tiến sĩ"`,
    ].join('\n');
    const after = importInto(doc, text);
    expect(keysOf(after, 'problem-missing-title')).toEqual([]);
    expect(keysOf(after, 'problem-missing-honorific')).toEqual([]);
    expect(keysOf(after, 'problem-missing-state-name-vi')).toEqual([]);
    const person = (id: string) => after.people[id]!;
    expect(after.delegations[bra.delegation.id]!.nameVi).toBe('Bra-xin');
    expect(after.delegations[fra.delegation.id]!.nameVi).toBe('Pháp'); // an empty name_vi leaves the name alone
    expect([honorificOf(person(bra.head.id), 'en'), honorificOf(person(bra.head.id), 'vi'), person(bra.head.id).titleVi]).toEqual(['H.E. Mr.', 'Ngài', 'Tổng thống']);
    expect([honorificOf(person(fra.head.id), 'en'), honorificOf(person(fra.head.id), 'vi')]).toEqual(['H.E. Ms.', 'Bà']);
    expect([honorificOf(person(bra.members[0]!.id), 'en'), honorificOf(person(bra.members[0]!.id), 'vi'), person(bra.members[0]!.id).titleVi]).toEqual(['Ms.', 'Bà', 'Cố vấn']);
    // Gender left unspecified, the forms typed: Dr. / Tiến sĩ, stored as overrides.
    expect(person(fra.members[0]!.id)).toMatchObject({ gender: 'unspecified', honorific: 'Dr.', honorificVi: 'Tiến sĩ', titleVi: 'Cố vấn' });

    const exported = exportDelegationsCsv(after);
    expect(exported).toContain(`,${fra.members[0]!.name} | Title | Cố vấn |  | Dr. | Tiến sĩ,,Pháp,Bộ trưởng Ngoại giao,female,,\r\n`);
    expect(exported).toContain(`${bra.head.name},Title,head-of-state,,${bra.members[0]!.name} | Title | Cố vấn | female,,Bra-xin,Tổng thống,male,,\r\n`);
    const again = plan(exported, after);
    expect(again.report).toMatchObject({ errors: [], created: [], updated: [], unchanged: 2 });
  });

  it('a detail not written is left alone; written empty, it is cleared; a new English title clears the Vietnamese one unless the file gives it', () => {
    const { doc, bra } = seatedEvent();
    const first = importInto(doc, [HEADER, `state,BRA,${bra.head.name},Title,Tổng thống,male,H.E. Mr.,Ngài,head-of-state,,"${bra.members[0]!.name} | Title | Cố vấn | female | Dr."`].join('\n'));
    // An older file, without the new columns and member fields: nothing of them changes.
    const old = importInto(first, ['kind,iso3,head_name,head_title,rank,members', `state,BRA,${bra.head.name},Title,head-of-state,"${bra.members[0]!.name} | Title"`].join('\n'));
    expect(old).toBe(first);
    // Written empty: the form of address is the derived one again, the gender unspecified, the title cleared.
    const cleared = importInto(first, [HEADER, `state,BRA,${bra.head.name},Title,Tổng thống,male,,,head-of-state,,"${bra.members[0]!.name} | Title | | | "`].join('\n'));
    expect(cleared.people[bra.head.id]).toMatchObject({ honorific: '', honorificVi: '', gender: 'male' });
    expect(cleared.people[bra.members[0]!.id]).toMatchObject({ titleVi: '', gender: 'unspecified', honorific: '' });
    // A new English title: without the Vietnamese column the old Vietnamese title is cleared (not printed under
    // the new one); with it, the file's is taken, and importing the same file again changes nothing.
    const retitled = importInto(first, ['kind,iso3,head_name,head_title,rank', `state,BRA,${bra.head.name},President of the Republic,head-of-state`].join('\n'));
    expect(retitled.people[bra.head.id]!.titleVi).toBe('');
    const file = [HEADER, `state,BRA,${bra.head.name},President of the Republic,Tổng thống nước Cộng hòa,male,,,head-of-state,,`].join('\n');
    const translated = importInto(first, file);
    expect(translated.people[bra.head.id]!.titleVi).toBe('Tổng thống nước Cộng hòa');
    expect(plan(file, translated).report).toMatchObject({ errors: [], updated: [], unchanged: 1 });
  });

  it('refuses a gender it does not know, naming the column or the member, in both languages', () => {
    const { doc, bra } = seatedEvent();
    const text = [HEADER, `state,BRA,${bra.head.name},Title,,woman,,,head-of-state,,"${bra.members[0]!.name} | Title | | X"`].join('\n');
    for (const lang of ['en', 'vi'] as const) {
      const t = (key: ImportMessageKey, params?: Record<string, string | number>) => translate(importMessages, lang, key, params);
      const result = plan(text, doc, lang);
      expect(result.report.applied).toBe(false);
      expect(result.report.errors).toEqual([
        { line: 2, column: 'head_gender', reason: t('bad-gender', { value: 'woman' }) },
        { line: 2, column: 'members', reason: t('member', { index: 1, value: bra.members[0]!.name, reason: t('bad-gender', { value: 'X' }) }) },
      ]);
    }
    expect(translate(importMessages, 'vi', 'bad-gender', { value: 'woman' })).toBe(
      '“woman” không phải là giới tính hợp lệ. Hãy ghi female (hoặc nữ), male (hoặc nam), hoặc để trống (không xác định).',
    );
  });
});
