import { useSyncExternalStore } from 'react';
import { listeners } from '../../../shared/listeners';

/**
 * Session state: what the user is looking at. Never undone, never saved with the event.
 * Reset whenever another document is loaded.
 */
export type View = 'overview' | 'delegations' | 'precedence' | 'seating' | 'arrivals' | 'halls' | 'print';
export const VIEWS: readonly View[] = ['overview', 'delegations', 'precedence', 'seating', 'arrivals', 'halls', 'print'];
export const isView = (value: string): value is View => (VIEWS as readonly string[]).includes(value);
export type CameraCommand = 'zoomIn' | 'zoomOut' | 'zoomReset' | 'fit';

export type Session = {
  readonly view: View;
  readonly selectedDelegationId: string | null;
  readonly selectedHallId: string | null;
  /** The arrival sequence shown on the Arrivals screen (null: the first). */
  readonly selectedSequenceId: string | null;
};

const initial: Session = { view: 'overview', selectedDelegationId: null, selectedHallId: null, selectedSequenceId: null };

let session: Session = initial;
const changed = listeners();
const cameraCommands = listeners<[CameraCommand]>();

export function getSession(): Session {
  return session;
}

export function updateSession(patch: Partial<Session>): void {
  session = { ...session, ...patch };
  changed.notify();
}

export function resetSession(): void {
  updateSession(initial);
}

export function useSession<T>(selector: (s: Session) => T): T {
  return useSyncExternalStore(changed.subscribe, () => selector(session));
}

/** Camera commands (menu View > Zoom...) go to whichever canvas is showing. */
export function sendCameraCommand(command: CameraCommand): void {
  cameraCommands.notify(command);
}

export function onCameraCommand(listener: (command: CameraCommand) => void): () => void {
  return cameraCommands.subscribe(listener);
}
