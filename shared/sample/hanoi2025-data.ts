import type { RankClass } from '../model/entities';
import type { CultureName } from './names';

/**
 * The cast of the Hanoi 2025 sample: which states and organizations attend, at what level, and
 * the titles that go with each level in English and Vietnamese. Levels are a plausible mix for
 * the event, not a record of who attended; every person in the sample is synthetic.
 */

export type Portfolio =
  | 'justice' | 'justice-secretary' | 'interior' | 'home' | 'public-security' | 'national-security'
  | 'security-state' | 'citizen-protection' | 'digital' | 'ict' | 'ag' | 'foreign';

/** Who leads a state delegation. */
export type HeadLevel = 'hos' | 'vp' | 'hog' | 'dhog' | 'fm' | `min:${Portfolio}` | `vmin:${Portfolio}` | 'amb' | 'holy-see';

export type StateCast = { iso3: string; culture: CultureName; language: string; head: HeadLevel };

const s = (iso3: string, culture: CultureName, language: string, head: HeadLevel): StateCast => ({ iso3, culture, language, head });

/** 100 state delegations: 98 member states and the 2 observer states. Viet Nam is the host. */
export const STATE_CAST: readonly StateCast[] = [
  // Asia and the Pacific
  s('VNM', 'vietnamese', 'vi', 'hos'),
  s('LAO', 'lao', 'lo', 'hos'),
  s('KHM', 'khmer', 'km', 'hog'),
  s('TLS', 'portuguese', 'pt', 'hos'),
  s('THA', 'thai', 'th', 'dhog'),
  s('MYS', 'malay', 'ms', 'dhog'),
  s('SGP', 'chinese', 'en', 'dhog'),
  s('IDN', 'indonesian', 'id', 'min:justice'),
  s('PHL', 'filipino', 'en', 'min:justice-secretary'),
  s('BRN', 'malay', 'ms', 'min:home'),
  s('MMR', 'burmese', 'my', 'vmin:home'),
  s('CHN', 'chinese', 'zh', 'min:public-security'),
  s('JPN', 'japanese', 'ja', 'vmin:justice'),
  s('KOR', 'korean', 'ko', 'vmin:justice'),
  s('PRK', 'korean', 'ko', 'amb'),
  s('MNG', 'mongolian', 'mn', 'hog'),
  s('IND', 'southAsian', 'en', 'vmin:ict'),
  s('PAK', 'southAsianMuslim', 'ur', 'min:interior'),
  s('BGD', 'southAsianMuslim', 'bn', 'min:home'),
  s('LKA', 'sinhala', 'si', 'min:public-security'),
  s('NPL', 'nepali', 'ne', 'hog'),
  s('MDV', 'maldivian', 'dv', 'hos'),
  s('AUS', 'english', 'en', 'min:ag'),
  s('NZL', 'english', 'en', 'min:justice'),
  s('FJI', 'pacific', 'en', 'hog'),
  s('PNG', 'pacific', 'en', 'min:justice'),
  s('VUT', 'pacific', 'en', 'hog'),
  s('PLW', 'pacific', 'en', 'hos'),
  s('KAZ', 'centralAsian', 'ru', 'dhog'),
  s('UZB', 'centralAsian', 'uz', 'min:justice'),
  s('KGZ', 'centralAsian', 'ky', 'vmin:digital'),
  s('IRN', 'persian', 'fa', 'vmin:foreign'),
  s('SAU', 'arabic', 'ar', 'vmin:interior'),
  s('ARE', 'arabic', 'ar', 'min:justice'),
  s('QAT', 'arabic', 'ar', 'min:interior'),
  s('JOR', 'arabic', 'ar', 'min:digital'),
  s('LBN', 'arabic', 'ar', 'fm'),
  s('PSE', 'arabic', 'ar', 'fm'),
  s('TUR', 'turkish', 'tr', 'vmin:justice'),
  s('AZE', 'azerbaijani', 'az', 'vmin:digital'),
  s('ISR', 'hebrew', 'he', 'amb'),
  // Europe
  s('RUS', 'russian', 'ru', 'vmin:foreign'),
  s('GBR', 'english', 'en', 'min:security-state'),
  s('FRA', 'french', 'fr', 'amb'),
  s('DEU', 'german', 'de', 'vmin:justice'),
  s('ITA', 'italian', 'it', 'vmin:justice'),
  s('ESP', 'spanish', 'es', 'min:interior'),
  s('PRT', 'portuguese', 'pt', 'min:justice'),
  s('NLD', 'dutch', 'nl', 'min:justice'),
  s('BEL', 'french', 'fr', 'min:justice'),
  s('POL', 'polish', 'pl', 'dhog'),
  s('HUN', 'hungarian', 'hu', 'amb'),
  s('AUT', 'german', 'de', 'min:interior'),
  s('CHE', 'german', 'de', 'amb'),
  s('SWE', 'scandinavian', 'sv', 'min:justice'),
  s('NOR', 'scandinavian', 'no', 'vmin:justice'),
  s('FIN', 'finnish', 'fi', 'hos'),
  s('IRL', 'english', 'en', 'min:justice'),
  s('GRC', 'greek', 'el', 'min:citizen-protection'),
  s('SRB', 'southSlavic', 'sr', 'hos'),
  s('BLR', 'russian', 'ru', 'fm'),
  s('UKR', 'ukrainian', 'uk', 'vmin:digital'),
  s('VAT', 'italian', 'it', 'holy-see'),
  // Africa
  s('KEN', 'eastAfrican', 'en', 'hos'),
  s('GHA', 'westAfrican', 'en', 'hos'),
  s('MOZ', 'lusophoneAfrican', 'pt', 'hos'),
  s('SLE', 'westAfrican', 'en', 'hos'),
  s('NGA', 'westAfrican', 'en', 'min:ag'),
  s('ZAF', 'southernAfrican', 'en', 'min:justice'),
  s('EGY', 'arabic', 'ar', 'min:interior'),
  s('MAR', 'arabic', 'ar', 'min:justice'),
  s('DZA', 'arabic', 'ar', 'min:justice'),
  s('TUN', 'arabic', 'ar', 'amb'),
  s('ETH', 'ethiopian', 'am', 'min:justice'),
  s('RWA', 'eastAfrican', 'rw', 'min:ict'),
  s('UGA', 'eastAfrican', 'en', 'min:interior'),
  s('TZA', 'eastAfrican', 'sw', 'vp'),
  s('ZMB', 'eastAfrican', 'en', 'vp'),
  s('SEN', 'francophoneAfrican', 'fr', 'min:digital'),
  s('CIV', 'francophoneAfrican', 'fr', 'min:justice'),
  s('CMR', 'francophoneAfrican', 'fr', 'min:justice'),
  s('COD', 'francophoneAfrican', 'fr', 'min:digital'),
  s('MUS', 'southAsian', 'en', 'hog'),
  s('ZWE', 'southernAfrican', 'en', 'min:home'),
  // The Americas
  s('CUB', 'hispanic', 'es', 'hos'),
  s('PRY', 'hispanic', 'es', 'hos'),
  s('BRA', 'brazilian', 'pt', 'min:justice'),
  s('ARG', 'hispanic', 'es', 'vmin:foreign'),
  s('MEX', 'hispanic', 'es', 'vmin:foreign'),
  s('USA', 'english', 'en', 'amb'),
  s('CAN', 'english', 'en', 'amb'),
  s('CHL', 'hispanic', 'es', 'min:justice'),
  s('COL', 'hispanic', 'es', 'min:justice'),
  s('BOL', 'hispanic', 'es', 'fm'),
  s('VEN', 'hispanic', 'es', 'fm'),
  s('CRI', 'hispanic', 'es', 'min:ict'),
  s('JAM', 'caribbean', 'en', 'min:national-security'),
  s('TTO', 'caribbean', 'en', 'min:ag'),
  s('LCA', 'caribbean', 'en', 'hog'),
  s('GUY', 'caribbean', 'en', 'vp'),
];

