import type { EntryNote, HistoryEntry } from '../../../shared/document/history';
import { defineMessages, translate, type Language, type Params } from '../../../shared/i18n/index';

/**
 * What an undo step did, as the undo notice says it ("Undone: seat Banquet Hall — 9 moves").
 * Each label starts in lower case: it follows "Undone: " / "Đã hoàn tác: ". The edit labels
 * (renderer/src/document/labels.ts) name these keys; their names are kept in both languages.
 */
export const historyUi = defineMessages(
  {
    // the notice
    undone: 'Undone: {what}',
    redone: 'Redone: {what}',
    show: 'Show',
    showTooltip: 'Go to the screen where this change was made',
    dismiss: 'Dismiss',
    noticeRegion: 'Undo and redo',

    // generic labels: any edit without a label of its own
    edit: 'edit {subject}',
    editCount: 'an edit — {count} {count|change|changes}',
    create: 'add {subject}',
    delete: 'delete {subject}',
    deleteCount: 'delete {count} {count|item|items}',
    restoreBackup: 'restore a backup — {count} {count|change|changes}',
    setting: 'change a setting of the event',
    seatingOptions: 'change the seating options of {hall}',
    precedenceRules: 'change the rules of precedence',
    arrivalOptions: 'change the options of {sequence}',
    tableN: 'table {number}',

    // delegations
    addDelegation: 'add the delegation of {delegation}',
    addPerson: 'add {person} to {delegation}',
    removePerson: 'remove {person} from {delegation}',
    movePerson: 'move {person} in the list of {delegation}',
    makeHead: 'make {person} head of the delegation of {delegation}',
    importDelegations: 'import delegations — {count} {count|change|changes}',

    // seating
    seatHall: 'seat {hall} — {count} {count|move|moves}',
    seatPerson: 'seat {person} in {hall}',
    swapSeats: 'swap two seats in {hall}',
    unseat: 'unseat {person} in {hall}',
    lockSeat: 'lock the seat of {person} in {hall}',
    unlockSeat: 'unlock the seat of {person} in {hall}',

    // halls
    addElements: 'add {count} {count|element|elements} to {hall}',
    createFurnishedHall: 'add {hall} from its template — {count} {count|element|elements}',
    moveElements: 'move {count} {count|element|elements} in {hall}',
    rotateElements: 'rotate {count} {count|element|elements} in {hall}',
    editElement: 'edit {element} in {hall}',
    deleteElements: 'delete {count} {count|element|elements} from {hall}',
    duplicateElements: 'duplicate {count} {count|element|elements} in {hall}',
    pasteElements: 'paste {count} {count|element|elements} into {hall}',
    alignElements: 'align {count} {count|element|elements} in {hall}',
    distributeElements: 'space out {count} {count|element|elements} in {hall}',
    reorderElements: 'bring {count} {count|element|elements} to the front or back in {hall}',
    lockElements: 'lock {count} {count|element|elements} in {hall}',
    unlockElements: 'unlock {count} {count|element|elements} in {hall}',
    groupElements: 'group {count} {count|element|elements} in {hall}',
    ungroupElements: 'ungroup {count} {count|element|elements} in {hall}',
    renumberTables: 'renumber the tables of {hall}',
    moveTableHost: 'move the host seat of {element} in {hall}',
    setNumbering: 'change the seat numbering of {element} in {hall}',
    setBackground: 'set the floor plan of {hall}',
    removeBackground: 'remove the floor plan of {hall}',

    // arrivals
    planSequence: 'plan {sequence} — {count} {count|arrival|arrivals} changed',
    createSequence: 'create the sequence {sequence}',
    moveSlot: 'move the arrival of {delegation} in {sequence}',
    setStepTime: 'change a step time of {delegation} in {sequence}',
    logActual: 'log the arrival of {delegation} in {sequence}',
    clearActual: 'clear the logged time of {delegation} in {sequence}',
    editSlot: 'edit the arrival of {delegation} in {sequence}',
    reorderSetup: 'reorder the set-up of {sequence}',
  },
  {
    undone: 'Đã hoàn tác: {what}',
    redone: 'Đã làm lại: {what}',
    show: 'Xem',
    showTooltip: 'Đến màn hình nơi đã thực hiện thay đổi này',
    dismiss: 'Đóng',
    noticeRegion: 'Hoàn tác và làm lại',

    edit: 'sửa {subject}',
    editCount: 'một chỉnh sửa — {count} thay đổi',
    create: 'thêm {subject}',
    delete: 'xóa {subject}',
    deleteCount: 'xóa {count} mục',
    restoreBackup: 'khôi phục bản sao lưu — {count} thay đổi',
    setting: 'đổi một thiết lập của sự kiện',
    seatingOptions: 'đổi tùy chọn xếp chỗ của {hall}',
    precedenceRules: 'đổi quy tắc thứ tự lễ tân',
    arrivalOptions: 'đổi tùy chọn của {sequence}',
    tableN: 'bàn {number}',

    addDelegation: 'thêm đoàn {delegation}',
    addPerson: 'thêm {person} vào đoàn {delegation}',
    removePerson: 'xóa {person} khỏi đoàn {delegation}',
    movePerson: 'đổi thứ tự của {person} trong đoàn {delegation}',
    makeHead: 'đặt {person} làm Trưởng đoàn {delegation}',
    importDelegations: 'nhập danh sách đoàn — {count} thay đổi',

    seatHall: 'xếp chỗ {hall} — {count} thay đổi',
    seatPerson: 'xếp chỗ cho {person} tại {hall}',
    swapSeats: 'đổi chỗ hai ghế tại {hall}',
    unseat: 'bỏ xếp chỗ của {person} tại {hall}',
    lockSeat: 'khóa chỗ của {person} tại {hall}',
    unlockSeat: 'mở khóa chỗ của {person} tại {hall}',

    addElements: 'thêm {count} thành phần vào {hall}',
    createFurnishedHall: 'thêm {hall} theo mẫu — {count} thành phần',
    moveElements: 'di chuyển {count} thành phần trong {hall}',
    rotateElements: 'xoay {count} thành phần trong {hall}',
    editElement: 'sửa {element} trong {hall}',
    deleteElements: 'xóa {count} thành phần khỏi {hall}',
    duplicateElements: 'nhân bản {count} thành phần trong {hall}',
    pasteElements: 'dán {count} thành phần vào {hall}',
    alignElements: 'căn thẳng {count} thành phần trong {hall}',
    distributeElements: 'giãn đều {count} thành phần trong {hall}',
    reorderElements: 'đưa {count} thành phần lên trên hoặc xuống dưới trong {hall}',
    lockElements: 'khóa {count} thành phần trong {hall}',
    unlockElements: 'mở khóa {count} thành phần trong {hall}',
    groupElements: 'nhóm {count} thành phần trong {hall}',
    ungroupElements: 'bỏ nhóm {count} thành phần trong {hall}',
    renumberTables: 'đánh số lại các bàn của {hall}',
    moveTableHost: 'chuyển ghế chủ bàn của {element} trong {hall}',
    setNumbering: 'đổi cách đánh số ghế của {element} trong {hall}',
    setBackground: 'đặt sơ đồ mặt bằng cho {hall}',
    removeBackground: 'gỡ sơ đồ mặt bằng của {hall}',

    planSequence: 'lập kế hoạch {sequence} — {count} lượt đến thay đổi',
    createSequence: 'tạo kịch bản đón {sequence}',
    moveSlot: 'dời lượt đến của đoàn {delegation} trong {sequence}',
    setStepTime: 'đổi giờ một bước của đoàn {delegation} trong {sequence}',
    logActual: 'ghi giờ đến thực tế của đoàn {delegation} trong {sequence}',
    clearActual: 'xóa giờ thực tế đã ghi của đoàn {delegation} trong {sequence}',
    editSlot: 'sửa lượt đến của đoàn {delegation} trong {sequence}',
    reorderSetup: 'đổi thứ tự thiết lập của {sequence}',
  },
);

export type HistoryKey = keyof typeof historyUi.en;

/** A note's label in one language: names in that language, counts as they are. */
export function noteLabel(note: Pick<EntryNote, 'key' | 'params'>, lang: Language): string {
  const key = (Object.hasOwn(historyUi.en, note.key) ? note.key : 'editCount') as HistoryKey;
  const params: Params = {};
  for (const [name, value] of Object.entries(note.params)) params[name] = typeof value === 'object' ? value[lang] : value;
  return translate(historyUi, lang, key, params);
}

/** "Undone: seat Banquet Hall — 9 moves" / "Đã làm lại: …". A step with no note is counted by the rows it changed. */
export function moveText(kind: 'undo' | 'redo', entry: Pick<HistoryEntry, 'note' | 'patches'>, lang: Language): string {
  const rows = new Set(entry.patches.map((p) => p.path.slice(0, 2).join('/'))).size;
  const what = noteLabel(entry.note ?? { key: 'editCount', params: { count: rows } }, lang);
  return translate(historyUi, lang, kind === 'undo' ? 'undone' : 'redone', { what });
}
