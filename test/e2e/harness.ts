/**
 * End-to-end harness. Runs the BUILT renderer (out/renderer) against the REAL main-process
 * services and a real .preseance file, in one of two runtimes:
 *  - electron: Playwright's Electron launcher on out/main/index.js, when an Electron binary is
 *    installed (or PRESEANCE_E2E_RUNTIME=electron, which fails loudly if it is not);
 *  - chromium: Debian's Chromium via playwright-core; the renderer is served on 127.0.0.1 (module
 *    scripts do not run from file://) with the app's CSP, and the services table is bound in place
 *    of the preload bridge, with the same shape (one function per channel + onMenuCommand).
 *
 * Usage:
 *   const app = await launchApp({ sample: true });     // or { file: '/path/event.preseance' }
 *   app.page.getByTestId(...)...
 *   app.nextDialogPath('/tmp/x.preseance');            // answer the next native open/save dialog
 *   await app.menu('edit:undo');                       // what a native menu item would send
 *   // print:pdf is answered with page.pdf() on the app's own page (the chromium runtime; Electron
 *   // uses webContents.printToPDF): the same print view, the same @page size.
 *   await app.close();                                 // or leave it: test/e2e/setup.ts closes it after the test
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, _electron, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core';
import { MENU_EVENT, RENDERER_CHANNELS, type MenuCommand } from '../../shared/ipc/channels';
import { invoke } from '../../shared/ipc/invoke';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Language } from '../../shared/model/primitives';
import type { PrintJob } from '../../shared/ipc/contract';
import { referenceData } from '../../resources/reference/load';
import { createServices } from '../../electron/services/index';
import { filePreferences } from '../../electron/services/preferences';
import { openAtStartup } from '../../electron/services/startup';
import { contentType, rendererFile } from '../../electron/main/rendererFiles';
import { undoRedoLabels } from '../../electron/main/menuLabels';
import { ready } from './page';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Runtime = 'electron' | 'chromium';

/**
 * The Electron binary's path when one is installed, else null. Read from the package's path.txt
 * rather than by requiring 'electron', which would try to download a missing binary.
 */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const relative = existsSync(join(dir, 'path.txt')) ? readFileSync(join(dir, 'path.txt'), 'utf8').trim() : null;
    const path = override ? join(override, relative ?? 'electron') : relative ? join(dir, 'dist', relative) : null;
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Which runtime this run uses, and why: printed by the suite, never a silent choice. */
export function detectRuntime(): { runtime: Runtime; reason: string } {
  const wanted = process.env.PRESEANCE_E2E_RUNTIME;
  const binary = electronBinary();
  if (wanted === 'electron') {
    if (!binary) throw new Error('PRESEANCE_E2E_RUNTIME=electron but no Electron binary is installed');
    return { runtime: 'electron', reason: `Electron binary at ${binary}` };
  }
  if (wanted === 'chromium') return { runtime: 'chromium', reason: 'PRESEANCE_E2E_RUNTIME=chromium' };
  return binary
    ? { runtime: 'electron', reason: `Electron binary at ${binary}` }
    : { runtime: 'chromium', reason: 'no Electron binary installed: renderer in Debian Chromium with the real services bound in place of the preload' };
}

export type AppHandle = {
  page: Page;
  runtime: Runtime;
  userDataDir: string;
  /** Path returned by the next native open or save dialog (null = the user cancels). */
  nextDialogPath(path: string | null): Promise<void>;
  /** Sends a menu command as the native menu would. */
  menu(command: MenuCommand, arg?: string): Promise<void>;
  /** The native Edit menu's Undo and Redo labels as they read now (chromium: as main would build them). */
  undoRedoLabels(): Promise<{ undo: string; redo: string }>;
  /** Errors main would show in a native box at startup (chromium runtime only). */
  startupErrors: string[];
  /** Jobs sent to the native print dialog (chromium runtime only: there is no dialog, it "prints"). */
  printJobs: PrintJob[];
  close(): Promise<void>;
};

export type LaunchOptions = {
  /** An event file to open, as if passed on the command line. */
  file?: string;
  /** With no file: open the app's copy of the bundled sample (the app's default), or the welcome screen. */
  sample?: boolean;
  /** Reuse a data folder (preferences, the sample copy) from an earlier launch. */
  userDataDir?: string;
  language?: Language;
  /** More Chromium switches (the benchmark lifts the frame-rate cap). */
  chromiumArgs?: string[];
  /**
   * A full disk for the event files in `folder`: each may grow by `sparePages` SQLite pages
   * (default 0), then SQLite answers SQLITE_FULL, "database or disk is full", as on a real full
   * disk (OpenOptions.maxGrowthPages). Files elsewhere (a Save As) are not limited. The fault is
   * injected into the services, so this launch always uses the chromium runtime.
   */
  diskFull?: { folder: string; sparePages?: number };
  /**
   * A folder this user may not write, as the file system would tell an ordinary user (the tests
   * run as root, whom it never refuses): event files there open read-only (OpenOptions.writable).
   * Injected into the services, so this launch always uses the chromium runtime.
   */
  readOnlyFolder?: string;
};

