import type { z } from 'zod';
import { translate, type Language } from '../i18n/index';
import type { Hall, LayoutElement } from '../model/entities';
import { layoutMessages, type LayoutProblemKey } from './messages';
import { ELEMENT_PROPS, isSeatedKind, type SeatedKind } from './props';
import { DEFAULT_AISLE_WIDTH_M, DEFAULT_STEM_WIDTH_M, DEFAULT_TABLE_BAND_M, MIN_SEAT_WIDTH_M } from './seat-frame';

export type { LayoutProblemKey };

/**
 * One impossible value of an element or a hall: the field it is in (`width`, `props.seatCount`...),
 * a message key of layoutMessages and its parameters. The inspector shows it beside the field;
 * commands refuse an edit that would leave any (the document stays unchanged).
 */
export type LayoutProblem = { field: string; key: LayoutProblemKey; params: Record<string, string | number> };

export function problemMessage(problem: LayoutProblem, lang: Language): string {
  return translate(layoutMessages, lang, problem.key, problem.params);
}

/** Thrown by the layout commands when an edit would leave an impossible value; nothing is changed. */
export class LayoutProblemsError extends Error {
  constructor(readonly problems: LayoutProblem[]) {
    super(problems.map((p) => `${p.field}: ${problemMessage(p, 'en')}`).join(' '));
    this.name = 'LayoutProblemsError';
  }
}

/** The narrowest spacings the validation accepts (centre to centre). */
export const MIN_ROW_SEAT_SPACING_M = 0.45;
export const MIN_ROW_SPACING_M = 0.7;
const MAX_M = 10_000;

const r2 = (v: number) => Math.round(v * 100) / 100;
const problem = (field: string, key: LayoutProblemKey, params: LayoutProblem['params'] = {}): LayoutProblem => ({ field, key, params });

/** The fields holding a count of seats (a 0 there is "at least 1 seat"). */
const SEAT_COUNT_FIELDS = new Set(['seatCount', 'seatsPerSide', 'seatsBase', 'seatsWidthSide', 'seatsHead', 'chairs', 'seatsPerRow', 'seatsAtDesk']);

function numberProblems(field: string, value: unknown, check: (v: number) => LayoutProblem | null): LayoutProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [problem(field, 'notANumber')];
  const p = check(value);
  return p ? [p] : [];
}

function propsIssues(kind: SeatedKind, props: Record<string, unknown>): LayoutProblem[] {
  const parsed = (ELEMENT_PROPS[kind] as z.ZodType).safeParse(props);
  if (parsed.success) return [];
  const out: LayoutProblem[] = [];
  for (const issue of parsed.error.issues) {
    const name = String(issue.path.at(-1) ?? '');
    const field = ['props', ...issue.path.map(String)].join('.');
    let value: unknown = props;
    for (const k of issue.path) value = (value as Record<string | number, unknown> | undefined)?.[k as string];
    if (issue.code === 'invalid_type') {
      if (value === undefined) out.push(problem(field, 'required'));
      else if (issue.expected === 'int') out.push(problem(field, 'notWhole'));
      else if (issue.expected === 'number') out.push(problem(field, 'notANumber'));
      else out.push(problem(field, 'invalidValue'));
    } else if (issue.code === 'too_small' || issue.code === 'too_big') {
      const bounds = numberBounds(kind, issue.path.map(String));
      if (name === 'rows') out.push(problem(field, 'rowsOutOfRange', bounds));
      else if (issue.code === 'too_small' && Number(issue.minimum) === 1 && SEAT_COUNT_FIELDS.has(name)) out.push(problem(field, 'seatsAtLeastOne'));
      else if (SEAT_COUNT_FIELDS.has(name) || name.startsWith('seats')) out.push(problem(field, 'seatsOutOfRange', bounds));
      else if (issue.code === 'too_small') out.push(problem(field, 'tooSmall', { min: Number(issue.minimum) }));
      else out.push(problem(field, 'tooLarge', { max: Number(issue.maximum) }));
    } else if (issue.code === 'invalid_value') {
      out.push(problem(field, 'invalidOption', { options: issue.values.map(String).join(', ') }));
    } else if (issue.code === 'invalid_format' && name === 'firstRowLetter') {
      out.push(problem(field, 'rowLetterInvalid'));
    } else {
      out.push(problem(field, 'invalidValue'));
    }
  }
  return out;
}

