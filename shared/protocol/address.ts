import type { Person, RankClass } from '../model/entities';
import { type Language, pickLang } from '../i18n/index';

/**
 * Forms of address (docs/protocol.md, "Clarifications"): "H.E." for heads of state and government,
 * vice-presidents, deputy heads of government, ministers, vice-ministers, ambassadors and heads
 * of organizations; "H.M." for monarchs and "H.R.H." for royal highnesses; every other person
 * "Mr." / "Ms." by gender. In Vietnamese, "Ngài" for a man and "Bà" for a woman styled
 * Excellency (or Majesty, Royal Highness), otherwise "Ông" / "Bà".
 *
 * The stored `honorific` / `honorificVi` is the officer's override, per language; empty means
 * "derived". A gender left unspecified gives no Mr./Ms./Ông/Bà: a wrong guess on a printed card
 * is worse than none, and validate says which cards would print without one. "Dr.", a clerical
 * form ("H.E. Archbishop") or any other courtesy title is the person's own: an override.
 */

/** What the form of address is derived from, and the officer's overrides. */
export type Addressee = Pick<Person, 'rank' | 'gender' | 'titleEn' | 'honorific' | 'honorificVi'>;

export type Style = 'majesty' | 'royal-highness' | 'excellency' | 'plain';

const EXCELLENCY: ReadonlySet<RankClass> = new Set<RankClass>([
  'head-of-state', 'vice-president', 'head-of-government', 'deputy-head-of-government', 'foreign-minister', 'minister',
  'vice-minister', 'ambassador', 'head-of-organization',
]);

// A reigning monarch is a head of state whose title says so; the rank classes do not.
const MONARCH_TITLE = /^(His |Her )?(Majesty )?(King|Queen|Sultan|Emperor|Empress|Yang di-Pertuan Agong)\b/i;
const ROYAL_TITLE = /^(His |Her )?(Royal Highness )?(Crown Prince|Crown Princess|Prince|Princess)\b/i;
// An ambassador may be listed under another rank (an organization's representative titled
// "Ambassador, Head of the Delegation..."): the title makes him or her an Excellency too.
const AMBASSADOR_TITLE = /^Ambassador\b/i;

/** How the person is styled, from rank and title. */
export function addressStyle(person: Pick<Person, 'rank' | 'titleEn'>): Style {
  const title = person.titleEn.trim();
  if (person.rank === 'head-of-state' && MONARCH_TITLE.test(title)) return 'majesty';
  if (person.rank === 'crown-prince' || ROYAL_TITLE.test(title)) return 'royal-highness';
  if (EXCELLENCY.has(person.rank) || AMBASSADOR_TITLE.test(title)) return 'excellency';
  return 'plain';
}

type Gender = 'female' | 'male';

const COURTESY: Record<Gender, string> = { female: 'Ms.', male: 'Mr.' };

/** The rule of each language, from the style and the gender (null: unspecified). */
const DERIVED: Record<Language, (style: Style, gender: Gender | null) => string> = {
  en: (style, gender) => {
    if (style === 'majesty') return 'H.M.';
    if (style === 'royal-highness') return 'H.R.H.';
    if (style === 'excellency') return gender ? `H.E. ${COURTESY[gender]}` : 'H.E.';
    return gender ? COURTESY[gender] : '';
  },
  vi: (style, gender) => {
    if (gender === null) return '';
    if (gender === 'female') return 'Bà';
    return style === 'plain' ? 'Ông' : 'Ngài';
  },
};

/** The form of address the rule gives, in one language; '' when it cannot be derived (gender unknown). */
export function derivedHonorific(person: Pick<Person, 'rank' | 'titleEn' | 'gender'>, lang: Language): string {
  return pickLang(lang, DERIVED)(addressStyle(person), person.gender === 'unspecified' ? null : person.gender);
}

/** The officer's override in one language ('' when the form is derived). */
export const honorificOverride = (person: Pick<Person, 'honorific' | 'honorificVi'>, lang: Language): string =>
  pickLang(lang, { vi: person.honorificVi, en: person.honorific }).trim();

/** The form of address printed and shown: the override, else the derived form ('' when neither). */
export function honorificOf(person: Addressee, lang: Language): string {
  return honorificOverride(person, lang) || derivedHonorific(person, lang);
}

/** "H.E. Mr. Jan Kowalski", "Ngài Jan Kowalski": the name with its form of address, as lists print it. */
export function addressedName(person: Addressee & Pick<Person, 'name'>, lang: Language): string {
  return [honorificOf(person, lang), person.name.trim()].filter((s) => s !== '').join(' ');
}
