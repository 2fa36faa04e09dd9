import type { Translator } from '../i18n/format';
import type { Job } from './jobs';
import type { PrintT } from './messages';
import type { Preparation } from './preparation';

/**
 * How far the pages are prepared (in cards, plates or pages, as the output counts them), with
 * Cancel; then, while main writes the PDF, that it is writing. Nothing once all is done.
 */
export function PrintProgress({ job, pages, preparation, writing, t, i18n }: { job: Job | null; pages: number; preparation: Preparation; writing: boolean; t: PrintT; i18n: Translator }) {
  if (!writing && (preparation.cancelled || preparation.prepared >= pages)) return null;
  const preparedItems = job?.progress ? job.progress.perPage.slice(0, preparation.prepared).reduce((a, b) => a + b, 0) : preparation.prepared;
  const totalItems = job?.progress ? job.progress.perPage.reduce((a, b) => a + b, 0) : pages;
  return (
    <div className="print__progress" data-testid="print-progress" data-phase={writing ? 'writing' : 'preparing'} data-done={preparedItems} data-total={totalItems}>
      {writing ? <progress /> : <progress max={totalItems} value={preparedItems} />}
      <span>
        {writing
          ? t('exporting')
          : t(job?.progress?.unit === 'cards' ? 'progressCards' : job?.progress?.unit === 'plates' ? 'progressPlates' : 'progressPages', { done: i18n.number(preparedItems), total: i18n.number(totalItems) })}
      </span>
      {!writing && (
        <button type="button" className="button button--small" data-testid="print-cancel" onClick={preparation.cancel}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
