import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ImportResult } from '../../../../shared/ipc/contract';
import type { EventDocument } from '../../../../shared/model/collections';
import { isEmptyChanges } from '../../../../shared/model/collections';
import { applyImportChanges } from '../../../../shared/import/apply';
import { getBridge } from '../../bridge';
import { useEditor, useEditorState } from '../../app/context';
import { DialogActions } from '../../app/Modal';
import { useI18n } from '../../i18n/I18n';
import { displayName } from '../delegationData';
import { fileText } from './messages';
import { readImportFile, type ImportSource } from './readFile';
import { ImportErrors } from './ImportErrors';
import { useImportProgress } from './useImportProgress';

type Phase =
  | { kind: 'choose' }
  | { kind: 'reading'; file: string }
  | { kind: 'problem'; message: string }
  | { kind: 'stopped'; file: string }
  | {
      kind: 'report';
      file: string;
      source: ImportSource;
      result: ImportResult;
      /** The document the plan was made on: the import applies only to this very document. */
      base: EventDocument;
      note: boolean;
    };

/**
 * Import…: choose a CSV or XLSX file, see what it would create and update (or every error, with
 * its line, column and reason), then import it as ONE edit of the document store — one undo
 * step, saved by the usual doc:apply. Main plans the import (a dry run on the event file, which
 * equals the document once the store is idle) and never writes it itself. Cancel, Esc or a file
 * with errors leaves everything as it was.
 */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (message: string) => void }) {
  const i18n = useI18n();
  const t = fileText(i18n.lang);
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const [fileName, setFileName] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const request = useRef(0); // a newer choice of file wins over a slower earlier one
  // A large file is read and checked in main's worker: how far it is, polled while it reads.
  const progress = useImportProgress(phase.kind === 'reading');

  /** Stop: the reading ends in main (nothing was planned, nothing changes) and its answer is ignored. */
  const stop = () => {
    if (phase.kind !== 'reading') return;
    request.current++;
    void getBridge()?.['delegations:importCancel']({});
    setPhase({ kind: 'stopped', file: phase.file });
  };
  const close = () => {
    if (phase.kind === 'reading') void getBridge()?.['delegations:importCancel']({});
    onClose();
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const plan = async (file: string, source: ImportSource, note = false) => {
    const api = getBridge();
    if (!api) return;
    const id = ++request.current;
    setPhase({ kind: 'reading', file });
    try {
      await editor.whenIdle();
      const base = editor.getDocument();
      const result = await api['delegations:import'](source);
      if (id !== request.current) return;
      setPhase(result.ok ? { kind: 'report', file, source, result: result.value, base, note } : { kind: 'problem', message: result.error.message });
    } catch (err) {
      if (id === request.current) setPhase({ kind: 'problem', message: t('unexpected', { detail: err instanceof Error ? err.message : String(err) }) });
    }
  };

  const onPick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    event.target.value = ''; // choosing the same file again (after correcting it) reads it again
    const id = ++request.current;
    setPhase({ kind: 'reading', file: file.name });
    const read = await readImportFile(file, i18n.lang);
    if (id !== request.current) return;
    if (!read.ok) setPhase({ kind: 'problem', message: t(read.key, read.params) });
    else await plan(file.name, read.source);
  };

  const confirm = async () => {
    if (phase.kind !== 'report') return;
    // The plan was made on `base`; an edit since (a save refused and rolled back...) means a new plan.
    if (editor.getDocument() !== phase.base) return plan(phase.file, phase.source, true);
    if (!editor.dispatch(applyImportChanges, phase.result.changes)) return;
    onClose();
    // Said only once saved: a write main refuses is rolled back and reported in the error banner.
    await editor.whenIdle();
    if (editor.getSnapshot().saveStatus.kind === 'error') return;
    const { created, updated, unchanged } = phase.result;
    onImported(
      t('imported', {
        file: phase.file,
        created: i18n.number(created.length),
        updated: i18n.number(updated.length),
        unchanged: i18n.number(unchanged),
      }),
    );
  };

  const report = phase.kind === 'report' ? phase.result : null;
  const canImport = report !== null && report.errors.length === 0 && !isEmptyChanges(report.changes) && !readOnly;
  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog"
      data-testid="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="import-title" className="modal__title">
        {t('importTitle')}
      </h2>
      <p className="import-dialog__intro">{t('importIntro')}</p>
      {/* The native file button's label follows the browser's language, not the app's: it is hidden behind our own. */}
      <div className="import-dialog__file">
        <label className="button import-dialog__choose">
          {t('chooseButton')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.xlsx,text/csv"
            data-testid="import-file"
            onChange={(e) => void onPick(e)}
          />
        </label>
        <span className={fileName ? 'import-dialog__name' : 'muted'} data-testid="import-file-name">
          {fileName ?? t('noFileChosen')}
        </span>
      </div>
      <p className="muted import-dialog__hint">{t('templateHint')}</p>
      {readOnly && <p className="import-dialog__problem">{t('readOnly')}</p>}

      <div className="import-dialog__body" aria-live="polite">
        {phase.kind === 'reading' && (
          <div className="import-dialog__reading">
            <p data-testid="import-reading">
              {progress === null
                ? t('reading', { file: phase.file })
                : progress.stage === 'reading'
                  ? t('readingPercent', { file: phase.file, percent: i18n.number(Math.floor((100 * progress.done) / Math.max(1, progress.total))) })
                  : t('checkingRows', { file: phase.file, done: i18n.number(progress.done), total: i18n.number(progress.total) })}
            </p>
            {progress !== null && <progress data-testid="import-progress" max={progress.total} value={progress.done} />}
            <button type="button" className="button" data-testid="import-stop" onClick={stop}>
              {t('stopReading')}
            </button>
          </div>
        )}
        {phase.kind === 'stopped' && <p data-testid="import-stopped">{t('stopped', { file: phase.file })}</p>}
        {phase.kind === 'problem' && (
          <p className="import-dialog__problem" role="alert" data-testid="import-problem">
            {phase.message}
          </p>
        )}
        {phase.kind === 'report' && report!.errors.length > 0 && (
          <ImportErrors result={phase.result} file={phase.file} format={phase.source.format} t={t} i18n={i18n} />
        )}
        {phase.kind === 'report' && report!.errors.length === 0 && <Preview phase={phase} t={t} i18n={i18n} />}
      </div>

      <DialogActions prefix="import" applyName="confirm" cancelLabel={t('cancel')} applyLabel={t('confirmImport')} canApply={canImport} onCancel={close} onApply={() => void confirm()} />
    </dialog>
  );
}

