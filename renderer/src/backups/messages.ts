import { defineMessages, translate, type Language, type Params } from '../../../shared/i18n/index';
import type { BackupKind } from '../../../shared/ipc/contract';

/** File › Restore from backup, English and Vietnamese (a key missing in either fails to compile). */
export const backupsUi = defineMessages(
  {
    title: 'Restore from backup',
    intro:
      'Backups of “{file}”, newest first. Restoring one replaces what you see by its content as one edit: Edit › Undo brings the event back as it is now, and a copy of it is kept first.',
    loading: 'Reading the backups…',
    none: 'This event has no backups yet. They are taken automatically every few minutes while you edit, and before the file is upgraded.',
    listFailed: 'The backups could not be listed: {message}',
    takenAt: 'Taken',
    kind: 'Kind',
    size: 'Size',
    holds: 'Holds',
    holdsValue: '{delegations} delegations · {people} people · {seats} seats placed',
    automatic: 'Automatic',
    'before-upgrade': 'Before upgrade',
    'before-restore': 'Before restore',
    restore: 'Restore',
    restoreLabel: 'Restore the backup of {when}',
    restoring: 'Restoring…',
    notOffered: 'Cannot be restored',
    damaged: 'the backup is damaged (it fails the integrity check of event files).',
    newer: 'it was saved by a newer version of Préséance: update the app to restore it.',
    restored: 'The backup of {when} is restored. Edit › Undo brings back the event as it was just before; a copy of it is also kept as “{copy}”.',
    alreadySame: 'The backup of {when} holds exactly what is open now: nothing changed.',
    restoreFailed: 'Nothing was restored: {message}',
    refused: 'Nothing was restored: the open event cannot be edited (it is read-only). Use Save As, then restore in the copy.',
    close: 'Close',
    kb: '{n} KB',
    mb: '{n} MB',
  },
  {
    title: 'Khôi phục từ bản sao lưu',
    intro:
      'Các bản sao lưu của “{file}”, mới nhất ở trên. Khôi phục một bản sẽ thay nội dung đang hiển thị bằng nội dung của bản đó trong một thao tác: Sửa › Hoàn tác đưa sự kiện về như hiện tại, và một bản sao của trạng thái hiện tại được giữ lại trước.',
    loading: 'Đang đọc các bản sao lưu…',
    none: 'Sự kiện này chưa có bản sao lưu nào. Bản sao lưu được tạo tự động vài phút một lần khi bạn chỉnh sửa, và trước khi nâng cấp tệp.',
    listFailed: 'Không liệt kê được các bản sao lưu: {message}',
    takenAt: 'Thời điểm',
    kind: 'Loại',
    size: 'Dung lượng',
    holds: 'Nội dung',
    holdsValue: '{delegations} đoàn · {people} người · {seats} ghế đã xếp',
    automatic: 'Tự động',
    'before-upgrade': 'Trước khi nâng cấp',
    'before-restore': 'Trước khi khôi phục',
    restore: 'Khôi phục',
    restoreLabel: 'Khôi phục bản sao lưu lúc {when}',
    restoring: 'Đang khôi phục…',
    notOffered: 'Không khôi phục được',
    damaged: 'bản sao lưu bị hỏng (không qua được kiểm tra toàn vẹn của tệp sự kiện).',
    newer: 'bản này được lưu bởi phiên bản Préséance mới hơn: hãy cập nhật ứng dụng để khôi phục.',
    restored: 'Đã khôi phục bản sao lưu lúc {when}. Sửa › Hoàn tác đưa sự kiện về như ngay trước đó; một bản sao của trạng thái đó cũng được giữ lại với tên “{copy}”.',
    alreadySame: 'Bản sao lưu lúc {when} giống hệt nội dung đang mở: không có gì thay đổi.',
    restoreFailed: 'Chưa khôi phục gì: {message}',
    refused: 'Chưa khôi phục gì: không sửa được sự kiện đang mở (tệp chỉ đọc). Hãy dùng Lưu thành rồi khôi phục trong bản sao.',
    close: 'Đóng',
    kb: '{n} KB',
    mb: '{n} MB',
  },
);
export type BackupsKey = keyof typeof backupsUi.en;

export const backupsT = (lang: Language) => (key: BackupsKey, params?: Params) => translate(backupsUi, lang, key, params);

// Every kind has a label in both languages: this fails to compile if one is missing.
const _kinds: Record<BackupKind, string> = backupsUi.vi;
void _kinds;
