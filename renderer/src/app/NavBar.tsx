import { updateSession, useSession, type View } from './session';
import { useI18n } from '../i18n/I18n';
import type { UiKey } from '../i18n/messages';

const ITEMS: { view: View; label: UiKey; icon: string }[] = [
  { view: 'overview', label: 'navOverview', icon: '◇' },
  { view: 'delegations', label: 'navDelegations', icon: '⚑' },
  { view: 'precedence', label: 'navPrecedence', icon: '≡' },
  { view: 'seating', label: 'navSeating', icon: '◉' },
  { view: 'arrivals', label: 'navArrivals', icon: '➜' },
  { view: 'halls', label: 'navHalls', icon: '▦' },
  { view: 'print', label: 'navPrint', icon: '⎙' },
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
                {item.icon}
              </span>
              {t(item.label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
