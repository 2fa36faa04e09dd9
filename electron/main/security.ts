import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const APP_ORIGIN = 'app://preseance';

/**
 * True for our own renderer: the packaged bundle, or the dev server in development. The dev
 * server counts only in an unpackaged app and only on this machine, and by its exact origin
 * (a prefix test would let http://localhost:5173.evil.example through): an environment variable
 * must never open the IPC door of an installed app to a remote page.
 */
export function isOwnUrl(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  if (!dev) return false;
  const origin = (text: string) => {
    try {
      return new URL(text).origin;
    } catch {
      return null;
    }
  };
  const devOrigin = origin(dev);
  return devOrigin !== null && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(devOrigin) && origin(url) === devOrigin;
}

/**
 * Locks down every web contents: no navigation away from our bundle, no new windows, no
 * permissions (camera, notifications, geolocation...), no webviews, CSP on every response.
 */
export function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // Offline by design: nothing may leave the machine.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isOwnUrl(details.url) && !details.url.startsWith('devtools://') && !details.url.startsWith('data:') });
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, and nothing handed to the user's browser either: the app is offline and
  // opens no links, so a page asking for one is never obeyed.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
