import { expect, test } from 'vitest';
import { TEAM_ROLES } from '../../electron/team/roles';
import { pull, push } from '../../electron/team/sync';
import { updateEntity } from '../../shared/document/commands';
import { FIXTURE_IDS as I } from '../fixtures/document';
import { useTempDirs } from '../store/helpers';
import { edit, useTeam, waitFor } from './helpers';

// Issue 16, pitfall (a): numbers from a sequence become visible in commit order, not number
// order. If the writer holding number 2 commits after the writer holding number 3, a puller
// that read 3 and then asks for "after 3" never sees 2. apply_command's advisory lock makes
// the second writer wait for the first one's commit before it even gets a number.
const tempDir = useTempDirs();
const team = useTeam(tempDir);

test('two concurrent writers, the later-numbered one trying to commit first: a puller never skips a change', async () => {
  const { officer, owner } = await team();
  const first = await officer(TEAM_ROLES.chief);
  const second = await officer(TEAM_ROLES.chief);
  const puller = await officer(TEAM_ROLES.viewer);

  // The first writer's command runs in a transaction left open: it holds its change number.
  await first.client.query('BEGIN');
  const firstSeq = await push(first.file, first.client, edit(first.file.loadDocument(), updateEntity, { collection: 'halls', id: I.plenary, fields: { nameEn: 'First writer' } }));
  let secondSeq: number | null = null;
  const secondDone = push(second.file, second.client, edit(second.file.loadDocument(), updateEntity, { collection: 'halls', id: I.banquet, fields: { nameEn: 'Second writer' } })).then((seq) => {
    secondSeq = seq;
  });
  // The second writer is either queued behind the first (the lock) or already committed (no lock).
  await waitFor('the second writer to queue or commit', async () => {
    if (secondSeq !== null) return true;
    const { rows } = await owner.query(`SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND wait_event = 'advisory'`, [second.login.user]);
    return rows.length > 0;
  });
  await pull(puller.file, puller.client);
  await first.client.query('COMMIT');
  await secondDone;
  await pull(puller.file, puller.client);

  expect(secondSeq!).toBeGreaterThan(firstSeq!);
  const halls = puller.file.loadDocument().halls;
  expect(halls[I.plenary]!.nameEn).toBe('First writer');
  expect(halls[I.banquet]!.nameEn).toBe('Second writer');
  expect(puller.file.replica.state()!.lastSeq).toBe(secondSeq);
});
