import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n/index';
import { MENU_EVENT, RENDERER_CHANNELS, type MenuCommand } from '../../shared/ipc/channels';
import { invoke } from '../../shared/ipc/invoke';
import { referenceData } from '../../resources/reference/load';
import { createServices, EXTENSION, type AppServices } from '../services/index';
import { filePreferences } from '../services/preferences';
import { openAtStartup } from '../services/startup';
import { nativeDialogs } from './dialogs';
import { nativePrinting } from './print';
import { buildMenu } from './menu';
import { mainMessages } from './messages';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ORIGIN, hardenSessions, isOwnUrl } from './security';
import { secureWebPreferences } from './webPreferences';

// Tests point the app at a fresh data folder; users get the platform's usual one.
if (process.env.PRESEANCE_USER_DATA) app.setPath('userData', process.env.PRESEANCE_USER_DATA);

const here = import.meta.dirname;
let window: BrowserWindow | null = null;
let services: AppServices;

/** The event file named on the command line (or by the OS on double-click), if any. */
function fileFromArgs(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => arg.endsWith(EXTENSION) && !arg.startsWith('-')) ?? null;
}

function sendMenu(command: MenuCommand, arg?: string): void {
  window?.webContents.send(MENU_EVENT, command, arg ?? null);
}

const language = () => services.state().language;

function refreshChrome(): void {
  const prefs = services.state();
  Menu.setApplicationMenu(
    buildMenu({
      language: prefs.language,
      recent: prefs.recent,
      isMac: process.platform === 'darwin',
      isDev: !app.isPackaged && !!process.env.ELECTRON_RENDERER_URL,
      send: sendMenu,
      hasFile: prefs.file !== null,
      history: services.history(),
    }),
  );
  window?.setTitle(prefs.file ? `${prefs.file.name} — Préséance` : 'Préséance');
}

/**
 * Opens a file chosen outside the window (second instance, Finder), reporting failures. With a
 * window, through the renderer's own open flow (as File › Open Recent does): it first writes
 * the edits in flight to the file they belong to and asks before dropping edits a full disk
 * kept in memory. Switching files here, behind its back, would send its edits to the new file.
 */
async function openFromOutside(path: string): Promise<void> {
  if (window) {
    sendMenu('file:openRecent', path);
    return;
  }
  const result = await invoke(services, 'event:open', { path }, language);
  if (!result.ok) dialog.showErrorBox(translate(mainMessages, language(), 'openFailed'), result.error.message);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Préséance',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // The renderer holds back its unload (beforeunload) while edits are not written to the file
  // (a full disk keeps them in memory): closing the window or quitting asks first.
  // preventDefault() here means "ignore the beforeunload": the window closes.
  win.webContents.on('will-prevent-unload', (event) => {
    const say = (key: keyof typeof mainMessages.en) => translate(mainMessages, language(), key);
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: say('unsavedTitle'),
      message: say('unsavedMessage'),
      detail: say('unsavedDetail'),
      buttons: [say('unsavedClose'), say('unsavedCancel')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
  win.on('closed', () => {
    window = null;
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl && !app.isPackaged) void win.loadURL(devUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** The window's channels only: the CLI's (plans, counts, checks) are not registered for it. */
function registerIpc(): void {
  for (const channel of RENDERER_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      // Only our own page may call: a frame from anywhere else gets nothing.
      if (!event.senderFrame || !isOwnUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'foreign-sender', message: new AppError('foreign-sender').messageIn(language()) } };
      }
      return invoke(services, channel, payload, language);
    });
  }
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its file to the running app and quits: never two writers.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const path = fileFromArgs(argv);
    if (path) void openFromOutside(path);
  });

  // macOS: double-click on a .preseance file, before or after start.
  let pendingOpen: string | null = null;
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && services) void openFromOutside(path);
    else pendingOpen = path;
  });

  void app.whenReady().then(() => {
    hardenSessions();
    serveRenderer(join(here, '../renderer'));
    const preferences = filePreferences(app.getPath('userData'), app.getLocale().startsWith('vi') ? 'vi' : 'en');
    services = createServices({
      version: app.getVersion(),
      preferences,
      reference: referenceData,
      dialogs: nativeDialogs(() => window, () => preferences.language()),
      print: nativePrinting(() => window, () => preferences.language()),
      onChange: refreshChrome,
      notify: (message) => sendMenu('app:notice', message),
    });
    registerIpc();

    const failure = openAtStartup(services, {
      file: pendingOpen ?? fileFromArgs(process.argv),
      userDataDir: app.getPath('userData'),
      sample: !process.env.PRESEANCE_NO_SAMPLE,
    });
    if (failure) dialog.showErrorBox(translate(mainMessages, language(), 'openFailed'), failure.messageIn(language()));

    window = createWindow();
    refreshChrome(); // after the window exists: it sets the window's title too
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) window = createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // will-quit, not before-quit: a quit the user cancels (edits not saved) must keep the file open.
  app.on('will-quit', () => services?.dispose());
}