/** The min and max a numeric props field accepts, read from its schema. */
function numberBounds(kind: SeatedKind, path: string[]): { min: number; max: number } {
  let schema = ELEMENT_PROPS[kind] as unknown as z.ZodType;
  for (const key of path) {
    let s = schema as unknown as { unwrap?: () => z.ZodType; shape?: Record<string, z.ZodType>; def: { innerType?: z.ZodType } };
    while (!s.shape && (s.unwrap || s.def.innerType)) s = (s.unwrap ? s.unwrap() : s.def.innerType) as unknown as typeof s;
    schema = s.shape?.[key] as z.ZodType;
    if (!schema) return { min: 0, max: 0 };
  }
  let s = schema as unknown as { unwrap?: () => unknown; def: { innerType?: unknown }; minValue?: number | null; maxValue?: number | null };
  while (s.minValue === undefined && (s.unwrap || s.def.innerType)) s = (s.unwrap ? s.unwrap() : s.def.innerType) as typeof s;
  return { min: s.minValue ?? 0, max: s.maxValue ?? 0 };
}

/** Seats that must share a length: a problem when they need more than MIN_SEAT_WIDTH_M each. */
function fit(field: string, count: number, lengthM: number): LayoutProblem[] {
  const max = Math.max(0, Math.floor(lengthM / MIN_SEAT_WIDTH_M + 1e-9));
  return count > max ? [problem(field, 'seatsDoNotFit', { count, max, lengthM: r2(Math.max(0, lengthM)), seatM: MIN_SEAT_WIDTH_M })] : [];
}

/** Ramanujan's approximation of an ellipse's perimeter. */
const ellipsePerimeter = (a: number, b: number) => Math.PI * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));

function fitProblems(e: LayoutElement, kind: SeatedKind, p: Record<string, unknown>): LayoutProblem[] {
  const w = e.width;
  const d = e.depth;
  const n = (k: string) => p[k] as number;
  const band = (p.tableDepthM as number | undefined) ?? DEFAULT_TABLE_BAND_M;
  switch (kind) {
    case 'round-table':
      return fit('props.seatCount', n('seatCount'), Math.PI * w);
    case 'oval-table':
      return fit('props.seatCount', n('seatCount'), ellipsePerimeter(w / 2, d / 2));
    case 'rect-table':
    case 'banquet-table':
      return [
        ...fit('props.seatsPerSide', n('seatsPerSide'), w),
        ...(p.ends === true ? fit(p.seatsPerEnd === undefined ? 'props.ends' : 'props.seatsPerEnd', (p.seatsPerEnd as number | undefined) ?? 1, d) : []),
      ];
    case 'u-table':
      if (2 * band >= w || band >= d) return [problem('props.tableDepthM', 'bandTooWide', { bandM: band })];
      return [...fit('props.seatsBase', n('seatsBase'), w), ...fit('props.seatsPerArm', n('seatsPerArm'), d - band)];
    case 'hollow-square':
      if (2 * band >= w || 2 * band >= d) return [problem('props.tableDepthM', 'bandTooWide', { bandM: band })];
      return [...fit('props.seatsWidthSide', n('seatsWidthSide'), w), ...fit('props.seatsDepthSide', n('seatsDepthSide'), d - 2 * band)];
    case 't-table': {
      const stem = (p.stemWidthM as number | undefined) ?? DEFAULT_STEM_WIDTH_M;
      if (band >= d) return [problem('props.tableDepthM', 'bandTooWide', { bandM: band })];
      if (stem >= w) return [problem('props.stemWidthM', 'stemTooWide', { stemM: stem, widthM: w })];
      return [...fit('props.seatsHead', n('seatsHead'), w), ...fit('props.seatsPerStemSide', n('seatsPerStemSide'), d - band)];
    }
    case 'signing-table':
      return fit('props.chairs', n('chairs'), w);
    case 'row-block': {
      const out: LayoutProblem[] = [];
      if (n('seatSpacingM') < MIN_ROW_SEAT_SPACING_M) out.push(problem('props.seatSpacingM', 'seatSpacingTooSmall', { min: MIN_ROW_SEAT_SPACING_M }));
      if (n('rowSpacingM') < MIN_ROW_SPACING_M) out.push(problem('props.rowSpacingM', 'rowSpacingTooSmall', { min: MIN_ROW_SPACING_M }));
      const curve = p.curve as { focusDistanceM: number } | undefined;
      if (curve) {
        // The front row may bend at most into a half circle round its focus.
        const every = p.aisleEvery as number | undefined;
        const aisles = every ? Math.floor((n('seatsPerRow') - 1) / every) : 0;
        const length = (n('seatsPerRow') - 1) * n('seatSpacingM') + aisles * ((p.aisleWidthM as number | undefined) ?? DEFAULT_AISLE_WIDTH_M);
        const min = length / Math.PI;
        if (curve.focusDistanceM < min) out.push(problem('props.curve.focusDistanceM', 'curveTooTight', { min: Math.ceil(min * 100) / 100 }));
      }
      return out;
    }
    case 'desk-block': {
      const width = n('deskWidthM');
      const out = [...fit('props.seatsAtDesk', (p.seatsAtDesk as number | undefined) ?? 3, width)];
      out.push(...fit('props.seatsBehind', (p.seatsBehind as number | undefined) ?? 3, width));
      if (n('rowSpacingM') < MIN_ROW_SPACING_M) out.push(problem('props.rowSpacingM', 'rowSpacingTooSmall', { min: MIN_ROW_SPACING_M }));
      return out;
    }
  }
}

