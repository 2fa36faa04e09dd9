import type { EventDocument } from '../model/collections';
import { defineMessages, format, type Language, pickLang } from '../i18n/index';

/**
 * Every sentence of the seating engine, in both languages: the plan's explanation, why someone
 * is not seated, validation problems and command refusals. Parameters ending in `_en` / `_vi`
 * (names of delegations, halls, seats) are given in both languages and the one of the reader is
 * used, as describeReason does for the precedence engine.
 */
export const seatingMessages = defineMessages(
  {
    'explain-centre-out':
      'Centre-out: {guests} people in order of precedence; the host at the centre seat, then alternately on the host’s right and left, outwards ({seats} seats).',
    'explain-banquet':
      'Banquet: tables by number, table 1 the head table; at each table, alternately on the table host’s right and left ({tables} tables, {guests} guests).',
    'explain-blocks-row-by-row':
      'Blocks: {size} seats per delegation ({orgSize} per organization), the head of delegation at the front seat; delegations row by row from the host’s right.',
    'explain-blocks-centre-out':
      'Blocks: {size} seats per delegation ({orgSize} per organization), the head of delegation at the front seat; delegations from the centre outwards.',
    'explain-order-lot':
      'Order: the host first, then UN alphabetical order from the country drawn by lot, whatever the rank of the head of delegation (the same order for the whole event).',
    'explain-order-precedence': 'Order: the order of precedence (the host first).',
    'explain-signing':
      'Signing order: the host signs first, then the delegations in order of precedence ({count} signatories); the signing table first, then the others in signing order.',
    'explain-no-seats': 'This hall has no seat this strategy can fill: nobody is seated by it here.',
    'explain-locked': '{count} locked {count|placement kept as it is|placements kept as they are}.',
    'explain-absent': '{count} {count|person|people} absent from this hall.',
    'explain-representative':
      '{delegation}: the head of delegation is absent; {person} represents the delegation, and that rank sets its place.',
    'explain-host-tables': 'Members of the host delegation host tables {first} to {last}.',
    'explain-gap': '{seat} left empty: {a} and {b} must not sit side by side.',
    'explain-unit-skipped': 'The block at {seat} is left empty: too small for {delegation}.',
    'explain-interpreter': '{seat}, behind {person}, kept free for the interpreter.',
    'explain-accessible': '{person}: accessible seat {seat}.',
    'unseated-no-seat': 'no seat left',
    'unseated-no-accessible': 'no accessible seat left',
    'unseated-no-room': 'no room left in the delegation’s block ({size} seats)',
    'problem-head-not-seated': '{delegation}: the head of delegation ({person}) has no seat in {hall}.',
    'problem-seat-double-booked': '{seat} is given to {count} people: {people}.',
    'problem-person-twice': '{person} has {count} seats in {hall}: {seats}.',
    'problem-inversion':
      'Precedence inversion: {lower} ({lowerDelegation}, no. {lowerPosition}) sits at {lowerSeat}, more honourable than {higherSeat}, the seat of {higher} ({higherDelegation}, no. {higherPosition}).',
    'problem-split': '{delegation} is split over {count} places in {hall}: {places}.',
    'problem-missing-flag': '{delegation} has no flag: its table flag and name plate cannot be printed.',
    'problem-missing-title': '{person} ({delegation}) has no title in {language}: the place card would be printed without one.',
    'problem-missing-honorific':
      '{person} ({delegation}) has no form of address in {language}: the gender is not specified, so none can be derived, and the place card would print the name alone. Set the gender, or type the form of address.',
    'problem-missing-state-name-vi':
      '{delegation} has no Vietnamese name of its own (it is the English name): a place card or name plate printed with “Vietnamese name too” would have no Vietnamese line. Correct the Vietnamese name on the Delegations screen.',
    'problem-blocked-seat': '{person} is seated at {seat}, which is blocked.',
    'problem-accessible': '{person} needs an accessible seat; {seat} is not one.',
    'problem-never-next-to': '{a} and {b} sit side by side ({seatA}, {seatB}), though they must not.',
    'problem-absent-seated': '{person} is marked absent from {hall} but is seated at {seat}.',
    'problem-wrong-hall': 'The placement of {person} at {seat} names another hall than the seat’s.',
    'problem-host-mismatch':
      '{delegation} is marked as host in the file, but the event’s host country is {iso3}: the host is the delegation of {iso3}, and {delegation} is ranked with the others.',
    'problem-host-missing': 'The event’s host country is {iso3}, but it has no delegation yet: nobody is pinned as host.',
    'problem-order':
      '{hall} is not seated in {order}: {delegation} (no. {position}) sits at {seat}, where the order puts {expected} (no. {expectedPosition}). Seat the hall again.',
    'order-lot': 'UN alphabetical order from the lot',
    'order-signing': 'the signing order',
    'order-precedence': 'the order of precedence',
    'problem-host-several': '{count} delegations are pinned as host: {delegations}.',
    'problem-settings-invalid': '{hall}: the seating settings are not valid: {issues}',
    'problem-rules-invalid': 'The precedence rules are not valid, so precedence could not be checked: {issues}',
    'error-seat-occupied': '{seat} is taken by {person}: swap them, or unseat that person first.',
    'error-seat-blocked': '{seat} is blocked: nobody can be seated there.',
    'error-no-seat': 'There is no seat {seat}.',
    'error-no-person': 'There is no person {person}.',
    'error-not-seated': '{person} has no seat in this hall.',
    'error-no-assignment': 'That placement no longer exists.',
    'error-plan-stale': 'The seating plan is out of date ({detail}): seat the hall again.',
    'error-unknown-hall': 'No hall is called “{hall}”. The halls: {halls}.',
    'seat-label': '{element}, seat {seat}',
    'table-n': 'Table {n}',
    'language-en': 'English',
    'language-vi': 'Vietnamese',
  },
  {
    'explain-centre-out':
      'Xếp từ giữa ra: {guests} người theo thứ tự lễ tân; chủ nhà ngồi ghế giữa, rồi lần lượt bên phải, bên trái chủ nhà, từ trong ra ngoài ({seats} ghế).',
    'explain-banquet':
      'Tiệc chiêu đãi: các bàn theo số, bàn 1 là bàn danh dự; tại mỗi bàn, khách ngồi lần lượt bên phải, bên trái chủ bàn ({tables} bàn, {guests} khách).',
    'explain-blocks-row-by-row':
      'Xếp theo khối: mỗi đoàn {size} ghế (tổ chức quốc tế {orgSize} ghế), Trưởng đoàn ngồi ghế hàng đầu; các đoàn xếp lần lượt từng hàng, bắt đầu từ bên phải chủ nhà.',
    'explain-blocks-centre-out':
      'Xếp theo khối: mỗi đoàn {size} ghế (tổ chức quốc tế {orgSize} ghế), Trưởng đoàn ngồi ghế hàng đầu; các đoàn xếp từ giữa ra hai bên.',
    'explain-order-lot':
      'Thứ tự: nước chủ nhà trước, sau đó theo thứ tự chữ cái của Liên hợp quốc tính từ nước bốc thăm, không phụ thuộc cấp bậc của Trưởng đoàn (cùng một thứ tự cho toàn bộ sự kiện).',
    'explain-order-precedence': 'Thứ tự: theo thứ tự lễ tân (nước chủ nhà trước).',
    'explain-signing':
      'Thứ tự ký: nước chủ nhà ký trước, sau đó các đoàn theo thứ tự lễ tân ({count} đoàn ký); xếp bàn ký trước, rồi các ghế khác theo thứ tự ký.',
    'explain-no-seats': 'Hội trường này không có ghế nào cách xếp này dùng được: không ai được xếp chỗ theo cách này.',
    'explain-locked': 'Giữ nguyên {count} chỗ đã khóa.',
    'explain-absent': '{count} người vắng mặt tại phòng này.',
    'explain-representative':
      '{delegation}: Trưởng đoàn vắng mặt; {person} thay mặt đoàn, và cấp bậc của người này quyết định vị trí của đoàn.',
    'explain-host-tables': 'Thành viên đoàn nước chủ nhà làm chủ bàn các bàn từ {first} đến {last}.',
    'explain-gap': 'Để trống {seat}: {a} và {b} không được ngồi cạnh nhau.',
    'explain-unit-skipped': 'Để trống khối ghế tại {seat}: không đủ chỗ cho {delegation}.',
    'explain-interpreter': 'Giữ trống {seat} phía sau {person} cho người phiên dịch.',
    'explain-accessible': '{person}: ghế dành cho người khuyết tật {seat}.',
    'unseated-no-seat': 'không còn ghế trống',
    'unseated-no-accessible': 'không còn ghế dành cho người khuyết tật',
    'unseated-no-room': 'khối ghế của đoàn đã hết chỗ ({size} ghế)',
    'problem-head-not-seated': '{delegation}: Trưởng đoàn ({person}) chưa được xếp chỗ tại {hall}.',
    'problem-seat-double-booked': '{seat} đang được xếp cho {count} người: {people}.',
    'problem-person-twice': '{person} được xếp {count} chỗ tại {hall}: {seats}.',
    'problem-inversion':
      'Đảo thứ tự lễ tân: {lower} ({lowerDelegation}, thứ {lowerPosition}) ngồi {lowerSeat}, trang trọng hơn {higherSeat} của {higher} ({higherDelegation}, thứ {higherPosition}).',
    'problem-split': '{delegation} bị xếp tách ra {count} nơi tại {hall}: {places}.',
    'problem-missing-flag': '{delegation} chưa có cờ: không in được cờ bàn và biển tên của đoàn.',
    'problem-missing-title': '{person} ({delegation}) chưa có chức danh bằng {language}: thẻ chỗ ngồi sẽ in thiếu chức danh.',
    'problem-missing-honorific':
      '{person} ({delegation}) chưa có danh xưng bằng {language}: chưa chọn giới tính nên không suy ra được, thẻ chỗ ngồi sẽ chỉ in tên. Hãy chọn giới tính hoặc nhập danh xưng.',
    'problem-missing-state-name-vi':
      '{delegation} chưa có tên tiếng Việt riêng (đang trùng tên tiếng Anh): thẻ chỗ ngồi hoặc biển tên in kèm tên tiếng Việt sẽ không có dòng tiếng Việt. Hãy sửa tên tiếng Việt ở màn hình Đoàn.',
    'problem-blocked-seat': '{person} được xếp vào {seat}, là ghế không được sử dụng.',
    'problem-accessible': '{person} cần ghế dành cho người khuyết tật; {seat} không phải ghế như vậy.',
    'problem-never-next-to': '{a} và {b} đang ngồi cạnh nhau ({seatA}, {seatB}) dù không được xếp cạnh nhau.',
    'problem-absent-seated': '{person} được ghi là vắng mặt tại {hall} nhưng vẫn được xếp {seat}.',
    'problem-wrong-hall': 'Chỗ của {person} tại {seat} ghi một phòng khác với phòng của ghế.',
    'problem-host-mismatch':
      '{delegation} được ghi là chủ nhà trong tệp, nhưng nước chủ nhà của sự kiện là {iso3}: đoàn chủ nhà là đoàn của {iso3}, còn {delegation} được xếp như các đoàn khác.',
    'problem-host-missing': 'Nước chủ nhà của sự kiện là {iso3}, nhưng nước này chưa có đoàn: chưa có đoàn nào được cố định là chủ nhà.',
    'problem-order':
      '{hall} chưa được xếp theo {order}: {delegation} (thứ {position}) ngồi {seat}, là chỗ mà thứ tự dành cho {expected} (thứ {expectedPosition}). Hãy xếp chỗ lại cho phòng.',
    'order-lot': 'thứ tự chữ cái của Liên hợp quốc tính từ nước bốc thăm',
    'order-signing': 'thứ tự ký',
    'order-precedence': 'thứ tự lễ tân',
    'problem-host-several': 'Có {count} đoàn được cố định là chủ nhà: {delegations}.',
    'problem-settings-invalid': '{hall}: thiết lập xếp chỗ không hợp lệ: {issues}',
    'problem-rules-invalid': 'Quy tắc thứ tự lễ tân không hợp lệ nên chưa kiểm tra được thứ tự lễ tân: {issues}',
    'error-seat-occupied': '{seat} đã có {person} ngồi: hãy đổi chỗ hai người, hoặc bỏ xếp chỗ người đó trước.',
    'error-seat-blocked': '{seat} là ghế không được sử dụng: không thể xếp ai vào đó.',
    'error-no-seat': 'Không có ghế {seat}.',
    'error-no-person': 'Không có người {person}.',
    'error-not-seated': '{person} chưa được xếp chỗ tại phòng này.',
    'error-no-assignment': 'Chỗ ngồi này không còn tồn tại.',
    'error-plan-stale': 'Phương án xếp chỗ đã cũ ({detail}): hãy xếp chỗ lại cho phòng.',
    'error-unknown-hall': 'Không có phòng nào tên “{hall}”. Các phòng: {halls}.',
    'seat-label': '{element}, ghế {seat}',
    'table-n': 'Bàn {n}',
    'language-en': 'tiếng Anh',
    'language-vi': 'tiếng Việt',
  },
);
export type SeatingMessageKey = keyof (typeof seatingMessages)['en'];

