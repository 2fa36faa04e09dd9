/**
 * The renderer's bridge exposes exactly the channels the renderer calls: RENDERER_CHANNELS is
 * checked against a scan of renderer/src for `api['channel']` calls. A channel exposed and never
 * called (the CLI's plans, counts, checks: the window could write or read behind the edit store)
 * fails, and so does a call to a channel the bridge does not expose. The built preload and main's
 * registration are checked against the same list in test/e2e/main-smoke.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CLI_CHANNELS, RENDERER_CHANNELS } from '../../shared/ipc/channels';
import { sourceFiles } from './source-files';

const RENDERER = resolve(import.meta.dirname, '../../renderer/src');


// How the renderer holds the bridge: `api`, `this.api`, `bridge`, `getBridge()`.
const BRIDGE = /\b(api|bridge|getBridge\(\))/;

/** Every `api['x']` / `bridge['x']` / `getBridge()?.['x']` of the renderer: the channels it calls, with where. */
function scan(): { called: Map<string, string[]>; dynamic: string[] } {
  const called = new Map<string, string[]>();
  const dynamic: string[] = [];
  for (const { path: file } of sourceFiles(['renderer/src'])) {
    const text = readFileSync(file, 'utf8');
    const where = relative(RENDERER, file);
    for (const m of text.matchAll(new RegExp(`${BRIDGE.source}\\s*(\\?\\.)?\\[\\s*(['"\`])([^'"\`]+)\\3\\s*\\]`, 'g'))) {
      called.set(m[4]!, [...(called.get(m[4]!) ?? []), where]);
    }
    // A call by a computed name would hide from this scan: none is allowed.
    for (const m of text.matchAll(new RegExp(`${BRIDGE.source}\\s*(\\?\\.)?\\[\\s*(?!['"\`])([^\\]]*)\\]`, 'g'))) dynamic.push(`${where}: ${m[1]}[${m[3]}]`);
    // The bridge is reached only through getBridge()/PreseanceApi, never window.preseance's keys one by one.
    for (const m of text.matchAll(/window\.preseance\s*(\?\.)?\s*\[/g)) dynamic.push(`${where}: ${m[0]}`);
  }
  return { called, dynamic };
}

describe('the renderer bridge', () => {
  const { called, dynamic } = scan();

  it('finds the renderer’s calls (the scan works)', () => {
    expect(called.get('doc:apply')).toContain(join('app', 'controller.ts'));
    expect(called.size).toBeGreaterThan(10);
    expect(dynamic).toEqual([]);
  });

  it('exposes no channel the renderer never calls', () => {
    const unused = RENDERER_CHANNELS.filter((c) => !called.has(c));
    expect(unused, 'exposed to the window but never called from renderer/src').toEqual([]);
  });

  it('exposes every channel the renderer calls', () => {
    const exposed = new Set<string>(RENDERER_CHANNELS);
    const missing = [...called.keys()].filter((c) => !exposed.has(c)).map((c) => `${c} (${called.get(c)!.join(', ')})`);
    expect(missing, 'called from renderer/src but not exposed by the bridge').toEqual([]);
  });

  it('keeps the CLI’s channels out of the window: every write from it is doc:apply', () => {
    expect(CLI_CHANNELS).toEqual(expect.arrayContaining(['seating:plan', 'arrivals:plan', 'precedence:order']));
    for (const c of CLI_CHANNELS) expect(RENDERER_CHANNELS as readonly string[]).not.toContain(c);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });
});
