import { defineMessages, translate, type Language, type Params } from '../../../shared/i18n/index';

/**
 * What the app says when edits could not be written to the file (the banner, the question
 * before leaving them, the status in the top bar), English and Vietnamese.
 */
export const saveUi = defineMessages(
  {
    bannerTitle: 'Not saved',
    pendingOne: '1 change is not saved in the file. It is kept in this window only.',
    pendingMany: '{count} changes are not saved in the file. They are kept in this window only.',
    advice: 'To keep your work, choose Save As… and save everything in another place, or fix the problem and choose Try again.',
    'reason-disk-full': 'The disk is full.',
    'reason-read-only': 'The file is read-only.',
    'reason-locked': 'Another window or program has locked the file.',
    'reason-gone': 'The file is no longer there (moved, deleted, or on a drive that was disconnected).',
    saveAs: 'Save As…',
    retry: 'Try again',
    status: 'Not saved ({count})',
    leaveTitle: 'Discard the changes that are not saved?',
    leaveOne: '1 change made in this window could not be saved in the file. If you go on, it is lost.',
    leaveMany: '{count} changes made in this window could not be saved in the file. If you go on, they are lost.',
    leaveAdvice: 'To keep them, choose Cancel, then Save As…',
    leaveDiscard: 'Discard and go on',
    leaveCancel: 'Cancel',
    readOnlyTitle: 'Read-only',
    readOnlyText:
      'This file is read-only: you may not change it or its folder. You can view, print and export it. To make changes, choose Save As… and work on a copy.',
  },
  {
    bannerTitle: 'Chưa lưu',
    pendingOne: '1 thay đổi chưa được lưu vào tệp. Thay đổi này chỉ được giữ trong cửa sổ này.',
    pendingMany: '{count} thay đổi chưa được lưu vào tệp. Các thay đổi này chỉ được giữ trong cửa sổ này.',
    advice: 'Để giữ công việc, hãy chọn Lưu thành… và lưu tất cả vào nơi khác, hoặc khắc phục sự cố rồi chọn Thử lại.',
    'reason-disk-full': 'Ổ đĩa đã đầy.',
    'reason-read-only': 'Tệp chỉ đọc.',
    'reason-locked': 'Một cửa sổ hoặc chương trình khác đang khóa tệp.',
    'reason-gone': 'Tệp không còn ở đó (đã bị di chuyển, bị xóa hoặc nằm trên ổ đĩa đã bị ngắt kết nối).',
    saveAs: 'Lưu thành…',
    retry: 'Thử lại',
    status: 'Chưa lưu ({count})',
    leaveTitle: 'Bỏ các thay đổi chưa lưu?',
    leaveOne: '1 thay đổi trong cửa sổ này chưa lưu được vào tệp. Nếu tiếp tục, thay đổi này sẽ bị mất.',
    leaveMany: '{count} thay đổi trong cửa sổ này chưa lưu được vào tệp. Nếu tiếp tục, các thay đổi này sẽ bị mất.',
    leaveAdvice: 'Để giữ lại, hãy chọn Hủy rồi chọn Lưu thành…',
    leaveDiscard: 'Bỏ và tiếp tục',
    leaveCancel: 'Hủy',
    readOnlyTitle: 'Chỉ đọc',
    readOnlyText:
      'Tệp này chỉ đọc: bạn không có quyền thay đổi tệp hoặc thư mục chứa tệp. Bạn vẫn có thể xem, in và xuất. Để thay đổi, hãy chọn Lưu thành… và làm việc trên một bản sao.',
  },
);
export type SaveKey = keyof typeof saveUi.en;
export const saveT = (lang: Language) => (key: SaveKey, params?: Params) => translate(saveUi, lang, key, params);
