import { useApp, useController } from './context';
import { useI18n } from '../i18n/I18n';
import { NewOrOpen } from './NewOrOpen';

export function Welcome({ onNewEvent }: { onNewEvent: () => void }) {
  const { t } = useI18n();
  const controller = useController();
  const recent = useApp((s) => s.recent);
  const busy = useApp((s) => s.busy);
  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome__card">
        <h1 className="welcome__title">{t('welcomeTitle')}</h1>
        <p className="welcome__tagline">{t('appTagline')}</p>
        <p className="welcome__intro">{t('welcomeIntro')}</p>
        <div className="welcome__actions">
          <NewOrOpen place="welcome" onNewEvent={onNewEvent} />
        </div>
        <section className="welcome__recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('recentEvents')}</h2>
          {recent.length === 0 ? (
            <p className="muted" data-testid="welcome-no-recent">
              {t('noRecentEvents')}
            </p>
          ) : (
            <ul className="recent-list" data-testid="welcome-recent">
              {recent.map((r, i) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="recent-list__item"
                    data-testid={`welcome-recent-${i}`}
                    title={t('openRecentTooltip', { path: r.path })}
                    disabled={busy}
                    onClick={() => void controller.openPath(r.path)}
                  >
                    <span className="recent-list__name">{r.name}</span>
                    <span className="recent-list__path">{r.path}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
