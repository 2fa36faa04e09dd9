import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

type State = { error: Error | null };

/**
 * A rendering bug must not leave a blank window: show what failed, in the UI language. The
 * document is still saved as it was (every edit is written when it is made).
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) return <Crashed message={this.state.error.message} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

function Crashed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <main className="crashed" role="alert" data-testid="render-error">
      <p className="notice__message">{t('unexpected', { detail: message })}</p>
      <p className="muted">{t('crashSaved')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </main>
  );
}
