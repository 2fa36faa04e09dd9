import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import nodePath from 'node:path';
import type { TestProject } from 'vitest/node';

// Global setup of the team project: a real PostgreSQL server for the whole run, in a temporary
// folder on a free loopback port, never a mock (issue 16, pitfall d). Debian's binaries are
// used as they are installed (/usr/lib/postgresql/<major>/bin); as root, the server runs as the
// `postgres` user (initdb and postgres refuse root). TCP needs a password (scram-sha-256), so the
// tests' login roles authenticate as an officer's laptop would; the Unix socket stays in /tmp.

export type PgServer = { host: string; port: number; user: string; password: string };

declare module 'vitest' {
  export interface ProvidedContext {
    pg: PgServer;
  }
}

/** The newest PostgreSQL binaries installed, or null. PRESEANCE_PG_BIN overrides the search. */
function findBinaries(): string | null {
  const given = process.env.PRESEANCE_PG_BIN;
  if (given) return fs.existsSync(nodePath.join(given, 'pg_ctl')) ? given : null;
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const majors = fs.readdirSync(root).filter((v) => /^\d+$/.test(v) && Number(v) >= 14).sort((a, b) => Number(b) - Number(a));
  const found = majors.map((v) => nodePath.join(root, v, 'bin')).find((bin) => fs.existsSync(nodePath.join(bin, 'pg_ctl')));
  return found ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findBinaries();
  if (!bin) {
    throw new Error(
      'The team tests need a real PostgreSQL 14 or later and none was found in /usr/lib/postgresql/*/bin. ' +
        'Install Debian\'s server: `apt-get install postgresql` (or set PRESEANCE_PG_BIN to a folder holding pg_ctl).',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', nodePath.join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(nodePath.join(bin, tool), args, { stdio: 'pipe' });

  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-pg-'));
  const data = nodePath.join(dir, 'data');
  const password = crypto.randomBytes(18).toString('base64url');
  const pwfile = nodePath.join(dir, 'pw');
  fs.writeFileSync(pwfile, password, { mode: 0o600 });
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  let started = false;
  const stop = () => {
    try {
      if (started) run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    // --no-sync: the cluster is thrown away after the run; the server itself keeps fsync on.
    run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '-E', 'UTF8', '--locale=C']);
    run('pg_ctl', ['start', '-D', data, '-w', '-l', nodePath.join(dir, 'server.log'), '-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`]);
    started = true;
  } catch (error) {
    const log = nodePath.join(dir, 'server.log');
    const detail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`PostgreSQL (${bin}) did not start: ${stderr}\n${detail}`, { cause: error });
  }
  project.provide('pg', { host: '127.0.0.1', port, user: 'postgres', password });
  return stop;
}
