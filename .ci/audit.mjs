#!/usr/bin/env node
// CI's dependency audit: fails on a known critical vulnerability in a runtime dependency, and
// only then. `npm audit` exits non-zero both when it finds something and when the advisory
// service cannot be reached (some registries answer its POST with 405), so its exit code alone
// cannot tell "vulnerable" from "not checked". This reads its JSON instead:
//   - a report with critical vulnerabilities: list them, exit 1 (CI fails);
//   - a report without: say so, exit 0;
//   - no report (the service refused, timed out, or npm failed): a loud warning naming the
//     reason, exit 0 — CI goes on, and the log says the audit did not run.
// Runs `npm` from PATH (the tests put a fake one there).
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const TIMEOUT_MS = 120_000;

/** What one `npm audit --json` run means: { verdict: 'critical' | 'clean' | 'unreachable', lines }. */
export function judge({ status, stdout, stderr, timedOut }) {
  if (timedOut) return { verdict: 'unreachable', lines: [`npm audit did not answer within ${TIMEOUT_MS / 1000} s`] };
  let report = null;
  try {
    report = JSON.parse(stdout);
  } catch {
    // not JSON: npm itself failed before asking the service
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts.critical === 'number') {
    const critical = Object.values(report.vulnerabilities ?? {})
      .filter((v) => v.severity === 'critical')
      .map((v) => `${v.name}${v.range ? ` ${v.range}` : ''}: ${[v.via ?? []].flat().map((via) => (typeof via === 'string' ? via : via.title ?? via.url ?? '')).filter(Boolean).join('; ')}`);
    const summary = ['critical', 'high', 'moderate', 'low'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
    if (counts.critical > 0) return { verdict: 'critical', lines: [`dependency audit: ${summary} in runtime dependencies`, ...critical.map((c) => `  critical: ${c}`)] };
    return { verdict: 'clean', lines: [`dependency audit: no critical vulnerability in runtime dependencies (${summary})`] };
  }
  const reason =
    report?.message ?? report?.error?.summary ?? (stderr.split('\n').find((l) => /error|ERR|ENOTFOUND|ETIMEDOUT|ECONNREFUSED|EAI_AGAIN/.test(l)) || `npm audit exited with ${status} and no report`);
  return { verdict: 'unreachable', lines: [`the advisory service could not be reached: ${String(reason).trim()}`] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=critical', '--json'], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const { verdict, lines } = judge({ status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '', timedOut: run.error?.code === 'ETIMEDOUT' });
  if (verdict === 'unreachable') {
    const bar = '!'.repeat(78);
    process.stderr.write(`${[bar, 'WARNING: DEPENDENCY AUDIT NOT RUN', ...lines, 'Known vulnerabilities in runtime dependencies were NOT checked in this run.', bar].join('\n')}\n`);
    process.exit(0);
  }
  (verdict === 'critical' ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
  process.exit(verdict === 'critical' ? 1 : 0);
}
