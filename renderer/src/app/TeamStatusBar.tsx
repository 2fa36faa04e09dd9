import { useEffect, useState } from 'react';
import type { PreseanceApi } from '../../../shared/ipc/api';
import { teamStatusText, type TeamStatus } from '../../../shared/team/status';
import { useApp } from './context';

/** How often the bar asks main (edits go out and arrive without the window knowing). */
const POLL_MS = 1000;

/**
 * The status bar of a team replica (issue 16, item 5): connected, or offline with the edits
 * waiting, and the conflicts kept. Nothing for a file that is not a team replica, and no more
 * asking once main has said so: the bar is mounted again for each file opened (App.tsx).
 */
export function TeamStatusBar({ api }: { api: PreseanceApi }) {
  const language = useApp((s) => s.language);
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    let live = true;
    const ask = () =>
      void api['team:status']({}).then((result) => {
        if (!live || !result.ok) return;
        setStatus(result.value);
        if (result.value === null) clearInterval(timer);
      });
    const timer = setInterval(ask, POLL_MS);
    ask();
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api]);
  if (!status) return null;
  const tone = status.conflicts > 0 ? 'conflicts' : status.connected ? 'connected' : 'offline';
  return (
    <footer className={`status-bar status-bar--${tone}`} data-testid="team-status" role="status">
      {teamStatusText(status, language)}
    </footer>
  );
}
