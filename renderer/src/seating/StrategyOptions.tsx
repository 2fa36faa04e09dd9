import { useMemo, useState } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import { keepTogetherOf, type SeatingSettings } from '../../../shared/seating';
import { WhoIsSeated, type OptionsProps } from './WhoIsSeated';
import { LabelledSelect } from '../forms/LabelledSelect';
import { FieldMessage } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import type { SeatingT } from './messages';


/** The strategy's options for this hall, each saved at once (one undo step). */
export function StrategyOptions({ document, hallId, settings: s, readOnly, t, onChange }: OptionsProps) {
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
      <input type="checkbox" data-testid={`seating-${key}`} checked={key === 'keepTogether' ? keepTogetherOf(s) : s[key]} disabled={readOnly} onChange={(e) => onChange({ [key]: e.target.checked })} />
      <span>{label}</span>
    </label>
  );
  return (
    <details className="seating__options" data-testid="seating-options">
      <summary className="section-title">{t('options')}</summary>
      <LabelledSelect<NonNullable<SeatingSettings['orderBy']> | ''>
        label={t('orderBy')}
        testId="seating-orderBy"
        value={s.orderBy ?? ''}
        disabled={readOnly}
        options={[
          { value: '', label: t(s.strategy === 'blocks' ? 'orderDefaultLot' : 'orderDefaultPrecedence') },
          { value: 'precedence', label: t('orderPrecedence') },
          { value: 'lot', label: t('orderLot') },
        ]}
        onChange={(orderBy) => onChange({ orderBy: orderBy === '' ? null : orderBy })}
      />
      <WhoIsSeated document={document} hallId={hallId} settings={s} readOnly={readOnly} t={t} onChange={onChange} />
      {s.strategy === 'blocks' && (
        <>
          <div className="field-row">
            {count('seatsPerDelegation', t('seatsPerDelegation'))}
            {count('seatsPerOrganization', t('seatsPerOrganization'))}
          </div>
          <LabelledSelect<SeatingSettings['blocksOrder']>
            label={t('blocksOrder')}
            testId="seating-blocks-order"
            value={s.blocksOrder}
            disabled={readOnly}
            options={[
              { value: 'row-by-row', label: t('blocksRowByRow') },
              { value: 'centre-out', label: t('blocksCentreOut') },
            ]}
            onChange={(blocksOrder) => onChange({ blocksOrder })}
          />
        </>
      )}
      {check('keepTogether', t('keepTogether'))}
      {check('interpreterBehind', t('interpreterBehind'))}
      <NeverNextTo document={document} pairs={s.neverNextTo} readOnly={readOnly} t={t} onChange={(neverNextTo) => onChange({ neverNextTo })} />
    </details>
  );
}

type Pair = [string, string];

/** Pairs of delegations that must not sit side by side: listed, removed, added from two lists. */
function NeverNextTo({ document, pairs, readOnly, t, onChange }: { document: EventDocument; pairs: readonly Pair[]; readOnly: boolean; t: SeatingT; onChange(pairs: Pair[]): void }) {
  const i18n = useI18n();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = (id: string) => {
    const d = document.delegations[id];
    return d ? displayName(d, i18n.lang) : '?';
  };
  const options = useMemo(
    () => Object.values(document.delegations).sort((x, y) => i18n.collator.compare(displayName(x, i18n.lang), displayName(y, i18n.lang))),
    [document.delegations, i18n],
  );
  const select = (value: string, set: (v: string) => void, testId: string) => (
    <select className="field__input" data-testid={testId} value={value} disabled={readOnly} onChange={(e) => set(e.target.value)}>
      <option value="">{t('chooseDelegation')}</option>
      {options.map((d) => (
        <option key={d.id} value={d.id}>
          {displayName(d, i18n.lang)}
        </option>
      ))}
    </select>
  );
  return (
    <div className="field" data-testid="seating-never-next-to">
      <span className="field__label">{t('neverNextTo')}</span>
      {pairs.length === 0 ? (
        <p className="muted">{t('neverNextToNone')}</p>
      ) : (
        <ul className="pair-list">
          {pairs.map(([x, y], i) => (
            <li key={`${x}-${y}`} data-testid={`seating-pair-${i}`}>
              <span>
                {name(x)} – {name(y)}
              </span>
              <button
                type="button"
                className="icon-button"
                disabled={readOnly}
                aria-label={t('neverNextToRemove', { a: name(x), b: name(y) })}
                title={t('neverNextToRemove', { a: name(x), b: name(y) })}
                onClick={() => onChange(pairs.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pair-add">
        {select(a, setA, 'seating-pair-a')}
        {select(b, setB, 'seating-pair-b')}
        <button
          type="button"
          className="button"
          disabled={readOnly || a === '' || b === ''}
          data-testid="seating-pair-add"
          onClick={() => {
            if (a === b) {
              setError(t('neverNextToSame'));
              return;
            }
            const known = pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
            if (!known) onChange([...pairs, [a, b]]);
            setA('');
            setB('');
            setError(null);
          }}
        >
          {t('neverNextToAdd')}
        </button>
      </div>
      <FieldMessage testId="seating-pair" error={error} />
    </div>
  );
}
