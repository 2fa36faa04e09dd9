import type { Input, ImportResult } from '../../shared/ipc/contract';
import type { IdFactory } from '../../shared/ids';
import type { Language } from '../../shared/i18n/index';
import type { ReferenceData } from '../../shared/reference/types';
import type { EventFile } from '../store/eventFile';
import { withRealIds } from './importJob';
import { ImportJobs } from './importJobs';

export type ImportContext = { file: EventFile; reference: ReferenceData; lang: Language; ids: IdFactory; jobs?: ImportJobs };

/**
 * `delegations:import`: plans the import of a CSV text or an XLSX workbook (base64) into the
 * open event, in a worker thread (importJobs.ts: the window stays responsive, and the officer
 * can cancel). It only plans and writes nothing: the app shows the plan, then applies `changes`
 * through its document store as one undoable edit; the CLI applies them through doc:apply.
 */
export async function importDelegations(input: Input<'delegations:import'>, context: ImportContext): Promise<ImportResult> {
  const jobs = context.jobs ?? new ImportJobs(); // the app passes the window's, so that Cancel reaches it
  const data = input.format === 'csv' ? new TextEncoder().encode(input.data) : new Uint8Array(Buffer.from(input.data, 'base64'));
  const plan = await jobs.run({ format: input.format, data, document: context.file.loadDocument(), reference: context.reference, lang: context.lang });
  const { applied: _applied, ...report } = plan.report;
  return { ...report, changes: withRealIds(plan.changes, context.ids) };
}
