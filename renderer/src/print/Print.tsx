import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { honorificOf } from '../../../shared/protocol/address';
import { flushSync } from 'react-dom';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import type { EventDocument } from '../../../shared/model/collections';
import { useApp, useController, useEditor, useEditorState } from '../app/context';
import { useSession } from '../app/session';
import { exportSpreadsheet } from '../app/exportSpreadsheet';
import { getBridge } from '../bridge';
import { useI18n } from '../i18n/I18n';
import { cardGrid } from './Cards';
import { hallsInOrder, sequencesInOrder } from '../../../shared/print/order';
import type { ChartLayout } from './Chart';
import { buildJob, isArrivalOutput, LOG_KIND, OUTPUTS, type Output } from './jobs';
import { loadPrintFont, measureText } from './measure';
import { printT, type PrintUiKey } from './messages';
import { PAPER_NAMES, PAPERS, flatCard, pageSize, portrait, type CardStock, type Size } from './paper';
import { usePageStyle } from './pageStyle';
import { usePreparation } from './preparation';
import { stocksFor, usePrintOptions, type Paper } from './printOptions';
import { listTable } from './tables';
import { NameViNotice } from './nameViNotice';
import { ChartOptions } from './ChartOptions';
import { PrintPreview } from './PrintPreview';
import { PrintProgress } from './PrintProgress';
import { appendPrintLog, contentHash, lastPrint, PRINT_LOG_KEY, readPrintLog } from './printLog';
import './print.css';

const isCards = (o: Output) => o === 'place-cards' || o === 'name-plates';
/** Outputs for which "all delegations" is a choice of hall. */
const allowsAll = (o: Output) => isCards(o) || o === 'flag-order';
/** The texts of the flag order's pages, so the font has their characters before measuring. */
const FLAG_TEXT = ['flagOrderTitle', 'allDelegations', 'flagNoteAudience', 'flagNotePair', 'flagNoteSeveral', 'flagNoteAlternate', 'flagNoteOrganizations', 'flagSideHost', 'flagSideLeft', 'flagSideRight'] as const;
/** The lists that export as CSV / XLSX (the run-of-show through arrivals:export). */
const SPREADSHEET_OUTPUTS: ReadonlySet<Output> = new Set(['index', 'table-plans', 'signing', 'delegation-sheets', 'run-of-show']);

/** The whole document, re-read on every change (the print views read all of it). */
function useDocument(): EventDocument {
  const editor = useEditor();
  const [doc, setDoc] = useState(() => editor.getSnapshot().document);
  useEffect(() => editor.subscribe(() => setDoc(editor.getSnapshot().document)), [editor]);
  return doc;
}

/** Every character the pages may print, so the font's files for them are loaded before measuring. */
function printedText(document: EventDocument): string {
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const ch of s) chars.add(ch);
  };
  for (const p of Object.values(document.people)) add(honorificOf(p, 'en') + honorificOf(p, 'vi') + p.name + p.titleEn + p.titleVi);
  for (const d of Object.values(document.delegations)) add(d.nameEn + d.nameVi + (d.iso3 ?? '') + (d.orgCode ?? ''));
  for (const h of Object.values(document.halls)) add(h.nameEn + h.nameVi);
  for (const e of Object.values(document.events)) add(e.nameEn + e.nameVi);
  for (const e of Object.values(document.elements)) add(e.labelEn + e.labelVi);
  return [...chars].sort().join('');
}

/**
 * Printing: choose what to print (place cards, name plates, a hall's chart, the guest index, a
 * signing order), the hall, the paper and options; the preview shows the very pages that print
 * (page by page, zoomable). Print… opens the native dialog, Export PDF… writes a PDF of the same
 * pages; each is recorded in the event's print log.
 */
