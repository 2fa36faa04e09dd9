/**
 * The CLI's JSON export writes only a .json file: `--out` naming the event itself (or anything
 * else) once overwrote it with JSON.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, sha } from './cli-run';

const dir = fs.mkdtempSync(nodePath.join(tmpdir(), 'preseance-cli-paths-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the JSON export of the CLI', () => {
  test('refuses a path that is not .json — the event file itself above all — and changes nothing', () => {
    const event = nodePath.join(dir, 'event.preseance');
    expect(cli('new', event).code).toBe(0);
    const before = sha(event);
    for (const out of [event, nodePath.join(dir, 'notes.txt')]) {
      const result = cli('export', event, '--format', 'json', '--out', out);
      expect(result.code).toBe(1);
      expect(result.err).toContain('must be saved in a file ending in .json');
    }
    expect(sha(event)).toBe(before);
    expect(fs.existsSync(nodePath.join(dir, 'notes.txt'))).toBe(false);
    const vi = cli('export', event, '--format', 'json', '--out', event, '--lang', 'vi');
    expect(vi.err).toContain('phải có đuôi .json');
  });
});
