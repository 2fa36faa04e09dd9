import { useId } from 'react';
import { useI18n } from '../i18n/I18n';

export type ProblemItem = { severity: 'error' | 'warning'; key: string; text: string; onShow?: () => void };

type Props = {
  emptyText: string;
  showLabel: string;
  items: readonly ProblemItem[];
  /** data-testid of the section; items are `<itemTestId>-<i>`, their link `<itemTestId>-<i>-show`. */
  testId: string;
  emptyTestId: string;
  itemTestId: string;
};

const SHOWN = 200;

/**
 * The checks of a screen, always up to date: errors and warnings in words, each with a link to
 * where it is (a seat on the plan, a slot on the timeline). Seating and arrivals both use it,
 * under one heading that counts them ("Checks · 1 error, 0 warnings").
 */
export function ProblemList({ emptyText, showLabel, items, testId, emptyTestId, itemTestId }: Props) {
  const i18n = useI18n();
  const titleId = useId();
  const errors = items.filter((p) => p.severity === 'error').length;
  return (
    <section className="problems" aria-labelledby={titleId} data-testid={testId} data-errors={errors} data-count={items.length}>
      <h2 id={titleId} className="section-title">
        {i18n.t('checksTitle', { errors: i18n.number(errors), warnings: i18n.number(items.length - errors) })}
      </h2>
      {items.length === 0 ? (
        <p className="muted" data-testid={emptyTestId}>
          {emptyText}
        </p>
      ) : (
        <ul className="problem-list">
          {items.slice(0, SHOWN).map((p, i) => (
            <li key={`${p.key}-${i}`} className={`problem problem--${p.severity}`} data-testid={`${itemTestId}-${i}`} data-key={p.key}>
              <span>{p.text}</span>
              {p.onShow && (
                <button type="button" className="link-button" data-testid={`${itemTestId}-${i}-show`} onClick={p.onShow}>
                  {showLabel}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
