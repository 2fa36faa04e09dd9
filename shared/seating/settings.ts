import { z } from 'zod';
import type { EventDocument } from '../model/collections';
import { HallKind, type Hall, type Setting } from '../model/entities';
import { Id, type Json } from '../model/primitives';
import type { IdFactory } from '../ids';
import type { Language } from '../i18n/index';
import { describeSeating } from './messages';

/**
 * The seating settings of one hall, stored as one event setting under `seating.<hallId>` (the
 * Setting key pattern allows it). Every field but `strategy` has a default, so a value written by
 * an older version (fewer fields) still reads; an unknown field or a wrong value is refused.
 * Attendance is per hall: who attends the banquet may differ from who attends the plenary.
 */
export const SEATING_KEY_PREFIX = 'seating.';
export const seatingKey = (hallId: string) => `${SEATING_KEY_PREFIX}${hallId}`;

/**
 * - centre-out: the host at the centre seat, no. 1 on the host's right, no. 2 on the host's
 *   left, outwards (head table, a row, a stage); several rows front first.
 * - banquet: tables by number (1 = head table), within a table alternately right and left of
 *   the table host.
 * - blocks: N seats per delegation (a desk, or a run of a row), head of delegation at the front
 *   seat, delegations in precedence order centre-out or row by row.
 * - signing: the signing table first (host at chair 1), then the others in signing order (host
 *   first, then precedence), centre-out row by row; also gives the signing list.
 */
export const StrategyKind = z.enum(['centre-out', 'banquet', 'blocks', 'signing']);
export type StrategyKind = z.infer<typeof StrategyKind>;

/**
 * Who is seated in a hall, chosen where the officer seats it (and stored in the hall's seating
 * settings, so the CLI's `seat` does the same):
 * - heads: the heads of delegation (or whoever represents them in this hall) only;
 * - heads-plus: each head and up to `membersPerDelegation` members of the delegation, in the
 *   delegation's own order;
 * - delegations: every member.
 */
export const WhoSits = z.enum(['heads', 'heads-plus', 'delegations']);
export type WhoSits = z.infer<typeof WhoSits>;

const seatCount = z.number().int().min(1).max(50);

export const SeatingSettings = z.strictObject({
  strategy: StrategyKind,
  /**
   * The strategy is the hall type's default (defaultStrategy) and follows the type when it is
   * changed; false once the officer picks one. A hall without stored settings reads as true.
   */
  strategyFromKind: z.boolean().default(false),
  /** Who is seated (who.ts); null: the strategy's default (whoOf). */
  who: WhoSits.nullable().default(null),
  /** heads-plus: members seated with each head of delegation. */
  membersPerDelegation: z.number().int().min(1).max(50).default(1),
  /** Blocks: seats per state delegation. UN General Assembly: 6 (3 at the desk, 3 behind). */
  seatsPerDelegation: seatCount.default(6),
  /** Blocks: seats per organization. UNCTAD: 1 + 2 = 3. */
  seatsPerOrganization: seatCount.default(3),
  /**
   * The order delegations are seated in: `precedence` (rank of the head of delegation, then the
   * event's tie-break) or `lot` (UN alphabetical order from the lot whatever the rank, the same
   * for the whole event: docs/protocol.md, conferences); the host and co-chairs first either way.
   * null: the strategy's default (blocks: lot; the others: precedence).
   */
  orderBy: z.enum(['precedence', 'lot']).nullable().default(null),
  /** Blocks: delegations from the centre outwards, or row by row from the host's right. */
  blocksOrder: z.enum(['centre-out', 'row-by-row']).default('row-by-row'),
  /** Banquet: the host delegation's members host tables 2, 3... (take their table host seats). */
  hostMembersHostTables: z.boolean().default(true),
  /** Signing: organizations sign too (by default only states and observer states). */
  organizationsSign: z.boolean().default(false),
  /** The elements the strategy fills, in the hall; null: the strategy's default elements. */
  elementIds: z.array(Id).max(10_000).nullable().default(null),
  /**
   * Seat a delegation's people together, and warn when they sit at more than one element;
   * null: the strategy's default (keepTogetherOf: yes but at a banquet).
   */
  keepTogether: z.boolean().nullable().default(null),
  /** Keep the seat behind a head of delegation who needs an interpreter free for the interpreter. */
  interpreterBehind: z.boolean().default(false),
  /** Pairs of delegations that must not sit side by side. */
  neverNextTo: z.array(z.tuple([Id, Id])).max(1000).default([]),
  /** Absent from this hall: people, or whole delegations. */
  absentPersonIds: z.array(Id).max(100_000).default([]),
  absentDelegationIds: z.array(Id).max(10_000).default([]),
});
export type SeatingSettings = z.infer<typeof SeatingSettings>;
/** What a caller may write: the strategy and any options that differ from the defaults. */
export type SeatingSettingsInput = z.input<typeof SeatingSettings>;

