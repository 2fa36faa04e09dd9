import { isTimeZone } from '../../../shared/time';
import { rowProblem } from '../../../shared/document/commands';
import { COLLECTIONS, type CollectionName } from '../../../shared/model/collections';
import { NAME_FORBIDDEN_CHARACTERS } from '../../../shared/model/primitives';
import type { Translator } from '../i18n/format';

const DATE_FIELDS = new Set(['startsOn', 'endsOn', 'inOfficeSince', 'agreementDate', 'day']);
const DATE_TIME_FIELDS = new Set(['credentialsAt']);
/** Optional whole numbers typed as text, with their bounds (the entity schema's). */
const INTEGER_FIELDS: Record<string, { min: number; max: number }> = { precedenceOverride: { min: 1, max: 10_000 } };

/**
 * Checks a candidate row against its entity schema (rowProblem) and says what is wrong with
 * `field`, in the UI language. Returns null when the field is acceptable. A problem in another
 * field (a row already invalid on disk) is left to main, which refuses the whole row.
 */
export function fieldProblem(
  collection: CollectionName,
  candidate: Record<string, unknown>,
  field: string,
  i18n: Translator,
): string | null {
  let problem = rowProblem(collection, candidate);
  if (problem && problem.field !== field) {
    const shape = COLLECTIONS[collection].schema.shape as Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }>;
    const parsed = shape[field]?.safeParse(candidate[field]);
    problem = parsed && !parsed.success ? { field, message: parsed.error?.issues[0]?.message ?? '' } : null;
  }
  if (!problem) return null;
  return describe(field, candidate[field], problem.message, i18n);
}

function describe(field: string, value: unknown, zodMessage: string, { t, number }: Translator): string {
  const integer = INTEGER_FIELDS[field];
  if (integer) return t('badWholeNumber', { min: number(integer.min), max: number(integer.max) });
  if (typeof value === 'string') {
    if (value.trim() === '' && !DATE_FIELDS.has(field)) return t('blank');
    const max = /<=\s*(\d+)/.exec(zodMessage)?.[1];
    if (max && value.length > Number(max)) return t('tooLong', { max, length: value.length });
    if (NAME_FORBIDDEN_CHARACTERS.test(value)) return t('controlChars');
    if (DATE_FIELDS.has(field)) return t('badDate');
    if (DATE_TIME_FIELDS.has(field)) return t('badDateTime');
  }
  if (value === null && DATE_FIELDS.has(field)) return t('badDate');
  return t('invalidValue', { detail: zodMessage });
}

/** Whether a string names a time zone the app's one clock knows (IANA names; shared/time). */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) && zone !== 'UTC') return false;
  return isTimeZone(zone);
}

export function timeZoneNames(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Ho_Chi_Minh', 'UTC'];
  }
}
