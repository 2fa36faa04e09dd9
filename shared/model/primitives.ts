import { z } from 'zod';

// Validators shared by every entity. None of them transforms its input: main parses rows
// only to refuse bad ones, so what is written is exactly what the renderer holds.
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

export const IsoDate = z.iso.date(); // YYYY-MM-DD
export const IsoDateTime = z.iso.datetime({ local: true, offset: true }); // event-local or with offset
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

/**
 * What a name may not hold: control characters (a tab, a line break…), and the explicit
 * text-direction overrides and isolates (U+202A–U+202E, U+2066–U+2069), with which a name
 * prints reversed ("gnp.exe" shows as "exe.png") on cards, plates and the plan. Names in
 * Arabic or Hebrew script need none of these: their direction comes from the letters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
export const NAME_FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** A name shown to people: not blank, none of the characters above, bounded. */
export const Name = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => s.trim().length > 0, 'blank')
  .refine((s) => !NAME_FORBIDDEN_CHARACTERS.test(s), 'control characters');
/** Free text (notes, titles): may be empty, bounded. */
export const Text = z.string().max(4000);
export const ShortText = z.string().max(200);
/** A fractional-index string: ordering without renumbering siblings. */
export const SortKey = z.string().min(1).max(64);

export const Metres = z.number().finite().min(-10_000).max(10_000);
export const PositiveMetres = z.number().finite().gt(0).max(10_000);
export const Degrees = z.number().finite().min(-360).max(360);
export const Order = z.number().int().min(0).max(1_000_000);

export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3');
export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

/** Any JSON value, for the few display-only properties kept as JSON. */
export const Json = z.json();
