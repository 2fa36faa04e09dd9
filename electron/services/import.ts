import type { Input, ImportResult } from '../../shared/ipc/contract';
import type { IdFactory } from '../../shared/ids';
import type { Language } from '../../shared/i18n/index';
import type { ReferenceData } from '../../shared/reference/types';
import { planDelegationImport } from '../../shared/import/delegations';
import { readDelegationFile, type DelegationFile } from '../../shared/import/files';
import type { EventFile } from '../store/eventFile';

export type ImportContext = { file: EventFile; reference: ReferenceData; lang: Language; ids: IdFactory };

/**
 * `delegations:import`: plans the import of a CSV text or an XLSX workbook (base64) into the
 * open event. A dry run only returns the plan — the app shows it, then applies `changes` through
 * its document store as one undoable edit. Otherwise (the CLI) main writes it, all or nothing.
 * The file is read first (unzipping is async); loading the event, planning and writing then
 * happen in one synchronous step, so no other edit can land between the plan and the write.
 */
export async function importDelegations(input: Input<'delegations:import'>, context: ImportContext): Promise<ImportResult> {
  const file: DelegationFile =
    input.format === 'csv' ? { format: 'csv', text: input.data } : { format: 'xlsx', bytes: new Uint8Array(Buffer.from(input.data, 'base64')) };
  const read = await readDelegationFile(file, context.lang);
  if (!read.ok) return { ...read.refused.report, applied: false, changes: read.refused.changes };
  const { report, changes } = planDelegationImport({
    ...read.source,
    document: context.file.loadDocument(),
    reference: context.reference,
    lang: context.lang,
    ids: context.ids,
  });
  if (input.dryRun || report.errors.length > 0) return { ...report, applied: false, changes };
  context.file.apply(changes);
  return { ...report, applied: true, changes };
}
