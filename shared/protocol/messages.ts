import type { RankClass } from '../model/entities';
import { defineMessages } from '../i18n/index';
import { rankLabels } from '../i18n/ranks';

/**
 * Every sentence the precedence engine says, in both languages. Placeholders: {rank} the
 * class of the head of delegation, {group} the class as a group ("heads of government"),
 * {ordinal} a place inside the group ("3rd", "thứ 3"), {lot} the country drawn by lot,
 * {since}/{at}/{date} dates, {language} a collation language, {position}/{requested} positions
 * as numbers, {placed} a position as an ordinal.
 */
export const protocolMessages = defineMessages(
  {
    host: 'host: pinned first',
    'co-chair': 'co-chair: pinned',
    manual: 'manual position {position} set by the officer',
    'manual-moved':
      'manual position {requested} set by the officer; placed {placed} because that position is taken by another manual position or lies beyond the end of the list',
    'manual-ignored-pinned': 'the manual position {position} is not applied: the delegation is pinned',
    'class-lot': '{rank}; among {group}, {ordinal} from the lot {lot}',
    'class-lot-drawn': '{rank}; among {group}, {ordinal}: {lot} is the country drawn by lot',
    'class-lot-absent': '{rank}; among {group}, {ordinal} from the lot {lot} ({lot} does not attend: the order starts at the next name)',
    'class-no-lot': '{rank}; among {group}, {ordinal} in UN alphabetical order from A (no lot recorded)',
    'class-seniority': '{rank}; among {group}, {ordinal} by seniority (in office since {since})',
    'class-seniority-undated':
      '{rank}; among {group}, {ordinal}: no date in office recorded, after those with one, then alphabetical',
    'class-credentials': '{rank}; among {group}, {ordinal} by date of credentials (presented {at})',
    'class-credentials-undated': '{rank}; among {group}, {ordinal}: no date of credentials recorded, after those with one',
    'class-alphabetical': '{rank}; among {group}, {ordinal} in alphabetical order ({language})',
    'observer-holy-see': 'observer state (Holy See): before the other observer states of its class',
    'observer-state': 'observer state',
    'observer-in-class': '{rank}; among {group}, after the member states of this class',
    'palestine-among-members': 'the State of Palestine sits among the member states (rule of the event)',
    'eu-with-observers': 'European Union: with the observers, after the observer states',
    'org-in-class': '{rank}; among {group}, after the states of this class',
    'org-un': 'organization (UN Secretariat): the United Nations itself, first among organizations',
    'org-un-secretariat':
      'organization (UN Secretariat and its offices): after the United Nations, before the funds and programmes; by rank class, then alphabetical ({language})',
    'org-un-system':
      'organization (UN system: funds, programmes and other bodies): after the Secretariat and its offices; by rank class, then alphabetical ({language})',
    'org-agency': 'specialized agency: by rank class, then by the date of its agreement with the UN ({date})',
    'org-agency-undated':
      'specialized agency, date of its agreement with the UN not recorded: after the agencies of its rank class with a date',
    'org-other':
      'organization: after the UN system and the specialized agencies; by rank class, then alphabetical ({language})',
    'no-head': 'no head of delegation recorded: placed last, alphabetical',
    'rules-invalid': 'The precedence rules stored in the event ({key}) are not valid: {issues}',
  },
  {
    host: 'Nước chủ nhà: cố định ở vị trí đầu tiên',
    'co-chair': 'Đồng chủ trì: vị trí cố định',
    manual: 'Vị trí {position} do cán bộ lễ tân đặt thủ công',
    'manual-moved':
      'Vị trí {requested} do cán bộ lễ tân đặt thủ công; xếp {placed} vì vị trí đó đã có đoàn khác đặt thủ công hoặc vượt quá cuối danh sách',
    'manual-ignored-pinned': 'Không áp dụng vị trí thủ công {position}: đoàn có vị trí cố định',
    'class-lot': '{rank}; {ordinal} trong nhóm {group}, tính từ nước bốc thăm {lot}',
    'class-lot-drawn': '{rank}; {ordinal} trong nhóm {group}: {lot} là nước được bốc thăm',
    'class-lot-absent':
      '{rank}; {ordinal} trong nhóm {group}, tính từ nước bốc thăm {lot} ({lot} không tham dự: bắt đầu từ tên kế tiếp)',
    'class-no-lot':
      '{rank}; {ordinal} trong nhóm {group}, theo thứ tự chữ cái của Liên hợp quốc từ chữ A (chưa có kết quả bốc thăm)',
    'class-seniority': '{rank}; {ordinal} trong nhóm {group}, theo thâm niên (giữ chức từ {since})',
    'class-seniority-undated':
      '{rank}; {ordinal} trong nhóm {group}: chưa có ngày nhậm chức, xếp sau những người đã có ngày, rồi theo thứ tự chữ cái',
    'class-credentials': '{rank}; {ordinal} trong nhóm {group}, theo ngày trình Quốc thư ({at})',
    'class-credentials-undated':
      '{rank}; {ordinal} trong nhóm {group}: chưa có ngày trình Quốc thư, xếp sau những người đã có ngày',
    'class-alphabetical': '{rank}; {ordinal} trong nhóm {group}, theo thứ tự chữ cái ({language})',
    'observer-holy-see': 'Quốc gia quan sát viên (Tòa Thánh): trước các quốc gia quan sát viên khác cùng nhóm',
    'observer-state': 'Quốc gia quan sát viên',
    'observer-in-class': '{rank}; trong nhóm {group}, xếp sau các quốc gia thành viên cùng nhóm',
    'palestine-among-members': 'Nhà nước Palestine được xếp cùng các quốc gia thành viên (quy định của sự kiện)',
    'eu-with-observers': 'Liên minh châu Âu: xếp cùng các quan sát viên, sau các quốc gia quan sát viên',
    'org-in-class': '{rank}; trong nhóm {group}, xếp sau các quốc gia cùng nhóm',
    'org-un': 'Tổ chức (Ban Thư ký Liên hợp quốc): chính Liên hợp quốc, đứng đầu các tổ chức',
    'org-un-secretariat':
      'Tổ chức (Ban Thư ký Liên hợp quốc và các văn phòng): sau Liên hợp quốc, trước các quỹ và chương trình; theo cấp lễ tân, rồi theo thứ tự chữ cái ({language})',
    'org-un-system':
      'Tổ chức (hệ thống Liên hợp quốc: các quỹ, chương trình và cơ quan khác): sau Ban Thư ký và các văn phòng; theo cấp lễ tân, rồi theo thứ tự chữ cái ({language})',
    'org-agency': 'Cơ quan chuyên môn: theo cấp lễ tân, rồi theo ngày ký hiệp định với Liên hợp quốc ({date})',
    'org-agency-undated':
      'Cơ quan chuyên môn, chưa có ngày ký hiệp định với Liên hợp quốc: xếp sau các cơ quan cùng cấp lễ tân đã có ngày',
    'org-other':
      'Tổ chức: sau các tổ chức thuộc hệ thống Liên hợp quốc và các cơ quan chuyên môn; theo cấp lễ tân, rồi theo thứ tự chữ cái ({language})',
    'no-head': 'Chưa có Trưởng đoàn: xếp cuối, theo thứ tự chữ cái',
    'rules-invalid': 'Quy tắc thứ tự lễ tân lưu trong sự kiện ({key}) không hợp lệ: {issues}',
  },
);
export type ProtocolMessageKey = keyof (typeof protocolMessages)['en'];

