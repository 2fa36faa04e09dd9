import { describe, expect, it } from 'vitest';
import { execute, emptyHistory, undo } from '../../shared/document/history';
import { blankDocument } from '../../shared/document/blank';
import type { EventDocument } from '../../shared/model/collections';
import type { Asset, Hall } from '../../shared/model/entities';
import { calibrate, fitScale, removeHallBackground, setHallBackground } from '../../renderer/src/halls/editor/background';

let n = 0;
const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const hall = (id: string): Hall => ({
  id, nameEn: 'Hall', nameVi: 'Hội trường', kind: 'other', widthM: 40, depthM: 30, sortKey: 'a', gridM: 0.5, snap: true,
  backgroundAssetId: null, backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5, backgroundLocked: true,
});
const asset = (id: string, sha: string): Asset => ({ id, mime: 'image/png', sha256: sha.repeat(64), dataBase64: 'AAAA' });

function doc(): EventDocument {
  const d = blankDocument(ids, '2025-10-25');
  return { ...d, halls: { h1: hall('h1'), h2: hall('h2') } };
}

describe('floor plan commands', () => {
  it('adds the image once and reuses it for the same bytes; undo takes both back', () => {
    const first = execute(doc(), emptyHistory(), setHallBackground, { hallId: 'h1', asset: asset('a1', 'a'), fields: { backgroundScale: 0.2, backgroundLocked: false } })!;
    expect(Object.keys(first.document.assets)).toEqual(['a1']);
    expect(first.document.halls.h1).toMatchObject({ backgroundAssetId: 'a1', backgroundScale: 0.2, backgroundLocked: false });
    const second = execute(first.document, first.history, setHallBackground, { hallId: 'h2', asset: asset('a2', 'a'), fields: {} })!;
    expect(Object.keys(second.document.assets)).toEqual(['a1']);
    expect(second.document.halls.h2!.backgroundAssetId).toBe('a1');
    const back = undo(first.document, first.history)!;
    expect(back.document.assets).toEqual({});
    expect(back.document.halls.h1!.backgroundAssetId).toBeNull();
  });

  it('removes the plan, and the image only when no other hall shows it', () => {
    let step = execute(doc(), emptyHistory(), setHallBackground, { hallId: 'h1', asset: asset('a1', 'b'), fields: {} })!;
    step = execute(step.document, step.history, setHallBackground, { hallId: 'h2', asset: asset('a9', 'b'), fields: {} })!;
    step = execute(step.document, step.history, removeHallBackground, { hallId: 'h1' })!;
    expect(step.document.halls.h1!.backgroundAssetId).toBeNull();
    expect(Object.keys(step.document.assets)).toEqual(['a1']);
    step = execute(step.document, step.history, removeHallBackground, { hallId: 'h2' })!;
    expect(step.document.assets).toEqual({});
    const back = undo(step.document, step.history)!;
    expect(back.document.halls.h2!.backgroundAssetId).toBe('a1');
    expect(Object.keys(back.document.assets)).toEqual(['a1']);
  });
});

describe('calibrate', () => {
  const h = { backgroundX: 0, backgroundY: 0, backgroundScale: 0.2 };
  it('makes the marked distance true, keeping the first mark where it is', () => {
    const r = calibrate(h, { x: 0, y: 10 }, { x: 40, y: 10 }, 30)!;
    expect(r.backgroundScale).toBeCloseTo(0.15, 12);
    expect(r).toMatchObject({ backgroundX: 0, backgroundY: 2.5 });
    // The same marks on the result now measure 30 m.
    const a = { x: 0, y: 10 };
    const pixels = 40 / 0.2;
    expect(pixels * r.backgroundScale).toBeCloseTo(30, 9);
    expect(a.y - (a.y - r.backgroundY) / (r.backgroundScale / 0.2)).toBeCloseTo(0, 9);
  });
  it('refuses a distance not > 0, the same point twice, and a scale out of range', () => {
    expect(calibrate(h, { x: 0, y: 0 }, { x: 1, y: 0 }, 0)).toBeNull();
    expect(calibrate(h, { x: 0, y: 0 }, { x: 1, y: 0 }, -3)).toBeNull();
    expect(calibrate(h, { x: 0, y: 0 }, { x: 1, y: 0 }, Number.NaN)).toBeNull();
    expect(calibrate(h, { x: 2, y: 2 }, { x: 2, y: 2 }, 5)).toBeNull();
    expect(calibrate(h, { x: 0, y: 0 }, { x: 0.2, y: 0 }, 5000)).toBeNull();
  });
  it('fits an image inside the hall', () => {
    expect(fitScale({ widthM: 40, depthM: 30 }, 200, 100)).toBe(0.2);
    expect(fitScale({ widthM: 40, depthM: 30 }, 100, 300)).toBe(0.1);
    expect(fitScale({ widthM: 40, depthM: 30 }, 0, 0)).toBe(0.01);
  });
});
