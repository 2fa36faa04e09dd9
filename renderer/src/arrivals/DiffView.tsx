import { describeArrival, describeConflict, type ArrivalConflict, type ArrivalReason, type DayClock, type SequenceDiff } from '../../../shared/arrival';
import type { EventDocument } from '../../../shared/model/collections';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import type { ArrivalsT } from './messages';
import { clockWithSeconds, shiftText } from './time';

type Props = {
  document: EventDocument;
  clock: DayClock;
  diff: SequenceDiff;
  explanation: readonly ArrivalReason[];
  /** The conflicts the sequence would have once the change is applied. */
  conflicts: readonly ArrivalConflict[];
  t: ArrivalsT;
  testId: string;
};

const SHOWN = 400;

/**
 * What a generation, a delay or a logged arrival would change, before it changes anything: each
 * arrival that moves (old time, new time, the shift, its new number), who is added or removed,
 * and the conflicts left. Shared by the three dialogs, as the seating screen's DiffDialog shows
 * a re-seating.
 */
export function DiffView({ document, clock, diff, explanation, conflicts, t, testId }: Props) {
  const i18n = useI18n();
  const name = (delegationId: string) => {
    const d = document.delegations[delegationId];
    return d ? displayName(d, i18n.lang) : '—';
  };
  const time = (iso: string | null) => (iso === null ? '—' : clockWithSeconds(clock, clock.toSeconds(iso)));
  const nothing = diff.moves.length === 0 && diff.added.length === 0 && diff.removed.length === 0;
  return (
    <div className="arrivals-diff" data-testid={testId}>
      {explanation.length > 0 && (
        <ul className="arrivals-diff__explain" data-testid={`${testId}-explanation`}>
          {explanation.map((r, i) => (
            <li key={i}>{describeArrival(r, i18n.lang)}</li>
          ))}
        </ul>
      )}
      {nothing ? (
        <p data-testid={`${testId}-none`}>{t('diffNone')}</p>
      ) : (
        <>
          <h3 className="section-title" data-testid={`${testId}-count`} data-count={diff.moves.length}>
            {t('diffCount', { count: i18n.number(diff.moves.length) })}
          </h3>
          {diff.moves.length > 0 && (
            <div className="arrivals-diff__table">
              <table className="table" data-testid={`${testId}-moves`}>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('colOrder')}
                    </th>
                    <th scope="col">{t('colDelegation')}</th>
                    <th scope="col" className="num">
                      {t('colFrom')}
                    </th>
                    <th scope="col" className="num">
                      {t('colTo')}
                    </th>
                    <th scope="col" className="num">
                      {t('colShift')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {diff.moves.slice(0, SHOWN).map((m) => (
                    <tr key={m.slotId ?? m.delegationId} data-delegation={m.delegationId} data-shift={m.shiftS ?? ''} data-to={time(m.toTime)}>
                      <td className="num">{m.fromOrder !== null && m.fromOrder !== m.toOrder ? `${m.fromOrder + 1} → ${m.toOrder + 1}` : m.toOrder + 1}</td>
                      <td>{name(m.delegationId)}</td>
                      <td className="num">{time(m.fromTime)}</td>
                      <td className="num">{time(m.toTime)}</td>
                      <td className={`num${m.shiftS !== null && m.shiftS > 0 ? ' arrivals-diff__late' : ''}`}>{m.shiftS === null ? '' : shiftText(m.shiftS, i18n.lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {diff.added.length > 0 && <p data-testid={`${testId}-added`}>{t('added', { names: diff.added.map(name).join(', ') })}</p>}
          {diff.removed.length > 0 && <p data-testid={`${testId}-removed`}>{t('removed', { names: diff.removed.map((r) => name(r.delegationId)).join(', ') })}</p>}
        </>
      )}
      {conflicts.length > 0 && (
        <div data-testid={`${testId}-conflicts`}>
          <h3 className="section-title">{t('conflictsAfter', { count: i18n.number(conflicts.length) })}</h3>
          <ul className="problem-list">
            {conflicts.slice(0, 50).map((c, i) => (
              <li key={i} className={`problem problem--${c.severity}`} data-key={c.key}>
                {describeConflict(c, i18n.lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
