import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { seededIds } from '../../shared/ids';
import { readImage, sniffImage } from '../../electron/services/images';

const dir = mkdtempSync(join(tmpdir(), 'preseance-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('floor plan images', () => {
  it('knows PNG, JPEG and SVG by their content', () => {
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    const svg = '\uFEFF<?xml version="1.0"?>\n<!-- plan -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    expect(sniffImage(new TextEncoder().encode(svg))).toBe('image/svg+xml');
  });

  it('refuses a file that only has an image name', () => {
    const fake = file('plan.png', 'PK\u0003\u0004 a zipped document');
    let error: unknown;
    try {
      readImage(fake, seededIds(1));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('image-unsupported');
    expect((error as AppError).messageIn('vi')).toContain('không phải ảnh PNG, JPEG hay SVG');
    expect(sniffImage(new TextEncoder().encode('<html><svg></svg></html>'))).toBeNull();
  });

  it('returns a plain-JSON asset with its hash, ready to be added by an undoable command', () => {
    const picked = readImage(file('ballroom.png', PNG), seededIds(2));
    expect(picked.name).toBe('ballroom.png');
    expect(picked.asset.mime).toBe('image/png');
    expect(picked.asset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(picked.asset.dataBase64, 'base64')).toEqual(Buffer.from(PNG));
    expect(JSON.parse(JSON.stringify(picked))).toEqual(picked);
  });

  it('refuses an image too large for a floor plan, saying the size and the limit', () => {
    const big = file('huge.jpg', new Uint8Array(21.5 * 1024 * 1024).fill(0xff));
    const refusal = (lang: 'en' | 'vi') => {
      try {
        readImage(big, seededIds(3), lang);
      } catch (err) {
        return err as AppError;
      }
    };
    expect(refusal('en')?.code).toBe('image-too-large');
    expect(refusal('en')?.messageIn('en')).toContain('21.5 MB');
    expect(refusal('en')?.messageIn('en')).toContain('at most 20 MB');
    // Through the one number formatter: a decimal comma in Vietnamese.
    expect(refusal('vi')?.messageIn('vi')).toContain('nặng 21,5 MB');
  });
});
