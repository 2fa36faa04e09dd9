import { useState } from 'react';
import type { SpreadsheetFormat } from '../../../../shared/ipc/contract';
import { useApp, useEditorState } from '../../app/context';
import { useI18n } from '../../i18n/I18n';
import { useSpreadsheetExport } from '../../app/exportSpreadsheet';
import { ImportDialog } from './ImportDialog';
import { fileText } from './messages';

type Content = 'delegations' | 'template';

/**
 * The Delegations toolbar's file actions: Import… (a dialog with a preview), Export CSV,
 * Export XLSX and Template (CSV or XLSX, as chosen in the save dialog). Exports are written by
 * main from the event file, so they wait until every edit is saved; a refusal goes to the
 * error banner, a success is said beside the buttons.
 */
export function FileActions() {
  const { lang } = useI18n();
  const t = fileText(lang);
  const readOnly = useEditorState((s) => s.readOnly);
  const fileName = useApp((s) => s.file?.name ?? '');
  const [importing, setImporting] = useState(false);
  const { busy, status, setStatus, save: saveAs } = useSpreadsheetExport({
    exported: (path) => t('exported', { path }),
    unexpected: (detail) => t('unexpected', { detail }),
  });
  const save = (content: Content, formats: SpreadsheetFormat[]) => {
    const stem = content === 'template' ? 'delegations-template' : `${fileName.replace(/\.preseance$/i, '') || 'event'}-delegations`;
    return saveAs(formats, `${stem}.${formats[0]}`, (api, format, path) => api['delegations:export']({ content, format, path }));
  };

  return (
    <div className="file-actions" role="group" aria-label={t('fileActions')}>
      <button
        type="button"
        className="button"
        data-testid="delegations-import"
        title={t('importTooltip')}
        disabled={readOnly}
        onClick={() => {
          setStatus(null);
          setImporting(true);
        }}
      >
        {t('importButton')}
      </button>
      <button type="button" className="button" data-testid="delegations-export-csv" title={t('exportCsvTooltip')} disabled={busy} onClick={() => void save('delegations', ['csv'])}>
        {t('exportCsv')}
      </button>
      <button type="button" className="button" data-testid="delegations-export-xlsx" title={t('exportXlsxTooltip')} disabled={busy} onClick={() => void save('delegations', ['xlsx'])}>
        {t('exportXlsx')}
      </button>
      <button type="button" className="button" data-testid="delegations-template" title={t('templateTooltip')} disabled={busy} onClick={() => void save('template', ['csv', 'xlsx'])}>
        {t('template')}
      </button>
      {status && (
        <span className="file-actions__status" role="status" data-testid="delegations-file-status">
          {status}
        </span>
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={setStatus} />}
    </div>
  );
}
