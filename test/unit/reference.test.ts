import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { compareUnNames } from '../../shared/reference/names';
import { parseOrganizationsCsv, parseStatesCsv, ReferenceCsvError } from '../../shared/reference/parse';
import { OrgCategory } from '../../shared/model/entities';

const root = resolve(import.meta.dirname, '../..');
const flagExists = (code: string) => existsSync(resolve(root, 'node_modules/flag-icons/flags/4x3', `${code}.svg`));
const { states, organizations } = referenceData;
const state = (iso3: string) => states.find((s) => s.iso3 === iso3);

describe('UN states table', () => {
  test('has the 193 member states and the 2 observer states', () => {
    expect(states).toHaveLength(195);
    expect(states.filter((s) => s.status === 'member-state')).toHaveLength(193);
    expect(states.filter((s) => s.status === 'observer-state').map((s) => s.nameEn).sort()).toEqual(['Holy See', 'State of Palestine']);
  });

  test('codes are unique', () => {
    for (const key of ['iso3', 'iso2', 'm49'] as const) {
      expect(new Set(states.map((s) => s[key])).size, key).toBe(195);
    }
  });

  test('every state has its English, French and Vietnamese names and a formal name', () => {
    for (const s of states) {
      for (const name of [s.nameEn, s.nameFr, s.nameVi, s.formalEn]) {
        expect(name.trim(), s.iso3).not.toBe('');
        expect(name, s.iso3).toBe(name.normalize('NFC'));
      }
    }
  });

  test('keeps the UN short names exactly', () => {
    expect(state('VNM')).toMatchObject({ nameEn: 'Viet Nam', nameFr: 'Viet Nam', nameVi: 'Việt Nam', iso2: 'VN', m49: '704' });
    expect(state('TUR')).toMatchObject({ nameEn: 'Türkiye', nameFr: 'Türkiye', formalEn: 'the Republic of Türkiye' });
    expect(state('CIV')).toMatchObject({ nameEn: "Côte d'Ivoire", nameFr: "Côte d'Ivoire", nameVi: 'Cốt Đi-voa' });
    expect(state('IRN')?.nameEn).toBe('Iran (Islamic Republic of)');
    expect(state('GBR')?.nameEn).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(state('PRK')?.nameEn).toBe("Democratic People's Republic of Korea");
    expect(state('BHS')?.nameEn).toBe('Bahamas');
  });

  test("uses the Ministry of Foreign Affairs' forms: hyphenated transcriptions and Sino-Vietnamese names", () => {
    const forms = Object.fromEntries(['BRA', 'AUS', 'SGP', 'CAN', 'DZA', 'CHN', 'KOR', 'SWE', 'NLD', 'PRK', 'RUS', 'USA', 'GBR', 'COD', 'COG', 'SVN', 'SAU'].map((iso3) => [iso3, state(iso3)?.nameVi]));
    expect(forms).toEqual({
      BRA: 'Bra-xin', AUS: 'Ô-xtrây-li-a', SGP: 'Xin-ga-po', CAN: 'Ca-na-đa', DZA: 'An-giê-ri',
      CHN: 'Trung Quốc', KOR: 'Hàn Quốc', SWE: 'Thụy Điển', NLD: 'Hà Lan',
      PRK: 'Cộng hòa Dân chủ Nhân dân Triều Tiên', RUS: 'Liên bang Nga', USA: 'Hoa Kỳ', GBR: 'Vương quốc Anh',
      COD: 'Cộng hòa Dân chủ Công-gô', COG: 'Cộng hòa Công-gô', SVN: 'Xlô-vê-ni-a', SAU: 'Ả-rập Xê-út',
    });
    // None of CLDR's display conventions survive on a name plate.
    for (const s of states) {
      expect(s.nameVi, s.iso3).not.toMatch(/\bSt\.|’| - |\(/);
    }
  });

  test('no state prints its English name as its Vietnamese one (127 did, from CLDR)', () => {
    expect(states.filter((s) => s.nameVi === s.nameEn).map((s) => s.iso3)).toEqual([]);
    // Folded, only Viet Nam's two names agree: "Việt Nam" differs from "Viet Nam" by its accents.
    expect(states.filter((s) => compareUnNames(s.nameVi, s.nameEn) === 0).map((s) => s.iso3)).toEqual(['VNM']);
    // Each Vietnamese name names one state.
    expect(new Set(states.map((s) => s.nameVi)).size).toBe(195);
  });

  test('every Vietnamese name says how sure it is and where it was checked; "unverified" where no page was found', () => {
    for (const s of states) {
      expect(['high', 'medium', 'low'], s.iso3).toContain(s.nameViConfidence);
      // A Vietnamese official site (.vn), or Viet Nam's mission to the UN.
      if (s.nameViSource !== null) expect(s.nameViSource, s.iso3).toMatch(/^https?:\/\/([a-z0-9_-]+\.)*([a-z0-9-]+\.vn|vietnam-un\.org)\//);
    }
    expect(state('SGP')?.nameViSource).toMatch(/qdnd\.vn/);
    expect(state('BRA')?.nameViSource).toMatch(/^https:\/\/mofa\.gov\.vn\//);
  });

  test('every unverified Vietnamese name is listed for the officer, with what the pages found write', () => {
    // resources/reference/README.md, "Not yet checked": the rows an officer must check before a final print.
    const readme = readFileSync(resolve(root, 'resources/reference/README.md'), 'utf8');
    const from = readme.indexOf('| iso3 | our form |', readme.indexOf('### Not yet checked'));
    const table = readme.slice(from, readme.indexOf('\n\n', from));
    const listed = [...table.matchAll(/^\| ([A-Z]{3}) \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim()]);
    const unverified = states.filter((s) => s.nameViSource === null).map((s) => [s.iso3, s.nameVi]);
    expect(listed.sort()).toEqual(unverified.sort());
  });

  test('sorts as the UN does: Türkiye between Tunisia and Turkmenistan', () => {
    const names = states.map((s) => s.nameEn).sort(compareUnNames);
    const at = (name: string) => names.indexOf(name);
    expect(at('Türkiye')).toBe(at('Tunisia') + 1);
    expect(at('Turkmenistan')).toBe(at('Türkiye') + 1);
    expect(at("Côte d'Ivoire")).toBe(at('Costa Rica') + 1);
    expect(names[0]).toBe('Afghanistan');
    expect(names.at(-1)).toBe('Zimbabwe');
  });

  test('every state has a flag in flag-icons', () => {
    expect(states.filter((s) => !flagExists(s.iso2.toLowerCase())).map((s) => s.iso3)).toEqual([]);
  });
});

describe('organizations table', () => {
  test('has about seventy organizations with unique codes and names', () => {
    expect(organizations.length).toBeGreaterThanOrEqual(65);
    expect(organizations.length).toBeLessThanOrEqual(80);
    expect(new Set(organizations.map((o) => o.code)).size).toBe(organizations.length);
    expect(new Set(organizations.map((o) => o.nameEn)).size).toBe(organizations.length);
  });

  test('codes fit the delegation schema and categories are the model enum', () => {
    for (const o of organizations) {
      expect(o.code, o.code).toMatch(/^[A-Z0-9-]{2,16}$/);
      expect(OrgCategory.options, o.code).toContain(o.category);
      for (const name of [o.nameEn, o.nameFr, o.nameVi]) expect(name.trim(), o.code).not.toBe('');
    }
  });

  test('the UN, its office on drugs and crime and the main partners are there, named as in Vietnamese usage', () => {
    const org = (code: string) => organizations.find((o) => o.code === code);
    expect(org('UN')).toMatchObject({ nameEn: 'United Nations', nameVi: 'Liên hợp quốc', category: 'un-secretariat', flagCode: 'un' });
    expect(org('UNODC')).toMatchObject({ nameVi: 'Văn phòng Liên hợp quốc về Ma túy và Tội phạm', category: 'un-secretariat' });
    expect(org('INTERPOL')?.nameVi).toBe('Tổ chức Cảnh sát Hình sự Quốc tế');
    expect(org('ASEAN')).toMatchObject({ nameVi: 'Hiệp hội các quốc gia Đông Nam Á', flagCode: 'asean' });
    expect(org('EU')).toMatchObject({ nameVi: 'Liên minh châu Âu', flagCode: 'eu' });
    for (const code of ['ITU', 'UNESCO', 'WIPO', 'UNDP', 'UNICEF', 'OHCHR', 'UN-WOMEN', 'UNOCT', 'UNICRI', 'UNIDIR',
      'AU', 'OSCE', 'COE', 'OAS', 'LAS', 'OIC', 'COMSEC', 'EUROPOL', 'EUROJUST', 'AFRIPOL', 'ASEANAPOL', 'GCC', 'SCO',
      'CIS', 'IOM', 'WB', 'IMF', 'OECD', 'FATF']) {
      expect(org(code), code).toBeDefined();
    }
  });

  test('the UN Secretariat and its offices are told apart from the funds, programmes, institutes and related organizations', () => {
    // The Secretariat: the UN itself, its offices (UNODC, UNOCT, OHCHR), UNCTAD (part of the
    // Secretariat) and the regional commission ESCAP. Not IAEA, IOM, WTO (related organizations).
    const of = (category: string) => organizations.filter((o) => o.category === category).map((o) => o.code).sort();
    expect(of('un-secretariat')).toEqual(['ESCAP', 'OHCHR', 'UN', 'UNCTAD', 'UNOCT', 'UNODC']);
    expect(of('un-system')).toEqual(['IAEA', 'IOM', 'UN-WOMEN', 'UNDP', 'UNEP', 'UNFPA', 'UNHCR', 'UNICEF', 'UNICRI', 'UNIDIR', 'UNU', 'WFP', 'WTO']);
  });

  test('agreement dates are real dates, on specialized agencies only, and order them as the UN does', () => {
    for (const o of organizations) {
      if (o.agreementDate === null) continue;
      expect(o.category, o.code).toBe('specialized-agency');
      expect(new Date(`${o.agreementDate}T00:00:00Z`).toISOString().slice(0, 10), o.code).toBe(o.agreementDate);
    }
    const agencies = organizations.filter((o) => o.category === 'specialized-agency');
    expect(agencies.every((o) => o.agreementDate !== null)).toBe(true);
    const byDate = [...agencies].sort((a, b) => a.agreementDate!.localeCompare(b.agreementDate!)).map((o) => o.code);
    expect(byDate.slice(0, 3).sort()).toEqual(['FAO', 'ILO', 'UNESCO']);
    expect(byDate.indexOf('ITU')).toBeLessThan(byDate.indexOf('WIPO'));
    expect(byDate.at(-1)).toBe('UN-TOURISM');
  });

  test('every flag code is a flag-icons file', () => {
    const withFlag = organizations.filter((o) => o.flagCode !== null);
    expect(withFlag.length).toBeGreaterThan(5);
    expect(withFlag.filter((o) => !flagExists(o.flagCode!)).map((o) => o.code)).toEqual([]);
  });
});

describe('strict CSV parsing', () => {
  const statesText = readFileSync(resolve(root, 'resources/reference/un-states.csv'), 'utf8');
  const orgsText = readFileSync(resolve(root, 'resources/reference/organizations.csv'), 'utf8');
  const lines = statesText.split('\n');
  const withLine = (n: number, line: string) => [...lines.slice(0, n - 1), line, ...lines.slice(n)].join('\n');
  const problem = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ReferenceCsvError);
      return (e as Error).message;
    }
    throw new Error('expected the table to be refused');
  };

  test('accepts the bundled files with a byte-order mark and CRLF line ends', () => {
    expect(parseStatesCsv(`\uFEFF${statesText.replace(/\n/g, '\r\n')}`)).toEqual(referenceData.states);
    expect(parseOrganizationsCsv(orgsText)).toEqual(referenceData.organizations);
  });

  test('names the file, line and column of a bad row', () => {
    expect(problem(() => parseStatesCsv(withLine(3, lines[2]!.replace(/^ALB,AL,/, 'ALB,ALB,'))))).toBe(
      'un-states.csv, line 3, column "iso2": must be 2 capital letters (ISO 3166-1 alpha-2), found "ALB"',
    );
    expect(problem(() => parseStatesCsv(withLine(4, lines[3]!.replace(',012,', ',12,'))))).toMatch(/line 4, column "m49"/);
    expect(problem(() => parseStatesCsv(withLine(5, lines[4]!.replace('member-state', 'member'))))).toMatch(/line 5, column "status"/);
    expect(problem(() => parseStatesCsv(withLine(6, lines[5]!.replace('Angola,Angola,Ăng-gô-la', 'Angola,Angola,'))))).toBe(
      'un-states.csv, line 6, column "name_vi": must not be empty',
    );
    expect(problem(() => parseStatesCsv(withLine(6, lines[5]!.replace('Angola,Angola,Ăng-gô-la', 'Angola,Angola,Angola'))))).toBe(
      'un-states.csv, line 6, column "name_vi": is the English name "Angola" again: give the Vietnamese form (the Ministry of Foreign Affairs\' transcription)',
    );
    expect(problem(() => parseStatesCsv(withLine(6, lines[5]!.replace(/,[^,]*$/, ',memory'))))).toMatch(/line 6, column "name_vi_source": must be the address/);
    expect(problem(() => parseStatesCsv(withLine(6, lines[5]!.replace(/,high,([^,]*)$/, ',sure,$1'))))).toMatch(/line 6, column "name_vi_confidence"/);
  });

  test('refuses missing or extra fields, duplicates, spaces, a wrong header and broken quotes', () => {
    expect(problem(() => parseStatesCsv(withLine(2, lines[1]!.split(',').slice(0, 11).join(','))))).toMatch(/line 2: expected 12 fields, found 11/);
    expect(problem(() => parseStatesCsv(withLine(3, lines[1]!)))).toMatch(/line 3, column "iso3": "AFG" repeats line 2/);
    expect(problem(() => parseStatesCsv(withLine(2, lines[1]!.replace(',Afghanistan,', ',Afghanistan ,'))))).toMatch(/line 2, column "name_en": has spaces/);
    expect(problem(() => parseStatesCsv(withLine(1, lines[0]!.replace('name_vi', 'vi'))))).toMatch(/line 1: the header must be exactly/);
    expect(problem(() => parseStatesCsv(withLine(2, '')))).toMatch(/line 2: empty line/);
    expect(problem(() => parseStatesCsv(''))).toMatch(/empty/);
    expect(problem(() => parseOrganizationsCsv(`${orgsText}XX,"Unclosed,a,b,other,,\n`))).toMatch(/organizations.csv, line \d+: malformed CSV/);
  });

  test('refuses a bad organization category, date or flag code', () => {
    const header = orgsText.split('\n')[0];
    const one = (row: string) => `${header}\n${row}\n`;
    expect(parseOrganizationsCsv(one('ITU,International Telecommunication Union,UIT,Liên minh Viễn thông Quốc tế,specialized-agency,1949-01-01,'))[0])
      .toEqual({ code: 'ITU', nameEn: 'International Telecommunication Union', nameFr: 'UIT', nameVi: 'Liên minh Viễn thông Quốc tế', category: 'specialized-agency', agreementDate: '1949-01-01', flagCode: null });
    expect(problem(() => parseOrganizationsCsv(one('ITU,A,B,C,agency,,')))).toMatch(/line 2, column "category"/);
    expect(problem(() => parseOrganizationsCsv(one('ITU,A,B,C,specialized-agency,1949-02-30,')))).toMatch(/line 2, column "agreement_date": must be empty or a date/);
    expect(problem(() => parseOrganizationsCsv(one('EU,A,B,C,regional,1993-11-01,eu')))).toMatch(/only specialized agencies/);
    expect(problem(() => parseOrganizationsCsv(one('EU,A,B,C,regional,,EU')))).toMatch(/column "flag_code"/);
    expect(problem(() => parseOrganizationsCsv(one('un,A,B,C,un-system,,un')))).toMatch(/column "code"/);
  });
});