export type Title = { en: string; vi: string };

export const PORTFOLIOS: Record<Portfolio, { minister: Title; deputy: Title }> = {
  justice: {
    minister: { en: 'Minister of Justice', vi: 'Bộ trưởng Bộ Tư pháp' },
    deputy: { en: 'Deputy Minister of Justice', vi: 'Thứ trưởng Bộ Tư pháp' },
  },
  'justice-secretary': {
    minister: { en: 'Secretary of Justice', vi: 'Bộ trưởng Bộ Tư pháp' },
    deputy: { en: 'Undersecretary of Justice', vi: 'Thứ trưởng Bộ Tư pháp' },
  },
  interior: {
    minister: { en: 'Minister of the Interior', vi: 'Bộ trưởng Bộ Nội vụ' },
    deputy: { en: 'Deputy Minister of the Interior', vi: 'Thứ trưởng Bộ Nội vụ' },
  },
  home: {
    minister: { en: 'Minister of Home Affairs', vi: 'Bộ trưởng Bộ Nội vụ' },
    deputy: { en: 'Deputy Minister of Home Affairs', vi: 'Thứ trưởng Bộ Nội vụ' },
  },
  'public-security': {
    minister: { en: 'Minister of Public Security', vi: 'Bộ trưởng Bộ Công an' },
    deputy: { en: 'Deputy Minister of Public Security', vi: 'Thứ trưởng Bộ Công an' },
  },
  'national-security': {
    minister: { en: 'Minister of National Security', vi: 'Bộ trưởng Bộ An ninh Quốc gia' },
    deputy: { en: 'Deputy Minister of National Security', vi: 'Thứ trưởng Bộ An ninh Quốc gia' },
  },
  'security-state': {
    minister: { en: 'Minister of State for Security', vi: 'Quốc vụ khanh phụ trách An ninh' },
    deputy: { en: 'Deputy Minister of State for Security', vi: 'Thứ trưởng phụ trách An ninh' },
  },
  'citizen-protection': {
    minister: { en: 'Minister for Citizen Protection', vi: 'Bộ trưởng Bộ Bảo vệ Công dân' },
    deputy: { en: 'Deputy Minister for Citizen Protection', vi: 'Thứ trưởng Bộ Bảo vệ Công dân' },
  },
  digital: {
    minister: { en: 'Minister of Digital Affairs', vi: 'Bộ trưởng Bộ Kỹ thuật số' },
    deputy: { en: 'Deputy Minister of Digital Affairs', vi: 'Thứ trưởng Bộ Kỹ thuật số' },
  },
  ict: {
    minister: { en: 'Minister of Information and Communications Technology', vi: 'Bộ trưởng Bộ Công nghệ Thông tin và Truyền thông' },
    deputy: { en: 'Deputy Minister of Information and Communications Technology', vi: 'Thứ trưởng Bộ Công nghệ Thông tin và Truyền thông' },
  },
  ag: {
    minister: { en: 'Attorney General', vi: 'Tổng Chưởng lý' },
    deputy: { en: 'Deputy Attorney General', vi: 'Phó Tổng Chưởng lý' },
  },
  foreign: {
    minister: { en: 'Minister for Foreign Affairs', vi: 'Bộ trưởng Bộ Ngoại giao' },
    deputy: { en: 'Deputy Minister for Foreign Affairs', vi: 'Thứ trưởng Bộ Ngoại giao' },
  },
};

