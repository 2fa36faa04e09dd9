import { z } from 'zod';
import type { ElementKind } from '../model/entities';

/**
 * The generator parameters kept in `element.props`, one schema per element kind that has seats.
 * Sizes are in metres. Keys not named here are left alone (display-only options may sit beside
 * them) and are dropped from the parsed value.
 *
 * Conventions shared by every kind (see seats.ts): an element's "front" is the direction its
 * principal seats face; at rotation 0 that is up the plan (towards y = 0). A table's main side
 * (where its host sits, facing the front) is therefore its back edge, +y in its own frame.
 *
 * Common table options:
 * - `hostSeat`: where the table host (place of honour) sits, as a position index in the table's
 *   fixed geometric order (clockwise on the plan from the default host chair, which is position 0).
 *   A position, not a label, because labels are numbered from the host and would move with it.
 *   `moveTableHost` (table-commands.ts) turns a seat label into this index.
 * - `numbering`: 'clockwise' (1 at the host, then 2, 3... clockwise on the plan) or
 *   'odd-even-from-host' (1 at the host, odd numbers towards the host's right, even towards the
 *   host's left, as in theatre rows; when one side has run out the other continues in sequence).
 * - `headTable`: true on the head table (bàn danh dự): `renumberTables` gives it number 1.
 */

const count = (max: number) => z.number().int().min(1).max(max);
const countOrZero = (max: number) => z.number().int().min(0).max(max);
const gap = z.number().finite().min(0).max(5);
const spacing = z.number().finite().min(0.2).max(20);
const band = z.number().finite().min(0.3).max(10);

export const TableNumbering = z.enum(['clockwise', 'odd-even-from-host']);
export type TableNumbering = z.infer<typeof TableNumbering>;
export const RowNumbering = z.enum(['left-to-right', 'odd-even-from-centre']);
export type RowNumbering = z.infer<typeof RowNumbering>;

const tableCommon = {
  /** From the table edge to the centre of a chair; 0.45 m when absent. */
  seatGapM: gap.optional(),
  hostSeat: z.number().int().min(0).max(1000).optional(),
  numbering: TableNumbering.optional(),
  headTable: z.boolean().optional(),
};

/** Round table: diameter = element.width; the default host chair is on the near side (+y), facing the front. */
export const RoundTableProps = z.object({ seatCount: count(40), ...tableCommon });

/** Oval table: element.width × element.depth; chairs evenly spaced round it; the host on the near long side. */
export const OvalTableProps = z.object({ seatCount: count(60), ...tableCommon });

/**
 * Rectangular table, head table or long banquet table: element.width along the main side,
 * element.depth across. The main side is the back edge, its seats facing the front; the table
 * host takes its centre seat (French style); put `hostSeat` at an end for English style.
 */
export const RectTableProps = z.object({
  seatsPerSide: count(60),
  /** 'one': main side only (a head table facing the room); 'both': both long sides. */
  sides: z.enum(['one', 'both']),
  /** Seats at each end. */
  ends: z.boolean(),
  /** How many seats at each end when `ends` is true; 1 when absent. */
  seatsPerEnd: count(10).optional(),
  ...tableCommon,
});

/**
 * U-shape: the base (bottom of the U) along the back edge with its seats behind it facing the
 * front; two arms towards the front with seats on their outer sides facing in; open at the front.
 */
export const UTableProps = z.object({
  seatsBase: count(60),
  seatsPerArm: countOrZero(60),
  /** Width of the table band; 0.8 m when absent. */
  tableDepthM: band.optional(),
  ...tableCommon,
});

/** Hollow square: four table bands, seats on the outside of each, facing in. */
export const HollowSquareProps = z.object({
  /** Seats along each of the two sides of length element.width (back and front). */
  seatsWidthSide: count(60),
  /** Seats along each of the two sides of length element.depth (left and right). */
  seatsDepthSide: countOrZero(60),
  tableDepthM: band.optional(),
  ...tableCommon,
});

/**
 * T-shape: the head bar along the back edge (seats behind it facing the front) and a stem from
 * its centre towards the front, with seats on both sides of the stem facing in.
 */
export const TTableProps = z.object({
  seatsHead: count(60),
  seatsPerStemSide: countOrZero(60),
  /** Depth of the head bar; 0.8 m when absent. */
  tableDepthM: band.optional(),
  /** Width of the stem; 1.2 m when absent. */
  stemWidthM: band.optional(),
  ...tableCommon,
});

