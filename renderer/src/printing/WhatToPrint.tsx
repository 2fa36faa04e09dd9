import { OUTPUTS, type Output } from './jobs';
import { PAPER_NAMES, PAPERS, type CardStock } from './paper';
import { stocksFor, type Paper } from './printOptions';
import { allowsAll, type PrintViewModel } from './printViewModel';
import { LabelledSelect, namedOptions } from '../forms/LabelledSelect';

/** What to print: the output, its sequence or hall, the card stock, the paper and its orientation. */
export function WhatToPrint({ vm }: { vm: PrintViewModel }) {
  const { t, i18n, output, arrival, cards, options, setOption, setPage, sequences, sequenceId, hallOptions, hallId } = vm;
  const { stock, paper, landscape } = options;
  // Another sequence or hall is another document to preview: from its first page.
  const showFirstPageOf = (option: 'sequence' | 'hall') => (id: string) => {
    setOption(option, id);
    setPage(1);
  };
  return (
    <>
      <LabelledSelect<Output>
        look="panel"
        label={t('output')}
        testId="print-output"
        value={output}
        options={OUTPUTS.map((o) => ({ value: o, label: t(`output-${o}`) }))}
        onChange={vm.chooseOutput}
      />
      {arrival && (
        <LabelledSelect
          look="panel"
          label={t('sequence')}
          testId="print-sequence"
          value={sequenceId ?? ''}
          options={namedOptions(sequences, i18n.lang)}
          onChange={showFirstPageOf('sequence')}
        />
      )}
      {output !== 'index' && output !== 'delegation-sheets' && !arrival && (
        <LabelledSelect
          look="panel"
          label={t('hall')}
          testId="print-hall"
          value={hallId ?? 'all'}
          options={[
            ...(allowsAll(output) ? [{ value: 'all', label: t('allDelegations') }] : []),
            ...namedOptions(hallOptions, i18n.lang),
          ]}
          onChange={showFirstPageOf('hall')}
        />
      )}
      {cards && (
        <LabelledSelect<CardStock>
          look="panel"
          label={t('stock')}
          testId="print-stock"
          value={stock}
          options={stocksFor(output).map((s) => ({ value: s, label: t(`stock-${s}`) }))}
          onChange={(s) => setOption('stock', s)}
        />
      )}
      <LabelledSelect<Paper>
        look="panel"
        label={t('paper')}
        testId="print-paper"
        value={paper}
        options={[
          ...PAPER_NAMES.map((p) => ({ value: p, label: `${p} (${PAPERS[p].widthMm} × ${PAPERS[p].heightMm} mm)` })),
          ...(cards ? [{ value: 'stock' as const, label: t('onCardStock') }] : []),
        ]}
        onChange={(p) => setOption('paper', p)}
      />
      {!(cards && paper === 'stock') && (
        <label className="print__check">
          <input type="checkbox" data-testid="print-landscape" checked={landscape} onChange={(e) => setOption('landscape', e.target.checked)} />
          <span>{t('landscape')}</span>
        </label>
      )}
    </>
  );
}
