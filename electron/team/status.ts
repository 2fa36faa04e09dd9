import type { EventFile } from '../store';
import type { TeamStatus } from '../../shared/team/status';

/**
 * The one answer the status bar shows (issue 16, item 5): connected or offline, how many edits
 * wait in the outbox, how many conflicts are kept. Read from the file, so it holds after a restart.
 */
export function teamStatus(file: EventFile, connected: boolean): TeamStatus {
  return { connected, ...file.outbox.counts() };
}