type ReportProps = {
  phase: Extract<Phase, { kind: 'report' }>;
  t: ReturnType<typeof fileText>;
  i18n: ReturnType<typeof useI18n>;
};

/**
 * The names in the UI language: new delegations from the planned rows, updated ones from the
 * event (the report lists English names, as the CLI prints them).
 */
function previewNames(phase: ReportProps['phase'], lang: ReportProps['i18n']['lang']) {
  const { updated, changes } = phase.result;
  const created = (changes.upserts.delegations ?? []).map((d) => displayName(d, lang));
  const existing = Object.values(phase.base.delegations);
  const shown = updated.map((name) => {
    const d = existing.find((e) => e.nameEn === name);
    return d ? displayName(d, lang) : name;
  });
  return { created, updated: shown };
}

function Preview({ phase, t, i18n }: ReportProps) {
  const { unchanged, changes } = phase.result;
  const { created, updated } = previewNames(phase, i18n.lang);
  if (isEmptyChanges(changes)) {
    return (
      <p className="import-dialog__nothing" data-testid="import-nothing">
        {t('nothingToDo')}
      </p>
    );
  }
  const list = (testId: string, title: string, names: readonly string[]) =>
    names.length > 0 && (
      <section className="import-preview__group" data-testid={testId}>
        <h3 className="import-preview__title">{title}</h3>
        <ul className="import-preview__names">
          {names.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      </section>
    );
  return (
    <section data-testid="import-preview">
      {phase.note && <p className="muted">{t('changedMeanwhile')}</p>}
      <p>{t('previewTitle', { file: phase.file })}</p>
      <div className="import-preview">
        {list('import-created', t('willCreate', { count: i18n.number(created.length) }), created)}
        {list('import-updated', t('willUpdate', { count: i18n.number(updated.length) }), updated)}
      </div>
      {unchanged > 0 && <p className="muted" data-testid="import-unchanged">{t('willKeep', { count: i18n.number(unchanged) })}</p>}
    </section>
  );
}
