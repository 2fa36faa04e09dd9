import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import { useApp } from '../app/context';
import { useSpreadsheetExport } from '../app/exportSpreadsheet';
import type { ArrivalsT } from './messages';

/**
 * Export CSV / Export XLSX of the run-of-show: main writes the sequence from the event file
 * (`arrivals:export`) through exportSpreadsheet. A refusal goes to the error banner; the path written is said beside the buttons.
 */
export function ArrivalsExport({ sequenceId, t }: { sequenceId: string; t: ArrivalsT }) {
  const fileName = useApp((s) => s.file?.name ?? '');
  const { busy, status, save: saveAs } = useSpreadsheetExport({
    exported: (path) => t('exported', { path }),
    unexpected: (detail) => t('unexpected', { detail }),
  });
  const save = (format: SpreadsheetFormat) =>
    saveAs([format], `${fileName.replace(/\.preseance$/i, '') || 'event'}-arrivals.${format}`, (api, f, path) => api['arrivals:export']({ sequenceId, format: f, path }));

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
