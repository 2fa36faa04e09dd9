import { describe, expect, it } from 'vitest';
import { gridStep, niceStep } from '../../renderer/src/halls/view/camera';

describe('hall editor ruler and grid', () => {
  it('chooses round ruler and grid steps', () => {
    expect(niceStep(10, 60)).toBe(10); // 6 m wanted → 10 m
    expect(niceStep(100, 60)).toBe(1);
    expect(niceStep(40, 60)).toBe(2);
    expect(gridStep(0.5, 40)).toBe(0.5);
    expect(gridStep(0.5, 10)).toBe(1);
  });
});
