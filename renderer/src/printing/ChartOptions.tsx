import type { Translator } from '../i18n/format';
import type { ChartLayout } from './Chart';
import type { Job } from './jobs';
import type { PrintT } from './messages';
import type { PrintOptions } from './printOptions';

/** The ratios a tiled chart offers (1:100: a metre of the hall is 10 mm of paper). */
const RATIOS = [20, 50, 100, 200, 500];

/** A whole number typed in a field, kept within its bounds (an empty or bad entry: the low bound). */
const clampInt = (typed: string, min: number, max: number) => Math.max(min, Math.min(max, Math.round(Number(typed)) || min));

/**
 * A seating chart's layout on paper: fitted to one page, to a scale (1:100…) or across a number
 * of pages, with the overlap of tiled pages and how many pages that makes.
 */
export function ChartOptions({ options, setOption, onLayout, tiles, t, i18n }: {
  options: Pick<PrintOptions, 'chartMode' | 'ratio' | 'across' | 'overlapMm'>;
  setOption: <K extends 'chartMode' | 'ratio' | 'across' | 'overlapMm'>(key: K, value: PrintOptions[K]) => void;
  /** The layout changed: the preview goes back to its first page. */
  onLayout(): void;
  tiles: Job['tiles'];
  t: PrintT;
  i18n: Translator;
}) {
  const { chartMode, ratio, across, overlapMm } = options;
  return (
    <>
      <label>
        <span>{t('chartLayout')}</span>
        <select
          data-testid="print-chart-layout"
          value={chartMode}
          onChange={(e) => {
            setOption('chartMode', e.target.value as ChartLayout['mode']);
            onLayout();
          }}
        >
          <option value="fit">{t('layoutFit')}</option>
          <option value="scale">{t('layoutScale')}</option>
          <option value="across">{t('layoutAcross')}</option>
        </select>
      </label>
      {chartMode === 'scale' && (
        <label>
          <span>{t('chartScale')}</span>
          <select data-testid="print-chart-scale" value={ratio} onChange={(e) => setOption('ratio', Number(e.target.value))}>
            {RATIOS.map((r) => (
              <option key={r} value={r}>
                1:{i18n.number(r)}
              </option>
            ))}
          </select>
        </label>
      )}
      {chartMode === 'across' && (
        <label>
          <span>{t('pagesAcross')}</span>
          <input type="number" min={1} max={20} data-testid="print-chart-across" value={across} onChange={(e) => setOption('across', clampInt(e.target.value, 1, 20))} />
        </label>
      )}
      {chartMode !== 'fit' && (
        <label>
          <span>{t('overlap')}</span>
          <input type="number" min={0} max={50} data-testid="print-chart-overlap" value={overlapMm} onChange={(e) => setOption('overlapMm', clampInt(e.target.value, 0, 50))} />
        </label>
      )}
      {chartMode !== 'fit' && tiles && (
        <p className="muted" data-testid="print-tiles" data-columns={tiles.columns} data-rows={tiles.rows}>
          {t('tilesInfo', { pages: i18n.number(tiles.columns * tiles.rows), columns: i18n.number(tiles.columns), rows: i18n.number(tiles.rows) })}
        </p>
      )}
    </>
  );
}