// Data folders launchApp made. Tests pass one from launch to launch, so they live until
// removeLaunchData(), which test/e2e/setup.ts calls after each test file.
const madeDataDirs = new Set<string>();
export function removeLaunchData(): void {
  for (const dir of madeDataDirs) rmSync(dir, { recursive: true, force: true });
  madeDataDirs.clear();
}

// Apps launchApp started and not yet closed. test/e2e/setup.ts closes them after each test, so no
// test file keeps its own list and a test that fails midway leaves no browser running.
const openApps = new Set<AppHandle>();
/** Closes every app still open; an app the test closed already is left alone. Safe to call twice. */
export async function closeLaunchedApps(): Promise<void> {
  for (const app of [...openApps]) await app.close();
}

/** The app's own copy of the bundled sample event: the file launchApp({ sample: true }) opens. */
export const sampleFile = (app: AppHandle): string => join(app.userDataDir, 'samples', 'hanoi-2025.preseance');

/** The app started on its own copy of the sample, in `language`: the app, its page and that file. */
export async function launchSample(language: Language): Promise<{ app: AppHandle; page: Page; file: string }> {
  const app = await launchApp({ sample: true, language });
  await ready(app.page);
  return { app, page: app.page, file: sampleFile(app) };
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first (npm test does)');
  }
  let userDataDir = options.userDataDir;
  if (!userDataDir) madeDataDirs.add((userDataDir = mkdtempSync(join(tmpdir(), 'preseance-e2e-data-'))));
  if (options.language) {
    const prefs = filePreferences(userDataDir, options.language);
    prefs.setLanguage(options.language);
  }
  const { runtime } = detectRuntime();
  const injected = options.diskFull !== undefined || options.readOnlyFolder !== undefined;
  const app = await (runtime === 'electron' && !injected ? launchElectron(options, userDataDir) : launchChromium(options, userDataDir));
  // Closing is idempotent: a test may close the app (to read its file) before the cleanup does.
  const closeOnce = app.close;
  let closing: Promise<void> | null = null;
  app.close = () => {
    openApps.delete(app);
    return (closing ??= closeOnce());
  };
  openApps.add(app);
  return app;
}

