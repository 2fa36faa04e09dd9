/**
 * The built main process (out/main/index.js), started under Node with a recording stand-in for
 * the 'electron' module. No Electron binary can be downloaded here, so this is how the Electron
 * glue itself — window options, IPC registration, the app:// protocol, session hardening, the
 * menu, startup on the sample — is run and checked in every test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMANDS, MENU_EVENT, RENDERER_CHANNELS } from '../../shared/ipc/channels';
import { CONTRACT } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { secureWebPreferences } from '../../electron/main/webPreferences';

const ROOT = resolve(import.meta.dirname, '../..');
const userData = mkdtempSync(join(tmpdir(), 'preseance-main-smoke-'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the child process
let main: any;

beforeAll(() => {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'main-smoke/child.mjs'), ROOT], {
    encoding: 'utf8',
    env: { ...process.env, FAKE_USER_DATA: userData, PRESEANCE_NO_SAMPLE: '' },
    timeout: 60_000,
    maxBuffer: 64 * 2 ** 20, // the answers carry whole documents (doc:load, backup:restore)
  });
  if (run.status !== 0) throw new Error(`main did not start: ${run.stderr}`);
  main = JSON.parse(run.stdout);
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('the built main process', () => {
  it('takes the single-instance lock and registers app:// as a secure scheme', () => {
    expect(main.singleInstance).toBe(true);
    expect(main.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('opens one sandboxed window on the bundled renderer', () => {
    expect(main.windows).toHaveLength(1);
    const [win] = main.windows;
    expect(win.url).toBe('app://preseance/index.html');
    // Exactly the sandbox settings test/unit/security.test.ts checks flag by flag: nothing loosened on the way.
    expect(win.webPreferences).toEqual(secureWebPreferences(win.webPreferences.preload));
    expect(win.webPreferences.preload).toMatch(/out[/\\]preload[/\\]index\.cjs$/);
    expect(existsSync(win.webPreferences.preload)).toBe(true);
  });

  it('opens its own copy of the sample event when no file is given', () => {
    expect(main.errors).toEqual([]);
    expect(main.appState.ok).toBe(true);
    expect(main.appState.value.file.name).toBe('hanoi-2025.preseance');
    expect(existsSync(join(userData, 'samples', 'hanoi-2025.preseance'))).toBe(true);
    expect(main.docLoad).toEqual({ ok: true, delegations: 160 });
    expect(main.windows[0].title).toBe('hanoi-2025.preseance — Préséance');
  });

  it('registers exactly the window’s channels (none of the CLI’s), refuses bad payloads and foreign senders with typed errors', () => {
    expect([...main.channels].sort()).toEqual([...RENDERER_CHANNELS].sort());
    expect(main.badPayload).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(main.foreignSender).toMatchObject({ ok: false, error: { code: 'foreign-sender' } });
  });

  it('answers every channel it registers, called with a valid payload, as the contract says', () => {
    expect(Object.keys(main.valid).sort()).toEqual([...RENDERER_CHANNELS].sort());
    for (const channel of RENDERER_CHANNELS) {
      const answer = main.valid[channel];
      expect(answer, `${channel}: ${JSON.stringify(answer).slice(0, 300)}`).toMatchObject({ ok: true });
      expect(CONTRACT[channel].output.safeParse(answer.value).success, channel).toBe(true);
    }
  });

  it('does what each channel says, on disk and in the event', () => {
    const { valid, validFiles: files } = main;
    const out = join(userData, 'smoke-out');
    expect(valid['app:state'].value.file.path).toBe(files.sample);
    expect(valid['app:setLanguage'].value.language).toBe('vi');
    expect(Object.keys(valid['doc:load'].value.document.delegations)).toHaveLength(160);
    expect(valid['doc:apply'].value.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The restored backup was taken after the edit: it holds the renamed event.
    const restored = Object.values(valid['backup:restore'].value.document.events) as { nameEn: string }[];
    expect(restored.map((e) => e.nameEn)).toEqual([`${files.eventName} (smoke)`]);
    expect(valid['backup:list'].value.backups).toHaveLength(1);
    expect(valid['backup:list'].value.backups[0]).toMatchObject({ kind: 'automatic', problem: null, holds: { delegations: 160 } });
    expect(valid['backup:restore'].value.beforeRestore).toMatch(/\.preseance$/);
    // A path typed without its extension gets the format's; the export is the import's format and reads back unchanged.
    expect(valid['dialog:saveSpreadsheet'].value.path).toBe(join(out, 'delegations.csv'));
    expect(valid['delegations:export'].value.path).toBe(join(out, 'delegations.csv'));
    expect(files.exported).toMatch(/^\uFEFF?kind,/);
    expect(valid['delegations:import'].value).toMatchObject({ errors: [], errorCount: 0, created: [], updated: [], unchanged: 160 });
    expect(valid['delegations:importProgress'].value).toBeNull();
    expect(valid['delegations:importCancel'].value).toBeNull();
    expect(valid['menu:history'].value).toBeNull();
    expect(valid['team:status'].value).toBeNull(); // the sample is no team replica: no status bar
    expect(main.menuAfterHistory).toContain('Hoàn tác sửa sự kiện'); // the language was set to Vietnamese above
    expect(valid['arrivals:export'].value.path).toBe(join(out, 'arrivals.csv'));
    expect(files.arrivals).toBeGreaterThan(100);
    expect(valid['print:exportList'].value.path).toBe(join(out, 'list.xlsx'));
    expect(files.list).toBe('PK'); // a zip: an .xlsx workbook
    expect(valid['dialog:savePdf'].value.path).toBe(join(out, 'chart.pdf'));
    expect(valid['print:pdf'].value).toEqual({ path: join(out, 'chart.pdf'), bytes: 23 }); // the fake printToPDF's bytes, all written
    expect(files.pdf).toBe('%PDF-1.7');
    expect(valid['print:native'].value).toEqual({ printed: true });
    expect(files.printed).toEqual([{ landscape: false, pageSize: { width: 210_000, height: 297_000 } }]);
    expect(valid['asset:pickImage'].value).toMatchObject({ name: 'plan.png', asset: { mime: 'image/png' } });
    expect(valid['dialog:saveEvent'].value.path).toBe(join(out, 'copy.preseance'));
    expect(valid['event:saveAs'].value).toMatchObject({ path: join(out, 'copy.preseance'), name: 'copy.preseance', readOnly: false });
    expect(valid['event:create'].value).toMatchObject({ name: 'blank.preseance', readOnly: false });
    expect(files.blankExists).toBe(true);
    expect(valid['event:close'].value).toBeNull();
    expect(valid['dialog:openEvent'].value.path).toBe(files.sample);
    expect(valid['event:open'].value).toMatchObject({ path: files.sample, name: 'hanoi-2025.preseance' });
  });

  it('serves the renderer with the strict CSP and nothing outside the bundle', () => {
    expect(main.served).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      type: 'text/html; charset=utf-8',
      starts: '<!doctype html>',
    });
    expect(main.escapedStatus).toBe(404);
  });

  it('denies permissions and cancels every request that leaves the app', () => {
    expect(main.permission).toBe(false);
    expect(main.remote).toEqual({ cancel: true });
    expect(main.local).toEqual({ cancel: false });
  });

  it('blocks navigation, redirects, webviews and new windows away from the bundle, and opens nothing in a browser', () => {
    const { navigate, redirect, webview, windowOpen, opened } = main.security;
    for (const [url, stopped] of [...Object.entries(navigate), ...Object.entries(redirect)]) {
      expect(stopped, url).toBe(!url.startsWith('app://preseance/'));
    }
    expect(webview).toBe(true);
    for (const [url, answer] of Object.entries(windowOpen)) expect(answer, url).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });

  it('denies every permission, both when asked and when checked, and puts the strict CSP on every response', () => {
    const { permissions, cspOnResponses, requests } = main.security;
    expect(permissions.length).toBe(12);
    for (const answer of permissions) expect(answer.request ?? answer.check, answer.permission).toBe(false);
    expect(cspOnResponses).toEqual([[CONTENT_SECURITY_POLICY], [CONTENT_SECURITY_POLICY]]);
    for (const [url, cancel] of Object.entries(requests)) expect(cancel, url).toBe(!url.startsWith('app://preseance/'));
  });

  it('trusts a dev server as a sender only unpackaged, on this machine, by its exact origin', () => {
    expect(main.security.devSender).toEqual({ dev: true, lookalike: false, packaged: false, remoteDev: false });
  });

  it('builds the native menu in the UI language, with the usual shortcuts, and rebuilds it on a switch', () => {
    // The fake reports a Vietnamese system locale, so the first start is in Vietnamese.
    const top = main.menu.map((m: { label: string }) => m.label);
    expect(top).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    const items = main.menu.flatMap((m: { submenu?: { label: string; accelerator?: string }[] }) => m.submenu ?? []);
    const shortcut = (label: string) => items.find((i: { label: string }) => i.label === label)?.accelerator;
    expect(shortcut('Sự kiện mới…')).toBe('CmdOrCtrl+N');
    expect(shortcut('Mở…')).toBe('CmdOrCtrl+O');
    expect(shortcut('Lưu thành…')).toBe('CmdOrCtrl+Shift+S');
    expect(shortcut('Hoàn tác')).toBe('CmdOrCtrl+Z');
    expect(items.map((i: { label: string }) => i.label)).toEqual(
      expect.arrayContaining(['Mở gần đây', 'Đóng sự kiện', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Xóa', 'Chọn tất cả', 'Phóng to', 'Thu nhỏ', 'Vừa khung nhìn', 'Giới thiệu Préséance']),
    );
    expect(main.menuAfterLanguage).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('a second launch with a file asks the renderer to open it (its flow keeps edits safe), never switching files behind it', () => {
    expect(main.secondInstance).toEqual({ sent: [['menu:command', 'file:openRecent', '/elsewhere/other.preseance']], fileUnchanged: true });
  });

  it('asks before a window holding edits that are not written closes (the renderer holds back its unload)', () => {
    // In the UI language (English since the switch above); only "close without them" lets it go.
    expect(main.unsavedClose).toEqual({
      closeWithout: true,
      cancel: false,
      asked: [
        ['Some changes made in this window are not saved in the event file.', 'Close without them', 'Cancel'],
        ['Some changes made in this window are not saved in the event file.', 'Close without them', 'Cancel'],
      ],
    });
  });
});

describe('the built preload (out/preload/index.cjs)', () => {
  const code = readFileSync(join(ROOT, 'out/preload/index.cjs'), 'utf8');

  /** Runs the preload as a sandboxed preload runs: CommonJS, with only Electron's renderer modules. */
  function runPreload() {
    const exposed: Record<string, Record<string, unknown>> = {};
    const invoked: unknown[][] = [];
    const listeners: [string, (...args: unknown[]) => void][] = [];
    const ipcRenderer = {
      invoke: (...args: unknown[]) => invoked.push(args),
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.push([channel, fn]),
      removeListener: () => {},
      send: () => {
        throw new Error('the preload must not send');
      },
    };
    const electron = { contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) }, ipcRenderer };
    const required: string[] = [];
    const require = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`the preload required ${name}`);
      return electron;
    };
    vm.runInNewContext(code, { require, module: { exports: {} }, exports: {}, Set, Object }, { filename: 'preload/index.cjs' });
    return { exposed, invoked, listeners, required, ipcRenderer };
  }

  it('imports nothing but electron', () => {
    const imports = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)|\bimport\s*\(/g)].map((m) => m[1] ?? 'dynamic import()');
    expect(new Set(imports)).toEqual(new Set(['electron']));
    expect(runPreload().required).toEqual(['electron']);
  });

  it('exposes exactly the window’s channels (none of the CLI’s) and the menu subscription, and never ipcRenderer itself', () => {
    const { exposed, invoked, listeners, ipcRenderer } = runPreload();
    expect(Object.keys(exposed)).toEqual(['preseance']);
    const api = exposed.preseance!;
    expect(Object.keys(api).sort()).toEqual([...RENDERER_CHANNELS, 'onMenuCommand'].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
    }
    // Each function sends on its own channel, and only there.
    for (const channel of RENDERER_CHANNELS) (api[channel] as (input: unknown) => unknown)({ probe: channel });
    expect(invoked).toEqual(RENDERER_CHANNELS.map((channel) => [channel, { probe: channel }]));
    // The menu subscription passes only known commands on.
    const heard: unknown[] = [];
    (api.onMenuCommand as (fn: (...args: unknown[]) => void) => void)((...args) => heard.push(args));
    expect(listeners.map(([channel]) => channel)).toEqual([MENU_EVENT]);
    const [, handler] = listeners[0]!;
    handler({}, MENU_COMMANDS[0], null);
    handler({}, 'fs:rm', '/');
    handler({}, { toString: () => 'file:new' }, null);
    expect(heard).toEqual([[MENU_COMMANDS[0], null]]);
  });
});
