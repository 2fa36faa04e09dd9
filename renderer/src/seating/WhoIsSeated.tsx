import { useMemo } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import { whoOf, type SeatingSettings, type WhoSits } from '../../../shared/seating';
import { LabelledSelect } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import type { SeatingT } from './messages';
import { honourOfHall } from './plan';

/** The props of the hall's seating options (StrategyOptions and this part of it). */
export type OptionsProps = {
  document: EventDocument;
  hallId: string;
  settings: SeatingSettings;
  readOnly: boolean;
  t: SeatingT;
  onChange(patch: Partial<SeatingSettings>): void;
};

/**
 * Who is seated in this hall, chosen before seating it: the strategy's default, heads only,
 * heads and N members, whole delegations; with how many people that makes against the seats
 * the strategy fills, so a banquet with too few tables is seen before anyone is left out.
 */
export function WhoIsSeated({ document, hallId, settings: s, readOnly, t, onChange }: OptionsProps) {
  const i18n = useI18n();
  const counts = useMemo(() => {
    try {
      const honour = honourOfHall(document, hallId, { settings: s });
      return { people: honour.guests.length, seats: honour.seatRank.size };
    } catch {
      return null; // settings or rules the screen reports elsewhere
    }
  }, [document, hallId, s]);
  const byDefault = whoOf({ who: null, strategy: s.strategy });
  const over = counts && counts.seats > 0 ? counts.people - counts.seats : 0;
  return (
    <div className="seating__who" data-testid="seating-who-section">
      <LabelledSelect<WhoSits | ''>
        label={t('who')}
        testId="seating-who"
        value={s.who ?? ''}
        disabled={readOnly}
        options={[
          { value: '', label: t(byDefault === 'delegations' ? 'whoDefaultDelegations' : 'whoDefaultHeads') },
          { value: 'heads', label: t('whoHeads') },
          { value: 'heads-plus', label: t('whoHeadsPlus') },
          { value: 'delegations', label: t('whoDelegations') },
        ]}
        onChange={(who) => onChange({ who: who === '' ? null : who })}
      />
      {s.who === 'heads-plus' && (
        <label className="field">
          <span className="field__label">{t('whoMembers')}</span>
          <input
            type="number"
            className="field__input seating__number"
            min={1}
            max={50}
            data-testid="seating-membersPerDelegation"
            value={s.membersPerDelegation}
            disabled={readOnly}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 50) onChange({ membersPerDelegation: n });
            }}
          />
        </label>
      )}
      {counts && (
        <p className="muted" data-testid="seating-who-count" data-people={counts.people} data-seats={counts.seats}>
          {t('whoCount', { people: i18n.number(counts.people), seats: i18n.number(counts.seats) })}
        </p>
      )}
      {over > 0 && (
        <p className="field__error" role="status" data-testid="seating-who-over">
          {t('whoOver', { count: i18n.number(over) })}
        </p>
      )}
    </div>
  );
}
