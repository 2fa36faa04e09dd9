import { useEffect, useMemo, type ReactNode } from 'react';
import type { PreseanceApi } from '../../../shared/ipc/api';
import { AppController } from './controller';
import { ControllerContext, EditorContext, useApp } from './context';
import { handleShortcut, runMenuCommand, type CommandContext } from './commands';
import { resetSession, useSession, type View } from './session';
import { I18nProvider, useI18n } from '../i18n/I18n';
import { translatorFor } from '../i18n/format';
import { TopBar } from './TopBar';
import { NavBar } from './NavBar';
import { Welcome } from './Welcome';
import { Dialogs, Notices } from './Dialogs';
import { Overview } from '../overview/Overview';
import { Delegations } from '../delegations/Delegations';
import { Halls } from '../halls/Halls';
import { Precedence } from '../precedence/Precedence';
import { Seating } from '../seating/Seating';
import { Print } from '../printing/Print';
import { Arrivals } from '../arrivals/Arrivals';
import { ErrorBoundary } from './ErrorBoundary';
import { SaveBanner } from './SaveBanner';
import { HistoryNotice } from './HistoryNotice';
import { useMenuHistory } from './menuHistory';
import { TeamStatusBar } from './TeamStatusBar';

export function App({ api }: { api: PreseanceApi }) {
  const controller = useMemo(() => new AppController(api), [api]);
  useEffect(() => {
    void controller.start();
  }, [controller]);
  return (
    <ControllerContext.Provider value={controller}>
      <Shell controller={controller} api={api} />
    </ControllerContext.Provider>
  );
}

function Shell({ controller, api }: { controller: AppController; api: PreseanceApi }) {
  const language = useApp((s) => s.language);
  const status = useApp((s) => s.status);
  const editor = useApp((s) => s.editor);
  const file = useApp((s) => s.file);

  const commandContext = useMemo<CommandContext>(
    () => ({
      controller,
      newEventName: () => translatorFor(controller.getSnapshot().language).t('newEventFileName'),
    }),
    [controller],
  );

  // Native menu commands and keyboard shortcuts.
  useEffect(() => api.onMenuCommand((command, arg) => runMenuCommand(commandContext, command, arg)), [api, commandContext]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => handleShortcut(commandContext, e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commandContext]);

  // A new document starts on its overview, nothing selected.
  useEffect(() => resetSession(), [editor]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    document.title = file ? `${file.name} — Préséance` : 'Préséance';
  }, [file]);

  useMenuHistory(api, editor);

  const onNewEvent = () => void controller.newEvent(commandContext.newEventName());

  return (
    <I18nProvider lang={language}>
      <EditorContext.Provider value={editor}>
        <div className="app" data-testid="app" data-status={status}>
          <TopBar onNewEvent={onNewEvent} />
          <Notices />
          <SaveBanner />
          <ErrorBoundary key={editor ? 'document' : 'none'}>
            {status === 'starting' ? (
              <Loading />
            ) : editor ? (
              <div className="workspace">
                <NavBar />
                <Screen />
              </div>
            ) : (
              <Welcome onNewEvent={onNewEvent} />
            )}
          </ErrorBoundary>
          {editor && <HistoryNotice key={file?.path ?? ''} />}
          {editor && <TeamStatusBar key={file?.path ?? ''} api={api} />}
          <Dialogs />
        </div>
      </EditorContext.Provider>
    </I18nProvider>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <main className="loading" aria-busy="true">
      {t('loading')}
    </main>
  );
}

const SCREENS: Record<View, () => ReactNode> = {
  overview: Overview,
  delegations: Delegations,
  precedence: Precedence,
  seating: Seating,
  arrivals: Arrivals,
  halls: Halls,
  print: Print,
};

function Screen() {
  const view = useSession((s) => s.view);
  const Current = SCREENS[view];
  return (
    <main className="content" id="content">
      <Current />
    </main>
  );
}
