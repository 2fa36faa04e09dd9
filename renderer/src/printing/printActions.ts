import { flushSync } from 'react-dom';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import { useController, useEditor } from '../app/context';
import { exportSpreadsheet } from '../app/exportSpreadsheet';
import { getBridge } from '../bridge';
import { portrait } from './paper';
import { appendPrintLog, PRINT_LOG_KEY } from './printLog';
import type { PrintViewModel } from './printViewModel';
import { listTable } from './tables';

/**
 * What the Printing screen's buttons do: Print… (the native dialog) and Export PDF… of the
 * pages, each waiting for every page and recorded in the event's print log; Export CSV / XLSX
 * of a list (the save dialog, then main writes the rows built here; the run-of-show: main
 * builds it from the saved file).
 */
export function usePrintActions(vm: PrintViewModel) {
  const controller = useController();
  const editor = useEditor();
  const { t, i18n, busy, setBusy, setResult, setWriting, job, pages, size, preparation, output, hallId, sequenceId, kind, scopeHall, status, revision, readOnly, suggested } = vm;

  /** Stamps the pages with the time now and waits until they are drawn in the font. */
  const restamp = async () => {
    flushSync(() => vm.setPrintedAt(new Date()));
    await window.document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  };

  const record = (action: 'pdf' | 'print', at: Date) => {
    if (!job || readOnly) return;
    const value = appendPrintLog(editor.getSnapshot().document, { kind, hallId: scopeHall, at: at.toISOString(), status, revision, action, items: job.items });
    // Not an undo step (editor.record): undoing an edit made before the print must not unprint it.
    editor.record(putSetting, { key: PRINT_LOG_KEY, value, newId: randomId() });
  };

  const run = async (action: 'pdf' | 'print') => {
    const api = getBridge();
    if (!api || busy || !job || pages === 0) return;
    setBusy(true);
    setResult(null);
    try {
      const oriented = { paper: portrait(size), landscape: size.widthMm > size.heightMm };
      if (action === 'pdf') {
        const chosen = await api['dialog:savePdf']({ suggestedName: suggested() });
        if (!chosen.ok) return controller.notify(chosen.error.message);
        if (chosen.value.path === null) return; // cancelled
        await restamp();
        const prepared = await preparation.whenPrepared();
        if (prepared !== 'ready') return setResult({ key: prepared === 'cancelled' ? 'cancelled' : 'changedMeanwhile' });
        setWriting(true);
        setResult({ key: 'exporting' });
        const written = await api['print:pdf']({ ...oriented, path: chosen.value.path });
        if (!written.ok) return controller.notify(written.error.message);
        record('pdf', new Date());
        setResult({ key: 'exported', path: written.value.path, pages });
      } else {
        await restamp();
        const prepared = await preparation.whenPrepared();
        if (prepared !== 'ready') return setResult({ key: prepared === 'cancelled' ? 'cancelled' : 'changedMeanwhile' });
        const printed = await api['print:native'](oriented);
        if (!printed.ok) return controller.notify(printed.error.message);
        if (!printed.value.printed) return;
        record('print', new Date());
        setResult({ key: 'printed', pages });
      }
    } catch (err) {
      controller.notify(t('unexpected', { detail: err instanceof Error ? err.message : String(err) }));
    } finally {
      setWriting(false);
      setBusy(false);
    }
  };

  const exportList = async (format: SpreadsheetFormat) => {
    const api = getBridge();
    if (!api || busy || (output === 'run-of-show' && !sequenceId)) return;
    setBusy(true);
    setResult(null);
    try {
      const outcome = await exportSpreadsheet(api, () => editor.whenIdle(), [format], suggested().replace(/\.pdf$/, `.${format}`), async (f, path) => {
        if (output === 'run-of-show') return api['arrivals:export']({ sequenceId: sequenceId!, format: f, path });
        const rows = listTable(editor.getSnapshot().document, output, hallId, { t, lang: i18n.lang, collator: i18n.collator });
        if (!rows) return { ok: false, error: { message: t(output === 'signing' ? 'noSigning' : 'noTables') } };
        return api['print:exportList']({ rows, format: f, path });
      });
      if (outcome?.ok === false) controller.notify(outcome.message);
      else if (outcome) setResult({ key: 'listExported', path: outcome.path });
    } catch (err) {
      controller.notify(t('unexpected', { detail: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return { run, exportList };
}