/** Theatre / classroom rows. Row A is the front row. */
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
  numbering: RowNumbering,
  /**
   * Curved rows: arcs round a focus point this far in front of the front row's centre (the
   * lectern); every seat faces the focus, seats keep `seatSpacingM` along their arc. Straight
   * rows when absent.
   */
  curve: z.object({ focusDistanceM: z.number().finite().min(1).max(500) }).optional(),
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

/** Signing table: chairs along the back edge, facing the front (the cameras); chair 1 on the signers' right. */
export const SigningTableProps = z.object({
  chairs: count(40),
  seatGapM: gap.optional(),
  hostSeat: z.number().int().min(0).max(1000).optional(),
  numbering: TableNumbering.optional(),
});

export const ELEMENT_PROPS = {
  'round-table': RoundTableProps,
  'oval-table': OvalTableProps,
  'rect-table': RectTableProps,
  'banquet-table': RectTableProps,
  'u-table': UTableProps,
  'hollow-square': HollowSquareProps,
  't-table': TTableProps,
  'row-block': RowBlockProps,
  'desk-block': DeskBlockProps,
  'signing-table': SigningTableProps,
} as const satisfies Partial<Record<ElementKind, z.ZodType>>;

/** The element kinds whose seats are generated from their props. */
export type SeatedKind = keyof typeof ELEMENT_PROPS;
export type ElementPropsOf<K extends SeatedKind> = z.infer<(typeof ELEMENT_PROPS)[K]>;
export type RoundTableProps = z.infer<typeof RoundTableProps>;
export type OvalTableProps = z.infer<typeof OvalTableProps>;
export type RectTableProps = z.infer<typeof RectTableProps>;
export type UTableProps = z.infer<typeof UTableProps>;
export type HollowSquareProps = z.infer<typeof HollowSquareProps>;
export type TTableProps = z.infer<typeof TTableProps>;
export type RowBlockProps = z.infer<typeof RowBlockProps>;
export type DeskBlockProps = z.infer<typeof DeskBlockProps>;
export type SigningTableProps = z.infer<typeof SigningTableProps>;

export const SEATED_KINDS = Object.keys(ELEMENT_PROPS) as SeatedKind[];

export function isSeatedKind(kind: ElementKind): kind is SeatedKind {
  return Object.hasOwn(ELEMENT_PROPS, kind);
}

/** Tables: numbered (1 = head table), with a table host; what `renumberTables` numbers. */
export const TABLE_KINDS = [
  'round-table', 'oval-table', 'rect-table', 'banquet-table', 'u-table', 'hollow-square', 't-table', 'signing-table',
] as const satisfies readonly SeatedKind[];
export type TableKind = (typeof TABLE_KINDS)[number];
export function isTableKind(kind: ElementKind): kind is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(kind);
}

/** Blocks: their width and depth follow from their props (see `blockSize`). */
export const BLOCK_KINDS = ['row-block', 'desk-block'] as const satisfies readonly SeatedKind[];
export function isBlockKind(kind: ElementKind): kind is (typeof BLOCK_KINDS)[number] {
  return kind === 'row-block' || kind === 'desk-block';
}

/** Parses the props of a seated kind; throws a zod error naming the bad field. */
export function parseElementProps<K extends SeatedKind>(kind: K, props: unknown): ElementPropsOf<K> {
  return ELEMENT_PROPS[kind].parse(props) as ElementPropsOf<K>;
}

/** Sensible starting props for a new element of a seated kind (what the editor drops on a hall). */
export const DEFAULT_PROPS: { [K in SeatedKind]: z.input<(typeof ELEMENT_PROPS)[K]> } = {
  'round-table': { seatCount: 10 },
  'oval-table': { seatCount: 10 },
  'rect-table': { seatsPerSide: 7, sides: 'one', ends: false },
  'banquet-table': { seatsPerSide: 10, sides: 'both', ends: true },
  'u-table': { seatsBase: 5, seatsPerArm: 6 },
  'hollow-square': { seatsWidthSide: 5, seatsDepthSide: 5 },
  't-table': { seatsHead: 5, seatsPerStemSide: 4 },
  'row-block': { rows: 5, seatsPerRow: 10, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' },
  'desk-block': { desks: 5, seatsAtDesk: 3, seatsBehind: 3, deskWidthM: 2.1, rowSpacingM: 1.1 },
  'signing-table': { chairs: 2 },
};
