import { defineMessages } from '../../shared/i18n/index';

export const cliMessages = defineMessages(
  {
    usage: `Usage: preseance <command> [options]

Commands:
  new FILE [--sample]                       create an event file (--sample: the Hanoi 2025 sample event)
  info FILE [--json]                        schema version and counts
  export FILE --format json --out PATH      write the whole event as JSON
  import FILE DELEGATIONS.csv [--dry-run] [--json]
                                            import delegations (all or nothing)
  order FILE [--tiebreak un-alphabetical|seniority|alphabetical] [--lot ISO3] [--json]
                                            save the rule choice, print the order of precedence

Options: --lang vi|en (default: from LANG), --help`,
    unknownCommand: 'Unknown command “{command}”. Run with --help for the list.',
    missingArgument: 'Missing {what}. Run with --help for usage.',
    badOption: '{detail}. Run with --help for usage.',
    created: 'Created {path}',
    file: 'File',
    schemaVersion: 'Schema version',
    halls: 'Halls',
    elements: 'Layout elements',
    seats: 'Seats',
    delegations: 'Delegations',
    people: 'People',
    assignments: 'Seat assignments',
    sequences: 'Arrival sequences',
    slots: 'Arrival slots',
    exported: 'Exported {path}',
    notUtf8: '“{path}” is not UTF-8 text; save it as CSV UTF-8 and try again. Nothing was imported.',
    unreadable: 'Cannot read “{path}”: {detail}',
    importErrors: '{count} error(s) in {path}; nothing was imported:',
    importLine: '  line {line}, column {column}: {reason}',
    importPreview: 'Dry run — nothing written. Would create {created}, update {updated}, leave {unchanged} unchanged.',
    importDone: 'Imported: {created} created, {updated} updated, {unchanged} unchanged.',
    formatJsonOnly: 'Only --format json is supported.',
  },
  {
    usage: `Cách dùng: preseance <lệnh> [tùy chọn]

Lệnh:
  new TỆP [--sample]                        tạo tệp sự kiện (--sample: sự kiện mẫu Hà Nội 2025)
  info TỆP [--json]                         phiên bản lược đồ và số lượng
  export TỆP --format json --out ĐƯỜNG_DẪN  xuất toàn bộ sự kiện ra JSON
  import TỆP DOAN.csv [--dry-run] [--json]  nhập danh sách đoàn (tất cả hoặc không gì cả)
  order TỆP [--tiebreak un-alphabetical|seniority|alphabetical] [--lot ISO3] [--json]
                                            lưu lựa chọn quy tắc, in thứ tự lễ tân

Tùy chọn: --lang vi|en (mặc định: theo LANG), --help`,
    unknownCommand: 'Lệnh không xác định “{command}”. Chạy với --help để xem danh sách.',
    missingArgument: 'Thiếu {what}. Chạy với --help để xem cách dùng.',
    badOption: '{detail}. Chạy với --help để xem cách dùng.',
    created: 'Đã tạo {path}',
    file: 'Tệp',
    schemaVersion: 'Phiên bản lược đồ',
    halls: 'Hội trường',
    elements: 'Thành phần bố trí',
    seats: 'Chỗ ngồi',
    delegations: 'Đoàn',
    people: 'Người',
    assignments: 'Xếp chỗ',
    sequences: 'Trình tự đón',
    slots: 'Lượt đón',
    exported: 'Đã xuất {path}',
    notUtf8: '“{path}” không phải văn bản UTF-8; hãy lưu dưới dạng CSV UTF-8 rồi thử lại. Chưa nhập gì.',
    unreadable: 'Không đọc được “{path}”: {detail}',
    importErrors: '{path} có {count} lỗi; chưa nhập gì:',
    importLine: '  dòng {line}, cột {column}: {reason}',
    importPreview: 'Chạy thử — chưa ghi gì. Sẽ tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}.',
    importDone: 'Đã nhập: tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}.',
    formatJsonOnly: 'Chỉ hỗ trợ --format json.',
  },
);
