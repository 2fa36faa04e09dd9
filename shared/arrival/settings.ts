import { z } from 'zod';
import type { Draft } from 'immer';
import type { EventDocument } from '../model/collections';
import { RankClass } from '../model/entities';
import { Iso3, Name } from '../model/primitives';

/** A wave member: a rank of the head of delegation, or every organization whatever its head's rank. */
export const WaveMember = z.union([RankClass, z.literal('organization')]);
export type WaveMember = z.infer<typeof WaveMember>;

/** A group arriving together (heads of state and government, then ministers, organizations...). */
export const Wave = z.strictObject({
  nameEn: Name,
  nameVi: Name,
  members: z.array(WaveMember).min(1).max(20),
});
export type Wave = z.infer<typeof Wave>;

/**
 * Who arrives, chosen as a group rather than by ranks: the states only (members and observers),
 * the organizations only, or the delegations of a list of codes (ISO3, or an organization's code).
 */
export const ParticipantGroup = z.union([
  z.strictObject({ kinds: z.enum(['states', 'organizations']) }),
  z.strictObject({ codes: z.array(z.string().regex(/^[A-Z0-9-]{2,16}$/)).min(1).max(300) }),
]);
export type ParticipantGroup = z.infer<typeof ParticipantGroup>;

export const ARRIVAL_KEY_PREFIX = 'arrival.';
export const arrivalKey = (sequenceId: string) => `${ARRIVAL_KEY_PREFIX}${sequenceId}`;

/**
 * What a sequence's row cannot hold, stored as the setting `arrival.<sequenceId>` (the rule,
 * start time, deadline, interval and minimum gap are the row's own fields).
 * - anchor: plan forward from the start time, or backward from the deadline (the opening at 09:00);
 * - waves: groups in arrival order; delegations in none arrive after the last wave;
 * - waveGapMin: extra time between two waves; endBufferMin: margin kept before the deadline;
 * - participants: who is in the sequence: 'all' (every delegation but the host), ranks of the
 *   head and 'organization', or a group (ParticipantGroup: states, organizations, codes); null (a sequence never generated here, like the sample's): the
 *   delegations already in it, or 'all' when it has none;
 * - lot: the country the 'lot' rule starts from (null: the lot of the precedence rules);
 * - skippedTime: a time typed that the clocks skip on a DST day (02:30 when they go from 02:00 to
 *   03:00): refused with the reason ('reject', the default: nothing is guessed), or moved forward
 *   by the gap ('forward': 03:30);
 * - repeatedTime: a time typed that happens twice (clocks going back): the first ('earlier', the
 *   default, as a wall time given alone has always been read) or the second ('later').
 */
export const ArrivalSettings = z.strictObject({
  anchor: z.enum(['start', 'end']).default('start'),
  waves: z.array(Wave).max(20).default([]),
  waveGapMin: z.number().min(0).max(240).default(0),
  endBufferMin: z.number().min(0).max(240).default(0),
  participants: z.union([z.literal('all'), z.array(WaveMember).min(1).max(20), ParticipantGroup]).nullable().default(null),
  lot: Iso3.nullable().default(null),
  skippedTime: z.enum(['reject', 'forward']).default('reject'),
  repeatedTime: z.enum(['earlier', 'later']).default('earlier'),
});
export type ArrivalSettings = z.infer<typeof ArrivalSettings>;
export type ArrivalSettingsInput = z.input<typeof ArrivalSettings>;

/** How a sequence's typed times are read on a DST day (shared/time resolveLocal's choice). */
export const timeChoice = (settings: Pick<ArrivalSettings, 'skippedTime' | 'repeatedTime'>) => ({ skipped: settings.skippedTime, repeated: settings.repeatedTime });

/** A stored setting that does not parse; validation reports it, planning refuses it. */
export class ArrivalSettingsError extends Error {
  constructor(
    readonly sequenceId: string,
    readonly issues: string[],
  ) {
    super(`The arrival settings of sequence ${sequenceId} are not valid: ${issues.join('; ')}`);
    this.name = 'ArrivalSettingsError';
  }
}

/** The sequence's stored settings, defaults filled in. Throws ArrivalSettingsError when invalid. */
export function readArrivalSettings(document: EventDocument | Draft<EventDocument>, sequenceId: string): ArrivalSettings {
  const key = arrivalKey(sequenceId);
  const row = Object.values(document.settings).find((s) => s.key === key);
  const parsed = ArrivalSettings.safeParse(row?.value ?? {});
  if (!parsed.success) throw new ArrivalSettingsError(sequenceId, parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`));
  return parsed.data;
}