type Params = Readonly<Record<string, string | number>>;

/** A sentence of the engine in one language: `{x_en}` / `{x_vi}` parameters fill `{x}`. */
export function describeSeating(message: { key: SeatingMessageKey; params: Params }, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (name.endsWith('_en') || name.endsWith('_vi')) {
      if (name.endsWith(`_${lang}`)) params[name.slice(0, -3)] = value;
    } else params[name] = value;
  }
  return format(seatingMessages[lang][message.key], params);
}

/** A validation problem in one language. */
export const describeProblem = describeSeating;

/** "Head table, seat 3" / "Bàn danh dự, ghế 3": the seat's element and label, in one language. */
export function seatName(document: EventDocument, seatId: string, lang: Language): string {
  const seat = document.seats[seatId];
  if (!seat) return seatId;
  const element = document.elements[seat.elementId];
  const label = element ? pickLang(lang, { vi: element.labelVi, en: element.labelEn }).trim() : '';
  const name = label !== '' ? label : element?.number != null ? format(seatingMessages[lang]['table-n'], { n: element.number }) : '';
  return name === '' ? seat.label : format(seatingMessages[lang]['seat-label'], { element: name, seat: seat.label });
}

/** Both languages of a name, as `{name}_en` / `{name}_vi` parameters. */
export function both(name: string, en: string, vi: string): Record<string, string> {
  return { [`${name}_en`]: en, [`${name}_vi`]: vi };
}

export const seatParams = (document: EventDocument, name: string, seatId: string) =>
  both(name, seatName(document, seatId, 'en'), seatName(document, seatId, 'vi'));