async function launchChromium(options: LaunchOptions, userDataDir: string): Promise<AppHandle> {
  const diskFull = options.diskFull;
  const dialogAnswers: (string | null)[] = [];
  const printJobs: PrintJob[] = [];
  let printPage: Page | null = null;
  const preferences = filePreferences(userDataDir, 'en');
  const services = createServices({
    version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    preferences,
    reference: referenceData,
    dialogs: {
      openEvent: async () => dialogAnswers.shift() ?? null,
      openImage: async () => dialogAnswers.shift() ?? null,
      saveEvent: async () => dialogAnswers.shift() ?? null,
      saveSpreadsheet: async () => dialogAnswers.shift() ?? null,
    },
    // Printing as Electron does it (electron/main/print.ts), on the same page: Playwright's
    // page.pdf() is Chromium's printToPDF, with the page's @page size preferred.
    print: {
      savePdf: async () => dialogAnswers.shift() ?? null,
      pdf: async ({ paper, landscape }) => {
        if (!printPage) throw new Error('no page to print');
        const [width, height] = landscape ? [paper.heightMm, paper.widthMm] : [paper.widthMm, paper.heightMm];
        return printPage.pdf({ width: `${width}mm`, height: `${height}mm`, printBackground: true, preferCSSPageSize: true });
      },
      print: async (job) => {
        printJobs.push(job);
        return true;
      },
    },
    // A notice from main (an automatic backup failed), sent as Electron's main does: a pushed command.
    notify: (message) => {
      void printPage?.evaluate((m) => (window as unknown as { __preseanceMenu(c: string, a: string): void }).__preseanceMenu('app:notice', m), message).catch(() => {}); // the page may be closing
    },
    openOptions: (path) => {
      const fullDisk = diskFull && dirname(path) === resolve(diskFull.folder);
      const readOnly = options.readOnlyFolder && resolve(options.readOnlyFolder);
      return {
        ...(fullDisk ? { maxGrowthPages: diskFull.sparePages ?? 0 } : {}),
        // Neither the folder nor anything in it may be written; elsewhere root writes anything.
        ...(readOnly ? { writable: (p: string) => p !== readOnly && dirname(p) !== readOnly } : {}),
      };
    },
  });
  const startupErrors: string[] = [];
  const failure = openAtStartup(services, { file: options.file ?? null, userDataDir, sample: options.sample ?? false });
  if (failure) startupErrors.push(failure.messageIn(preferences.language()));

  const server = await serveRenderer();
  const profileDir = mkdtempSync(join(tmpdir(), 'preseance-e2e-profile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
    viewport: { width: 1440, height: 900 },
  });
  // The preload's stand-in: same channels, same Result payloads, real services behind them.
  // Results come back as JSON text (plain JSON by contract): Playwright's own value
  // serialisation takes seconds for a 10,000-seat document, where Electron's IPC takes a
  // fraction of one, so the harness, not the app, would be most of every figure at that size.
  // Only the window's channels, as main registers them (a CLI channel is unknown to the window).
  const windowChannels: ReadonlySet<unknown> = new Set(RENDERER_CHANNELS);
  await context.exposeBinding('__preseanceInvoke', async (_source, channel: unknown, payload: unknown) =>
    JSON.stringify(await invoke(services, windowChannels.has(channel) ? channel : `window:${String(channel)}`, payload, () => preferences.language())),
  );
  await context.addInitScript((channels: readonly string[]) => {
    const listeners = new Set<(command: string, arg: string | null) => void>();
    const w = window as unknown as Record<string, unknown>;
    const invoke = w.__preseanceInvoke as (channel: string, payload: unknown) => Promise<string>;
    const call = async (channel: string, payload: unknown) => JSON.parse(await invoke(channel, payload)) as unknown;
    const api: Record<string, unknown> = Object.fromEntries(channels.map((c) => [c, (input: unknown) => call(c, input)]));
    api.onMenuCommand = (listener: (command: string, arg: string | null) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    w.preseance = Object.freeze(api);
    w.__preseanceMenu = (command: string, arg: string | null) => listeners.forEach((l) => l(command, arg));
  }, RENDERER_CHANNELS);
  const page = context.pages()[0] ?? (await context.newPage());
  printPage = page;
  await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/index.html`);

  return {
    page,
    runtime: 'chromium',
    userDataDir,
    startupErrors,
    printJobs,
    async nextDialogPath(path) {
      dialogAnswers.push(path);
    },
    async menu(command, arg) {
      await page.evaluate(([c, a]) => (window as unknown as { __preseanceMenu(c: string, a: string | null): void }).__preseanceMenu(c!, a ?? null), [command, arg ?? null] as const);
    },
    async undoRedoLabels() {
      return undoRedoLabels(preferences.language(), services.history());
    },
    async close() {
      await context.close();
      services.dispose();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function launchElectron(options: LaunchOptions, userDataDir: string): Promise<AppHandle> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [join(ROOT, 'out/main/index.js'), ...(options.file ? [options.file] : [])],
    env: {
      ...(process.env as Record<string, string>),
      PRESEANCE_USER_DATA: userDataDir,
      ...(options.sample ? {} : { PRESEANCE_NO_SAMPLE: '1' }),
    },
  });
  const page = await app.firstWindow();
  return {
    page,
    runtime: 'electron',
    userDataDir,
    startupErrors: [],
    printJobs: [],
    async nextDialogPath(path) {
      await app.evaluate(({ dialog }, answer) => {
        dialog.showOpenDialog = (async () => ({ canceled: answer === null, filePaths: answer ? [answer] : [] })) as never;
        dialog.showSaveDialog = (async () => ({ canceled: answer === null, filePath: answer ?? '' })) as never;
      }, path);
    },
    async menu(command, arg) {
      await app.evaluate(
        ({ BrowserWindow }, [event, c, a]) => BrowserWindow.getAllWindows()[0]?.webContents.send(event!, c, a),
        [MENU_EVENT, command, arg ?? null] as const,
      );
    },
    async undoRedoLabels() {
      // The application menu itself: the Edit menu's first two items.
      return app.evaluate(({ Menu }) => {
        const edit = Menu.getApplicationMenu()?.items.find((i) => i.submenu?.items.some((s) => s.accelerator === 'CmdOrCtrl+Z'));
        const [undo, redo] = edit?.submenu?.items ?? [];
        return { undo: undo?.label ?? '', redo: redo?.label ?? '' };
      });
    },
    async close() {
      await app.close();
    },
  };
}

/** A static server for the built renderer, with the same CSP header the app sends. */
function serveRenderer(): Promise<Server> {
  const server = createServer((request, response) => {
    const file = rendererFile(RENDERER_DIR, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
