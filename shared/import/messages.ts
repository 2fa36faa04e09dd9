import { defineMessages } from '../i18n/index';

/**
 * Every reason the delegations import can give, in both languages. Placeholders: {column} a
 * column name, {value} the cell as written, {line} a line of the file, {allowed} a list.
 */
export const importMessages = defineMessages(
  {
    'empty-file': 'The file is empty: it needs a header line with the column names, then one line per delegation.',
    'no-data-rows': 'The file has a header line but no delegation rows.',
    'no-delimiter':
      'The header line must list the column names separated by commas (,) or semicolons (;); found “{value}”.',
    'unknown-column': 'Unknown column “{column}”. The columns are: {allowed}.',
    'duplicate-column': 'Column “{column}” appears twice in the header (columns {first} and {second}).',
    'missing-column': 'The required column “{column}” is missing from the header.',
    'missing-column-for-kind':
      'The column “{column}” is required because the file has {kind} rows (the first on line {line}).',
    'unnamed-column': 'Column {index} has no name in the header, but this row has a value in it: “{value}”.',
    'too-few-fields':
      'This row has {found} cells but the header has {expected}: check the delimiters and the quotes.',
    'too-many-fields':
      'This row has {found} cells but the header has {expected}: a value that contains the delimiter must be in double quotes.',
    'unclosed-quote':
      'A quoted value that starts in this row is never closed (a closing double quote is missing, or a double quote inside the value is not written as two ""), so the rest of the file was read as one value.',
    'malformed-quote':
      'Misplaced double quote (") in this row: inside a quoted value, write a double quote as two ("").',
    'malformed-quote-span':
      'Misplaced double quote (") in this row, so lines {line} to {end} were read as one row: inside a quoted value, write a double quote as two ("").',
    required: 'This value is required.',
    'bad-kind': '“{value}” is not a delegation kind. Use one of: {allowed}.',
    'bad-iso3': '“{value}” is not an ISO 3166-1 alpha-3 code (three letters, e.g. VNM).',
    'unknown-iso3': 'No UN member or observer state has the code “{value}”.',
    'kind-is-observer': '{name} ({iso3}) is a UN observer state: write kind “observer-state”, not “{value}”.',
    'kind-is-member': '{name} ({iso3}) is a UN member state: write kind “state”, not “{value}”.',
    'state-name-mismatch': 'name_en “{value}” does not match “{reference}”, the UN name of {iso3}.',
    'state-name-mismatch-event':
      'name_en “{value}” matches neither “{reference}”, the UN name of {iso3}, nor “{event}”, its name in this event.',
    'org-name-mismatch': 'name_en “{value}” does not match “{reference}”, the name of the organization {code}.',
    'org-name-mismatch-event':
      'name_en “{value}” matches neither “{reference}”, the name of the organization {code}, nor “{event}”, its name in this event.',
    'not-for-kind': 'Leave {column} empty for rows of kind “{kind}”; found “{value}”.',
    'bad-org-code':
      '“{value}” is not an organization code: 2 to 16 capital letters, digits or hyphens (e.g. UNODC).',
    'name-control': 'This name contains control characters (a tab, a line break, a text-direction override…): remove them.',
    'too-long': 'This value has {length} characters; the maximum is {max}.',
    'bad-rank': '“{value}” is not a rank. Use one of: {allowed}.',
    'bad-pinned': '“{value}” is not a pinned role. Write host, co-chair, or leave the cell empty.',
    'pinned-host-organization': 'An organization cannot be the host: the host is a state (the event’s host country). Write co-chair, or leave the cell empty.',
    'pinned-host-twice': 'Only one row can be the host; line {line} already is.',
    'bad-date-format': '“{value}” is not a date written YYYY-MM-DD (e.g. 2025-10-25).',
    'bad-date': '“{value}” is not a real calendar date.',
    member: 'Member {index} (“{value}”): {reason}',
    'member-no-name': 'Member {index} has no name; write each member as “Name | function”.',
    'member-extra-bar':
      'Member {index} (“{value}”) has more than six fields; write “Name | function | function in Vietnamese | gender | form of address | form of address in Vietnamese” (the fields after the name may be left out), and write a “|” that is part of a text as “\\|”.',
    'bad-gender': '“{value}” is not a gender. Write female, male, or leave it empty (not specified).',
    'duplicate-iso3': '{iso3} is already on line {line}: a delegation may appear only once.',
    'duplicate-org-code': 'The organization code {code} is already on line {line}: a delegation may appear only once.',
    'duplicate-org-name': 'The organization “{name}” is already on line {line}: a delegation may appear only once.',
    'same-delegation': 'This row and line {line} both refer to the delegation “{name}” of the event.',
    'event-ambiguous':
      'The event has {count} delegations that this row could refer to ({names}); correct the event before importing.',
    'org-code-conflict':
      'The event already has the organization “{name}” with the code {code}: use that code, or another name.',
    'invalid-row': 'This row cannot be saved ({detail}); nothing was imported. Please report this problem.',
    'not-xlsx':
      'This file is not an Excel workbook (.xlsx), or it is damaged. Open it in a spreadsheet and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
    'old-excel':
      'This is an Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read. Remove the password, or save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.',
    'empty-sheet':
      'The first sheet of the workbook, “{sheet}”, is empty: the header row and the delegations must be on the first sheet.',
    'too-large':
      'This workbook unzips to more than {limit} MB, far more than a list of delegations needs: it is damaged or was made to overload the app, and was not read. Copy the delegations into a new workbook, or save them as “CSV UTF-8”.',
  },
  {
    'empty-file': 'Tệp trống: tệp cần một dòng tiêu đề ghi tên các cột, sau đó mỗi dòng là một đoàn.',
    'no-data-rows': 'Tệp có dòng tiêu đề nhưng không có dòng đoàn nào.',
    'no-delimiter':
      'Dòng tiêu đề phải liệt kê tên các cột, ngăn cách bằng dấu phẩy (,) hoặc dấu chấm phẩy (;); đã gặp “{value}”.',
    'unknown-column': 'Không nhận ra cột “{column}”. Các cột hợp lệ là: {allowed}.',
    'duplicate-column': 'Cột “{column}” xuất hiện hai lần trong dòng tiêu đề (cột {first} và cột {second}).',
    'missing-column': 'Dòng tiêu đề thiếu cột bắt buộc “{column}”.',
    'missing-column-for-kind':
      'Cần có cột “{column}” vì tệp có dòng loại {kind} (dòng đầu tiên là dòng {line}).',
    'unnamed-column': 'Cột {index} không có tên trong dòng tiêu đề, nhưng dòng này có giá trị ở cột đó: “{value}”.',
    'too-few-fields':
      'Dòng này có {found} ô nhưng dòng tiêu đề có {expected}: hãy kiểm tra dấu phân cách và dấu ngoặc kép.',
    'too-many-fields':
      'Dòng này có {found} ô nhưng dòng tiêu đề có {expected}: giá trị có chứa dấu phân cách phải đặt trong dấu ngoặc kép.',
    'unclosed-quote':
      'Một giá trị trong ngoặc kép bắt đầu ở dòng này không được đóng (thiếu dấu ngoặc kép đóng, hoặc dấu ngoặc kép bên trong giá trị chưa được viết thành hai dấu ""), nên phần còn lại của tệp bị đọc thành một giá trị.',
    'malformed-quote':
      'Dấu ngoặc kép (") đặt sai chỗ trong dòng này: bên trong giá trị có ngoặc kép, hãy viết dấu ngoặc kép thành hai dấu ("").',
    'malformed-quote-span':
      'Dấu ngoặc kép (") đặt sai chỗ trong dòng này, nên các dòng từ {line} đến {end} bị đọc thành một dòng: bên trong giá trị có ngoặc kép, hãy viết dấu ngoặc kép thành hai dấu ("").',
    required: 'Giá trị này là bắt buộc.',
    'bad-kind': '“{value}” không phải là loại đoàn hợp lệ. Hãy dùng một trong các giá trị: {allowed}.',
    'bad-iso3': '“{value}” không phải là mã ISO 3166-1 alpha-3 (ba chữ cái, ví dụ VNM).',
    'unknown-iso3': 'Không có quốc gia thành viên hay quan sát viên Liên hợp quốc nào có mã “{value}”.',
    'kind-is-observer':
      '{name} ({iso3}) là quốc gia quan sát viên của Liên hợp quốc: hãy ghi loại “observer-state”, không phải “{value}”.',
    'kind-is-member':
      '{name} ({iso3}) là quốc gia thành viên Liên hợp quốc: hãy ghi loại “state”, không phải “{value}”.',
    'state-name-mismatch': 'name_en “{value}” không khớp với “{reference}”, tên Liên hợp quốc của {iso3}.',
    'state-name-mismatch-event':
      'name_en “{value}” không khớp với “{reference}”, tên Liên hợp quốc của {iso3}, cũng không khớp với “{event}”, tên dùng trong sự kiện này.',
    'org-name-mismatch': 'name_en “{value}” không khớp với “{reference}”, tên của tổ chức {code}.',
    'org-name-mismatch-event':
      'name_en “{value}” không khớp với “{reference}”, tên của tổ chức {code}, cũng không khớp với “{event}”, tên dùng trong sự kiện này.',
    'not-for-kind': 'Hãy để trống cột {column} với dòng loại “{kind}”; đã gặp “{value}”.',
    'bad-org-code':
      '“{value}” không phải là mã tổ chức hợp lệ: từ 2 đến 16 ký tự gồm chữ in hoa, chữ số hoặc dấu gạch nối (ví dụ UNODC).',
    'name-control': 'Tên này chứa ký tự điều khiển (dấu tab, xuống dòng, ký tự đổi chiều văn bản…): hãy xoá chúng.',
    'too-long': 'Giá trị này có {length} ký tự; tối đa là {max}.',
    'bad-rank': '“{value}” không phải là cấp bậc hợp lệ. Hãy dùng một trong các giá trị: {allowed}.',
    'bad-pinned': '“{value}” không phải là vị trí cố định hợp lệ. Hãy ghi host, co-chair, hoặc để trống.',
    'pinned-host-organization': 'Tổ chức quốc tế không thể là nước chủ nhà: nước chủ nhà là một quốc gia (nước chủ nhà của sự kiện). Hãy ghi co-chair, hoặc để trống.',
    'pinned-host-twice': 'Chỉ một dòng được là nước chủ nhà; dòng {line} đã là nước chủ nhà.',
    'bad-date-format': '“{value}” không phải là ngày viết theo dạng YYYY-MM-DD (ví dụ 2025-10-25).',
    'bad-date': '“{value}” không phải là một ngày có thật trên lịch.',
    member: 'Thành viên thứ {index} (“{value}”): {reason}',
    'member-no-name': 'Thành viên thứ {index} không có tên; hãy ghi mỗi thành viên theo dạng “Tên | chức vụ”.',
    'member-extra-bar':
      'Thành viên thứ {index} (“{value}”) có nhiều hơn sáu trường; hãy ghi “Tên | chức vụ | chức vụ tiếng Việt | giới tính | danh xưng | danh xưng tiếng Việt” (có thể bỏ các trường sau tên), và ghi dấu “|” thuộc về văn bản thành “\\|”.',
    'bad-gender': '“{value}” không phải là giới tính hợp lệ. Hãy ghi female (hoặc nữ), male (hoặc nam), hoặc để trống (không xác định).',
    'duplicate-iso3': '{iso3} đã có ở dòng {line}: mỗi đoàn chỉ được xuất hiện một lần.',
    'duplicate-org-code': 'Mã tổ chức {code} đã có ở dòng {line}: mỗi đoàn chỉ được xuất hiện một lần.',
    'duplicate-org-name': 'Tổ chức “{name}” đã có ở dòng {line}: mỗi đoàn chỉ được xuất hiện một lần.',
    'same-delegation': 'Dòng này và dòng {line} cùng chỉ đoàn “{name}” của sự kiện.',
    'event-ambiguous':
      'Sự kiện có {count} đoàn mà dòng này có thể chỉ tới ({names}); hãy sửa sự kiện trước khi nhập.',
    'org-code-conflict':
      'Sự kiện đã có tổ chức “{name}” với mã {code}: hãy dùng mã đó, hoặc dùng tên khác.',
    'invalid-row': 'Không thể lưu dòng này ({detail}); chưa có gì được nhập. Vui lòng báo lại lỗi này.',
    'not-xlsx':
      'Tệp này không phải là sổ tính Excel (.xlsx), hoặc đã bị hỏng. Hãy mở tệp trong chương trình bảng tính và lưu dưới dạng “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”.',
    'old-excel':
      'Đây là sổ tính Excel 97–2003 (.xls) hoặc sổ tính có mật khẩu, không thể đọc được. Hãy bỏ mật khẩu, hoặc lưu dưới dạng “Excel Workbook (.xlsx)” hoặc “CSV UTF-8”.',
    'empty-sheet':
      'Trang tính đầu tiên của sổ tính, “{sheet}”, không có dữ liệu: dòng tiêu đề và các đoàn phải nằm ở trang tính đầu tiên.',
    'too-large':
      'Sổ tính này khi giải nén lớn hơn {limit} MB, vượt xa mức cần cho một danh sách đoàn: tệp đã bị hỏng hoặc được tạo ra để làm quá tải ứng dụng, nên không được đọc. Hãy chép các đoàn sang một sổ tính mới, hoặc lưu dưới dạng “CSV UTF-8”.',
  },
);
export type ImportMessageKey = keyof typeof importMessages.en;

export { rankLabels } from '../i18n/ranks';