/** The order a hall's delegations are seated in, by its settings or its strategy's default. */
export function orderOf(settings: SeatingSettings): 'precedence' | 'lot' {
  return settings.orderBy ?? (settings.strategy === 'blocks' ? 'lot' : 'precedence');
}

/** The strategy a hall gets when its officer has chosen none. */
export function defaultStrategy(kind: z.infer<typeof HallKind>): StrategyKind {
  switch (kind) {
    case 'plenary':
      return 'blocks';
    case 'banquet':
      return 'banquet';
    case 'signing':
      return 'signing';
    default:
      return 'centre-out';
  }
}

/** The seating settings stored for a hall (or given for it) are not valid. */
export class SeatingSettingsError extends Error {
  constructor(
    readonly hallId: string,
    readonly issues: readonly string[],
  ) {
    super(describeSeating({ key: 'problem-settings-invalid', params: { hall_en: hallId, issues: issues.join('; ') } }, 'en'));
    this.name = 'SeatingSettingsError';
  }

  /** The message in one language, the hall named when the caller has it. */
  messageIn(lang: Language, hall?: Pick<Hall, 'nameEn' | 'nameVi'>): string {
    const params = { hall_en: hall?.nameEn ?? this.hallId, hall_vi: hall?.nameVi ?? this.hallId, issues: this.issues.join('; ') };
    return describeSeating({ key: 'problem-settings-invalid', params }, lang);
  }
}

function parseOrThrow(hallId: string, value: unknown): SeatingSettings {
  const parsed = SeatingSettings.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new SeatingSettingsError(
    hallId,
    parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(value)'}: ${i.message}`),
  );
}

function storedSetting(document: EventDocument, hallId: string): Setting | null {
  const key = seatingKey(hallId);
  const found = Object.values(document.settings).filter((s) => s.key === key);
  if (found.length > 1) throw new SeatingSettingsError(hallId, [`the setting is stored ${found.length} times`]);
  return found[0] ?? null;
}

/**
 * The hall's seating settings: the stored value, validated (throws SeatingSettingsError when it
 * is not valid: seating by misread settings would be worse than a clear refusal), or the
 * defaults for the hall's kind.
 */
export function readSeatingSettings(document: EventDocument, hallId: string): SeatingSettings {
  const hall: Hall | undefined = document.halls[hallId];
  if (!hall) throw new RangeError(`readSeatingSettings: no hall ${hallId}`);
  const stored = storedSetting(document, hallId);
  const settings = stored ? parseOrThrow(hallId, stored.value) : SeatingSettings.parse({ strategy: defaultStrategy(hall.kind), strategyFromKind: true });
  return settings.strategyFromKind ? { ...settings, strategy: defaultStrategy(hall.kind) } : settings;
}

/**
 * The settings row to upsert for a hall (validated, defaults filled in): the stored row's id
 * when there is one, a new id otherwise.
 */
export function seatingSettingRow(document: EventDocument, hallId: string, settings: SeatingSettingsInput, ids: IdFactory): Setting {
  const parsed = parseOrThrow(hallId, settings);
  const value = JSON.parse(JSON.stringify(parsed)) as z.infer<typeof Json>;
  return { id: storedSetting(document, hallId)?.id ?? ids(), key: seatingKey(hallId), value };
}

/** Is this person absent from the hall, by the hall's attendance? */
export function isAbsent(settings: SeatingSettings, person: { id: string; delegationId: string }): boolean {
  return settings.absentPersonIds.includes(person.id) || settings.absentDelegationIds.includes(person.delegationId);
}