/** Vietnamese titles of heads of state and government where the usual form does not apply. */
export const HEAD_TITLE_VI: Record<string, Partial<Record<'hos' | 'hog', string>>> = {
  VNM: { hos: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam' },
  LAO: { hos: 'Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào' },
  CUB: { hos: 'Chủ tịch nước Cộng hòa Cu-ba' },
  KHM: { hog: 'Thủ tướng Vương quốc Cam-pu-chia' },
};

export type MemberFunction = Title & { rank: RankClass; credentials?: boolean };

export const AMBASSADOR_TO_VIET_NAM: MemberFunction = {
  en: 'Ambassador Extraordinary and Plenipotentiary to Viet Nam', vi: 'Đại sứ Đặc mệnh Toàn quyền tại Việt Nam',
  rank: 'ambassador', credentials: true,
};

/** Functions of the other members of a state delegation, in the order they are listed. */
export const STATE_MEMBER_FUNCTIONS: readonly MemberFunction[] = [
  AMBASSADOR_TO_VIET_NAM,
  { en: 'Permanent Representative to the United Nations (Vienna)', vi: 'Đại sứ, Trưởng Phái đoàn thường trực tại Liên hợp quốc ở Viên', rank: 'ambassador' },
  { en: 'Director-General, International Law and Treaties', vi: 'Vụ trưởng Vụ Luật pháp và Điều ước quốc tế', rank: 'other' },
  { en: 'Head of the National Cybercrime Unit', vi: 'Trưởng đơn vị Phòng, chống tội phạm mạng quốc gia', rank: 'other' },
  { en: 'Director, International Cooperation Department', vi: 'Vụ trưởng Vụ Hợp tác quốc tế', rank: 'other' },
  { en: 'Senior Prosecutor', vi: 'Kiểm sát viên cao cấp', rank: 'other' },
  { en: 'Legal Adviser', vi: 'Cố vấn pháp lý', rank: 'other' },
  { en: 'Counsellor, Embassy in Hanoi', vi: 'Tham tán, Đại sứ quán tại Hà Nội', rank: 'other' },
  { en: 'First Secretary, Embassy in Hanoi', vi: 'Bí thư thứ nhất, Đại sứ quán tại Hà Nội', rank: 'other' },
];

export const CHIEF_OF_PROTOCOL: MemberFunction = { en: 'Chief of Protocol', vi: 'Trưởng ban Lễ tân', rank: 'other' };

/** The host delegation, after its head (the President). */
export const HOST_MEMBERS: readonly MemberFunction[] = [
  { en: 'Minister of Public Security', vi: 'Bộ trưởng Bộ Công an', rank: 'minister' },
  { en: 'Minister for Foreign Affairs', vi: 'Bộ trưởng Bộ Ngoại giao', rank: 'foreign-minister' },
  { en: 'Minister of Justice', vi: 'Bộ trưởng Bộ Tư pháp', rank: 'minister' },
  { en: 'Permanent Representative of Viet Nam to the United Nations', vi: 'Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc', rank: 'ambassador' },
];

/** How the head of an organization's office is called, with the deputy's title. */
type Role = { en: string; vi: string; deputyEn: string; deputyVi: string };
const role = (en: string, vi: string, deputyEn: string, deputyVi: string): Role => ({ en, vi, deputyEn, deputyVi });
const SG = role('Secretary-General', 'Tổng Thư ký', 'Deputy Secretary-General', 'Phó Tổng Thư ký');
const SG_ = role('Secretary General', 'Tổng Thư ký', 'Deputy Secretary General', 'Phó Tổng Thư ký');
const ED = role('Executive Director', 'Giám đốc điều hành', 'Deputy Executive Director', 'Phó Giám đốc điều hành');
const DG = role('Director-General', 'Tổng Giám đốc', 'Deputy Director-General', 'Phó Tổng Giám đốc');
const DG_ = role('Director General', 'Tổng Giám đốc', 'Deputy Director General', 'Phó Tổng Giám đốc');
const DIRECTOR = role('Director', 'Giám đốc', 'Deputy Director', 'Phó Giám đốc');
const PRESIDENT = role('President', 'Chủ tịch', 'Vice-President', 'Phó Chủ tịch');
const ES = role('Executive Secretary', 'Thư ký điều hành', 'Deputy Executive Secretary', 'Phó Thư ký điều hành');
const HC = role('High Commissioner', 'Cao ủy', 'Deputy High Commissioner', 'Phó Cao ủy');

export const ORG_ROLES: Record<string, Role> = {
  UN: SG, UNODC: ED, UNOCT: role('Under-Secretary-General', 'Phó Tổng Thư ký Liên hợp quốc, Người đứng đầu', 'Director', 'Giám đốc'),
  OHCHR: HC, UNCTAD: SG, ESCAP: ES, UNDP: role('Administrator', 'Tổng Giám đốc', 'Associate Administrator', 'Phó Tổng Giám đốc'),
  UNICEF: ED, UNFPA: ED, UNHCR: HC, UNEP: ED, WFP: ED, 'UN-WOMEN': ED, UNICRI: DIRECTOR, UNIDIR: DIRECTOR,
  UNU: role('Rector', 'Giám đốc', 'Vice-Rector', 'Phó Giám đốc'), IAEA: DG_, IOM: DG_, WTO: DG,
  ILO: DG, FAO: DG, UNESCO: DG, ICAO: SG_, WB: PRESIDENT, IMF: role('Managing Director', 'Tổng Giám đốc', 'Deputy Managing Director', 'Phó Tổng Giám đốc'),
  UPU: DG_, WHO: DG, ITU: SG, WMO: SG, IMO: SG, WIPO: DG_, IFAD: PRESIDENT, UNIDO: DG_, 'UN-TOURISM': SG,
  EU: role('Commissioner', 'Ủy viên Ủy ban châu Âu', 'Deputy Secretary-General of the European External Action Service', 'Phó Tổng Thư ký Cơ quan Đối ngoại châu Âu'),
  ASEAN: SG, AU: role('Chairperson of the Commission', 'Chủ tịch Ủy ban', 'Deputy Chairperson of the Commission', 'Phó Chủ tịch Ủy ban'),
  OSCE: SG_, COE: SG_, OAS: SG_, LAS: SG, GCC: SG, SCO: SG, CIS: SG_,
  ECOWAS: role('President of the Commission', 'Chủ tịch Ủy ban', 'Vice-President of the Commission', 'Phó Chủ tịch Ủy ban'),
  SADC: ES, EAC: SG_, PIF: SG_, SPC: DG, CARICOM: SG, APEC: ED, AIPA: SG, ASEANAPOL: ED, EUROPOL: ED, EUROJUST: PRESIDENT,
  ENISA: ED, AFRIPOL: DIRECTOR, APG: ES, ADB: PRESIDENT, INTERPOL: SG_, OECD: SG, FATF: PRESIDENT, OIC: SG_, COMSEC: SG,
  OIF: SG_, IDLO: DG, WCO: SG_, IACA: role('Dean and Executive Secretary', 'Hiệu trưởng kiêm Thư ký điều hành', 'Deputy Executive Secretary', 'Phó Thư ký điều hành'),
  ICC: PRESIDENT, ICRC: PRESIDENT, IPU: SG_,
};

/** The 11 organizations of the table that the sample leaves out (60 attend). */
export const ORGS_NOT_ATTENDING: readonly string[] = ['WMO', 'UPU', 'IMO', 'IFAD', 'UNU', 'UNEP', 'SADC', 'CARICOM', 'ICC', 'IPU', 'AIPA'];

/** Organizations led here by a deputy, or by their representative in Viet Nam; the others by their head. */
export const ORG_LEVEL: Record<string, 'deputy' | 'representative'> = {
  UNDP: 'deputy', UNICEF: 'deputy', OHCHR: 'deputy', 'UN-WOMEN': 'deputy', ILO: 'deputy', UNESCO: 'deputy', WHO: 'deputy',
  IMF: 'deputy', WB: 'deputy', OECD: 'deputy', IOM: 'deputy', UNHCR: 'deputy', EAC: 'deputy', ECOWAS: 'deputy', PIF: 'deputy',
  SPC: 'deputy', EU: 'representative', UNFPA: 'representative', FAO: 'representative',
  UNIDO: 'representative', ADB: 'representative', IAEA: 'deputy', WTO: 'deputy', WFP: 'deputy',
};

/** A few titles that do not follow "Role, Organization". */
export const ORG_TITLE_OVERRIDES: Record<string, Partial<Record<'head' | 'deputy' | 'representative', Title>>> = {
  UN: { head: { en: 'Secretary-General of the United Nations', vi: 'Tổng Thư ký Liên hợp quốc' } },
  UNOCT: { head: { en: 'Under-Secretary-General for Counter-Terrorism', vi: 'Phó Tổng Thư ký Liên hợp quốc phụ trách Chống khủng bố' } },
  EU: {
    head: { en: 'Member of the European Commission', vi: 'Ủy viên Ủy ban châu Âu' },
    representative: { en: 'Ambassador, Head of the Delegation of the European Union to Viet Nam', vi: 'Đại sứ, Trưởng Phái đoàn Liên minh châu Âu tại Việt Nam' },
  },
  OHCHR: { deputy: { en: 'Deputy High Commissioner for Human Rights', vi: 'Phó Cao ủy Liên hợp quốc về Nhân quyền' } },
  UNHCR: { deputy: { en: 'Deputy High Commissioner for Refugees', vi: 'Phó Cao ủy Liên hợp quốc về Người tị nạn' } },
  ADB: { representative: { en: 'Country Director for Viet Nam, Asian Development Bank', vi: 'Giám đốc Quốc gia Ngân hàng Phát triển châu Á tại Việt Nam' } },
  UNDP: {
    representative: { en: 'Resident Representative of the United Nations Development Programme in Viet Nam', vi: 'Trưởng Đại diện thường trú Chương trình Phát triển Liên hợp quốc tại Việt Nam' },
  },
};

/** Functions of the other members of an organization's delegation. */
export const ORG_MEMBER_FUNCTIONS: readonly Title[] = [
  { en: 'Chief of Staff', vi: 'Chánh Văn phòng' },
  { en: 'Senior Adviser', vi: 'Cố vấn cao cấp' },
  { en: 'Director, External Relations', vi: 'Giám đốc Quan hệ đối ngoại' },
  { en: 'Head of the Cybercrime Programme', vi: 'Trưởng Chương trình Phòng, chống tội phạm mạng' },
];

export const UN_MEMBERS: readonly Title[] = [
  { en: 'Under-Secretary-General for Legal Affairs and United Nations Legal Counsel', vi: 'Phó Tổng Thư ký phụ trách Pháp lý, Cố vấn Pháp lý Liên hợp quốc' },
  { en: 'Chef de Cabinet of the Secretary-General', vi: 'Chánh Văn phòng Tổng Thư ký Liên hợp quốc' },
  { en: 'United Nations Resident Coordinator in Viet Nam', vi: 'Điều phối viên thường trú Liên hợp quốc tại Việt Nam' },
];

/** Where the staff of an organization are drawn from, for plausible synthetic names. */
export const ORG_CULTURES: Record<string, readonly CultureName[]> = {
  LAS: ['arabic'], GCC: ['arabic'], OIC: ['arabic', 'turkish', 'southAsianMuslim'],
  CIS: ['russian', 'centralAsian'], SCO: ['chinese', 'russian', 'centralAsian'],
  AU: ['eastAfrican', 'westAfrican', 'southernAfrican'], AFRIPOL: ['westAfrican', 'francophoneAfrican'], ECOWAS: ['westAfrican', 'francophoneAfrican'],
  EAC: ['eastAfrican'], ASEAN: ['malay', 'indonesian', 'thai', 'filipino', 'vietnamese'], ASEANAPOL: ['malay', 'indonesian', 'thai', 'filipino'],
  APG: ['english', 'malay', 'southAsian'], ADB: ['japanese', 'filipino', 'southAsian'], ESCAP: ['thai', 'southAsian', 'english'],
  EU: ['french', 'german', 'italian', 'spanish', 'dutch', 'polish'], COE: ['french', 'german', 'scandinavian', 'czech'],
  OSCE: ['german', 'finnish', 'hungarian', 'southSlavic'], EUROPOL: ['dutch', 'german', 'polish'],
  EUROJUST: ['dutch', 'french', 'portuguese'], ENISA: ['greek', 'german'], OAS: ['hispanic', 'brazilian', 'caribbean'],
  PIF: ['pacific'], SPC: ['pacific', 'french'], OIF: ['french', 'francophoneAfrican'], COMSEC: ['english', 'caribbean', 'westAfrican'],
};
export const GLOBAL_CULTURES: readonly CultureName[] = [
  'english', 'french', 'spanish', 'portuguese', 'hispanic', 'german', 'scandinavian', 'dutch', 'italian', 'russian', 'arabic',
  'southAsian', 'chinese', 'japanese', 'korean', 'eastAfrican', 'westAfrican', 'francophoneAfrican', 'brazilian', 'turkish',
  'persian', 'polish',
];
