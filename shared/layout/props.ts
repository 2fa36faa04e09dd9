import { z } from 'zod';
import type { ElementKind } from '../model/entities';

/**
 * The generator parameters kept in `element.props`, one schema per element kind that has seats.
 * Sizes are in metres. Keys not named here are left alone (display-only options may sit beside
 * them) and are dropped from the parsed value.
 *
 * Conventions shared by every kind (see seats.ts): an element's "front" is the direction its
 * principal seats face; at rotation 0 that is up the plan (towards y = 0).
 */

const count = (max: number) => z.number().int().min(1).max(max);
const gap = z.number().finite().min(0).max(5);
const spacing = z.number().finite().min(0.2).max(20);

/** Round table: diameter = element.width; seat 1 (the table host) faces the front. */
export const RoundTableProps = z.object({
  seatCount: count(40),
  /** From the table edge to the centre of a chair; 0.45 m when absent. */
  seatGapM: gap.optional(),
});

/**
 * Rectangular table, head table or long banquet table: element.width along the main side,
 * element.depth across. The main side is the back edge, its seats facing the front; the table
 * host takes its centre seat.
 */
export const RectTableProps = z.object({
  seatsPerSide: count(60),
  /** 'one': main side only (a head table facing the room); 'both': both long sides. */
  sides: z.enum(['one', 'both']),
  /** One seat at each end. */
  ends: z.boolean(),
  seatGapM: gap.optional(),
});

/** Theatre rows. Row A is the front row. */
export const RowBlockProps = z.object({
  rows: count(200),
  seatsPerRow: count(200),
  seatSpacingM: spacing,
  rowSpacingM: spacing,
  /** An aisle after every this many seats of a row; none when absent. */
  aisleEvery: count(200).optional(),
  /** Extra width of each aisle; 1.0 m when absent. */
  aisleWidthM: z.number().finite().min(0.3).max(20).optional(),
  firstRowLetter: z.string().regex(/^[A-Z]$/, 'one capital letter A–Z'),
  /**
   * 'left-to-right': 1, 2, 3... from the left of a seated person.
   * 'odd-even-from-centre': 1 at the centre, odd numbers towards the seated person's right,
   * even numbers towards their left (right before left, as in protocol).
   */
  numbering: z.enum(['left-to-right', 'odd-even-from-centre']),
});

/**
 * UN-style delegation desks side by side: each desk has `seatsAtDesk` seats at it and
 * `seatsBehind` seats behind (General Assembly 3 + 3; UNCTAD 2 + 4 for states, 1 + 2 for
 * organizations). `deskRows` lines of desks, one behind the other.
 */
export const DeskBlockProps = z.object({
  desks: count(200),
  seatsAtDesk: z.number().int().min(1).max(8).default(3),
  seatsBehind: z.number().int().min(0).max(8).default(3),
  deskWidthM: z.number().finite().min(0.5).max(20),
  /** Between successive rows of seats (desk row, row behind, next desk row...). */
  rowSpacingM: spacing,
  deskRows: count(100).default(1),
});

/** Signing table: chairs along the back edge, facing the front (the cameras). */
export const SigningTableProps = z.object({
  chairs: count(40),
  seatGapM: gap.optional(),
});

export const ELEMENT_PROPS = {
  'round-table': RoundTableProps,
  'rect-table': RectTableProps,
  'banquet-table': RectTableProps,
  'row-block': RowBlockProps,
  'desk-block': DeskBlockProps,
  'signing-table': SigningTableProps,
} as const satisfies Partial<Record<ElementKind, z.ZodType>>;

/** The element kinds whose seats are generated from their props. */
export type SeatedKind = keyof typeof ELEMENT_PROPS;
export type ElementPropsOf<K extends SeatedKind> = z.infer<(typeof ELEMENT_PROPS)[K]>;
export type RoundTableProps = z.infer<typeof RoundTableProps>;
export type RectTableProps = z.infer<typeof RectTableProps>;
export type RowBlockProps = z.infer<typeof RowBlockProps>;
export type DeskBlockProps = z.infer<typeof DeskBlockProps>;
export type SigningTableProps = z.infer<typeof SigningTableProps>;

export const SEATED_KINDS = Object.keys(ELEMENT_PROPS) as SeatedKind[];

export function isSeatedKind(kind: ElementKind): kind is SeatedKind {
  return Object.hasOwn(ELEMENT_PROPS, kind);
}

/** Parses the props of a seated kind; throws a zod error naming the bad field. */
export function parseElementProps<K extends SeatedKind>(kind: K, props: unknown): ElementPropsOf<K> {
  return ELEMENT_PROPS[kind].parse(props) as ElementPropsOf<K>;
}

/** Sensible starting props for a new element of a seated kind (what the editor drops on a hall). */
export const DEFAULT_PROPS: { [K in SeatedKind]: z.input<(typeof ELEMENT_PROPS)[K]> } = {
  'round-table': { seatCount: 10 },
  'rect-table': { seatsPerSide: 7, sides: 'one', ends: false },
  'banquet-table': { seatsPerSide: 10, sides: 'both', ends: true },
  'row-block': { rows: 5, seatsPerRow: 10, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' },
  'desk-block': { desks: 5, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 },
  'signing-table': { chairs: 2 },
};
