import type { SequenceStep } from '../model/entities';
import { defineMessages, format, type Language, type Params } from '../i18n/index';
import { decimalText } from '../i18n/number';

/**
 * Every sentence of the arrival engine, in both languages: the plan's explanation, conflicts,
 * command refusals, the rehearsal's cues and the run-of-show's columns. Parameters ending in
 * `_en` / `_vi` (names of delegations, sequences, venue points) are given in both languages
 * and the reader's is used, as in shared/seating. Vietnamese follows the protocol department's
 * words: lễ đón, đoàn xe, điểm xuống xe, thảm đỏ, liên lạc viên, phòng chờ.
 */
export const arrivalMessages = defineMessages(
  {
    'explain-rule-reverse-precedence':
      'Order: reverse precedence, the highest-ranking delegation arriving last ({count} delegations).',
    'explain-rule-precedence': 'Order: precedence, the highest-ranking delegation arriving first ({count} delegations).',
    'explain-rule-alphabetical': 'Order: alphabetical, by UN short name in English ({count} delegations).',
    'explain-rule-lot': 'Order: UN alphabetical from {lot}, the country drawn by lot, wrapping around ({count} delegations).',
    'explain-rule-lot-unknown':
      'Order: UN alphabetical from A: the country drawn by lot ({lot}) does not attend and its name is not known here ({count} delegations).',
    'explain-participants-all': 'Arriving: every delegation but the host.',
    'explain-participants': 'Arriving: delegations led by {ranks}.',
    'explain-participants-kept': 'Arriving: the {count} delegations already in the sequence.',
    'explain-participants-states': 'Arriving: the states only, member and observer ({count} {count|delegation|delegations}).',
    'explain-participants-organizations': 'Arriving: the organizations only ({count} {count|delegation|delegations}).',
    'explain-participants-codes': 'Arriving: the delegations of {codes} ({count} {count|delegation|delegations}).',
    'explain-start': 'First arrival at {start}, one every {interval} min; the last guest reaches the holding room at {end}.',
    'explain-end':
      'Planned back from {deadline}: first arrival at {start}, one every {interval} min; the last guest reaches the holding room at {end}.',
    'explain-spacing-gap': 'Arrivals {spacing} min apart, not {interval}: the minimum gap at the drop-off is {spacing} min.',
    'explain-spacing-greeting': 'Arrivals {spacing} min apart, not {interval}: one greeting must end before the next begins.',
    'explain-wave': 'Wave {n}, {wave}: {count} {count|delegation|delegations}.',
    'explain-unwaved': '{count} {count|delegation in no wave arrives|delegations in no wave arrive} after the last wave.',
    'explain-wave-gap': '{gap} min between two waves.',
    'explain-end-buffer': 'A margin of {buffer} min is kept before the deadline.',
    'explain-impossible':
      'The deadline cannot be met: the last guest reaches the holding room at {end}, {over} min after {deadline}. An interval of at most {max} min between arrivals would fit.',
    'explain-impossible-no-fit':
      'The deadline cannot be met: the last guest reaches the holding room at {end}, {over} min after {deadline}. No interval fits: start earlier, or move delegations to another sequence.',
    'explain-impossible-start':
      'To end by {deadline}, the first arrival would be at {start}, {over} min before the start time {startTime}. An interval of at most {max} min between arrivals would fit.',
    'explain-impossible-start-no-fit':
      'To end by {deadline}, the first arrival would be at {start}, {over} min before the start time {startTime}. No interval fits between {startTime} and {deadline}.',
    'explain-delay-ripple':
      '{delegation} is {minutes} min late: its arrival moves to {time}, and the {count} {count|delegation after it shifts|delegations after it shift} by as much.',
    'explain-delay-reslot': '{delegation} is {minutes} min late: moved to the next free gap, {time}; nobody else moves.',
    'explain-delay-early': '{delegation} is {minutes} min early: its arrival moves to {time}; nobody else moves.',
    'explain-actual': '{delegation} arrived at {time} (planned {planned}).',
    'explain-arrived-kept': '{count} {count|delegation already arrived keeps its time|delegations already arrived keep their times}.',
    'conflict-min-gap':
      '{a} ({timeA}) and {b} ({timeB}) arrive at {point} {gap} min apart; the minimum gap is {min} min.',
    'conflict-greeter-overlap': '{greeter} would be greeting {a} ({timeA}) and {b} ({timeB}) at the same time.',
    'conflict-greeter-two-places':
      '{greeter} is expected at {pointA} ({sequenceA}: {a}, {timeA}) and at {pointB} ({sequenceB}: {b}, {timeB}) at the same time.',
    'conflict-no-slot': '{delegation} has no slot in {sequence}.',
    'conflict-deadline': '{sequence} ends at {end}, {over} min after its deadline {deadline}.',
    'conflict-liaison-double-booked':
      'Liaison officer {officer} is booked with {a} ({sequenceA}, {spanA}) and with {b} ({sequenceB}, {spanB}) at overlapping times.',
    'conflict-missing-times': '{delegation} has no planned time for the step “{step}” in {sequence}.',
    'conflict-settings-invalid': '{sequence}: the arrival settings are not valid: {issues}',
    'error-unknown-sequence': 'No arrival sequence is called “{sequence}”. The sequences: {sequences}.',
    'error-no-sequences': 'No arrival sequence is called “{sequence}”: the event has no arrival sequence.',
    'error-no-steps': '{sequence} has no steps: add the step template (motorcade arrival, walk, greeting...) first.',
    'error-no-start': '{sequence} has no start time: give one, or an end time to plan back from.',
    'error-no-deadline': '{sequence} has no end time to plan back from.',
    'error-no-lot': 'The order by lot needs the country drawn by lot: draw it in the precedence rules first.',
    'error-no-slot': 'That arrival slot no longer exists.',
    'error-delegation-no-slot': '{delegation} has no slot in {sequence}.',
    'error-no-step': 'There is no such step in this sequence.',
    'error-bad-time': '“{time}” is not a time (HH:MM or an ISO date-time).',
    'error-bad-field': 'The slot’s {field} is not valid: {message}',
    'error-plan-stale': 'The arrival plan is out of date ({detail}): plan again.',
    'error-settings-invalid': '{sequence}: the arrival settings are not valid: {issues}',
    'error-time-skipped':
      '{sequence}: {time} does not exist on {date} in {zone}: the clocks go forward from {from} to {to}. Choose another time, or “Move forward by the gap” in the set-up.',
    'cue-drive-in': '{time} — {delegation}: motorcade at {point}',
    'cue-walk': '{time} — {delegation}: walk on the red carpet from {point}',
    'cue-greeting': '{time} — {greeter} greets {delegation} at {point}',
    'cue-greeting-nobody': '{time} — {delegation}: greeting at {point}',
    'cue-photo': '{time} — {delegation}: photo at {point}',
    'cue-escort': '{time} — {delegation}: escorted to {point}',
    'cue-car': 'car {car}',
    'cue-liaison': 'liaison officer {officer}',
    'step-drive-in': 'Motorcade arrival',
    'step-walk': 'Walk',
    'step-greeting': 'Greeting',
    'step-photo': 'Photo',
    'step-escort': 'Escort',
    'col-order': 'No.',
    'col-arrival': 'Arrival',
    'col-delegation': 'Delegation',
    'col-head': 'Head of delegation',
    'col-wave': 'Wave',
    'col-entrance': 'Entrance',
    'col-car': 'Car',
    'col-liaison': 'Liaison officer',
    'col-escort': 'Escort',
    'col-greeter': 'Greeter',
    'col-notes': 'Notes',
    'col-step': '{step} ({point})',
    'col-actual': 'Actual: {step}',
    'sheet-name': 'Arrivals',
  },
  {
    'explain-rule-reverse-precedence':
      'Thứ tự: ngược thứ tự lễ tân, đoàn có cấp cao nhất đến sau cùng ({count} đoàn).',
    'explain-rule-precedence': 'Thứ tự: theo thứ tự lễ tân, đoàn có cấp cao nhất đến trước ({count} đoàn).',
    'explain-rule-alphabetical': 'Thứ tự: theo thứ tự chữ cái của tên gọi ngắn tiếng Anh của Liên hợp quốc ({count} đoàn).',
    'explain-rule-lot': 'Thứ tự: theo thứ tự chữ cái của Liên hợp quốc tính từ nước bốc thăm {lot}, hết danh sách thì quay lại từ đầu ({count} đoàn).',
    'explain-rule-lot-unknown':
      'Thứ tự: theo thứ tự chữ cái của Liên hợp quốc từ chữ A: nước bốc thăm ({lot}) không tham dự và chưa rõ tên gọi ({count} đoàn).',
    'explain-participants-all': 'Các đoàn đến: tất cả các đoàn, trừ nước chủ nhà.',
    'explain-participants': 'Các đoàn đến: các đoàn do {ranks} dẫn đầu.',
    'explain-participants-kept': 'Các đoàn đến: {count} đoàn đã có trong lễ đón.',
    'explain-participants-states': 'Các đoàn đến: chỉ các quốc gia, thành viên và quan sát viên ({count} đoàn).',
    'explain-participants-organizations': 'Các đoàn đến: chỉ các tổ chức quốc tế ({count} đoàn).',
    'explain-participants-codes': 'Các đoàn đến: các đoàn {codes} ({count} đoàn).',
    'explain-start': 'Đoàn đầu tiên đến lúc {start}, cách nhau {interval} phút; khách cuối cùng vào phòng chờ lúc {end}.',
    'explain-end':
      'Tính ngược từ {deadline}: đoàn đầu tiên đến lúc {start}, cách nhau {interval} phút; khách cuối cùng vào phòng chờ lúc {end}.',
    'explain-spacing-gap': 'Các đoàn đến cách nhau {spacing} phút thay vì {interval}: khoảng cách tối thiểu tại điểm xuống xe là {spacing} phút.',
    'explain-spacing-greeting': 'Các đoàn đến cách nhau {spacing} phút thay vì {interval}: lượt đón trước phải xong trước khi lượt đón sau bắt đầu.',
    'explain-wave': 'Đợt {n}, {wave}: {count} đoàn.',
    'explain-unwaved': '{count} đoàn không thuộc đợt nào đến sau đợt cuối cùng.',
    'explain-wave-gap': 'Giữa hai đợt cách nhau {gap} phút.',
    'explain-end-buffer': 'Dành {buffer} phút dự phòng trước giờ kết thúc.',
    'explain-impossible':
      'Không thể kết thúc đúng giờ: khách cuối cùng vào phòng chờ lúc {end}, chậm {over} phút so với {deadline}. Khoảng cách giữa các đoàn tối đa {max} phút thì kịp.',
    'explain-impossible-no-fit':
      'Không thể kết thúc đúng giờ: khách cuối cùng vào phòng chờ lúc {end}, chậm {over} phút so với {deadline}. Không có khoảng cách nào phù hợp: cần bắt đầu sớm hơn hoặc chuyển bớt đoàn sang lễ đón khác.',
    'explain-impossible-start':
      'Để kết thúc lúc {deadline}, đoàn đầu tiên phải đến lúc {start}, sớm {over} phút so với giờ bắt đầu {startTime}. Khoảng cách giữa các đoàn tối đa {max} phút thì kịp.',
    'explain-impossible-start-no-fit':
      'Để kết thúc lúc {deadline}, đoàn đầu tiên phải đến lúc {start}, sớm {over} phút so với giờ bắt đầu {startTime}. Không có khoảng cách nào phù hợp trong khoảng từ {startTime} đến {deadline}.',
    'explain-delay-ripple':
      'Đoàn {delegation} đến muộn {minutes} phút: giờ đến chuyển sang {time}, {count} đoàn sau lùi lại bấy nhiêu phút.',
    'explain-delay-reslot': 'Đoàn {delegation} đến muộn {minutes} phút: chuyển vào khoảng trống kế tiếp, lúc {time}; các đoàn khác giữ nguyên.',
    'explain-delay-early': 'Đoàn {delegation} đến sớm {minutes} phút: giờ đến chuyển sang {time}; các đoàn khác giữ nguyên.',
    'explain-actual': 'Đoàn {delegation} đã đến lúc {time} (dự kiến {planned}).',
    'explain-arrived-kept': '{count} đoàn đã đến giữ nguyên giờ.',
    'conflict-min-gap':
      'Đoàn {a} ({timeA}) và đoàn {b} ({timeB}) đến {point} cách nhau {gap} phút; khoảng cách tối thiểu là {min} phút.',
    'conflict-greeter-overlap': '{greeter} phải đón đoàn {a} ({timeA}) và đoàn {b} ({timeB}) cùng một lúc.',
    'conflict-greeter-two-places':
      '{greeter} cùng lúc phải có mặt tại {pointA} ({sequenceA}: đoàn {a}, {timeA}) và tại {pointB} ({sequenceB}: đoàn {b}, {timeB}).',
    'conflict-no-slot': 'Đoàn {delegation} chưa có lượt trong {sequence}.',
    'conflict-deadline': '{sequence} kết thúc lúc {end}, chậm {over} phút so với giờ kết thúc {deadline}.',
    'conflict-liaison-double-booked':
      'Liên lạc viên {officer} được phân công cho đoàn {a} ({sequenceA}, {spanA}) và đoàn {b} ({sequenceB}, {spanB}) trùng thời gian.',
    'conflict-missing-times': 'Đoàn {delegation} chưa có giờ dự kiến cho bước “{step}” trong {sequence}.',
    'conflict-settings-invalid': '{sequence}: thiết lập lễ đón không hợp lệ: {issues}',
    'error-unknown-sequence': 'Không có lễ đón nào tên “{sequence}”. Các lễ đón: {sequences}.',
    'error-no-sequences': 'Không có lễ đón nào tên “{sequence}”: sự kiện chưa có lễ đón nào.',
    'error-no-steps': '{sequence} chưa có bước nào: hãy thêm kịch bản các bước (đoàn xe đến, đi bộ, chào đón...) trước.',
    'error-no-start': '{sequence} chưa có giờ bắt đầu: hãy nhập giờ bắt đầu, hoặc giờ kết thúc để tính ngược.',
    'error-no-deadline': '{sequence} chưa có giờ kết thúc để tính ngược.',
    'error-no-lot': 'Xếp theo bốc thăm cần có nước được bốc thăm: hãy bốc thăm trong quy tắc thứ tự lễ tân trước.',
    'error-no-slot': 'Lượt đón này không còn tồn tại.',
    'error-delegation-no-slot': 'Đoàn {delegation} chưa có lượt trong {sequence}.',
    'error-no-step': 'Lễ đón này không có bước đó.',
    'error-bad-time': '“{time}” không phải là giờ hợp lệ (HH:MM hoặc ngày giờ ISO).',
    'error-bad-field': 'Trường {field} của lượt đón không hợp lệ: {message}',
    'error-plan-stale': 'Kế hoạch lễ đón đã cũ ({detail}): hãy lập lại.',
    'error-settings-invalid': '{sequence}: thiết lập lễ đón không hợp lệ: {issues}',
    'error-time-skipped':
      '{sequence}: giờ {time} không tồn tại ngày {date} theo múi giờ {zone}: đồng hồ nhảy từ {from} lên {to}. Hãy chọn giờ khác, hoặc chọn “Dời lên sau khoảng nhảy giờ” trong phần thiết lập.',
    'cue-drive-in': '{time} — Đoàn xe {delegation} đến {point}',
    'cue-walk': '{time} — Đoàn {delegation}: đi bộ trên thảm đỏ từ {point}',
    'cue-greeting': '{time} — {greeter} đón Đoàn {delegation} tại {point}',
    'cue-greeting-nobody': '{time} — Đoàn {delegation}: chào đón tại {point}',
    'cue-photo': '{time} — Đoàn {delegation}: chụp ảnh tại {point}',
    'cue-escort': '{time} — Đoàn {delegation}: được đưa đến {point}',
    'cue-car': 'xe số {car}',
    'cue-liaison': 'liên lạc viên {officer}',
    'step-drive-in': 'Đoàn xe đến',
    'step-walk': 'Đi bộ',
    'step-greeting': 'Chào đón',
    'step-photo': 'Chụp ảnh',
    'step-escort': 'Đưa vào phòng chờ',
    'col-order': 'STT',
    'col-arrival': 'Giờ đến',
    'col-delegation': 'Đoàn',
    'col-head': 'Trưởng đoàn',
    'col-wave': 'Đợt',
    'col-entrance': 'Cổng vào',
    'col-car': 'Xe số',
    'col-liaison': 'Liên lạc viên',
    'col-escort': 'Dẫn đoàn',
    'col-greeter': 'Người đón',
    'col-notes': 'Ghi chú',
    'col-step': '{step} ({point})',
    'col-actual': 'Thực tế: {step}',
    'sheet-name': 'Lễ đón',
  },
);
export type ArrivalMessageKey = keyof (typeof arrivalMessages)['en'];

