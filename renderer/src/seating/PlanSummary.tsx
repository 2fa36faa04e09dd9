import type { EventDocument } from '../../../shared/model/collections';
import { describeSeating, type SeatingPlan } from '../../../shared/seating';
import { useI18n } from '../i18n/I18n';
import { Flag } from '../delegations/Flag';
import { displayName } from '../delegations/delegationData';
import type { SeatingT } from './messages';

/** The strategy in words, and for a signing room the signing order it produces. */
export function PlanSummary({ document, plan, t }: { document: EventDocument; plan: SeatingPlan; t: SeatingT }) {
  const i18n = useI18n();
  return (
    <section className="seating__summary" aria-labelledby="seating-summary-title">
      <h2 id="seating-summary-title" className="section-title">
        {t('explanation')}
      </h2>
      <ul className="seating__explanation" data-testid="seating-strategy-explained">
        {plan.explanation.map((r, i) => (
          <li key={i}>{describeSeating(r, i18n.lang)}</li>
        ))}
      </ul>
      {plan.signingList && (
        <>
          <h3 className="section-title">{t('signingList')}</h3>
          <ol className="seating__signing" data-testid="seating-signing-list">
            {plan.signingList.map((e) => {
              const d = document.delegations[e.delegationId];
              return (
                <li key={e.delegationId} data-delegation={d?.iso3 ?? d?.orgCode ?? e.delegationId}>
                  <Flag code={d?.flagCode ?? null} /> {d ? displayName(d, i18n.lang) : ''}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
