import { expect, test } from 'vitest';
import { connectAs, superuser } from './helpers';

test('the suite runs against a real PostgreSQL 14 or later, reached over TCP with a password', async () => {
  const client = connectAs('postgres', superuser());
  await client.connect();
  const { rows } = await client.query<{ version: number; fsync: string }>(
    `SELECT current_setting('server_version_num')::int AS version, current_setting('fsync') AS fsync`,
  );
  await client.end();
  expect(rows[0]!.version).toBeGreaterThanOrEqual(140000);
  expect(rows[0]!.fsync).toBe('on');
  const wrong = connectAs('postgres', { user: superuser().user, password: 'not-the-password' });
  await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
});
