import { useI18n } from '../i18n/I18n';
import { Flag } from '../delegations/Flag';
import { displayName } from '../delegations/delegationData';
import type { ArrivalsT } from './messages';
import { rowCode, type SequenceView } from './model';
import { clockWithSeconds } from './time';

type Props = {
  view: SequenceView;
  t: ArrivalsT;
  selectedSlotId: string | null;
  conflictSlotIds: ReadonlySet<string>;
  onSelect(slotId: string): void;
};

/** The sequence as the run-of-show reads: in arrival order, time, delegation, car, liaison officer, greeter. */
export function SlotList({ view, t, selectedSlotId, conflictSlotIds, onSelect }: Props) {
  const i18n = useI18n();
  const greeters = new Map(view.greeters.map((g) => [g.id, g.name]));
  return (
    <div className="arrivals__list">
      <table className="table arrivals__table" data-testid="arrivals-list">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('colOrder')}
            </th>
            <th scope="col" className="num">
              {t('planned')}
            </th>
            <th scope="col" className="num">
              {t('actual')}
            </th>
            <th scope="col">{t('colDelegation')}</th>
            <th scope="col">{t('carNumber')}</th>
            <th scope="col">{t('liaisonOfficer')}</th>
            <th scope="col">{t('greeter')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, i) => {
            const code = rowCode(row);
            return (
              <tr
                key={row.slot.id}
                className={`${row.slot.id === selectedSlotId ? 'is-selected' : ''}${conflictSlotIds.has(row.slot.id) ? ' is-conflict' : ''}`}
                data-testid={`arrivals-row-${code}`}
                data-start={row.start === null ? '' : clockWithSeconds(view.clock, row.start)}
                aria-selected={row.slot.id === selectedSlotId}
                onClick={() => onSelect(row.slot.id)}
              >
                <td className="num">{i18n.number(i + 1)}</td>
                <td className="num">{row.start === null ? '—' : clockWithSeconds(view.clock, row.start)}</td>
                <td className="num">{row.arrived === null ? '' : clockWithSeconds(view.clock, row.arrived)}</td>
                <td>
                  <button type="button" className="link-button arrivals__row-name" onClick={() => onSelect(row.slot.id)}>
                    <Flag code={row.delegation?.flagCode ?? null} />
                    {row.delegation ? displayName(row.delegation, i18n.lang) : code}
                  </button>
                </td>
                <td>{row.slot.carNumber}</td>
                <td>{row.slot.liaisonOfficer}</td>
                <td>{row.slot.greeterId ? (greeters.get(row.slot.greeterId) ?? '') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
