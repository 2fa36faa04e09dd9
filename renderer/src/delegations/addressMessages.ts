import { defineMessages, translate, type Language, type Params } from '../../../shared/i18n/index';

/** The form-of-address and Vietnamese-name strings of the delegation panel, in English and Vietnamese. */
export const addressMessages = defineMessages(
  {
    honorificEn: 'Form of address (English)',
    honorificVi: 'Form of address (Vietnamese)',
    derivedPlaceholder: '{form} — derived',
    noDerivedPlaceholder: 'none — set the gender',
    derivedHint: 'Derived from rank, title and gender: “{form}”. Type another (Dr., H.E. Archbishop…) to override it.',
    noDerivedHint: 'Cannot be derived while the gender is not specified: the place card would print without one. Set the gender or type a form.',
    overrideHint: 'Set by hand; the rule would give “{form}”. Clear the field to use it.',
    overrideNoDerivedHint: 'Set by hand; the rule gives none while the gender is not specified.',
    nameViSameAsEn:
      'The Vietnamese name is the same as the English one: a card or plate with “Vietnamese name too” would print no Vietnamese line. The reference form is “{reference}”.',
    nameViSameNoReference: 'The Vietnamese name is the same as the English one: a card or plate with “Vietnamese name too” would print no Vietnamese line.',
    nameViHint: 'As printed under the English name with “Vietnamese name too”; for this event only.',
    useReferenceVi: 'Use “{reference}”',
  },
  {
    honorificEn: 'Danh xưng (tiếng Anh)',
    honorificVi: 'Danh xưng (tiếng Việt)',
    derivedPlaceholder: '{form} — tự suy ra',
    noDerivedPlaceholder: 'chưa có — hãy chọn giới tính',
    derivedHint: 'Suy ra từ cấp bậc, chức danh và giới tính: “{form}”. Nhập danh xưng khác (Dr., H.E. Archbishop…) để thay thế.',
    noDerivedHint: 'Chưa suy ra được vì chưa chọn giới tính: thẻ chỗ ngồi sẽ in thiếu danh xưng. Hãy chọn giới tính hoặc nhập danh xưng.',
    overrideHint: 'Nhập tay; theo quy tắc sẽ là “{form}”. Xóa trống ô để dùng danh xưng đó.',
    overrideNoDerivedHint: 'Nhập tay; quy tắc chưa suy ra được khi chưa chọn giới tính.',
    nameViSameAsEn:
      'Tên tiếng Việt trùng tên tiếng Anh: thẻ hoặc biển tên in kèm tên tiếng Việt sẽ không có dòng tiếng Việt. Tên theo bảng tham chiếu là “{reference}”.',
    nameViSameNoReference: 'Tên tiếng Việt trùng tên tiếng Anh: thẻ hoặc biển tên in kèm tên tiếng Việt sẽ không có dòng tiếng Việt.',
    nameViHint: 'In dưới tên tiếng Anh khi chọn “in kèm tên tiếng Việt”; chỉ áp dụng cho sự kiện này.',
    useReferenceVi: 'Dùng “{reference}”',
  },
);

export type AddressMessageKey = keyof (typeof addressMessages)['en'];
export const addressT = (lang: Language) => (key: AddressMessageKey, params?: Params) => translate(addressMessages, lang, key, params);