export function Print() {
  const i18n = useI18n();
  const t = useMemo(() => printT(i18n.lang), [i18n.lang]);
  const controller = useController();
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const fileName = useApp((s) => s.file?.name ?? '');
  const document = useDocument();
  const deferred = useDeferredValue(document);
  const halls = useMemo(() => hallsInOrder(document), [document]);
  const sessionHall = useSession((s) => s.selectedHallId);
  const sequences = useMemo(() => sequencesInOrder(document), [document]);

  // What to print and its options, kept in the event per output (printOptions.ts).
  const { output, options, setOption, setOutput } = usePrintOptions(readOnly);
  const { hall: hallChoice, sequence: sequenceChoice, paper, landscape, stock, flags, vietnamese, status, chartMode, ratio, across, overlapMm } = options;
  const [revisionTyped, setRevisionTyped] = useState<{ key: string; value: number } | null>(null);
  const [onlyChanged, setOnlyChanged] = useState(false);
  const [page, setPage] = useState(1);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [busy, setBusy] = useState(false);
  // What the last action did, kept as a message key so that it follows a switch of the UI language.
  const [result, setResult] = useState<{ key: PrintUiKey; path?: string; pages?: number } | null>(null);
  const [fontFor, setFontFor] = useState<string | null>(null);

  const text = useMemo(() => printedText(deferred) + t('chartTitle') + t('indexTitle') + t('front') + t('codesOmitted') + t('labelsOmitted') + t('marksKeyApart') + t('chartKeyTitle') + FLAG_TEXT.map((k) => t(k)).join(''), [deferred, t]);
  useEffect(() => {
    let live = true;
    void loadPrintFont([text]).then(() => live && setFontFor(text));
    return () => {
      live = false;
    };
  }, [text]);
  const fontReady = fontFor === text;

  // The hall: the one chosen here, else the one chosen on another screen, else the first; for
  // cards and plates "all delegations" (null) is a choice too.
  // A signing order exists only for a signing room.
  const hallOptions = output === 'signing' || output === 'flag-order' ? halls.filter((h) => h.kind === 'signing') : halls;
  const allowed = (id: string | null) => !!id && hallOptions.some((h) => h.id === id);
  const defaultHall = allowed(sessionHall) ? sessionHall : (hallOptions[0]?.id ?? null);
  const hallId = hallChoice === 'all' && allowsAll(output) ? null : allowed(hallChoice) ? hallChoice : defaultHall;
  const cards = isCards(output);
  const arrival = isArrivalOutput(output);
  const sequenceId = sequences.some((q) => q.id === sequenceChoice) ? sequenceChoice : (sequences[0]?.id ?? null);
  const size: Size = cards && paper === 'stock' ? flatCard(stock) : pageSize(PAPERS[paper === 'stock' ? 'A4' : paper], landscape);
  const grid = cards ? cardGrid(stock, size) : null;

  const log = useMemo(() => readPrintLog(deferred), [deferred]);
  const kind = LOG_KIND[output];
  // What a print is of, in the log: the hall, none for the index, the sequence for the arrival outputs.
  const scopeHall = output === 'index' || output === 'delegation-sheets' ? null : arrival ? sequenceId : hallId;
  const last = lastPrint(log, kind, scopeHall);
  // The next revision follows the last print of the same thing, unless typed for it.
  const revisionKey = `${kind}/${scopeHall}/${last?.at ?? ''}`;
  const revision = revisionTyped?.key === revisionKey ? revisionTyped.value : (last?.revision ?? 0) + 1;
  const setRevision = (value: number) => setRevisionTyped({ key: revisionKey, value });

  const chart: ChartLayout = chartMode === 'fit' ? { mode: 'fit' } : chartMode === 'scale' ? { mode: 'scale', ratio, overlapMm } : { mode: 'across', columns: across, overlapMm };
  const job = useMemo(
    () =>
      fontReady
        ? buildJob(deferred, { output, hallId, sequenceId, size, stock, cards: { flags, vietnamese }, onlyChanged: cards && onlyChanged, stamp: { status, revision, printedAt }, chart }, log, { t, i18n, measure: measureText })
        : null,
    // size is derived from paper, landscape and stock; chart from its mode, ratio, across and overlap
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fontReady, deferred, output, hallId, sequenceId, size.widthMm, size.heightMm, stock, flags, vietnamese, onlyChanged, status, revision, printedAt, log, t, i18n, chartMode, ratio, across, overlapMm],
  );
  const pages = job?.pages.length ?? 0;
  const current = Math.min(Math.max(1, page), Math.max(1, pages));
  usePageStyle(size, current);
  // What the pages print, not their stamp nor the print log: only other pages are prepared
  // again from the first batch (a new time printed, or the print just recorded, re-renders the
  // pages already there with it).
  const { widthMm, heightMm } = size;
  const lang = i18n.lang;
  const layoutKey = useMemo(
    () => (job ? contentHash({ output, hallId, sequenceId, widthMm, heightMm, stock, flags, vietnamese, onlyChanged, chartMode, ratio, across, overlapMm, lang, pages: job.pages.length, items: job.items }) : null),
    [job, output, hallId, sequenceId, widthMm, heightMm, stock, flags, vietnamese, onlyChanged, chartMode, ratio, across, overlapMm, lang],
  );
  const preparation = usePreparation(layoutKey, pages);
  const [writing, setWriting] = useState(false);

  const suggested = () => {
    const stem = fileName.replace(/\.preseance$/i, '') || 'event';
    const of = arrival ? (sequenceId ? document.sequences[sequenceId] : null) : output !== 'index' && output !== 'delegation-sheets' && hallId ? document.halls[hallId] : null;
    return `${stem}-${output}${of ? `-${of.nameEn.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}.pdf`.slice(0, 200);
  };

  /** Stamps the pages with the time now and waits until they are drawn in the font. */
  const restamp = async () => {
    flushSync(() => setPrintedAt(new Date()));
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

  /** Export CSV / XLSX of a list: the save dialog, then main writes the rows built here (the run-of-show: main builds it from the saved file). */
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

  const stocks = stocksFor(output);
  // Each output has its own options (plates on landscape A4, the arrival lists on portrait A4 by default).
  const chooseOutput = (next: Output) => {
    setOutput(next);
    setPage(1);
  };

  return (
    <div className="screen screen--print" data-testid="screen-print">
      <aside className="print__options" aria-label={t('title')}>
        <h1 className="screen__title">{t('title')}</h1>
        <label>
          <span>{t('output')}</span>
          <select data-testid="print-output" value={output} onChange={(e) => chooseOutput(e.target.value as Output)}>
            {OUTPUTS.map((o) => (
              <option key={o} value={o}>
                {t(`output-${o}`)}
              </option>
            ))}
          </select>
        </label>
        {arrival && (
          <label>
            <span>{t('sequence')}</span>
            <select
              data-testid="print-sequence"
              value={sequenceId ?? ''}
              onChange={(e) => {
                setOption('sequence', e.target.value);
                setPage(1);
              }}
            >
              {sequences.map((q) => (
                <option key={q.id} value={q.id}>
                  {i18n.lang === 'vi' ? q.nameVi : q.nameEn}
                </option>
              ))}
            </select>
          </label>
        )}
        {output !== 'index' && output !== 'delegation-sheets' && !arrival && (
          <label>
            <span>{t('hall')}</span>
            <select
              data-testid="print-hall"
              value={hallId ?? 'all'}
              onChange={(e) => {
                setOption('hall', e.target.value);
                setPage(1);
              }}
            >
              {allowsAll(output) && <option value="all">{t('allDelegations')}</option>}
              {hallOptions.map((h) => (
                <option key={h.id} value={h.id}>
                  {i18n.lang === 'vi' ? h.nameVi : h.nameEn}
                </option>
              ))}
            </select>
          </label>
        )}
        {cards && (
          <label>
            <span>{t('stock')}</span>
            <select data-testid="print-stock" value={stock} onChange={(e) => setOption('stock', e.target.value as CardStock)}>
              {stocks.map((s) => (
                <option key={s} value={s}>
                  {t(`stock-${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span>{t('paper')}</span>
          <select data-testid="print-paper" value={paper} onChange={(e) => setOption('paper', e.target.value as Paper)}>
            {PAPER_NAMES.map((p) => (
              <option key={p} value={p}>
                {p} ({PAPERS[p].widthMm} × {PAPERS[p].heightMm} mm)
              </option>
            ))}
            {cards && <option value="stock">{t('onCardStock')}</option>}
          </select>
        </label>
        {!(cards && paper === 'stock') && (
          <label className="print__check">
            <input type="checkbox" data-testid="print-landscape" checked={landscape} onChange={(e) => setOption('landscape', e.target.checked)} />
            <span>{t('landscape')}</span>
          </label>
        )}
        {output === 'chart' && <ChartOptions options={options} setOption={setOption} onLayout={() => setPage(1)} tiles={job?.tiles} t={t} i18n={i18n} />}
        {grid && (
          <p className={grid.perSheet === 0 ? 'field__error' : 'muted'} data-testid="print-per-sheet" data-count={grid.perSheet}>
            {grid.perSheet === 0 ? t('doesNotFit') : t('perSheet', { count: i18n.number(grid.perSheet) })}
          </p>
        )}
        {cards && (
          <>
            <label className="print__check">
              <input type="checkbox" data-testid="print-flags" checked={flags} onChange={(e) => setOption('flags', e.target.checked)} />
              <span>{t('flags')}</span>
            </label>
            <label className="print__check">
              <input type="checkbox" data-testid="print-vietnamese" checked={vietnamese} onChange={(e) => setOption('vietnamese', e.target.checked)} />
              <span>{t('vietnameseName')}</span>
            </label>
            {vietnamese && <NameViNotice document={deferred} output={output} hallId={hallId} t={t} />}
            <label className="print__check">
              <input type="checkbox" data-testid="print-only-changed" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
              <span>{t('onlyChanged')}</span>
            </label>
            {job?.changed && job.changed.length > 0 && (
              <div className="print__changed" data-testid="print-changed" data-count={job.changed.length}>
                <p className="muted">{t('changedCount', { count: i18n.number(job.changed.length) })}</p>
                <ul>
                  {job.changed.map((c) => (
                    <li key={c.id} data-testid="print-changed-item" data-id={c.id}>
                      {c.label}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        <label>
          <span>{t('status')}</span>
          <select data-testid="print-version" value={status} onChange={(e) => setOption('status', e.target.value as 'draft' | 'final')}>
            <option value="draft">{t('draft')}</option>
            <option value="final">{t('final')}</option>
          </select>
        </label>
        <label>
          <span>{t('revision')}</span>
          <input type="number" min={1} max={999} data-testid="print-revision" value={revision} onChange={(e) => setRevision(Math.max(1, Math.min(999, Math.round(Number(e.target.value)) || 1)))} />
        </label>
        <p className="muted" data-testid="print-last" data-count={last ? 1 : 0}>
          {last ? t('lastPrinted', { when: `${new Date(last.at).toLocaleDateString(i18n.lang === 'vi' ? 'vi-VN' : 'en-GB')} ${i18n.time(last.at)}`, revision: i18n.number(last.revision) }) : t('neverPrinted')}
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
      </aside>
      <PrintPreview job={job} pages={pages} current={current} setPage={setPage} prepared={preparation.prepared} kind={kind} size={size} t={t} i18n={i18n} />
    </div>
  );
}
