/**
 * CI's dependency audit step (.ci/audit.mjs), run as CI runs it with a fake `npm` first on PATH
 * that replays a recorded `npm audit --json` answer: a critical vulnerability fails the step;
 * an unreachable advisory service (the 405 this project's registry answers) warns loudly and
 * lets CI go on; a report without a critical one passes quietly.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const bin = mkdtempSync(join(tmpdir(), 'preseance-fake-npm-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs the audit step with a fake npm that prints `stdout` (a fixture file, or nothing) and exits with `code`. */
function audit(fixture: string | null, code: number, stderr = '') {
  const npm = join(bin, 'npm');
  writeFileSync(
    npm,
    `#!/bin/sh\necho "$@" > "${bin}/args"\n${fixture ? `cat "${join(ROOT, 'test/fixtures/audit', fixture)}"\n` : ''}${stderr ? `echo "${stderr}" >&2\n` : ''}exit ${code}\n`,
  );
  chmodSync(npm, 0o755);
  const run = spawnSync(process.execPath, [join(ROOT, '.ci/audit.mjs')], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
  const args = spawnSync('cat', [join(bin, 'args')], { encoding: 'utf8' }).stdout.trim();
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, args };
}

describe('CI dependency audit (.ci/audit.mjs)', () => {
  it('audits the runtime dependencies only, as JSON', () => {
    expect(audit('high-only.json', 1).args).toBe('audit --omit=dev --audit-level=critical --json');
  });

  it('fails on a critical vulnerability and names it', () => {
    const run = audit('critical.json', 1);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 critical, 1 high');
    expect(run.stderr).toContain('critical: minimist <0.2.4: Prototype Pollution in minimist');
    expect(run.stderr).not.toContain('semver');
  });

  it('passes quietly when nothing is critical', () => {
    const run = audit('high-only.json', 1);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no critical vulnerability in runtime dependencies \(0 critical, 1 high/);
    expect(run.stderr).toBe('');
  });

  it.each([
    ['the service refuses the request (405)', 'unreachable-405.json', '', /405 Method Not Allowed/],
    ['npm fails before any report (no network)', null, 'npm error code ENOTFOUND request failed', /ENOTFOUND/],
    ['npm prints nothing and fails', null, '', /npm audit exited with 1 and no report/],
  ])('warns loudly and lets CI go on when %s', (_what, fixture, stderr, reason) => {
    const run = audit(fixture, 1, stderr);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('WARNING: DEPENDENCY AUDIT NOT RUN');
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toContain('were NOT checked');
  });
});
