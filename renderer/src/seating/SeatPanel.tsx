import type { EventDocument } from '../../../shared/model/collections';
import { seatName } from '../../../shared/seating';
import { CloseButton } from '../app/Modal';
import { CheckField } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import type { SeatingT } from './messages';

type Props = {
  document: EventDocument;
  seatId: string;
  t: SeatingT;
  readOnly: boolean;
  onClose(): void;
  onUnseat(personId: string): void;
  onLock(assignmentId: string, locked: boolean): void;
  onSwap(): void;
};

/** The selected seat: who sits there, and what can be done with the placement. */
export function SeatPanel({ document, seatId, t, readOnly, onClose, onUnseat, onLock, onSwap }: Props) {
  const i18n = useI18n();
  const seat = document.seats[seatId]!;
  const assignment = Object.values(document.assignments).find((a) => a.seatId === seatId) ?? null;
  const person = assignment ? document.people[assignment.personId] : undefined;
  const delegation = person ? document.delegations[person.delegationId] : undefined;
  return (
    <section className="seat-panel" aria-labelledby="seat-panel-title" data-testid="seat-panel" data-seat-label={seat.label}>
      <header className="seat-panel__header">
        <h2 id="seat-panel-title" className="section-title" data-testid="seat-panel-title">
          {seatName(document, seatId, i18n.lang)}
        </h2>
        <CloseButton label={t('closeSeat')} onClick={onClose} />
      </header>
      {person && assignment ? (
        <>
          <p className="seat-panel__person" data-testid="seat-panel-person">
            <strong>{person.name}</strong>
            {delegation && <span className="muted"> · {displayName(delegation, i18n.lang)}</span>}
          </p>
          {assignment.locked && <p className="muted">{t('locked')}</p>}
          <div className="seat-panel__actions">
            <button type="button" className="button" disabled={readOnly} data-testid="seat-unseat" onClick={() => onUnseat(person.id)}>
              {t('unseat')}
            </button>
            <button type="button" className="button" disabled={readOnly} data-testid="seat-lock" aria-pressed={assignment.locked} onClick={() => onLock(assignment.id, !assignment.locked)}>
              {assignment.locked ? t('unlock') : t('lock')}
            </button>
            <button type="button" className="button" disabled={readOnly} data-testid="seat-swap" onClick={onSwap}>
              {t('swap')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted" data-testid="seat-panel-free">
          {seat.blocked ? t('seatBlocked') : t('seatFree')}
        </p>
      )}
      <div className="seat-panel__flags">
        <CheckField collection="seats" id={seatId} field="accessible" label={t('seatAccessible')} testId="seat-accessible" />
        {assignment && !seat.blocked ? (
          <p className="muted" data-testid="seat-blocked-occupied">
            {t('seatBlockedOccupied')}
          </p>
        ) : (
          <CheckField collection="seats" id={seatId} field="blocked" label={t('seatBlockedToggle')} testId="seat-blocked" />
        )}
      </div>
    </section>
  );
}
