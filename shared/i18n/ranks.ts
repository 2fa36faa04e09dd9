import type { RankClass } from '../model/entities';
import { defineMessages } from './index';

/** Rank classes as a protocol officer reads them; the file itself uses the keys. */
export const rankLabels = defineMessages<RankClass>(
  {
    'head-of-state': 'Head of State',
    'vice-president': 'Vice-President',
    'crown-prince': 'Crown Prince',
    'head-of-government': 'Head of Government',
    'deputy-head-of-government': 'Deputy Head of Government',
    'foreign-minister': 'Minister for Foreign Affairs',
    minister: 'Minister',
    'vice-minister': 'Vice-Minister',
    ambassador: 'Permanent Representative / Ambassador',
    'head-of-organization': 'Head of an international organization',
    'deputy-head-of-organization': 'Deputy head of an international organization',
    other: 'Other',
  },
  {
    'head-of-state': 'Nguyên thủ quốc gia',
    'vice-president': 'Phó Tổng thống / Phó Chủ tịch nước',
    'crown-prince': 'Thái tử',
    'head-of-government': 'Người đứng đầu Chính phủ',
    'deputy-head-of-government': 'Phó người đứng đầu Chính phủ',
    'foreign-minister': 'Bộ trưởng Ngoại giao',
    minister: 'Bộ trưởng',
    'vice-minister': 'Thứ trưởng',
    ambassador: 'Trưởng Phái đoàn thường trực / Đại sứ',
    'head-of-organization': 'Người đứng đầu tổ chức quốc tế',
    'deputy-head-of-organization': 'Cấp phó của người đứng đầu tổ chức quốc tế',
    other: 'Khác',
  },
);