/**
 * Everything impossible about an element, in field order: its position, size and angle, its
 * number and labels, its props, and whether its seats fit (a round table gives each seat at least
 * 0.55 m of its edge, a side of a table each seat 0.55 m of its length...). [] when it is fine.
 */
export function elementProblems(element: LayoutElement): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  for (const field of ['x', 'y'] as const) {
    out.push(...numberProblems(field, element[field], (v) => (Math.abs(v) > MAX_M ? problem(field, 'positionOutOfRange', { min: -MAX_M, max: MAX_M }) : null)));
  }
  for (const field of ['width', 'depth'] as const) {
    out.push(
      ...numberProblems(field, element[field], (v) =>
        v <= 0 ? problem(field, 'sizeNotPositive', { value: v }) : v > MAX_M ? problem(field, 'sizeTooLarge', { max: MAX_M }) : null,
      ),
    );
  }
  out.push(...numberProblems('rotation', element.rotation, (v) => (Math.abs(v) > 360 ? problem('rotation', 'rotationOutOfRange', { min: -360, max: 360 }) : null)));
  const num = element.number;
  if (num !== null && (typeof num !== 'number' || !Number.isInteger(num) || num < 0 || num > 100_000)) {
    out.push(problem('number', 'tableNumberInvalid', { max: 100_000 }));
  }
  for (const field of ['labelEn', 'labelVi'] as const) {
    if (typeof element[field] !== 'string') out.push(problem(field, 'invalidValue'));
    else if (element[field].length > 200) out.push(problem(field, 'labelTooLong', { max: 200 }));
  }
  if (isSeatedKind(element.kind)) {
    const props = (element.props ?? {}) as Record<string, unknown>;
    const issues = propsIssues(element.kind, props);
    out.push(...issues);
    const sizeOk = !out.some((p) => p.field === 'width' || p.field === 'depth');
    if (issues.length === 0 && sizeOk) out.push(...fitProblems(element, element.kind, props));
  }
  return out;
}

/** Everything impossible about a hall's dimensions, grid and background plan. */
export function hallProblems(hall: Pick<Hall, 'widthM' | 'depthM' | 'gridM' | 'backgroundScale' | 'backgroundOpacity' | 'backgroundX' | 'backgroundY'>): LayoutProblem[] {
  const out: LayoutProblem[] = [];
  for (const field of ['widthM', 'depthM'] as const) {
    out.push(
      ...numberProblems(field, hall[field], (v) =>
        v <= 0 ? problem(field, 'hallSizeNotPositive', { value: v }) : v > MAX_M ? problem(field, 'hallSizeTooLarge', { max: MAX_M }) : null,
      ),
    );
  }
  out.push(...numberProblems('gridM', hall.gridM, (v) => (v <= 0 || v > 100 ? problem('gridM', 'gridInvalid', { max: 100 }) : null)));
  out.push(...numberProblems('backgroundScale', hall.backgroundScale, (v) => (v <= 0 || v > 1000 ? problem('backgroundScale', 'backgroundScaleInvalid', { max: 1000 }) : null)));
  out.push(...numberProblems('backgroundOpacity', hall.backgroundOpacity, (v) => (v < 0 || v > 1 ? problem('backgroundOpacity', 'opacityOutOfRange') : null)));
  for (const field of ['backgroundX', 'backgroundY'] as const) {
    out.push(...numberProblems(field, hall[field], (v) => (Math.abs(v) > MAX_M ? problem(field, 'positionOutOfRange', { min: -MAX_M, max: MAX_M }) : null)));
  }
  return out;
}
