import { useMemo } from 'react';
import { pickLang, translate } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import type { Hall } from '../../../shared/model/entities';
import { describeSeating, seatName, type PrintedKind, type SeatingDiff, type SeatingPlan } from '../../../shared/seating';
import { DialogActions, Modal } from '../app/Modal';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import { printedLabels, type SeatingT } from './messages';

type Props = {
  document: EventDocument;
  hall: Hall;
  proposal: { plan: SeatingPlan; diff: SeatingDiff };
  t: SeatingT;
  onApply(): void;
  onCancel(): void;
};

const MOVES_SHOWN = 500;

/**
 * What a re-seating would do, before it does it: who moves from which seat to which, who could
 * not be seated and why, and which printed items no longer match. Apply is one undo step.
 */
export function DiffDialog({ document, hall, proposal, t, onApply, onCancel }: Props) {
  const i18n = useI18n();
  const { plan, diff } = proposal;
  const hallName = pickLang(i18n.lang, { vi: hall.nameVi, en: hall.nameEn });
  const outdated = useMemo(() => {
    const counts = new Map<PrintedKind, number>();
    for (const item of diff.outdated) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    return [...counts];
  }, [diff.outdated]);
  const where = (seatId: string | null) => (seatId ? seatName(document, seatId, i18n.lang) : '—');
  return (
    <Modal testId="seating-diff" labelledBy="seating-diff-title" onClose={onCancel}>
      <div className="seating-diff">
        <h2 id="seating-diff-title" className="modal__title">
          {t('diffTitle', { hall: hallName })}
        </h2>
        <p className="muted">{t('diffIntro')}</p>
        {plan.explanation.length > 0 && (
          <details className="seating-diff__explain">
            <summary>{t('explanation')}</summary>
            <ul data-testid="seating-explanation">
              {plan.explanation.map((r, i) => (
                <li key={i}>{describeSeating(r, i18n.lang)}</li>
              ))}
            </ul>
          </details>
        )}
        {diff.moves.length === 0 ? (
          <p data-testid="seating-diff-none">{t('diffNone')}</p>
        ) : (
          <>
            <h3 className="section-title" data-testid="seating-diff-count" data-count={diff.moves.length}>
              {t('movesCount', { count: i18n.number(diff.moves.length) })}
            </h3>
            <div className="seating-diff__table">
              <table className="table" data-testid="seating-diff-moves">
                <thead>
                  <tr>
                    <th scope="col">{t('colPerson')}</th>
                    <th scope="col">{t('colDelegation')}</th>
                    <th scope="col">{t('colFrom')}</th>
                    <th scope="col">{t('colTo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.moves.slice(0, MOVES_SHOWN).map((m) => {
                    const d = document.delegations[m.delegationId];
                    return (
                      <tr key={m.personId} data-person={m.personId}>
                        <td>{document.people[m.personId]?.name ?? '—'}</td>
                        <td>{d ? displayName(d, i18n.lang) : ''}</td>
                        <td>{where(m.fromSeatId)}</td>
                        <td>{where(m.toSeatId)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
        {plan.unseated.length > 0 && (
          <details className="seating-diff__unseated" data-testid="seating-diff-unseated">
            <summary>{t('unseatedTitle', { count: i18n.number(plan.unseated.length) })}</summary>
            <ul>
              {plan.unseated.slice(0, MOVES_SHOWN).map((u) => (
                <li key={u.personId}>
                  {document.people[u.personId]?.name ?? '—'}: {describeSeating(u.reason, i18n.lang)}
                </li>
              ))}
            </ul>
          </details>
        )}
        {outdated.length > 0 && (
          <div data-testid="seating-diff-outdated">
            <h3 className="section-title">{t('outdatedTitle', { count: i18n.number(diff.outdated.length) })}</h3>
            <ul className="seating-diff__outdated">
              {outdated.map(([kind, n]) => (
                <li key={kind} data-kind={kind} data-count={n}>
                  {translate(printedLabels, i18n.lang, kind)}: {i18n.number(n)}
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogActions prefix="seating-diff" cancelLabel={t('reject')} applyLabel={t('apply')} canApply={diff.moves.length > 0} onCancel={onCancel} onApply={onApply} applyFocus />
      </div>
    </Modal>
  );
}
