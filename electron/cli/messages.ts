import { defineMessages } from '../../shared/i18n/index';

export const cliMessages = defineMessages(
  {
    usage: `Usage: preseance <command> [options]

Commands:
  new FILE [--sample] [--host ISO3]         create an event file (--sample: the Hanoi 2025 sample event;
                                            --host: the host country, pinned first once it has a delegation)
  info FILE [--json]                        schema version and counts
  export FILE --format json --out PATH      write the whole event as JSON
  export FILE --format csv|xlsx --out PATH  write the delegations in the import format
  export FILE --format csv|xlsx --out PATH --sequence NAME
                                            write an arrival sequence's run-of-show
  import FILE DELEGATIONS.csv|.xlsx [--host ISO3] [--dry-run] [--json]
                                            import delegations (all or nothing); --host sets the
                                            host country with them
  hall FILE --name-vi NAME --name-en NAME [--kind plenary|banquet|signing|welcome|meeting|other]
        [--width M] [--depth M]             add an empty hall, as the app's New hall dialog does (default
                                            plenary, 40 × 30 m); its type chooses how it is seated
        [--template [--seats N] [--tables N] [--per-table N] [--signers N]]
                                            --template: furnished from its type's template, as the
                                            dialog's "Start from: template" (plenary: stage, head table,
                                            3 blocks of rows, --seats; banquet: head table and round
                                            tables, --tables, --per-table (10); signing: signing table,
                                            --signers (2), witnesses' rows, --seats; welcome: the
                                            route of the official welcome); counts left out: as many
                                            as the hall holds
  sequence FILE --name-vi NAME --name-en NAME [--day YYYY-MM-DD] [--hall NAME]
        [--who all|states|organizations|CODE,CODE...]
                                            add an arrival sequence, as the app's New sequence does
                                            (its usual steps, 08:30 to 09:00), with who arrives: every
                                            delegation but the host (default), the states only, the
                                            organizations only, or these ISO3 / organization codes
  co-chairs FILE [CODE...] [--clear] [--host ISO3]
                                            the host and co-chairs; with codes (ISO3 or organization
                                            code, e.g. UN), they become the co-chairs; --host sets the
                                            host country (both in one write)
  order FILE [--tiebreak un-alphabetical|seniority|alphabetical] [--lot ISO3] [--json]
                                            save the rule choice, print the order of precedence
  seat FILE --hall NAME [--dry-run] [--json]
                                            seat a hall (English or Vietnamese name, or id) by its
                                            strategy and print the moves
  arrivals FILE --sequence NAME [--rule reverse-precedence|precedence|alphabetical|lot]
        [--start HH:MM | --end HH:MM] [--interval MIN] [--dry-run] [--json]
                                            generate an arrival sequence (saved), print the slots
                                            and the conflicts
  validate FILE [--json]                    the seating problems and arrival conflicts; exit code 1
                                            when there are errors

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
    notUtf8: '“{path}” is neither UTF-8 text nor an Excel workbook; save it as CSV UTF-8 or .xlsx and try again. Nothing was imported.',
    unreadable: 'Cannot read “{path}”: {detail}',
    importErrors: '{count} {count|error|errors} in {path}; nothing was imported:',
    importLine: '  line {line}, column {column}: {reason}',
    importMore: '  … and {count} more',
    importPreview: 'Dry run — nothing written. Would create {created}, update {updated}, leave {unchanged} unchanged.',
    importDone: 'Imported: {created} created, {updated} updated, {unchanged} unchanged.',
    formatJsonOnly: 'Only --format json, csv or xlsx is supported.',
    unknownHall: 'No hall is called “{hall}”. The halls: {halls}.',
    seatMove: '  {person} ({delegation}): {from} → {to}',
    noSeat: 'no seat',
    seatUnseated: '{count} not seated:',
    seatUnseatedLine: '  {person} ({delegation}): {reason}',
    signingList: 'Signing order:',
    seatOutdated: 'Printed items now out of date: {count} ({kinds}).',
    'printed-place-card': 'place cards',
    'printed-name-plate': 'name plates',
    'printed-table-plan': 'table plans',
    'printed-chart': 'seating charts',
    'printed-delegation-sheet': 'delegation sheets',
    'printed-signing-list': 'signing lists',
    seatApplied: '{hall}: {count} {count|move|moves} applied.',
    seatPreview: '{hall}: dry run — nothing written; {count} {count|move|moves} would be applied.',
    seatNothing: '{hall}: already seated by its strategy; nothing to change.',
    severityError: 'error',
    severityWarning: 'warning',
    validateSummary: '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.',
    badRule: '--rule must be one of: reverse-precedence, precedence, alphabetical, lot.',
    badClock: '{option} must be a time HH:MM (24-hour clock): “{value}”.',
    badInterval: '--interval must be a number of minutes from 0 to 240: “{value}”.',
    startOrEnd: 'Give --start or --end, not both.',
    arrivalsHeader: 'No.|Time|Delegation|Car|Liaison officer',
    arrivalsChanges: 'Changes:',
    arrivalsMove: '  {delegation}: {from} → {to}',
    arrivalsNew: 'new',
    arrivalsRemoved: '  {delegation}: removed',
    arrivalsConflicts: '{count} {count|conflict|conflicts}:',
    arrivalsNoConflict: 'No conflict.',
    arrivalsApplied: '{sequence}: {count} {count|slot|slots} planned and saved.',
    arrivalsPreview: '{sequence}: dry run — nothing written; {count} {count|slot|slots} planned.',
    arrivalsNothing: '{sequence}: already planned this way; nothing to change.',
    unknownHostCountry: '--host {iso3}: not a UN member or observer state (ISO 3166-1 alpha-3, e.g. VNM).',
    pinnedHost: 'Host: {name} ({iso3}), pinned first.',
    pinnedHostMissing: 'Host country: {iso3}, no delegation yet (pinned as soon as it has one).',
    pinnedNoHost: 'Host country: none.',
    pinnedCoChairs: 'Co-chairs: {names}.',
    pinnedNoCoChair: 'Co-chairs: none.',
    unknownDelegationCode: '“{code}”: no delegation of this event has this ISO3 or organization code. Nothing was changed.',
    hostNotCoChair: '“{code}” is the host ({name}): the host is pinned first already, not as a co-chair. Nothing was changed.',
    clearOrCodes: 'Give codes or --clear, not both.',
    hallCreated: 'Added the hall “{name}” ({kind}, {width} × {depth} m).',
    hallFurnished: 'Added the hall “{name}” ({kind}, {width} × {depth} m) from its template: {elements} {elements|element|elements}, {seats} {seats|seat|seats}.',
    templateRefused: '{reason}',
    countRefused: '{option} “{value}”: {reason}',
    countNeedsTemplate: '{option} is for a hall furnished from its template: add --template.',
    countNotForKind: '{option} does not apply to the template of this type of hall (it takes: {options}).',
    hallNameTaken: 'Another hall is already called “{name}”. Nothing was changed.',
    badName: '{option}: “{value}” is not a name (at most 200 characters, no control characters). Nothing was changed.',
    badHallKind: '--kind must be one of: plenary, banquet, signing, welcome, meeting, other: “{value}”.',
    badMetres: '{option} must be a size in metres, more than 0 and at most 10000: “{value}”.',
    'kind-plenary': 'Plenary hall',
    'kind-banquet': 'Banquet hall',
    'kind-signing': 'Signing hall',
    'kind-welcome': 'Welcome hall',
    'kind-meeting': 'Meeting room',
    'kind-other': 'Other',
    sequenceCreated: 'Added the arrival sequence “{name}” on {day}; arriving: {who}. Generate it with: arrivals FILE --sequence NAME.',
    sequenceNameTaken: 'Another arrival sequence is already called “{name}”. Nothing was changed.',
    badDay: '--day must be a date YYYY-MM-DD: “{value}”.',
    badWho: '--who must be all, states, organizations or a list of codes (e.g. VNM,FRA,UNODC): “{value}”.',
    whoAll: 'every delegation but the host',
    whoStates: 'the states only (member and observer)',
    whoOrganizations: 'the organizations only',
    whoCodes: 'the delegations of {codes}',
  },
  {
    usage: `Cách dùng: preseance <lệnh> [tùy chọn]

Lệnh:
  new TỆP [--sample] [--host ISO3]          tạo tệp sự kiện (--sample: sự kiện mẫu Hà Nội 2025;
                                            --host: nước chủ nhà, cố định đầu tiên khi đã có đoàn)
  info TỆP [--json]                         phiên bản lược đồ và số lượng
  export TỆP --format json --out ĐƯỜNG_DẪN  xuất toàn bộ sự kiện ra JSON
  export TỆP --format csv|xlsx --out ĐƯỜNG_DẪN
                                            xuất danh sách đoàn theo định dạng nhập
  export TỆP --format csv|xlsx --out ĐƯỜNG_DẪN --sequence TÊN
                                            xuất kịch bản một lễ đón
  import TỆP DOAN.csv|.xlsx [--host ISO3] [--dry-run] [--json]
                                            nhập danh sách đoàn (tất cả hoặc không gì cả); --host
                                            đặt nước chủ nhà cùng lúc
  hall TỆP --name-vi TÊN --name-en TÊN [--kind plenary|banquet|signing|welcome|meeting|other]
        [--width M] [--depth M]             thêm một phòng trống như hộp thoại Phòng mới của ứng dụng
                                            (mặc định: hội trường toàn thể, 40 × 30 m); loại phòng quyết
                                            định cách xếp chỗ
        [--template [--seats N] [--tables N] [--per-table N] [--signers N]]
                                            --template: bày sẵn theo mẫu của loại phòng, như lựa chọn
                                            "Bắt đầu từ: mẫu" của hộp thoại (toàn thể: sân khấu, bàn chủ
                                            tọa, 3 khối hàng ghế, --seats; tiệc: bàn danh dự và bàn
                                            tròn, --tables, --per-table (10); phòng ký: bàn ký, --signers
                                            (2), các hàng ghế khách chứng kiến, --seats; khu đón: lộ
                                            trình lễ đón chính thức); không ghi số lượng: nhiều nhất
                                            phòng chứa được
  sequence TỆP --name-vi TÊN --name-en TÊN [--day YYYY-MM-DD] [--hall TÊN]
        [--who all|states|organizations|MÃ,MÃ...]
                                            thêm một kịch bản đón như nút Tạo kịch bản đón của ứng dụng
                                            (các bước thông thường, 08:30 đến 09:00), với các đoàn đến:
                                            mọi đoàn trừ nước chủ nhà (mặc định), chỉ các quốc gia, chỉ
                                            các tổ chức, hoặc các mã ISO3 / mã tổ chức này
  co-chairs TỆP [MÃ...] [--clear] [--host ISO3]
                                            nước chủ nhà và các đồng chủ trì; khi có mã (ISO3 hoặc mã
                                            tổ chức, ví dụ UN), các đoàn đó là đồng chủ trì; --host đặt
                                            nước chủ nhà (cả hai trong một lần ghi)
  order TỆP [--tiebreak un-alphabetical|seniority|alphabetical] [--lot ISO3] [--json]
                                            lưu lựa chọn quy tắc, in thứ tự lễ tân
  seat TỆP --hall TÊN [--dry-run] [--json]  xếp chỗ một phòng (tên tiếng Việt hoặc tiếng Anh, hoặc mã)
                                            theo phương án của phòng và in các thay đổi chỗ ngồi
  arrivals TỆP --sequence TÊN [--rule reverse-precedence|precedence|alphabetical|lot]
        [--start HH:MM | --end HH:MM] [--interval PHÚT] [--dry-run] [--json]
                                            lập trình tự lễ đón (có lưu), in các lượt đón và các
                                            xung đột
  validate TỆP [--json]                     các vấn đề về xếp chỗ và xung đột lễ đón; mã thoát 1
                                            khi có lỗi

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
    notUtf8: '“{path}” không phải văn bản UTF-8 cũng không phải sổ tính Excel; hãy lưu dưới dạng CSV UTF-8 hoặc .xlsx rồi thử lại. Chưa nhập gì.',
    unreadable: 'Không đọc được “{path}”: {detail}',
    importErrors: '{path} có {count} lỗi; chưa nhập gì:',
    importLine: '  dòng {line}, cột {column}: {reason}',
    importMore: '  … và {count} lỗi nữa',
    importPreview: 'Chạy thử — chưa ghi gì. Sẽ tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}.',
    importDone: 'Đã nhập: tạo {created}, cập nhật {updated}, giữ nguyên {unchanged}.',
    formatJsonOnly: 'Chỉ hỗ trợ --format json, csv hoặc xlsx.',
    unknownHall: 'Không có phòng nào tên “{hall}”. Các phòng: {halls}.',
    seatMove: '  {person} ({delegation}): {from} → {to}',
    noSeat: 'chưa có chỗ',
    seatUnseated: '{count} người chưa được xếp chỗ:',
    seatUnseatedLine: '  {person} ({delegation}): {reason}',
    signingList: 'Thứ tự ký:',
    seatOutdated: 'Các ấn phẩm đã in nay không còn đúng: {count} ({kinds}).',
    'printed-place-card': 'thẻ chỗ ngồi',
    'printed-name-plate': 'biển tên',
    'printed-table-plan': 'sơ đồ bàn',
    'printed-chart': 'sơ đồ chỗ ngồi',
    'printed-delegation-sheet': 'danh sách đoàn',
    'printed-signing-list': 'danh sách ký',
    seatApplied: '{hall}: đã áp dụng {count} thay đổi chỗ ngồi.',
    seatPreview: '{hall}: chạy thử — chưa ghi gì; sẽ có {count} thay đổi chỗ ngồi.',
    seatNothing: '{hall}: đã được xếp chỗ đúng phương án; không có gì thay đổi.',
    severityError: 'lỗi',
    severityWarning: 'cảnh báo',
    validateSummary: '{errors} lỗi, {warnings} cảnh báo.',
    badRule: '--rule phải là một trong: reverse-precedence, precedence, alphabetical, lot.',
    badClock: '{option} phải là giờ dạng HH:MM (24 giờ): “{value}”.',
    badInterval: '--interval phải là số phút từ 0 đến 240: “{value}”.',
    startOrEnd: 'Chỉ nhập --start hoặc --end, không nhập cả hai.',
    arrivalsHeader: 'STT|Giờ|Đoàn|Xe số|Liên lạc viên',
    arrivalsChanges: 'Thay đổi:',
    arrivalsMove: '  {delegation}: {from} → {to}',
    arrivalsNew: 'mới',
    arrivalsRemoved: '  {delegation}: bỏ khỏi lễ đón',
    arrivalsConflicts: '{count} xung đột:',
    arrivalsNoConflict: 'Không có xung đột.',
    arrivalsApplied: '{sequence}: đã lập và lưu {count} lượt đón.',
    arrivalsPreview: '{sequence}: chạy thử — chưa ghi gì; đã lập {count} lượt đón.',
    arrivalsNothing: '{sequence}: đã được lập đúng như vậy; không có gì thay đổi.',
    unknownHostCountry: '--host {iso3}: không phải quốc gia thành viên hay quan sát viên của Liên hợp quốc (mã ISO 3166-1 alpha-3, ví dụ VNM).',
    pinnedHost: 'Nước chủ nhà: {name} ({iso3}), cố định đầu tiên.',
    pinnedHostMissing: 'Nước chủ nhà: {iso3}, chưa có đoàn (được cố định ngay khi có đoàn).',
    pinnedNoHost: 'Nước chủ nhà: không có.',
    pinnedCoChairs: 'Đồng chủ trì: {names}.',
    pinnedNoCoChair: 'Đồng chủ trì: không có.',
    unknownDelegationCode: '“{code}”: không có đoàn nào của sự kiện mang mã ISO3 hay mã tổ chức này. Không có gì thay đổi.',
    hostNotCoChair: '“{code}” là nước chủ nhà ({name}): nước chủ nhà đã được cố định đầu tiên, không phải đồng chủ trì. Không có gì thay đổi.',
    clearOrCodes: 'Chỉ dùng các mã hoặc --clear, không dùng cả hai.',
    hallCreated: 'Đã thêm phòng “{name}” ({kind}, {width} × {depth} m).',
    hallFurnished: 'Đã thêm phòng “{name}” ({kind}, {width} × {depth} m) theo mẫu: {elements} thành phần, {seats} chỗ ngồi.',
    templateRefused: '{reason}',
    countRefused: '{option} “{value}”: {reason}',
    countNeedsTemplate: '{option} dành cho phòng bày sẵn theo mẫu: hãy thêm --template.',
    countNotForKind: '{option} không dùng cho mẫu của loại phòng này (mẫu nhận: {options}).',
    hallNameTaken: 'Đã có một phòng khác tên “{name}”. Không có gì thay đổi.',
    badName: '{option}: “{value}” không phải là một tên hợp lệ (tối đa 200 ký tự, không có ký tự điều khiển). Không có gì thay đổi.',
    badHallKind: '--kind phải là một trong: plenary, banquet, signing, welcome, meeting, other: “{value}”.',
    badMetres: '{option} phải là kích thước tính bằng mét, lớn hơn 0 và không quá 10000: “{value}”.',
    'kind-plenary': 'Hội trường toàn thể',
    'kind-banquet': 'Phòng tiệc',
    'kind-signing': 'Phòng lễ ký',
    'kind-welcome': 'Sảnh đón',
    'kind-meeting': 'Phòng họp',
    'kind-other': 'Khác',
    sequenceCreated: 'Đã thêm kịch bản đón “{name}” ngày {day}; các đoàn đến: {who}. Lập trình tự bằng lệnh: arrivals TỆP --sequence TÊN.',
    sequenceNameTaken: 'Đã có một kịch bản đón khác tên “{name}”. Không có gì thay đổi.',
    badDay: '--day phải là ngày dạng YYYY-MM-DD: “{value}”.',
    badWho: '--who phải là all, states, organizations hoặc danh sách mã (ví dụ VNM,FRA,UNODC): “{value}”.',
    whoAll: 'mọi đoàn trừ nước chủ nhà',
    whoStates: 'chỉ các quốc gia (thành viên và quan sát viên)',
    whoOrganizations: 'chỉ các tổ chức quốc tế',
    whoCodes: 'các đoàn {codes}',
  },
);
