import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import type { Output } from './jobs';
import { PrintProgress } from './PrintProgress';
import type { PrintViewModel } from './printViewModel';
import { localeOf } from '../../../shared/i18n/number';
import { LabelledSelect } from '../forms/LabelledSelect';

/** The lists that export as CSV / XLSX (the run-of-show through arrivals:export). */
const SPREADSHEET_OUTPUTS: ReadonlySet<Output> = new Set(['index', 'table-plans', 'signing', 'delegation-sheets', 'run-of-show']);

type Actions = { run(action: 'pdf' | 'print'): Promise<void>; exportList(format: SpreadsheetFormat): Promise<void> };

/** The version stamp (draft or final, revision, the last print), the buttons, the preparation's progress and what the last action did. */
export function PrintButtons({ vm, actions }: { vm: PrintViewModel; actions: Actions }) {
  const { t, i18n, status, setOption, revision, setRevision, last, busy, pages, output, job, preparation, writing, result } = vm;
  const { run, exportList } = actions;
  return (
    <>
      <LabelledSelect<'draft' | 'final'>
        look="panel"
        label={t('status')}
        testId="print-version"
        value={status}
        options={[
          { value: 'draft', label: t('draft') },
          { value: 'final', label: t('final') },
        ]}
        onChange={(s) => setOption('status', s)}
      />
      <label>
        <span>{t('revision')}</span>
        <input type="number" min={1} max={999} data-testid="print-revision" value={revision} onChange={(e) => setRevision(Math.max(1, Math.min(999, Math.round(Number(e.target.value)) || 1)))} />
      </label>
      <p className="muted" data-testid="print-last" data-count={last ? 1 : 0}>
        {last ? t('lastPrinted', { when: `${new Date(last.at).toLocaleDateString(localeOf(i18n.lang))} ${i18n.time(last.at)}`, revision: i18n.number(last.revision) }) : t('neverPrinted')}
      </p>
      <div className="print__actions">
        <button type="button" className="button" data-testid="print-print" disabled={busy || pages === 0} onClick={() => void run('print')}>
          {t('print')}
        </button>
        <button type="button" className="button button--primary" data-testid="print-export" disabled={busy || pages === 0} onClick={() => void run('pdf')}>
          {t('exportPdf')}
        </button>
      </div>
      {SPREADSHEET_OUTPUTS.has(output) && (
        <div className="print__actions" role="group">
          <button type="button" className="button" data-testid="print-export-csv" disabled={busy || pages === 0} onClick={() => void exportList('csv')}>
            {t('exportCsv')}
          </button>
          <button type="button" className="button" data-testid="print-export-xlsx" disabled={busy || pages === 0} onClick={() => void exportList('xlsx')}>
            {t('exportXlsx')}
          </button>
        </div>
      )}
      <PrintProgress job={job} pages={pages} preparation={preparation} writing={writing} t={t} i18n={i18n} />
      {result && (
        <p className="print__status" role="status" data-testid="print-result">
          {t(result.key, { path: result.path ?? '', pages: i18n.number(result.pages ?? 0) })}
        </p>
      )}
    </>
  );
}
