/**
 * The import's worker: a plan made in the worker equals the one made in main (ids included),
 * a running job says how far it is, and Cancel ends it with no plan.
 */
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { planDelegationImport } from '../../shared/import/delegations';
import { AppError } from '../../shared/errors';
import { ImportJobs } from '../../electron/services/importJobs';
import { withRealIds } from '../../electron/services/importJob';
import { referenceData } from '../../resources/reference/load';

const job = (text: string) => ({ format: 'csv' as const, data: new TextEncoder().encode(text), document: emptyDocument(), reference: referenceData, lang: 'en' as const });

describe('the import worker', { timeout: 120_000 }, () => {
  it('plans exactly what main would, the same ids in the same order', async () => {
    const text = 'kind,iso3,head_name,rank,members\nstate,FRA,Jean Dupont,minister,Ann | Adviser; Bob\nstate,JPN,Sato Ken,ambassador,\n';
    const plan = await new ImportJobs().run(job(text));
    const inMain = planDelegationImport({ text, document: emptyDocument(), reference: referenceData, lang: 'en', ids: seededIds(4) });
    expect(withRealIds(plan.changes, seededIds(4))).toEqual(inMain.changes);
    expect(plan.report).toEqual(inMain.report);
  });

  it('says how far a large file is, and a cancel ends it with no plan', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `state,Z${i % 100},A ${i},x`);
    const jobs = new ImportJobs();
    const running = jobs.run(job(['kind,iso3,head_name,rank', ...rows].join('\n')));
    const outcome = running.then(
      () => 'planned',
      (err: unknown) => (err instanceof AppError ? err.code : String(err)),
    );
    await expect.poll(() => jobs.progress(), { timeout: 60_000, interval: 20 }).not.toBeNull();
    expect(jobs.progress()).toMatchObject({ stage: expect.stringMatching(/^(reading|checking)$/) });
    jobs.cancel();
    expect(await outcome).toBe('import-cancelled');
    expect(jobs.progress()).toBeNull();
  });
});
