import type { SeatingSettings } from '../../../shared/seating';
import type { SeatingT } from './messages';

type Props = { settings: SeatingSettings; readOnly: boolean; t: SeatingT; onChange(patch: Partial<SeatingSettings>): void };

/** The strategy's options for this hall, each saved at once (one undo step). */
export function StrategyOptions({ settings: s, readOnly, t, onChange }: Props) {
  const count = (key: 'seatsPerDelegation' | 'seatsPerOrganization', label: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="number"
        className="field__input seating__number"
        min={1}
        max={50}
        data-testid={`seating-${key}`}
        value={s[key]}
        disabled={readOnly}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 1 && n <= 50) onChange({ [key]: n });
        }}
      />
    </label>
  );
  const check = (key: 'keepTogether' | 'interpreterBehind', label: string) => (
    <label className="check-field">
      <input type="checkbox" data-testid={`seating-${key}`} checked={s[key]} disabled={readOnly} onChange={(e) => onChange({ [key]: e.target.checked })} />
      <span>{label}</span>
    </label>
  );
  return (
    <details className="seating__options" data-testid="seating-options">
      <summary className="section-title">{t('options')}</summary>
      <label className="field">
        <span className="field__label">{t('orderBy')}</span>
        <select
          className="field__input"
          data-testid="seating-orderBy"
          value={s.orderBy ?? ''}
          disabled={readOnly}
          onChange={(e) => onChange({ orderBy: e.target.value === '' ? null : (e.target.value as 'precedence' | 'lot') })}
        >
          <option value="">{t(s.strategy === 'blocks' ? 'orderDefaultLot' : 'orderDefaultPrecedence')}</option>
          <option value="precedence">{t('orderPrecedence')}</option>
          <option value="lot">{t('orderLot')}</option>
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('who')}</span>
        <select
          className="field__input"
          data-testid="seating-who"
          value={s.who ?? ''}
          disabled={readOnly}
          onChange={(e) => onChange({ who: e.target.value === '' ? null : (e.target.value as 'heads' | 'delegations') })}
        >
          <option value="">{t('whoDefault')}</option>
          <option value="heads">{t('whoHeads')}</option>
          <option value="delegations">{t('whoDelegations')}</option>
        </select>
      </label>
      {s.strategy === 'blocks' && (
        <>
          <div className="field-row">
            {count('seatsPerDelegation', t('seatsPerDelegation'))}
            {count('seatsPerOrganization', t('seatsPerOrganization'))}
          </div>
          <label className="field">
            <span className="field__label">{t('blocksOrder')}</span>
            <select
              className="field__input"
              data-testid="seating-blocks-order"
              value={s.blocksOrder}
              disabled={readOnly}
              onChange={(e) => onChange({ blocksOrder: e.target.value as SeatingSettings['blocksOrder'] })}
            >
              <option value="row-by-row">{t('blocksRowByRow')}</option>
              <option value="centre-out">{t('blocksCentreOut')}</option>
            </select>
          </label>
        </>
      )}
      {check('keepTogether', t('keepTogether'))}
      {check('interpreterBehind', t('interpreterBehind'))}
    </details>
  );
}
