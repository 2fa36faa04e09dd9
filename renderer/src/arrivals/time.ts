import type { DayClock } from '../../../shared/arrival';
import { ClockTime } from '../../../shared/model/primitives';
import { defineMessages, translate, type Language, type Params } from '../../../shared/i18n/index';

/**
 * Times as the screen shows and reads them, on top of the engine's DayClock (seconds since the
 * sequence day's local midnight, in the event's zone): 24-hour, the same in both languages (a
 * run-of-show is read aloud as "08:42" in Hanoi and in New York alike).
 */

/** "08:42:30": HH:MM with seconds, for the inspector and diffs (an interval of 1.25 min is 75 s). */
export function clockWithSeconds(clock: DayClock, seconds: number): string {
  const s = Math.round(seconds);
  const label = clock.label(s);
  // Every zone in use is a whole number of minutes from UTC: the wall seconds are the elapsed ones'.
  const ss = String(((s % 60) + 60) % 60).padStart(2, '0');
  return `${label.slice(0, 5)}:${ss}${label.slice(5)}`;
}

/** The label, with seconds only when they are not :00. */
export const clockShort = (clock: DayClock, seconds: number): string => (Math.round(seconds) % 60 === 0 ? clock.label(seconds) : clockWithSeconds(clock, seconds));

/**
 * The time an officer typed, on the sequence's day: "8:42", "08:42", "08h42", "08.42" or
 * "08:42:30". Null when it is not a 24-hour time.
 */
export function readClock(text: string, clock: DayClock): number | null {
  const m = /^\s*([01]?\d|2[0-3])[:h.]([0-5]\d)(?::([0-5]\d))?\s*$/.exec(text);
  if (!m) return null;
  return clock.fromClock(`${m[1]!.padStart(2, '0')}:${m[2]}`) + Number(m[3] ?? 0);
}

const durations = defineMessages(
  {
    seconds: '{s} s',
    minutes: '{m} min',
    minutesSeconds: '{m} min {s} s',
    hours: '{h} h',
    hoursMinutes: '{h} h {m} min',
    days: '{d} {d|day|days}',
    dateTime: '{date}, {time}',
  },
  {
    seconds: '{s} giây',
    minutes: '{m} phút',
    minutesSeconds: '{m} phút {s} giây',
    hours: '{h} giờ',
    hoursMinutes: '{h} giờ {m} phút',
    days: '{d} ngày',
    dateTime: '{time}, {date}',
  },
);

/**
 * A length of time as said aloud, whole units counted down (never rounded up): seconds under a
 * minute ("45 s"), minutes and seconds under an hour ("3 min 20 s"), hours and minutes under a
 * day ("2 h 5 min"), days beyond ("408 days"). Vietnamese: "45 giây", "2 giờ 5 phút", "408 ngày".
 */
export function durationText(seconds: number, lang: Language): string {
  const total = Math.round(Math.abs(seconds));
  const say = (key: keyof typeof durations.en, params: Params) => translate(durations, lang, key, params);
  if (total < 60) return say('seconds', { s: total });
  if (total < 3600) {
    const m = Math.floor(total / 60);
    const s = total % 60;
    return s === 0 ? say('minutes', { m }) : say('minutesSeconds', { m, s });
  }
  if (total < 86_400) {
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    return m === 0 ? say('hours', { h }) : say('hoursMinutes', { h, m });
  }
  return say('days', { d: Math.floor(total / 86_400) });
}

/** "+7 min", "−3 min", "+1 min 30 s", "+2 h 5 min" (vi: "+7 phút"): a shift as the diffs write it (a minus sign, not a hyphen). */
export function shiftText(deltaS: number, lang: Language): string {
  return `${deltaS < 0 ? '−' : '+'}${durationText(deltaS, lang)}`;
}

/** "25 Oct 2025" / "25/10/2025", as each language writes a date. */
const DATE_STYLE: Record<Language, { locale: string; options: Intl.DateTimeFormatOptions }> = {
  en: { locale: 'en-GB', options: { day: 'numeric', month: 'short', year: 'numeric' } },
  vi: { locale: 'vi-VN', options: { day: '2-digit', month: '2-digit', year: 'numeric' } },
};

// Intl formats in the event's IANA zone; one formatter per zone and language (they are slow to build).
const formats = new Map<string, { day: Intl.DateTimeFormat; date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsOf(zone: string, lang: Language) {
  const key = `${zone}|${lang}`;
  let f = formats.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      date: new Intl.DateTimeFormat(DATE_STYLE[lang].locale, { timeZone: zone, ...DATE_STYLE[lang].options }),
      // 24-hour with seconds, the same in both languages (a run-of-show is read as "08:42:30").
      time: new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }),
    };
    formats.set(key, f);
  }
  return f;
}

/** The calendar day ("2025-10-25") of an instant in a zone. */
export function dayIn(zone: string, at: Date): string {
  const parts = formatsOf(zone, 'en').day.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * An instant on the event's clock, to the second, with its date when it falls on another day
 * than `day` (both in the event's zone; `day` "YYYY-MM-DD"): "10:21:37", or
 * "25 Oct 2025, 10:21:37" / "10:21:37, 25/10/2025".
 */
export function liveTimeText(at: Date, zone: string, lang: Language, day: string): string {
  const f = formatsOf(zone, lang);
  const time = f.time.format(at);
  return dayIn(zone, at) === day ? time : translate(durations, lang, 'dateTime', { date: f.date.format(at), time });
}

/** "Indochina Time (Asia/Ho_Chi_Minh)" / "Giờ Đông Dương (Asia/Ho_Chi_Minh)": the zone live mode follows. */
export function zoneLabel(zone: string, lang: 'vi' | 'en', at: Date): string {
  const name = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: zone, timeZoneName: 'long' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name && name !== zone ? `${name} (${zone})` : zone;
}

/** Minutes as typed in either language ("1.25" or "1,25"); null when not a number from 0 to 240. */
export function readMinutes(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n <= 240 ? n : null;
}

/** Whole minutes late, 1 to 240; null otherwise. */
export function readLate(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 240 ? n : null;
}

/** A sequence's start or deadline as typed: "HH:MM" (08:30 or 8:30), null when empty, undefined when not a time. */
export function readTime(text: string): string | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const hhmm = /^\d:\d\d$/.test(t) ? `0${t}` : t;
  return ClockTime.safeParse(hhmm).success ? hhmm : undefined;
}
