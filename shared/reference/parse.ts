import Papa from 'papaparse';
import { OrgCategory } from '../model/entities';
import { foldName } from './names';
import type { OrganizationRef, StateRef } from './types';

/**
 * Strict parsers for the two bundled reference tables (resources/reference/*.csv). They accept
 * exactly the documented columns, in order, and refuse the whole table on the first bad row
 * with a message naming the file, the line and the column: a wrong code or a blank name in
 * reference data would end up on a name plate.
 *
 * Accepted leniencies, all invisible to a reader: a leading byte-order mark, CRLF line ends,
 * one trailing newline, and text in any Unicode normalization form (stored as NFC, so that
 * "Türkiye" typed on any system compares equal).
 */

export const STATE_COLUMNS = [
  'iso3', 'iso2', 'm49', 'status', 'name_en', 'name_fr', 'name_vi', 'formal_en', 'region', 'subregion',
  'name_vi_confidence', 'name_vi_source',
] as const;
const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const ORGANIZATION_COLUMNS = [
  'code', 'name_en', 'name_fr', 'name_vi', 'category', 'agreement_date', 'flag_code',
] as const;

export class ReferenceCsvError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: string | null,
    problem: string,
  ) {
    super(`${file}, line ${line}${column ? `, column "${column}"` : ''}: ${problem}`);
    this.name = 'ReferenceCsvError';
  }
}

type Row<C extends readonly string[]> = { line: number; get: (column: C[number]) => string };

function readTable<C extends readonly string[]>(file: string, text: string, columns: C): Row<C>[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', quoteChar: '"', skipEmptyLines: false });
  const firstError = parsed.errors[0];
  if (firstError) {
    throw new ReferenceCsvError(file, (firstError.row ?? 0) + 1, null, `malformed CSV (${firstError.message})`);
  }
  const records = parsed.data;
  // A file ending with a newline yields one last empty record: that one is fine, no other is.
  if (records.length > 0 && records[records.length - 1]!.length === 1 && records[records.length - 1]![0] === '') {
    records.pop();
  }
  const header = records[0];
  if (!header) throw new ReferenceCsvError(file, 1, null, 'the file is empty');
  if (header.length !== columns.length || header.some((name, i) => name !== columns[i])) {
    throw new ReferenceCsvError(file, 1, null, `the header must be exactly "${columns.join(',')}", found "${header.join(',')}"`);
  }
  const index = new Map(columns.map((name, i) => [name, i]));
  return records.slice(1).map((record, i) => {
    const line = i + 2;
    if (record.length === 1 && record[0] === '') throw new ReferenceCsvError(file, line, null, 'empty line');
    if (record.length !== columns.length) {
      throw new ReferenceCsvError(file, line, null, `expected ${columns.length} fields, found ${record.length}`);
    }
    const fields = record.map((value, c) => {
      const column = columns[c]!;
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      if (/[\u0000-\u001f\u007f]/.test(value)) {
        throw new ReferenceCsvError(file, line, column, 'contains a line break or another control character');
      }
      if (value !== value.trim()) throw new ReferenceCsvError(file, line, column, `has spaces around "${value.trim()}"`);
      return value.normalize('NFC');
    });
    return { line, get: (column: C[number]) => fields[index.get(column)!]! };
  });
}

function check(ok: boolean, file: string, line: number, column: string, problem: string): void {
  if (!ok) throw new ReferenceCsvError(file, line, column, problem);
}