/** A sentence in one language: `{x_en}` / `{x_vi}` parameters fill `{x}`. */
export function describeArrival(message: { key: ArrivalMessageKey; params: Readonly<Params> }, lang: Language): string {
  const params: Params = {};
  for (const [name, raw] of Object.entries(message.params)) {
    // Numbers in the reader's way: 1.25 in English, 1,25 in Vietnamese.
    const value = typeof raw === 'number' ? decimalText(raw, lang) : raw;
    if (name.endsWith('_en') || name.endsWith('_vi')) {
      if (name.endsWith(`_${lang}`)) params[name.slice(0, -3)] = value;
    } else params[name] = value;
  }
  return format(arrivalMessages[lang][message.key], params);
}

/** A conflict, in one language. */
export const describeConflict = describeArrival;

/** The name of a step kind ("Greeting" / "Chào đón"). */
export function stepLabel(kind: SequenceStep['kind'], lang: Language): string {
  return arrivalMessages[lang][`step-${kind}`];
}

/** Both languages of a name, as `{name}_en` / `{name}_vi` parameters. */
export function both(name: string, en: string, vi: string): Record<string, string> {
  return { [`${name}_en`]: en, [`${name}_vi`]: vi };
}

/** Minutes for a sentence, to the hundredth (a number: describeArrival writes it the reader's way). */
export function minutesText(seconds: number): number {
  return Math.round((seconds / 60) * 100) / 100;
}
