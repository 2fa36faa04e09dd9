import { describe, expect, it } from 'vitest';
import { editorNumbers, stepDigits } from '../../renderer/src/halls/editor/numbers';
import { elementProblem } from '../../renderer/src/halls/editor/validate';
import type { LayoutElement } from '../../shared/model/entities';

// Numbers on the hall canvas follow the UI language: a decimal comma in Vietnamese.
describe('hall editor numbers', () => {
  const vi = editorNumbers('vi');
  const en = editorNumbers('en');

  it('writes lengths, sizes and angles with the language’s decimal separator', () => {
    expect(vi.metres(2.5)).toBe('2,5 m');
    expect(en.metres(2.5)).toBe('2.5 m');
    expect(vi.size(4.2, 0.9)).toBe('4,2 × 0,9 m');
    expect(en.size(4.2, 0.9)).toBe('4.2 × 0.9 m');
    expect(vi.degrees(37.5)).toBe('37,5°');
    expect(en.degrees(90)).toBe('90°');
    expect(vi.metres(0.254)).toBe('0,25 m');
    expect(en.metres(1234.5)).toBe('1,234.5 m');
  });

  it('marks rulers with just the decimals the step needs, and never "-0"', () => {
    expect(stepDigits(10)).toBe(0);
    expect(stepDigits(1)).toBe(0);
    expect(stepDigits(0.5)).toBe(1);
    expect(stepDigits(0.2)).toBe(1);
    expect(stepDigits(0.05)).toBe(2);
    expect(vi.ruler(2.5, 0.5)).toBe('2,5');
    expect(en.ruler(2.5, 0.5)).toBe('2.5');
    expect(vi.ruler(0.1 + 0.2, 0.1)).toBe('0,3');
    expect(vi.ruler(0.15, 0.05)).toBe('0,15');
    expect(en.ruler(-0, 1)).toBe('0');
    expect(en.ruler(-1e-12, 0.5)).toBe('0');
    expect(en.ruler(-2, 1)).toBe('-2');
  });

  it('writes the numbers of a refused size in the language too', () => {
    const table = {
      id: '00000000-0000-4000-8000-000000000001', hallId: '00000000-0000-4000-8000-000000000002', kind: 'rect-table', x: 5, y: 5, rotation: 0, width: 1.5, depth: 0.9, number: 1,
      labelEn: '', labelVi: '', locked: false, zIndex: 'a0', groupId: null, props: { seatsPerSide: 6, sides: 'both', ends: false },
    } as unknown as LayoutElement;
    const vi = elementProblem(table, 'vi');
    const en = elementProblem(table, 'en');
    expect(en).toMatch(/1\.5/);
    expect(vi).toMatch(/1,5/);
    expect(vi).not.toMatch(/\d\.\d/);
  });
});
