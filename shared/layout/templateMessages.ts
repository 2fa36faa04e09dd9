import { defineMessages, translate, type Language } from '../i18n/index';
import { formatNumber } from '../i18n/number';

/**
 * What a hall template says when it cannot furnish a hall, in both languages (the New hall
 * dialog and the CLI's `hall --template`). Numbers are formatted in the reader's language.
 */
export const templateMessages = defineMessages(
  {
    'template-none': 'There is no template for this type of hall: a plenary hall, a banquet hall, a signing room and a welcome area have one. Start from an empty hall.',
    'template-hall-too-small': 'This template needs a hall of at least {width} × {depth} m for its furniture and clearances; the hall is {hallWidth} × {hallDepth} m. Nothing was created.',
    'template-seats-range': 'The number of seats must be a whole number from {min} to {max}.',
    'template-tables-range': 'The number of tables must be a whole number from {min} to {max}.',
    'template-per-table-range': 'The seats at each round table must be a whole number from {min} to {max}.',
    'template-signers-range': 'The chairs at the signing table must be a whole number from {min} to {max}.',
    'template-seats-do-not-fit': '{seats} seats do not fit in a hall of {width} × {depth} m with its stage, aisles and clearances: at most {max}. Nothing was created.',
    'template-tables-do-not-fit': '{tables} round tables of {perTable} do not fit in a hall of {width} × {depth} m with the head table and the service gaps: at most {max}. Nothing was created.',
  },
  {
    'template-none': 'Loại phòng này không có mẫu: chỉ phòng họp toàn thể, phòng tiệc, phòng ký và khu vực đón tiếp có mẫu. Hãy bắt đầu từ một phòng trống.',
    'template-hall-too-small': 'Mẫu này cần một phòng ít nhất {width} × {depth} m cho đồ đạc và khoảng trống; phòng này {hallWidth} × {hallDepth} m. Chưa tạo gì.',
    'template-seats-range': 'Số chỗ ngồi phải là số nguyên từ {min} đến {max}.',
    'template-tables-range': 'Số bàn phải là số nguyên từ {min} đến {max}.',
    'template-per-table-range': 'Số chỗ mỗi bàn tròn phải là số nguyên từ {min} đến {max}.',
    'template-signers-range': 'Số ghế ở bàn ký phải là số nguyên từ {min} đến {max}.',
    'template-seats-do-not-fit': '{seats} chỗ ngồi không đủ chỗ trong phòng {width} × {depth} m cùng sân khấu, lối đi và khoảng trống: tối đa {max}. Chưa tạo gì.',
    'template-tables-do-not-fit': '{tables} bàn tròn {perTable} chỗ không đủ chỗ trong phòng {width} × {depth} m cùng bàn danh dự và lối phục vụ: tối đa {max}. Chưa tạo gì.',
  },
);

export type TemplateMessageKey = keyof typeof templateMessages.en;

/** Why a template cannot furnish a hall: a message key and its parameters (numbers unformatted). */
export type TemplateRefusal = { key: TemplateMessageKey; params: Record<string, number> };

export function templateMessage(refusal: TemplateRefusal, lang: Language): string {
  const params = Object.fromEntries(Object.entries(refusal.params).map(([k, v]) => [k, formatNumber(v, lang, 2)]));
  return translate(templateMessages, lang, refusal.key, params);
}
