import crypto from 'node:crypto';
import pg from 'pg';
import { afterEach, inject } from 'vitest';

// Each test gets its own database on the run's server (test/team/pg-setup.ts) and its own
// login roles, so tests never see each other's rows; everything is dropped after the test.

export type Login = { user: string; password: string };

export function serverInfo() {
  return inject('pg');
}

export function connectAs(database: string, login: Login): pg.Client {
  const { host, port } = serverInfo();
  return new pg.Client({ host, port, database, user: login.user, password: login.password });
}

export const superuser = (): Login => ({ user: serverInfo().user, password: serverInfo().password });

/** A fresh database (and a way to make login roles in it), dropped with its roles after the test. */
export function useDatabases(): () => Promise<{ name: string; login: (group: string | null) => Promise<Login> }> {
  const databases: string[] = [];
  const roles: string[] = [];
  const open: pg.Client[] = [];
  const admin = async (sql: string, database = 'postgres') => {
    const client = connectAs(database, superuser());
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  afterEach(async () => {
    for (const client of open.splice(0)) await client.end().catch(() => undefined);
    for (const name of databases.splice(0)) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    for (const role of roles.splice(0)) await admin(`DROP ROLE IF EXISTS ${role}`);
  });
  return async () => {
    const name = `t_${crypto.randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE ${name}`);
    databases.push(name);
    return {
      name,
      /** A login role that is a member of `group` (a team role of electron/team/roles.ts), or of none. */
      login: async (group) => {
        const user = `${name}_${crypto.randomBytes(3).toString('hex')}`;
        const password = crypto.randomBytes(12).toString('hex');
        await admin(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'${group ? ` IN ROLE ${group}` : ''}`);
        roles.push(user);
        return { user, password };
      },
    };
  };
}
