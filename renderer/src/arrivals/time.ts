import type { DayClock } from '../../../shared/arrival';
import { ClockTime } from '../../../shared/model/primitives';

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

const UNITS = { en: ['min', 's'], vi: ['phút', 'giây'] } as const;

/** "+7 min", "−3 min", "+1 min 30 s" (vi: "+7 phút"): a shift as the diffs write it (a minus sign, not a hyphen). */
export function shiftText(deltaS: number, lang: 'vi' | 'en'): string {
  const [m, sec] = UNITS[lang];
  const sign = deltaS < 0 ? '−' : '+';
  const total = Math.round(Math.abs(deltaS));
  const min = Math.floor(total / 60);
  const s = total % 60;
  return s === 0 ? `${sign}${min} ${m}` : min === 0 ? `${sign}${s} ${sec}` : `${sign}${min} ${m} ${s} ${sec}`;
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
