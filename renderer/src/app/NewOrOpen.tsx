import { useApp, useController } from './context';
import { useI18n } from '../i18n/I18n';

// The top bar's buttons are all alike; on the welcome screen, New event is the one to press.
const LOOK = {
  bar: { testPrefix: 'action', newClass: 'button button--bar', openClass: 'button button--bar' },
  welcome: { testPrefix: 'welcome', newClass: 'button button--primary', openClass: 'button' },
} as const;

/** New event… and Open…: the two ways into an event, in the top bar and on the welcome screen; disabled while a file action runs. */
export function NewOrOpen({ place, onNewEvent }: { place: keyof typeof LOOK; onNewEvent: () => void }) {
  const { t } = useI18n();
  const controller = useController();
  const busy = useApp((s) => s.busy);
  const { testPrefix, newClass, openClass } = LOOK[place];
  return (
    <>
      <button type="button" className={newClass} data-testid={`${testPrefix}-new`} onClick={onNewEvent} disabled={busy}>
        {t('newEvent')}
      </button>
      <button type="button" className={openClass} data-testid={`${testPrefix}-open`} onClick={() => void controller.openEvent()} disabled={busy}>
        {t('openEvent')}
      </button>
    </>
  );
}
