import { useDeferredValue, useMemo, useState } from 'react';
import { hallsInOrder, sequencesInOrder } from '../../../shared/print/order';
import { useApp, useEditorState } from '../app/context';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/I18n';
import { cardGrid } from './Cards';
import type { ChartLayout } from './Chart';
import { buildJob, isArrivalOutput, LOG_KIND, type Output } from './jobs';
import { measureText } from './measure';
import { printT, type PrintUiKey } from './messages';
import { PAPERS, flatCard, pageSize, type Size } from './paper';
import { usePageStyle } from './pageStyle';
import { usePreparation } from './preparation';
import { usePrintOptions } from './printOptions';
import { contentHash, lastPrint, readPrintLog } from './printLog';
import { pagesText, useDocument, useFontReady } from './printFont';

export const isCards = (o: Output) => o === 'place-cards' || o === 'name-plates';
/** Outputs for which "all delegations" is a choice of hall. */
export const allowsAll = (o: Output) => isCards(o) || o === 'flag-order';

/** What the last action did, kept as a message key so that it follows a switch of the UI language. */
export type PrintResult = { key: PrintUiKey; path?: string; pages?: number };

/**
 * The Printing screen's state and what follows from it (a view model, no markup): the output
 * and its options (kept in the event, printOptions.ts), the hall or sequence printed, the paper,
 * the job's pages once the font is loaded, the revision and the last print of the same thing,
 * the preparation of long jobs. The screen's components (Print.tsx) show it and change it.
 */
export function usePrintViewModel() {
  const i18n = useI18n();
  const t = useMemo(() => printT(i18n.lang), [i18n.lang]);
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
  const [result, setResult] = useState<PrintResult | null>(null);
  const [writing, setWriting] = useState(false);

  const text = useMemo(() => pagesText(deferred, t), [deferred, t]);
  const fontReady = useFontReady(text);

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

  /** The PDF's suggested name: the event's file, the output and what it is of. */
  const suggested = () => {
    const stem = fileName.replace(/\.preseance$/i, '') || 'event';
    const of = arrival ? (sequenceId ? document.sequences[sequenceId] : null) : output !== 'index' && output !== 'delegation-sheets' && hallId ? document.halls[hallId] : null;
    return `${stem}-${output}${of ? `-${of.nameEn.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}.pdf`.slice(0, 200);
  };

  // Each output has its own options (plates on landscape A4, the arrival lists on portrait A4 by default).
  const chooseOutput = (next: Output) => {
    setOutput(next);
    setPage(1);
  };

  return {
    t, i18n, readOnly, deferred, sequences, hallOptions, output, options, setOption, chooseOutput, hallId, sequenceId, cards, arrival, size, grid,
    onlyChanged, setOnlyChanged, setPage, current, setPrintedAt, busy, setBusy, result, setResult, writing, setWriting,
    kind, scopeHall, last, status, revision, setRevision, job, pages, preparation, suggested,
  };
}

export type PrintViewModel = ReturnType<typeof usePrintViewModel>;
