import { OUTPUTS, type Output } from './jobs';
import { PAPER_NAMES, PAPERS, type CardStock } from './paper';
import { stocksFor, type Paper } from './printOptions';
import { allowsAll, type PrintViewModel } from './printViewModel';
import { pickLang } from '../../../shared/i18n/index';

/** What to print: the output, its sequence or hall, the card stock, the paper and its orientation. */
export function WhatToPrint({ vm }: { vm: PrintViewModel }) {
  const { t, i18n, output, arrival, cards, options, setOption, setPage, sequences, sequenceId, hallOptions, hallId } = vm;
  const { stock, paper, landscape } = options;
  return (
    <>
      <label>
        <span>{t('output')}</span>
        <select data-testid="print-output" value={output} onChange={(e) => vm.chooseOutput(e.target.value as Output)}>
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
                {pickLang(i18n.lang, { vi: q.nameVi, en: q.nameEn })}
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
                {pickLang(i18n.lang, { vi: h.nameVi, en: h.nameEn })}
              </option>
            ))}
          </select>
        </label>
      )}
      {cards && (
        <label>
          <span>{t('stock')}</span>
          <select data-testid="print-stock" value={stock} onChange={(e) => setOption('stock', e.target.value as CardStock)}>
            {stocksFor(output).map((s) => (
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
    </>
  );
}
