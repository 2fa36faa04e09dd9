import { useState } from 'react';
import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import { getBridge } from '../bridge';
import { useApp, useController, useEditor } from '../app/context';
import { exportSpreadsheet } from '../app/exportSpreadsheet';
import type { ArrivalsT } from './messages';

/**
 * Export CSV / Export XLSX of the run-of-show: main writes the sequence from the event file
 * (`arrivals:export`) through exportSpreadsheet. A refusal goes to the error banner; the path written is said beside the buttons.
 */
export function ArrivalsExport({ sequenceId, t }: { sequenceId: string; t: ArrivalsT }) {
  const controller = useController();
  const editor = useEditor();
  const fileName = useApp((s) => s.file?.name ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const save = async (format: SpreadsheetFormat) => {
    const api = getBridge();
    if (!api || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const stem = `${fileName.replace(/\.preseance$/i, '') || 'event'}-arrivals`;
      const outcome = await exportSpreadsheet(api, () => editor.whenIdle(), [format], `${stem}.${format}`, (f, path) =>
        api['arrivals:export']({ sequenceId, format: f, path }),
      );
      if (outcome?.ok === false) controller.notify(outcome.message);
      else if (outcome) setStatus(t('exported', { path: outcome.path }));
    } catch (err) {
      controller.notify(t('unexpected', { detail: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="file-actions arrivals__export" role="group">
      <button type="button" className="button" data-testid="arrivals-export-csv" disabled={busy} onClick={() => void save('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" className="button" data-testid="arrivals-export-xlsx" disabled={busy} onClick={() => void save('xlsx')}>
        {t('exportXlsx')}
      </button>
      {status && (
        <span className="file-actions__status" role="status" data-testid="arrivals-file-status">
          {status}
        </span>
      )}
    </div>
  );
}
