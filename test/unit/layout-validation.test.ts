import { describe, expect, test } from 'vitest';
import type { Hall, LayoutElement } from '../../shared/model/entities';
import { layoutMessages } from '../../shared/layout/messages';
import { DEFAULT_PROPS, SEATED_KINDS } from '../../shared/layout/props';
import { elementProblems, hallProblems, problemMessage } from '../../shared/layout/validation';

function element(kind: LayoutElement['kind'], props: Record<string, unknown>, at: Partial<LayoutElement> = {}): LayoutElement {
  return {
    id: '00000000-0000-4000-8000-000000000009', hallId: '00000000-0000-4000-8000-000000000001', kind, x: 20, y: 10, rotation: 0,
    width: 1.8, depth: 1.8, number: null, labelEn: '', labelVi: '', locked: false, zIndex: 'a0', groupId: null,
    props: props as LayoutElement['props'], ...at,
  };
}
const keys = (e: LayoutElement) => elementProblems(e).map((p) => `${p.field}:${p.key}`);

describe('element validation', () => {
  test('sizes and positions', () => {
    expect(keys(element('stage', {}, { width: -1, depth: 0 }))).toEqual(['width:sizeNotPositive', 'depth:sizeNotPositive']);
    expect(keys(element('stage', {}, { width: Number.NaN, x: 20_000 }))).toEqual(['x:positionOutOfRange', 'width:notANumber']);
    expect(keys(element('stage', {}, { rotation: 400, number: 1.5 }))).toEqual(['rotation:rotationOutOfRange', 'number:tableNumberInvalid']);
    expect(keys(element('stage', {}, { labelEn: 'x'.repeat(201) }))).toEqual(['labelEn:labelTooLong']);
  });

  test('seat counts: 0, missing, fractional, too many, and counts that do not fit', () => {
    expect(keys(element('round-table', { seatCount: 0 }))).toEqual(['props.seatCount:seatsAtLeastOne']);
    expect(keys(element('round-table', {}))).toEqual(['props.seatCount:required']);
    expect(keys(element('round-table', { seatCount: 2.5 }))).toEqual(['props.seatCount:notWhole']);
    expect(keys(element('round-table', { seatCount: 41 }))).toEqual(['props.seatCount:seatsOutOfRange']);
    // A 1.8 m round table: 5.65 m of edge, 10 seats of 0.55 m.
    expect(keys(element('round-table', { seatCount: 10 }))).toEqual([]);
    const [problem] = elementProblems(element('round-table', { seatCount: 11 }));
    expect(problem).toEqual({ field: 'props.seatCount', key: 'seatsDoNotFit', params: { count: 11, max: 10, lengthM: 5.65, seatM: 0.55 } });
    expect(keys(element('rect-table', { seatsPerSide: 9, sides: 'one', ends: false }, { width: 4.2, depth: 0.9 }))).toEqual(['props.seatsPerSide:seatsDoNotFit']);
    expect(keys(element('banquet-table', { seatsPerSide: 4, sides: 'both', ends: true, seatsPerEnd: 2 }, { width: 4, depth: 0.9 }))).toEqual(['props.seatsPerEnd:seatsDoNotFit']);
    expect(keys(element('oval-table', { seatCount: 12 }, { width: 2.4, depth: 1.5 }))).toEqual(['props.seatCount:seatsDoNotFit']);
    expect(keys(element('u-table', { seatsBase: 3, seatsPerArm: 12 }, { width: 6, depth: 5 }))).toEqual(['props.seatsPerArm:seatsDoNotFit']);
    expect(keys(element('u-table', { seatsBase: 3, seatsPerArm: 2, tableDepthM: 4 }, { width: 6, depth: 5 }))).toEqual(['props.tableDepthM:bandTooWide']);
    expect(keys(element('t-table', { seatsHead: 3, seatsPerStemSide: 2, stemWidthM: 7 }, { width: 6, depth: 5 }))).toEqual(['props.stemWidthM:stemTooWide']);
    expect(keys(element('desk-block', { desks: 2, seatsAtDesk: 2, seatsBehind: 4, deskWidthM: 2.1, rowSpacingM: 1.1 }))).toEqual(['props.seatsBehind:seatsDoNotFit']);
    expect(keys(element('signing-table', { chairs: 6 }, { width: 2.4, depth: 0.9 }))).toEqual(['props.chairs:seatsDoNotFit']);
  });

  test('rows and spacing', () => {
    const rows = { rows: 5, seatsPerRow: 20, seatSpacingM: 0.55, rowSpacingM: 0.95, firstRowLetter: 'A', numbering: 'left-to-right' };
    expect(keys(element('row-block', rows))).toEqual([]);
    expect(keys(element('row-block', { ...rows, rows: 0, seatsPerRow: 201 }))).toEqual(['props.rows:rowsOutOfRange', 'props.seatsPerRow:seatsOutOfRange']);
    expect(elementProblems(element('row-block', { ...rows, rows: 300 }))[0]!.params).toEqual({ min: 1, max: 200 });
    expect(keys(element('row-block', { ...rows, seatSpacingM: 0.4, rowSpacingM: 0.6 }))).toEqual(['props.seatSpacingM:seatSpacingTooSmall', 'props.rowSpacingM:rowSpacingTooSmall']);
    expect(keys(element('row-block', { ...rows, firstRowLetter: 'a', numbering: 'zigzag' }))).toEqual(['props.firstRowLetter:rowLetterInvalid', 'props.numbering:invalidOption']);
    // 19 gaps of 0.55 m = 10.45 m of front row: at most a half circle, so the focus at least 3.33 m away.
    expect(elementProblems(element('row-block', { ...rows, curve: { focusDistanceM: 3 } }))).toEqual([
      { field: 'props.curve.focusDistanceM', key: 'curveTooTight', params: { min: 3.33 } },
    ]);
    expect(keys(element('row-block', { ...rows, curve: { focusDistanceM: 3.4 } }))).toEqual([]);
  });

  test('the default props of every seated kind are valid at the palette’s sizes', () => {
    const sizes: Record<string, [number, number]> = {
      'round-table': [1.8, 1.8], 'oval-table': [2.4, 1.5], 'rect-table': [4.2, 0.9], 'banquet-table': [6, 1.2], 'u-table': [8, 6],
      'hollow-square': [8, 8], 't-table': [6, 5], 'row-block': [6, 5], 'desk-block': [10.5, 3], 'signing-table': [2.4, 0.9],
    };
    for (const kind of SEATED_KINDS) {
      const [width, depth] = sizes[kind]!;
      expect(keys(element(kind, DEFAULT_PROPS[kind] as Record<string, unknown>, { width, depth })), kind).toEqual([]);
    }
  });
});