function requireName<C extends readonly string[]>(file: string, row: Row<C>, column: C[number]): string {
  const value = row.get(column);
  check(value.length > 0, file, row.line, column, 'must not be empty');
  check(value.length <= 200, file, row.line, column, 'is longer than 200 characters');
  return value;
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function unique(file: string, seen: Map<string, number>, key: string, line: number, column: string, shown: string): void {
  const first = seen.get(key);
  if (first !== undefined) throw new ReferenceCsvError(file, line, column, `"${shown}" repeats line ${first}`);
  seen.set(key, line);
}

/** How sure the Vietnamese name is, and the public page it was checked against (null: not yet checked). */
function nameViProvenance(file: string, row: Row<typeof STATE_COLUMNS>): Pick<StateRef, 'nameViConfidence' | 'nameViSource'> {
  const confidence = row.get('name_vi_confidence');
  check((CONFIDENCE as readonly string[]).includes(confidence), file, row.line, 'name_vi_confidence',
    `must be one of ${CONFIDENCE.join(', ')}, found "${confidence}"`);
  const source = row.get('name_vi_source');
  check(source === 'unverified' || /^https?:\/\/\S+$/.test(source), file, row.line, 'name_vi_source',
    `must be the address of the page the name was checked against, or "unverified", found "${source}"`);
  return { nameViConfidence: confidence as StateRef['nameViConfidence'], nameViSource: source === 'unverified' ? null : source };
}

/** Parses un-states.csv: UN member and observer states with their UN short names in en/fr and the reviewed vi name. */
export function parseStatesCsv(text: string): StateRef[] {
  const file = 'un-states.csv';
  const seen = { iso3: new Map<string, number>(), iso2: new Map<string, number>(), m49: new Map<string, number>(), name: new Map<string, number>() };
  return readTable(file, text, STATE_COLUMNS).map((row) => {
    const { line } = row;
    const iso3 = row.get('iso3');
    check(/^[A-Z]{3}$/.test(iso3), file, line, 'iso3', `must be 3 capital letters (ISO 3166-1 alpha-3), found "${iso3}"`);
    const iso2 = row.get('iso2');
    check(/^[A-Z]{2}$/.test(iso2), file, line, 'iso2', `must be 2 capital letters (ISO 3166-1 alpha-2), found "${iso2}"`);
    const m49 = row.get('m49');
    check(/^\d{3}$/.test(m49), file, line, 'm49', `must be 3 digits (UN M49, with leading zeros), found "${m49}"`);
    const status = row.get('status');
    check(status === 'member-state' || status === 'observer-state', file, line, 'status',
      `must be member-state or observer-state, found "${status}"`);
    const state: StateRef = {
      iso3,
      iso2,
      m49,
      status: status as StateRef['status'],
      nameEn: requireName(file, row, 'name_en'),
      nameFr: requireName(file, row, 'name_fr'),
      nameVi: requireName(file, row, 'name_vi'),
      formalEn: requireName(file, row, 'formal_en'),
      region: requireName(file, row, 'region'),
      subregion: requireName(file, row, 'subregion'),
      ...nameViProvenance(file, row),
    };
    // A Vietnamese name spelt as the English one prints no Vietnamese line on a card or plate.
    check(state.nameVi !== state.nameEn, file, line, 'name_vi',
      `is the English name "${state.nameEn}" again: give the Vietnamese form (the Ministry of Foreign Affairs' transcription)`);
    unique(file, seen.iso3, iso3, line, 'iso3', iso3);
    unique(file, seen.iso2, iso2, line, 'iso2', iso2);
    unique(file, seen.m49, m49, line, 'm49', m49);
    unique(file, seen.name, foldName(state.nameEn), line, 'name_en', state.nameEn);
    return state;
  });
}

/** Parses organizations.csv: international and regional organizations, with their category for precedence. */
export function parseOrganizationsCsv(text: string): OrganizationRef[] {
  const file = 'organizations.csv';
  const seen = { code: new Map<string, number>(), name: new Map<string, number>() };
  return readTable(file, text, ORGANIZATION_COLUMNS).map((row) => {
    const { line } = row;
    const code = row.get('code');
    check(/^[A-Z0-9-]{2,16}$/.test(code), file, line, 'code',
      `must be 2 to 16 capital letters, digits or hyphens, found "${code}"`);
    const category = OrgCategory.safeParse(row.get('category'));
    check(category.success, file, line, 'category',
      `must be one of ${OrgCategory.options.join(', ')}, found "${row.get('category')}"`);
    const agreementDate = row.get('agreement_date');
    check(agreementDate === '' || isCalendarDate(agreementDate), file, line, 'agreement_date',
      `must be empty or a date YYYY-MM-DD, found "${agreementDate}"`);
    check(agreementDate === '' || category.data === 'specialized-agency', file, line, 'agreement_date',
      'only specialized agencies have a relationship agreement date');
    const flagCode = row.get('flag_code');
    check(flagCode === '' || /^[a-z]{2,8}(-[a-z]{2,8})?$/.test(flagCode), file, line, 'flag_code',
      `must be empty or a flag-icons file name in lower case (un, eu...), found "${flagCode}"`);
    const organization: OrganizationRef = {
      code,
      nameEn: requireName(file, row, 'name_en'),
      nameFr: requireName(file, row, 'name_fr'),
      nameVi: requireName(file, row, 'name_vi'),
      category: category.data!,
      agreementDate: agreementDate === '' ? null : agreementDate,
      flagCode: flagCode === '' ? null : flagCode,
    };
    unique(file, seen.code, code, line, 'code', code);
    unique(file, seen.name, foldName(organization.nameEn), line, 'name_en', organization.nameEn);
    return organization;
  });
}
