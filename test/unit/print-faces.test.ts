import { describe, expect, it } from 'vitest';
import { printedFlag, vietnameseLine } from '../../shared/print/faces';

// What a place card's or name plate's face prints (shared/print/faces.ts), the rule the faces and the print log share.
describe('card faces', () => {
  const both = { flags: true, vietnamese: true };

  it('prints the Vietnamese line only when asked for and not the English name again', () => {
    expect(vietnameseLine('Viet Nam', 'Việt Nam', both)).toBe('Việt Nam');
    expect(vietnameseLine('Viet Nam', 'Việt Nam', { ...both, vietnamese: false })).toBeNull();
    expect(vietnameseLine('Singapore', 'Singapore', both)).toBeNull();
    expect(vietnameseLine('Singapore', '', both)).toBeNull();
  });

  it('prints a flag only when asked for and there is an image for its code', () => {
    const hasFlag = (code: string) => code === 'vn';
    expect(printedFlag('vn', both, hasFlag)).toBe('vn');
    expect(printedFlag('vn', { ...both, flags: false }, hasFlag)).toBeNull();
    expect(printedFlag('xx', both, hasFlag)).toBeNull();
    expect(printedFlag(null, both, hasFlag)).toBeNull();
  });
});
