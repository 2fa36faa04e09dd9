import { defineMessages } from './index';

/** Messages for every error a user can meet, in the UI and on the CLI. */
export const errorMessages = defineMessages(
  {
    'invalid-input': 'The request was not valid: {detail}',
    'no-open-file': 'No event file is open.',
    'file-not-found': 'The file “{path}” does not exist.',
    'file-exists': 'The file “{path}” already exists; choose another name.',
    'not-sqlite': '“{path}” is not a Préséance event file (it is not a database). It was not changed.',
    'not-preseance': '“{path}” is a database, but not a Préséance event file. It was not changed.',
    corrupt: '“{path}” is damaged (the integrity check failed: {detail}). It was not changed; restore a backup.',
    'newer-version':
      '“{path}” was saved by a newer version of Préséance (file format {found}; this version reads up to {supported}). Update the app to open it. The file was not changed.',
    'unsafe-schema': '“{path}” contains database objects Préséance does not create ({detail}). It was not opened and not changed.',
    'wrong-extension': 'Event files end in .preseance: “{path}”.',
    'write-failed': 'The change could not be saved: {detail}. Nothing was written; your document is as before.',
    'disk-full': 'The disk is full: the change could not be saved. Nothing was written; free some space or use Save As.',
    'read-only': 'The file is read-only: the change could not be saved. Use Save As to keep your work elsewhere.',
    locked: '“{path}” is open in another window or program.',
    'constraint': 'The change breaks a rule of the event file ({detail}). Nothing was written.',
    'import-invalid': 'The import file has {count} error(s); nothing was imported.',
    'import-empty': 'The import file has no data rows.',
    'unknown-channel': 'Unknown request “{channel}”.',
    'image-unsupported': '“{path}” is not a PNG, JPEG or SVG image. Choose a floor plan in one of those formats.',
    'image-too-large': '“{path}” is {sizeMb} MB; a floor plan may be at most {maxMb} MB. Export it at a lower resolution.',
    internal: 'Unexpected error: {detail}',
  },
  {
    'invalid-input': 'Yêu cầu không hợp lệ: {detail}',
    'no-open-file': 'Chưa mở tệp sự kiện nào.',
    'file-not-found': 'Tệp “{path}” không tồn tại.',
    'file-exists': 'Tệp “{path}” đã tồn tại; hãy chọn tên khác.',
    'not-sqlite': '“{path}” không phải là tệp sự kiện Préséance (không phải cơ sở dữ liệu). Tệp không bị thay đổi.',
    'not-preseance': '“{path}” là cơ sở dữ liệu nhưng không phải tệp sự kiện Préséance. Tệp không bị thay đổi.',
    corrupt: '“{path}” bị hỏng (kiểm tra toàn vẹn thất bại: {detail}). Tệp không bị thay đổi; hãy khôi phục bản sao lưu.',
    'newer-version':
      '“{path}” được lưu bởi phiên bản Préséance mới hơn (định dạng tệp {found}; phiên bản này đọc được đến {supported}). Hãy cập nhật ứng dụng để mở. Tệp không bị thay đổi.',
    'unsafe-schema': '“{path}” chứa đối tượng cơ sở dữ liệu mà Préséance không tạo ({detail}). Tệp không được mở và không bị thay đổi.',
    'wrong-extension': 'Tệp sự kiện phải có đuôi .preseance: “{path}”.',
    'write-failed': 'Không lưu được thay đổi: {detail}. Chưa có gì được ghi; tài liệu của bạn vẫn như trước.',
    'disk-full': 'Ổ đĩa đã đầy: không lưu được thay đổi. Chưa có gì được ghi; hãy giải phóng dung lượng hoặc dùng Lưu thành.',
    'read-only': 'Tệp chỉ đọc: không lưu được thay đổi. Hãy dùng Lưu thành để lưu công việc ở nơi khác.',
    locked: '“{path}” đang được mở trong một cửa sổ hoặc chương trình khác.',
    'constraint': 'Thay đổi vi phạm một quy tắc của tệp sự kiện ({detail}). Chưa có gì được ghi.',
    'import-invalid': 'Tệp nhập có {count} lỗi; chưa có gì được nhập.',
    'import-empty': 'Tệp nhập không có dòng dữ liệu nào.',
    'unknown-channel': 'Yêu cầu không xác định “{channel}”.',
    'image-unsupported': '“{path}” không phải ảnh PNG, JPEG hay SVG. Hãy chọn sơ đồ mặt bằng ở một trong các định dạng đó.',
    'image-too-large': '“{path}” nặng {sizeMb} MB; sơ đồ mặt bằng tối đa {maxMb} MB. Hãy xuất ảnh với độ phân giải thấp hơn.',
    internal: 'Lỗi không mong đợi: {detail}',
  },
);
export type ErrorCode = keyof typeof errorMessages.en;
