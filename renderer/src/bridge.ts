import type { PreseanceApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Provided by the preload script in Electron, by the test harness in a browser. */
    preseance?: PreseanceApi;
  }
}

export function getBridge(): PreseanceApi | null {
  return window.preseance ?? null;
}
