import type { Input, ImportResult } from '../../shared/ipc/contract';
import type { IdFactory } from '../../shared/ids';
import type { Language } from '../../shared/i18n/index';
import type { ReferenceData } from '../../shared/reference/types';
import type { EventDocument } from '../../shared/model/collections';
import type { EventFile } from '../store/eventFile';
import { withRealIds } from './importJob';
import { ImportJobs } from './importJobs';

export type ImportContext = { file: EventFile; reference: ReferenceData; lang: Language; ids: IdFactory; jobs?: ImportJobs };

// The same event, as far as a plan goes: it is compared only when main is to write the plan.
const same = (a: EventDocument, b: EventDocument) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `delegations:import`: plans the import of a CSV text or an XLSX workbook (base64) into the
 * open event, in a worker thread (importJobs.ts: the window stays responsive, and the officer
 * can cancel). A dry run only returns the plan — the app shows it, then applies `changes`
 * through its document store as one undoable edit, on the very document the plan was made on.
 * Otherwise (the CLI) main writes it, all or nothing, and only if the event is still the one
 * planned on: an edit that landed meanwhile means a new plan.
 */
export async function importDelegations(input: Input<'delegations:import'>, context: ImportContext): Promise<ImportResult> {
  const jobs = context.jobs ?? new ImportJobs(); // the app passes the window's, so that Cancel reaches it
  for (;;) {
    const document = context.file.loadDocument();
    const data = input.format === 'csv' ? new TextEncoder().encode(input.data) : new Uint8Array(Buffer.from(input.data, 'base64'));
    const plan = await jobs.run({ format: input.format, data, document, reference: context.reference, lang: context.lang });
    const { report } = plan;
    const changes = withRealIds(plan.changes, context.ids);
    if (input.dryRun || report.errors.length > 0) return { ...report, applied: false, changes };
    if (!same(document, context.file.loadDocument())) continue;
    context.file.apply(changes);
    return { ...report, applied: true, changes };
  }
}
