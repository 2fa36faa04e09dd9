import { NameViNotice } from './nameViNotice';
import type { PrintViewModel } from './printViewModel';

/** Place cards' and name plates' own options: the sheet's count, flags, the Vietnamese name, only what changed (and which). */
export function CardFaceOptions({ vm }: { vm: PrintViewModel }) {
  const { t, i18n, grid, cards, options, setOption, deferred, output, hallId, onlyChanged, setOnlyChanged, job } = vm;
  const { flags, vietnamese } = options;
  return (
    <>
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
    </>
  );
}
