/**
 * No fixed sleep in the end-to-end tests (issue 14, item 6): a test that
 * waits 1.5 s is slow on a quiet machine and still flaky on a busy one. They wait for the
 * condition instead (test/e2e/poll.ts, Playwright's own waits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from './source-files';

/** The lines of `text` that wait a fixed time: waitForTimeout, a setTimeout or a sleep helper. */
export function fixedSleeps(text: string): string[] {
  return text.split('\n').filter((line) => /\bwaitForTimeout\s*\(|\bsetTimeout\s*\(|\bsleep\s*\(/.test(line) && !/^\s*(\/\/|\*)/.test(line));
}

describe('fixed sleeps in the browser tests', () => {
  it('are found when there is one', () => {
    // Sample lines kept in a text fixture: this test waits for nothing, and holds no wait a search could take for one.
    const sample = readFileSync(join(repoRoot, 'test/fixtures/fixed-sleeps-sample.txt'), 'utf8');
    expect(fixedSleeps(sample)).toEqual(['await page.waitForTimeout(1500);', 'await new Promise((r) => setTimeout(r, 200));']);
  });

  it('are in no e2e test nor its helpers', () => {
    const found = sourceFiles(['test/e2e'], /\.(ts|tsx|mjs)$/).flatMap((f) => fixedSleeps(readFileSync(f.path, 'utf8')).map((line) => `${f.relative}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
