import { teamMessages } from '../i18n/team';
import { translate, type Language } from '../i18n/index';

/** What the status bar says of a team replica: connected or not, edits waiting, conflicts kept. */
export type TeamStatus = { connected: boolean; waiting: number; conflicts: number };

/** “Connected to the team” / “Offline · 3 changes waiting” / “… · 1 conflict”. */
export function teamStatusText(status: TeamStatus, lang: Language): string {
  const parts = [translate(teamMessages, lang, status.connected ? 'team-connected' : 'team-offline')];
  if (status.waiting > 0) parts.push(translate(teamMessages, lang, 'team-waiting', { count: status.waiting }));
  if (status.conflicts > 0) parts.push(translate(teamMessages, lang, 'team-conflicts', { count: status.conflicts }));
  return parts.join(' · ');
}