/**
 * A rank inside an English sentence ("head of government; ..."). Vietnamese uses the rank
 * labels of shared/i18n/ranks.ts as they are.
 */
export const rankInSentence = defineMessages<RankClass>(
  {
    'head-of-state': 'head of state',
    'vice-president': 'vice-president',
    'crown-prince': 'crown prince',
    'head-of-government': 'head of government',
    'deputy-head-of-government': 'deputy head of government',
    'foreign-minister': 'minister for foreign affairs',
    minister: 'minister',
    'vice-minister': 'vice-minister',
    ambassador: 'permanent representative / ambassador',
    'head-of-organization': 'head of an international organization',
    'deputy-head-of-organization': 'deputy head of an international organization',
    other: 'other head of delegation',
  },
  rankLabels.vi,
);

/** A class as a group: "among heads of government" / "trong nhóm Người đứng đầu Chính phủ". */
export const rankGroup = defineMessages<RankClass>(
  {
    'head-of-state': 'heads of state',
    'vice-president': 'vice-presidents',
    'crown-prince': 'crown princes',
    'head-of-government': 'heads of government',
    'deputy-head-of-government': 'deputy heads of government',
    'foreign-minister': 'ministers for foreign affairs',
    minister: 'ministers',
    'vice-minister': 'vice-ministers',
    ambassador: 'permanent representatives and ambassadors',
    'head-of-organization': 'heads of international organizations',
    'deputy-head-of-organization': 'deputy heads of international organizations',
    other: 'other heads of delegation',
  },
  rankLabels.vi,
);

export const languageNames = defineMessages<'en' | 'fr' | 'vi'>(
  { en: 'English', fr: 'French', vi: 'Vietnamese' },
  { en: 'tiếng Anh', fr: 'tiếng Pháp', vi: 'tiếng Việt' },
);

/**
 * A place as an ordinal, by the language's ordinal category (Intl.PluralRules, type 'ordinal'):
 * "1st", "22nd", "23rd", "11th"; "thứ nhất", "thứ 3".
 */
export const ordinals = defineMessages<Intl.LDMLPluralRule>(
  { zero: '{n}th', one: '{n}st', two: '{n}nd', few: '{n}rd', many: '{n}th', other: '{n}th' },
  { zero: 'thứ {n}', one: 'thứ nhất', two: 'thứ {n}', few: 'thứ {n}', many: 'thứ {n}', other: 'thứ {n}' },
);

/** "and" joining the ranks of one tier: "vice-presidents and crown princes". */
export const conjunction = defineMessages<'and'>({ and: 'and' }, { and: 'và' });