describe('hall validation', () => {
  const hall: Hall = {
    id: '00000000-0000-4000-8000-000000000001', nameEn: 'Hall', nameVi: 'Phòng', kind: 'plenary', widthM: 40, depthM: 30, sortKey: 'a0',
    gridM: 0.5, snap: true, backgroundAssetId: null, backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5, backgroundLocked: false,
  };
  test('dimensions, grid and background', () => {
    expect(hallProblems(hall)).toEqual([]);
    expect(hallProblems({ ...hall, widthM: 0, depthM: 20_000, gridM: 0, backgroundScale: -1, backgroundOpacity: 2 }).map((p) => `${p.field}:${p.key}`)).toEqual([
      'widthM:hallSizeNotPositive', 'depthM:hallSizeTooLarge', 'gridM:gridInvalid', 'backgroundScale:backgroundScaleInvalid', 'backgroundOpacity:opacityOutOfRange',
    ]);
  });
});

describe('messages', () => {
  test('every key has a text in both languages with the same placeholders', () => {
    const en = layoutMessages.en as Record<string, string>;
    const vi = layoutMessages.vi as Record<string, string>;
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en)) {
      expect(en[key]!.trim(), key).not.toBe('');
      expect(vi[key]!.trim(), key).not.toBe('');
      expect(placeholders(vi[key]!), key).toEqual(placeholders(en[key]!));
    }
  });

  test('problems read clearly in English and Vietnamese, every placeholder filled', () => {
    const [fit] = elementProblems(element('round-table', { seatCount: 12 }));
    expect(problemMessage(fit!, 'en')).toBe('12 seats do not fit along 5.65 m: at most 10, at 0.55 m a seat.');
    expect(problemMessage(fit!, 'vi')).toBe('12 chỗ ngồi không đủ chỗ trên 5.65 m: tối đa 10 chỗ, mỗi chỗ 0.55 m.');
    const [zero] = elementProblems(element('round-table', { seatCount: 0 }));
    expect(problemMessage(zero!, 'en')).toBe('There must be at least 1 seat.');
    expect(problemMessage(zero!, 'vi')).toBe('Phải có ít nhất 1 chỗ ngồi.');
    const [size] = elementProblems(element('stage', {}, { width: -2 }));
    expect(problemMessage(size!, 'vi')).toBe('Kích thước phải lớn hơn 0 m (hiện là -2 m).');
    // Any problem the validation can produce has all its placeholders filled.
    const many = [
      ...elementProblems(element('row-block', { rows: 0, seatsPerRow: 0, seatSpacingM: 0.1, rowSpacingM: 0.1, firstRowLetter: '1', numbering: 'x' }, { x: -20_000, rotation: 999 })),
      ...elementProblems(element('u-table', { seatsBase: 30, seatsPerArm: 30 }, { width: 6, depth: 5 })),
      ...hallProblems({ widthM: -1, depthM: 1, gridM: 200, backgroundScale: 0, backgroundOpacity: -1, backgroundX: 0, backgroundY: 0 }),
    ];
    expect(many.length).toBeGreaterThan(8);
    for (const p of many) for (const lang of ['en', 'vi'] as const) expect(problemMessage(p, lang), p.key).not.toMatch(/\{\w+\}/);
  });
});
