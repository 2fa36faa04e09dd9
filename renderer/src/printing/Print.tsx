import { CardFaceOptions } from './CardFaceOptions';
import { ChartOptions } from './ChartOptions';
import { PrintButtons } from './PrintButtons';
import { PrintPreview } from './PrintPreview';
import { usePrintActions } from './printActions';
import { usePrintViewModel } from './printViewModel';
import { WhatToPrint } from './WhatToPrint';
import './print.css';

/**
 * Printing: choose what to print (place cards, name plates, a hall's chart, the guest index, a
 * signing order), the hall, the paper and options; the preview shows the very pages that print
 * (page by page, zoomable). Print… opens the native dialog, Export PDF… writes a PDF of the same
 * pages; each is recorded in the event's print log. The state and what follows from it:
 * printViewModel.ts; what the buttons do: printActions.ts.
 */
export function Print() {
  const vm = usePrintViewModel();
  const actions = usePrintActions(vm);
  const { t, i18n, output, options, setOption, setPage, job, pages, current, preparation, kind, size } = vm;
  return (
    <div className="screen screen--print" data-testid="screen-print">
      <aside className="print__options" aria-label={t('title')}>
        <h1 className="screen__title">{t('title')}</h1>
        <WhatToPrint vm={vm} />
        {output === 'chart' && <ChartOptions options={options} setOption={setOption} onLayout={() => setPage(1)} tiles={job?.tiles} t={t} i18n={i18n} />}
        <CardFaceOptions vm={vm} />
        <PrintButtons vm={vm} actions={actions} />
      </aside>
      <PrintPreview job={job} pages={pages} current={current} setPage={setPage} prepared={preparation.prepared} kind={kind} size={size} t={t} i18n={i18n} />
    </div>
  );
}
