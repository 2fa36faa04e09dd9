import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Konva through its public API only: its private fields (the native context a Konva.Context
// wraps, the element a Konva.Canvas holds) change between releases without notice. Drawing code
// gets the native context from renderer/src/halls/editor/native-context.ts.
const ROOT = join(import.meta.dirname, '../../renderer/src');
const PRIVATE = /\.(_context|_canvas)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('Konva through its public API', () => {
  it('no renderer source reads a private Konva field (context._context, canvas._canvas)', () => {
    const files = sources(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const uses = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (PRIVATE.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : []))
    );
    expect(uses).toEqual([]);
  });

  it('the scan sees such a use', () => {
    expect(PRIVATE.test('drawMarkers(context._context, markers)')).toBe(true);
    expect(PRIVATE.test('layer.getCanvas()._canvas')).toBe(true);
    expect(PRIVATE.test('layer.getNativeCanvasElement()')).toBe(false);
  });
});
