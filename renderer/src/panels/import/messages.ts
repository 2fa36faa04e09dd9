import { defineMessages, translate, type Language, type Params } from '../../../../shared/i18n/index';

/** The strings of the delegations import and export, in English and Vietnamese. */
export const fileMessages = defineMessages(
  {
    fileActions: 'Import and export',
    importButton: 'Import…',
    importTooltip: 'Add or update delegations from a CSV or Excel (.xlsx) file; you see what changes before anything is saved',
    exportCsv: 'Export CSV',
    exportCsvTooltip: 'Save the delegations as a CSV file (UTF-8), in the import format',
    exportXlsx: 'Export XLSX',
    exportXlsxTooltip: 'Save the delegations as an Excel workbook (.xlsx), in the import format',
    template: 'Template',
    templateTooltip: 'Save an example file with the import columns (CSV or .xlsx: choose the type in the dialog)',
    exported: 'Saved {path}',
    imported: 'Imported from {file}: {created} created, {updated} updated, {unchanged} unchanged.',

    importTitle: 'Import delegations',
    importIntro:
      'Choose a CSV (UTF-8, comma or semicolon) or Excel (.xlsx, first sheet) file. You will see what it changes before anything is saved; a file with any error imports nothing.',
    chooseButton: 'Choose a file…',
    noFileChosen: 'No file chosen',
    templateHint: 'The columns and the rules are those of the template (Template button beside Import).',
    reading: 'Reading {file}…',
    fileTooLarge: '“{file}” is {sizeMb} MB; an import file may be at most {maxMb} MB.',
    notUtf8:
      '“{file}” is not UTF-8 text. In the spreadsheet, save it as “CSV UTF-8 (comma delimited)” or as an Excel workbook (.xlsx), then choose it again.',
    readFailed: '“{file}” could not be read: {detail}',
    errorsTitle: '{count} errors in {file}: nothing will be imported. Correct the file and choose it again.',
    errorTitle: 'An error in {file}: nothing will be imported. Correct the file and choose it again.',
    errorsFirst: 'The first {shown} are listed, by line.',
    colLine: 'Line',
    colRow: 'Row',
    colColumn: 'Column',
    colReason: 'Problem',
    wholeFile: '—',
    previewTitle: '{file} is ready to import:',
    willCreate: 'New delegations: {count}',
    willUpdate: 'Delegations updated: {count}',
    willKeep: 'Already up to date: {count}',
    nothingToDo: 'Nothing to import: the event already has these delegations exactly as in the file.',
    changedMeanwhile: 'The event changed while the preview was open; here is the preview again.',
    confirmImport: 'Import',
    cancel: 'Cancel',
    readOnly: 'This event file is read-only: nothing can be imported. Use Save As to work on a copy.',
    unexpected: 'Unexpected error: {detail}',
  },
  {
    fileActions: 'Nhập và xuất',
    importButton: 'Nhập…',
    importTooltip: 'Thêm hoặc cập nhật các đoàn từ tệp CSV hoặc Excel (.xlsx); bạn xem trước các thay đổi trước khi lưu',
    exportCsv: 'Xuất CSV',
    exportCsvTooltip: 'Lưu danh sách đoàn thành tệp CSV (UTF-8), theo định dạng nhập',
    exportXlsx: 'Xuất XLSX',
    exportXlsxTooltip: 'Lưu danh sách đoàn thành sổ tính Excel (.xlsx), theo định dạng nhập',
    template: 'Tệp mẫu',
    templateTooltip: 'Lưu một tệp mẫu có các cột nhập (CSV hoặc .xlsx: chọn loại tệp trong hộp thoại)',
    exported: 'Đã lưu {path}',
    imported: 'Đã nhập từ {file}: tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}.',

    importTitle: 'Nhập danh sách đoàn',
    importIntro:
      'Chọn tệp CSV (UTF-8, phân cách bằng dấu phẩy hoặc chấm phẩy) hoặc Excel (.xlsx, trang tính đầu tiên). Bạn sẽ xem trước các thay đổi trước khi lưu; tệp có bất kỳ lỗi nào sẽ không được nhập.',
    chooseButton: 'Chọn tệp…',
    noFileChosen: 'Chưa chọn tệp',
    templateHint: 'Các cột và quy tắc theo tệp mẫu (nút Tệp mẫu bên cạnh nút Nhập).',
    reading: 'Đang đọc {file}…',
    fileTooLarge: '“{file}” nặng {sizeMb} MB; tệp nhập tối đa {maxMb} MB.',
    notUtf8:
      '“{file}” không phải văn bản UTF-8. Trong chương trình bảng tính, hãy lưu dưới dạng “CSV UTF-8 (comma delimited)” hoặc sổ tính Excel (.xlsx), rồi chọn lại tệp.',
    readFailed: 'Không đọc được “{file}”: {detail}',
    errorsTitle: '{file} có {count} lỗi: sẽ không nhập gì. Hãy sửa tệp rồi chọn lại.',
    errorTitle: '{file} có 1 lỗi: sẽ không nhập gì. Hãy sửa tệp rồi chọn lại.',
    errorsFirst: 'Danh sách dưới đây gồm {shown} lỗi đầu tiên, theo thứ tự dòng.',
    colLine: 'Dòng',
    colRow: 'Hàng',
    colColumn: 'Cột',
    colReason: 'Vấn đề',
    wholeFile: '—',
    previewTitle: '{file} đã sẵn sàng để nhập:',
    willCreate: 'Đoàn mới: {count}',
    willUpdate: 'Đoàn được cập nhật: {count}',
    willKeep: 'Đã đúng như trong tệp: {count}',
    nothingToDo: 'Không có gì để nhập: sự kiện đã có các đoàn này đúng như trong tệp.',
    changedMeanwhile: 'Sự kiện đã thay đổi trong lúc xem trước; đây là bản xem trước mới.',
    confirmImport: 'Nhập',
    cancel: 'Hủy',
    readOnly: 'Tệp sự kiện này chỉ đọc: không thể nhập. Hãy dùng Lưu thành để làm việc trên bản sao.',
    unexpected: 'Lỗi không mong đợi: {detail}',
  },
);
export type FileMessageKey = keyof typeof fileMessages.en;

/** A translator bound to the UI language, for this module's strings. */
export const fileText =
  (lang: Language) =>
  (key: FileMessageKey, params?: Params): string =>
    translate(fileMessages, lang, key, params);
