import { EventFile } from '../../../electron/store/eventFile';
import { AppError } from '../../../shared/errors';
import { FIXTURE_IDS } from '../../fixtures/document';

/** Opens the fixture's event file and tries one edit: what a user meets (in this process or a child's). */
export function openedAs(path: string) {
  const file = EventFile.open(path);
  try {
    const document = file.loadDocument();
    const renamed = { ...document.delegations[FIXTURE_IDS.fra]!, nameEn: 'French Republic' };
    let edit = 'ok';
    try {
      file.apply({ upserts: { delegations: [renamed] }, deletes: {} });
    } catch (error) {
      edit = error instanceof AppError ? error.code : String(error);
    }
    return { opened: true as const, readOnly: file.readOnly, edit, fraHeadSeated: FIXTURE_IDS.assignFraHead in document.assignments };
  } finally {
    file.close();
  }
}
