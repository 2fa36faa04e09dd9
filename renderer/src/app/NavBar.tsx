import type { ReactNode } from 'react';
import { updateSession, useSession, type View } from './session';
import { useI18n } from '../i18n/I18n';
import type { UiKey } from '../i18n/messages';

/**
 * The icons are drawn (SVG, in the text colour), not characters: the bundled font has no
 * printer (⎙), flag or arrow glyphs, and a system without a symbol font showed empty boxes.
 */
const ICON_PATHS: Record<View, ReactNode> = {
  overview: <path d="M9 2.5 15.5 9 9 15.5 2.5 9Z" />,
  delegations: (
    <>
      <path d="M4 16V2.5" />
      <path d="M4 3h9l-2 3 2 3H4" />
    </>
  ),
  precedence: <path d="M3 4.5h12M3 9h12M3 13.5h12" />,
  seating: (
    <>
      <circle cx="9" cy="9" r="6.5" />
      <circle cx="9" cy="9" r="2.5" fill="currentColor" />
    </>
  ),
  arrivals: <path d="M2.5 9h12M10 4.5 14.5 9 10 13.5" />,
  halls: (
    <>
      <rect x="2.5" y="2.5" width="13" height="13" />
      <path d="M2.5 7h13M2.5 11h13M7 2.5v13M11 2.5v13" />
    </>
  ),
  print: (
    <>
      <path d="M5 6.5V2.5h8v4" />
      <path d="M5 12.5H3.5a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h11a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H13" />
      <path d="M5 10h8v5.5H5Z" />
    </>
  ),
};

const ITEMS: { view: View; label: UiKey }[] = [
  { view: 'overview', label: 'navOverview' },
  { view: 'delegations', label: 'navDelegations' },
  { view: 'precedence', label: 'navPrecedence' },
  { view: 'seating', label: 'navSeating' },
  { view: 'arrivals', label: 'navArrivals' },
  { view: 'halls', label: 'navHalls' },
  { view: 'print', label: 'navPrint' },
];

export function NavBar() {
  const { t } = useI18n();
  const view = useSession((s) => s.view);
  return (
    <nav className="nav" aria-label={t('mainNavigation')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.view}>
            <button
              type="button"
              className={`nav__item${view === item.view ? ' is-active' : ''}`}
              data-testid={`nav-${item.view}`}
              aria-current={view === item.view ? 'page' : undefined}
              onClick={() => updateSession({ view: item.view })}
            >
              <span className="nav__icon" aria-hidden="true">
                <svg viewBox="0 0 18 18" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" data-icon={item.view} style={{ display: 'block', margin: '0 auto' }}>
                  {ICON_PATHS[item.view]}
                </svg>
              </span>
              {t(item.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
