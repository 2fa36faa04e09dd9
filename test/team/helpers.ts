import crypto from 'node:crypto';
import nodePath from 'node:path';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { EventFile } from '../../electron/store';
import { join, publish } from '../../electron/team/sync';
import { emptyHistory, execute, type Command } from '../../shared/document/history';
import { emptyDocument, type Changes, type EventDocument } from '../../shared/model/collections';
import { fixtureDocument } from '../fixtures/document';

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

/** A team event on a fresh database: the fixture published by its owner, and officers who join it. */
export function useTeam(tempDir: () => string) {
  const database = useDatabases();
  const files: EventFile[] = [];
  const clients: pg.Client[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.end().catch(() => undefined);
    for (const file of files.splice(0)) file.close();
  });
  return async () => {
    const db = await database();
    const owner = connectAs(db.name, superuser());
    await owner.connect();
    clients.push(owner);
    const published = EventFile.create(nodePath.join(tempDir(), 'published.preseance'), fixtureDocument());
    files.push(published);
    await publish(published, owner);
    let n = 0;
    /** An officer of `group`: a login role, a connection of their own and a replica joined from the server. */
    const officer = async (group: string) => {
      const login = await db.login(group);
      const client = connectAs(db.name, login);
      await client.connect();
      clients.push(client);
      const file = await join(client, nodePath.join(tempDir(), `officer-${++n}.preseance`));
      files.push(file);
      return { login, client, file, config: { ...serverConfig(), database: db.name, user: login.user, password: login.password } };
    };
    /** The server's state as a document (live rows only). */
    const serverDocument = async (): Promise<EventDocument> => {
      const document = emptyDocument();
      const { rows } = await owner.query<{ kind: string; id: string; data: unknown }>('SELECT kind, id, data FROM rows WHERE data IS NOT NULL');
      for (const row of rows) (document as Record<string, Record<string, unknown>>)[row.kind]![row.id] = row.data;
      return document;
    };
    return { db, owner, published, officer, serverDocument };
  };
}

const serverConfig = () => ({ host: serverInfo().host, port: serverInfo().port });

/** The rows a document command changes, as the app's history computes them. */
export function edit<A>(document: EventDocument, command: Command<A>, args: A): Changes {
  const step = execute(document, emptyHistory(), command, args);
  if (!step) throw new Error(`${command.id} changed nothing`);
  return step.changes;
}

/** Polls `condition` until it holds (no fixed sleeps): fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
