import { describe, expect, test } from 'vitest';
import type { Person, RankClass } from '../../shared/model/entities';
import { addressedName, addressStyle, derivedHonorific, honorificOf } from '../../shared/protocol/address';

const person = (rank: RankClass, gender: Person['gender'], extra: Partial<Person> = {}) => ({
  rank, gender, titleEn: '', honorific: '', honorificVi: '', name: 'Anna Nowak', ...extra,
});
const forms = (p: ReturnType<typeof person>) => [honorificOf(p, 'en'), honorificOf(p, 'vi')];

describe('forms of address derived from rank, title and gender (docs/protocol.md, Clarifications)', () => {
  const excellencies: RankClass[] = [
    'head-of-state', 'vice-president', 'head-of-government', 'deputy-head-of-government', 'foreign-minister', 'minister',
    'vice-minister', 'ambassador', 'head-of-organization',
  ];
  test.each<[RankClass, string, string, string, string]>([
    ...excellencies.map((rank): [RankClass, string, string, string, string] => [rank, 'H.E. Mr.', 'Ngài', 'H.E. Ms.', 'Bà']),
    ['crown-prince', 'H.R.H.', 'Ngài', 'H.R.H.', 'Bà'],
    ['deputy-head-of-organization', 'Mr.', 'Ông', 'Ms.', 'Bà'],
    ['other', 'Mr.', 'Ông', 'Ms.', 'Bà'],
  ])('%s: a man %s / %s, a woman %s / %s', (rank, manEn, manVi, womanEn, womanVi) => {
    expect(forms(person(rank, 'male'))).toEqual([manEn, manVi]);
    expect(forms(person(rank, 'female'))).toEqual([womanEn, womanVi]);
  });

  test('a reigning monarch is H.M.; a prince or princess by title is H.R.H.', () => {
    expect(forms(person('head-of-state', 'male', { titleEn: 'King of Thailand' }))).toEqual(['H.M.', 'Ngài']);
    expect(forms(person('head-of-state', 'male', { titleEn: 'Sultan and Yang Di-Pertuan of Brunei Darussalam' }))).toEqual(['H.M.', 'Ngài']);
    expect(forms(person('head-of-state', 'female', { titleEn: 'President of the Republic' }))).toEqual(['H.E. Ms.', 'Bà']);
    expect(forms(person('other', 'female', { titleEn: 'Princess of Asturias' }))).toEqual(['H.R.H.', 'Bà']);
    // "King" elsewhere in a title does not make a monarch.
    expect(addressStyle({ rank: 'minister', titleEn: 'Minister of the Kingdom of Spain' })).toBe('excellency');
  });

  test('an ambassador by title is an Excellency whatever the rank class', () => {
    expect(forms(person('other', 'male', { titleEn: 'Ambassador, Head of the Delegation of the European Union' }))).toEqual(['H.E. Mr.', 'Ngài']);
    expect(forms(person('other', 'male', { titleEn: 'Deputy Ambassador' }))).toEqual(['Mr.', 'Ông']);
  });

  test('gender not specified: no Mr./Ms./Ông/Bà guessed; an Excellency stays "H.E."', () => {
    expect(forms(person('minister', 'unspecified'))).toEqual(['H.E.', '']);
    expect(forms(person('other', 'unspecified'))).toEqual(['', '']);
    expect(derivedHonorific(person('crown-prince', 'unspecified'), 'en')).toBe('H.R.H.');
  });

  test("the officer's override wins, per language; cleared, the derived form comes back", () => {
    const archbishop = person('foreign-minister', 'male', { honorific: 'H.E. Archbishop', honorificVi: 'Đức Tổng Giám mục' });
    expect(forms(archbishop)).toEqual(['H.E. Archbishop', 'Đức Tổng Giám mục']);
    expect(forms({ ...archbishop, honorificVi: '' })).toEqual(['H.E. Archbishop', 'Ngài']);
    expect(forms({ ...archbishop, honorific: '  ' })).toEqual(['H.E. Mr.', 'Đức Tổng Giám mục']);
    expect(forms(person('other', 'female', { honorific: 'Dr.' }))).toEqual(['Dr.', 'Bà']);
  });

  test('the name with its form of address, as lists print it', () => {
    expect(addressedName(person('minister', 'female'), 'en')).toBe('H.E. Ms. Anna Nowak');
    expect(addressedName(person('minister', 'female'), 'vi')).toBe('Bà Anna Nowak');
    expect(addressedName(person('other', 'unspecified'), 'vi')).toBe('Anna Nowak');
  });
});
