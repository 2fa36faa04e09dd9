import type { Person } from '../model/entities';
import type { Params } from '../i18n/index';
import type { ImportMessageKey } from './messages';

/**
 * The details of a person that a delegations file may carry besides name, function and rank:
 * the function in Vietnamese, the gender and the forms of address (English, Vietnamese; empty
 * means derived from rank, title and gender, shared/protocol/address.ts). For the head they are
 * columns (head_title_vi, head_gender, head_honorific, head_honorific_vi), for a member fields of
 * the members cell (members.ts). A detail the file does not give is left as it is.
 */
export type Gender = Person['gender'];
export type PersonDetails = { titleVi?: string; gender?: Gender; honorific?: string; honorificVi?: string };

const SHORT_TEXT_MAX = 200; // entities.ts: ShortText

// The English keys the export writes, and the Vietnamese words an officer may type.
const GENDERS: Record<string, Gender> = {
  female: 'female', f: 'female', 'nữ': 'female',
  male: 'male', m: 'male', nam: 'male',
  unspecified: 'unspecified', '': 'unspecified',
};

/** The gender a cell names, or null when it names none. */
export const parseGender = (text: string): Gender | null => GENDERS[text.normalize('NFC').trim().toLowerCase()] ?? null;

/** The cell the export writes: unspecified is written empty. */
export const genderCell = (gender: Gender): string => (gender === 'unspecified' ? '' : gender);

type Problem = { key: ImportMessageKey; params?: Params };

/**
 * Reads the details of one person from their texts (undefined: not in the file). Returns the
 * details, or the problems with the column (or member field) each is about.
 */
export function readDetails(texts: { titleVi?: string; gender?: string; honorific?: string; honorificVi?: string }): {
  details: PersonDetails;
  problems: (Problem & { field: keyof PersonDetails })[];
} {
  const details: PersonDetails = {};
  const problems: (Problem & { field: keyof PersonDetails })[] = [];
  for (const field of ['titleVi', 'honorific', 'honorificVi'] as const) {
    const value = texts[field];
    if (value === undefined) continue;
    const text = value.normalize('NFC').trim();
    if (text.length > SHORT_TEXT_MAX) problems.push({ field, key: 'too-long', params: { length: text.length, max: SHORT_TEXT_MAX } });
    else details[field] = text;
  }
  if (texts.gender !== undefined) {
    const gender = parseGender(texts.gender);
    if (gender === null) problems.push({ field: 'gender', key: 'bad-gender', params: { value: texts.gender.trim() } });
    else details.gender = gender;
  }
  return { details, problems };
}

// A stored text and a value read from a file, compared as the import reads them (delegations.ts: norm).
const same = (stored: string, value: string) => stored.normalize('NFC').replace(/\r\n?/g, '\n').trim() === value;

/**
 * The person with the file's details: each one given is set as written, so that importing the
 * same file again changes nothing (a Vietnamese title given with a new English title is kept:
 * the file says both). Without the detail, the person's stays (a new English title without a
 * Vietnamese column clears the Vietnamese one: delegations.ts).
 */
export function withDetails(person: Person, details: PersonDetails): Person {
  let next = person;
  if (details.titleVi !== undefined && !same(next.titleVi, details.titleVi)) next = { ...next, titleVi: details.titleVi };
  if (details.gender !== undefined && next.gender !== details.gender) next = { ...next, gender: details.gender };
  for (const field of ['honorific', 'honorificVi'] as const) {
    const value = details[field];
    if (value !== undefined && !same(next[field], value)) next = { ...next, [field]: value };
  }
  return next;
}

/** A person's details as the export writes them. */
export const detailCells = (person: Person | null) => ({
  titleVi: person?.titleVi ?? '',
  gender: person ? genderCell(person.gender) : '',
  honorific: person?.honorific ?? '',
  honorificVi: person?.honorificVi ?? '',
});
