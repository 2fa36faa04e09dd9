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
 * open event. It only plans and writes nothing: the app shows the plan, then applies `changes`
 * through its document store as one undoable edit; the CLI applies them through doc:apply.
 */
export async function importDelegations(input: Input<'delegations:import'>, context: ImportContext): Promise<ImportResult> {
  const file: DelegationFile =
    input.format === 'csv' ? { format: 'csv', text: input.data } : { format: 'xlsx', bytes: new Uint8Array(Buffer.from(input.data, 'base64')) };
  const read = await readDelegationFile(file, context.lang);
  if (!read.ok) return { ...withoutApplied(read.refused.report), changes: read.refused.changes };
  const { report, changes } = planDelegationImport({
    ...read.source,
    document: context.file.loadDocument(),
    reference: context.reference,
    lang: context.lang,
    ids: context.ids,
  });
  return { ...withoutApplied(report), changes };
}

/** The engine's report says whether the plan can be applied; the channel never applies it. */
function withoutApplied<R extends { applied: boolean }>({ applied: _applied, ...rest }: R): Omit<R, 'applied'> {
  return rest;
}
