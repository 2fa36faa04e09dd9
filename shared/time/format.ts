import { defineMessages, translate, type Language, type Params } from '../i18n/index';
import { DAY_S, dateOf, offsetAt, wallOf, type SkippedTime } from './zone';
import { localeOf } from '../i18n/number';

/**
 * Times as the officer reads them, from instants in the event's zone (zone.ts does the zone
 * arithmetic; Intl only names things): 24-hour in both languages (a run-of-show is read aloud
 * as "08:42" in Hanoi and in New York alike), dates as each language writes them.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const messages = defineMessages(
  {
    seconds: '{s} s',
    minutes: '{m} min',
    minutesSeconds: '{m} min {s} s',
    hours: '{h} h',
    hoursMinutes: '{h} h {m} min',
    days: '{d} {d|day|days}',
    dateTime: '{date}, {time}',
    isoDate: '{y}-{mo}-{d}',
    skipped: '{time} does not exist on {date} in {zone}: the clocks go forward from {from} to {to}. Type a time outside that gap, or choose “Move forward by the gap” for times that do not exist.',
  },
  {
    seconds: '{s} giây',
    minutes: '{m} phút',
    minutesSeconds: '{m} phút {s} giây',
    hours: '{h} giờ',
    hoursMinutes: '{h} giờ {m} phút',
    days: '{d} ngày',
    dateTime: '{time}, {date}',
    isoDate: '{d}/{mo}/{y}',
    skipped: 'Giờ {time} không tồn tại ngày {date} theo múi giờ {zone}: đồng hồ nhảy từ {from} lên {to}. Hãy nhập giờ ngoài khoảng đó, hoặc chọn “Dời lên sau khoảng nhảy giờ” cho giờ không tồn tại.',
  },
);

/**
 * "08:42" of an instant in a zone ("08:42:30" with `seconds`, or with 'auto' when they are not
 * :00), followed by " (+1)" / " (−1)" when it falls on another local day than day number
 * `dayNo` (dayNumber; omitted: never). One offset lookup: every label of a plan comes here.
 */
export function labelAt(zone: string, epochS: number, seconds: boolean | 'auto' = false, dayNo?: number): string {
  const at = Math.round(epochS);
  const local = at + offsetAt(zone, at);
  const inDay = ((local % DAY_S) + DAY_S) % DAY_S;
  const s = inDay % 60;
  const hhmm = `${pad(Math.floor(inDay / 3600))}:${pad(Math.floor((inDay % 3600) / 60))}`;
  const text = seconds === true || (seconds === 'auto' && s !== 0) ? `${hhmm}:${pad(s)}` : hhmm;
  const days = dayNo === undefined ? 0 : Math.floor(local / DAY_S) - dayNo;
  return days === 0 ? text : `${text} (${days > 0 ? '+' : '−'}${Math.abs(days)})`;
}

/** "08:42", or "08:42:30" with `seconds` (with 'auto' when they are not :00). */
export const clockText = (zone: string, epochS: number, seconds: boolean | 'auto' = false): string => labelAt(zone, epochS, seconds);

/** "25 Oct 2025" / "25/10/2025", as each language writes a date. */
const DATE_STYLE: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
};

/** A calendar date ("2025-10-25") as the language writes it: "25 Oct 2025" / "25/10/2025". */
export function dateText(date: string, lang: Language): string {
  return DATE_STYLE[lang].format(new Date(`${date}T00:00:00Z`));
}

/**
 * An instant on the event's clock, to the second, with its date when it falls on another day
 * than `day` (both in the event's zone): "10:21:37", or "25 Oct 2025, 10:21:37" / "10:21:37, 25/10/2025".
 */
export function liveText(zone: string, epochS: number, lang: Language, day: string): string {
  const time = clockText(zone, epochS, true);
  const date = dateOf(wallOf(zone, Math.round(epochS)));
  return date === day ? time : translate(messages, lang, 'dateTime', { date: dateText(date, lang), time });
}

/** "Indochina Time (Asia/Ho_Chi_Minh)" / "Giờ Đông Dương (Asia/Ho_Chi_Minh)": the zone by its name at an instant. */
export function zoneName(zone: string, lang: Language, epochS: number): string {
  const name = new Intl.DateTimeFormat(localeOf(lang), { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date(epochS * 1000))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && name !== zone ? `${name} (${zone})` : zone;
}

/** Why a typed time has no instant, in the officer's language. */
export function skippedText(skipped: SkippedTime, lang: Language): string {
  const { time, from, to, zone } = skipped;
  return translate(messages, lang, 'skipped', { time, from, to, zone, date: dateText(skipped.date, lang) });
}

/**
 * A length of time as said aloud, whole units counted down (never rounded up): seconds under a
 * minute ("45 s"), minutes and seconds under an hour ("3 min 20 s"), hours and minutes under a
 * day ("2 h 5 min"), days beyond ("408 days"). Vietnamese: "45 giây", "2 giờ 5 phút", "408 ngày".
 */
export function durationText(seconds: number, lang: Language): string {
  const total = Math.round(Math.abs(seconds));
  const say = (key: keyof typeof messages.en, params: Params) => translate(messages, lang, key, params);
  if (total < 60) return say('seconds', { s: total });
  if (total < 3600) {
    const m = Math.floor(total / 60);
    const s = total % 60;
    return s === 0 ? say('minutes', { m }) : say('minutesSeconds', { m, s });
  }
  if (total < DAY_S) {
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    return m === 0 ? say('hours', { h }) : say('hoursMinutes', { h, m });
  }
  return say('days', { d: Math.floor(total / DAY_S) });
}

/** "+7 min", "−3 min", "+1 min 30 s" (vi: "+7 phút"): a shift as the diffs write it (a minus sign, not a hyphen). */
export function shiftText(deltaS: number, lang: Language): string {
  return `${deltaS < 0 ? '−' : '+'}${durationText(deltaS, lang)}`;
}

/** 2019-04-01 in English, 01/04/2019 in Vietnamese; a date-time keeps its wall time ("10:30"). */
export function isoDateText(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, time] = m;
  const day = translate(messages, lang, 'isoDate', { y: y!, mo: mo!, d: d! });
  return time ? `${day} ${time}` : day;
}
