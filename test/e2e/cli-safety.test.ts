/**
 * The CLI's JSON export writes only a .json file: `--out` naming the event itself (or anything
 * else) once overwrote it with JSON. And an old Node.js is told, not crashed.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { cli, sha } from './cli-run';

const CLI = nodePath.resolve(import.meta.dirname, '../../out/main/cli.js');
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

describe('the CLI on an old Node.js', () => {
  // better-sqlite3 crashed Node 20 with a segmentation fault and no message.
  test('says which Node.js it needs, exits 1, and never loads the database', () => {
    const event = nodePath.join(dir, 'old-node.preseance');
    const old = ['--import', 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})'];
    for (const [lang, text] of [['en', 'needs Node.js 22.12 or later; this is Node.js 20.20.2'], ['vi', 'cần Node.js 22.12 trở lên']] as const) {
      const run = spawnSync(process.execPath, [...old, CLI, 'new', event, '--lang', lang], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(1);
      expect(run.signal).toBeNull();
      expect(run.stderr).toContain(text);
    }
    expect(fs.existsSync(event)).toBe(false);
  });
});
