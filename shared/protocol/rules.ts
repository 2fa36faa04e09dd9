import { byId } from '../compare';
import { z } from 'zod';
import type { EventDocument } from '../model/collections';
import { RankClass } from '../model/entities';
import { Iso3, IsoDateTime, Json, ShortText } from '../model/primitives';
import { protocolMessages } from './messages';
import { translate, type Language, type Params } from '../i18n/index';

/**
 * The precedence rules of one event, stored as one JSON value in the event's settings under
 * PRECEDENCE_RULES_KEY. Every field has the default of docs/protocol.md, so a value
 * written by an older version (fewer fields) still reads; an unknown field or a wrong value is
 * refused, never guessed at.
 */
export const PRECEDENCE_RULES_KEY = 'precedence.rules';

export const Tiebreak = z.enum(['un-alphabetical', 'seniority', 'alphabetical']);
export type Tiebreak = z.infer<typeof Tiebreak>;

export const AlphabeticalLanguage = z.enum(['en', 'fr', 'vi']);
export type AlphabeticalLanguage = z.infer<typeof AlphabeticalLanguage>;

/**
 * Where organizations go:
 * - after-observers: member states, then the observers (Holy See, other observer states, the
 *   EU), then the organizations — General Assembly seating;
 * - after-states: member states, then the organizations, then the observers;
 * - interleaved-by-class: everyone by the class of the person leading; inside one class, member
 *   states, then observers, then organizations.
 */
export const OrganizationsPlacement = z.enum(['after-states', 'after-observers', 'interleaved-by-class']);
export type OrganizationsPlacement = z.infer<typeof OrganizationsPlacement>;

/**
 * The country drawn by lot. `drawn-here`: drawn in the app, with when and by whom (both
 * required). `drawn-elsewhere`: taken from a draw made elsewhere (the General Assembly's for
 * the session); when and by whom are recorded if known.
 */
export const Lot = z
  .strictObject({
    iso3: Iso3,
    drawnAt: IsoDateTime.nullable(),
    drawnBy: ShortText,
    source: z.enum(['drawn-here', 'drawn-elsewhere']),
    // The country's UN names, recorded with the code so the order can start after a country
    // that does not attend without the reference table (optional: older files have none).
    nameEn: ShortText.optional(),
    nameVi: ShortText.optional(),
  })
  .refine((lot) => lot.source !== 'drawn-here' || (lot.drawnAt !== null && lot.drawnBy.trim() !== ''), {
    message: 'a lot drawn here records when and by whom',
  });
export type Lot = z.infer<typeof Lot>;

/**
 * The class order, highest first, as tiers: one tier is one class; a tier may hold several
 * ranks that are equal in precedence (vice-president and crown prince, as docs/protocol.md lists
 * them). Every rank appears exactly once.
 */
export const ClassOrder = z
  .array(z.array(RankClass).min(1))
  .min(1)
  .superRefine((tiers, ctx) => {
    const seen = tiers.flat();
    for (const rank of RankClass.options) {
      const n = seen.filter((r) => r === rank).length;
      if (n !== 1) ctx.addIssue({ code: 'custom', message: n === 0 ? `rank ${rank} is missing` : `rank ${rank} appears ${n} times` });
    }
  });
export type ClassOrder = z.infer<typeof ClassOrder>;

export const DEFAULT_CLASS_ORDER: ClassOrder = [
  ['head-of-state'],
  ['vice-president', 'crown-prince'],
  ['head-of-government'],
  ['deputy-head-of-government'],
  ['foreign-minister'],
  ['minister'],
  ['vice-minister'],
  ['ambassador'],
  ['other'],
  ['head-of-organization'],
  ['deputy-head-of-organization'],
];

const Observers = z.strictObject({
  holySeeAfterMembers: z.boolean().default(true),
  palestineAmongMembers: z.boolean().default(true),
  euWithObservers: z.boolean().default(true),
});

export const PrecedenceRules = z.strictObject({
  // Defaults as functions: each read gets its own copy, so no caller can change the defaults.
  classOrder: ClassOrder.default(() => DEFAULT_CLASS_ORDER.map((tier) => [...tier])),
  tiebreak: Tiebreak.default('un-alphabetical'),
  alphabeticalLanguage: AlphabeticalLanguage.default('en'),
  lot: Lot.nullable().default(null),
  organizations: OrganizationsPlacement.default('after-observers'),
  observers: Observers.default(() => ({ holySeeAfterMembers: true, palestineAmongMembers: true, euWithObservers: true })),
  ambassadorsByCredentials: z.boolean().default(true),
});
export type PrecedenceRules = z.infer<typeof PrecedenceRules>;

/** The rules of an event that has set none. A fresh copy each call. */
export function defaultRules(): PrecedenceRules {
  return PrecedenceRules.parse({});
}

/** The rules could not be read: the stored value is not valid rules. */
export class PrecedenceRulesError extends Error {
  constructor(
    readonly key: string,
    readonly issues: readonly string[],
  ) {
    super(translate(protocolMessages, 'en', 'rules-invalid', { key, issues: issues.join('; ') }));
    this.name = 'PrecedenceRulesError';
  }

  messageIn(lang: Language): string {
    const params: Params = { key: this.key, issues: this.issues.join('; ') };
    return translate(protocolMessages, lang, 'rules-invalid', params);
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(value)'}: ${i.message}`);
}

/** Validates a stored value (or a value from a form). Missing fields take their defaults. */
export function parseRules(value: unknown): { ok: true; rules: PrecedenceRules } | { ok: false; issues: string[] } {
  const parsed = PrecedenceRules.safeParse(value);
  return parsed.success ? { ok: true, rules: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

function settingsByKey(document: EventDocument, key: string): unknown[] {
  return Object.values(document.settings)
    .filter((s) => s.key === key)
    .sort(byId)
    .map((s) => s.value);
}

function single(document: EventDocument, key: string): { found: false } | { found: true; value: unknown } {
  const values = settingsByKey(document, key);
  if (values.length > 1) throw new PrecedenceRulesError(key, [`the setting is stored ${values.length} times`]);
  return values.length === 1 ? { found: true, value: values[0] } : { found: false };
}

/**
 * The event's precedence rules: the stored PRECEDENCE_RULES_KEY value, validated, or the
 * defaults when the event stores none. A stored value that is not valid throws
 * PrecedenceRulesError (bilingual message): a wrong order printed from misread rules would be
 * worse than a clear refusal.
 */
export function readRules(document: EventDocument): PrecedenceRules {
  const stored = single(document, PRECEDENCE_RULES_KEY);
  if (!stored.found) return defaultRules();
  const parsed = parseRules(stored.value);
  if (!parsed.ok) throw new PrecedenceRulesError(PRECEDENCE_RULES_KEY, parsed.issues);
  return parsed.rules;
}

/**
 * The setting to store for these rules (key and JSON value), for a command that upserts the
 * settings row: the rules are validated first (throws PrecedenceRulesError), defaults filled in.
 */
export function rulesSetting(rules: PrecedenceRules): { key: typeof PRECEDENCE_RULES_KEY; value: z.infer<typeof Json> } {
  const parsed = parseRules(rules);
  if (!parsed.ok) throw new PrecedenceRulesError(PRECEDENCE_RULES_KEY, parsed.issues);
  // A plain JSON copy: no shared references with the caller's object.
  return { key: PRECEDENCE_RULES_KEY, value: JSON.parse(JSON.stringify(parsed.rules)) as z.infer<typeof Json> };
}
