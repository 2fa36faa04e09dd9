// Starts the built main process against fake-electron.mjs, plays what Electron would do, and
// prints what main did as JSON. Run by main-smoke.test.ts; argv[2] is the repo root.
import { registerHooks } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const fake = pathToFileURL(join(root, 'test/e2e/main-smoke/fake-electron.mjs')).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'electron' ? { url: fake, shortCircuit: true } : next(specifier, context)),
});

/** Yields to the event loop until `condition` holds (no fixed sleep: as fast as main is, as long as it takes, up to 20 s). */
async function until(condition, what) {
  const end = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`main did not ${what} within 20 s`);
    await new Promise((done) => setImmediate(done));
  }
}

await import(pathToFileURL(join(root, 'out/main/index.js')).href);
const state = globalThis.__fakeElectron;
// whenReady's continuation: the window is created, then its menu built (refreshChrome).
await until(() => state.windows.length > 0 && state.menu !== null, 'open its window and menu');

const own = { senderFrame: { url: 'app://preseance/index.html' } };
const foreign = { senderFrame: { url: 'https://evil.example/' } };
const call = (channel, payload, event = own) => state.ipc.get(channel)(event, payload);

const served = await state.protocols.get('app')(new Request('app://preseance/index.html'));
const escaped = await state.protocols.get('app')(new Request('app://preseance/..%2f..%2fpackage.json'));
let permission = null;
state.permissionHandler(null, 'geolocation', (granted) => (permission = granted));
let remote = null;
state.beforeRequestHandler({ url: 'https://example.com/x.js' }, (answer) => (remote = answer));
let local = null;
state.beforeRequestHandler({ url: 'app://preseance/assets/a.js' }, (answer) => (local = answer));

// Every web contents, as Electron would create one: what main does on navigation, redirects,
// webviews and window.open, for our own URLs and foreign ones.
const contents = { handlers: new Map(), openHandler: null };
contents.on = (event, fn) => contents.handlers.set(event, fn);
contents.setWindowOpenHandler = (fn) => (contents.openHandler = fn);
state.appHandlers.get('web-contents-created')?.({}, contents);
const prevented = (event, ...args) => {
  let stopped = false;
  const handler = contents.handlers.get(event);
  if (!handler) return 'no handler';
  handler({ preventDefault: () => (stopped = true) }, ...args);
  return stopped;
};
const FOREIGN = ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'app://other/index.html'];
const OWN = 'app://preseance/index.html#/seating';
const headers = (responseHeaders) => {
  let answer = null;
  state.headersHandler({ url: 'app://preseance/index.html', responseHeaders }, (a) => (answer = a));
  return answer.responseHeaders['Content-Security-Policy'];
};
const checks = [];
for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
  state.permissionHandler(null, permission, (granted) => checks.push({ permission, request: granted }));
  checks.push({ permission, check: state.permissionCheckHandler?.(null, permission, 'app://preseance', {}) ?? 'no handler' });
}
const senderFrame = (url) => ({ senderFrame: { url } });
const security = {
  navigate: Object.fromEntries([...FOREIGN, OWN].map((url) => [url, prevented('will-navigate', url)])),
  redirect: Object.fromEntries([...FOREIGN, OWN].map((url) => [url, prevented('will-redirect', url)])),
  webview: prevented('will-attach-webview', {}, {}),
  windowOpen: Object.fromEntries([...FOREIGN, OWN, 'https://www.un.org/'].map((url) => [url, contents.openHandler?.({ url })])),
  opened: state.opened,
  permissions: checks,
  // A response that brings its own, weaker policy still gets ours.
  cspOnResponses: [headers({}), headers({ 'Content-Security-Policy': ["default-src *; script-src 'unsafe-inline'"] })],
  requests: Object.fromEntries(
    ['https://example.com/x.js', 'http://localhost:5173/', 'ws://127.0.0.1:1/', 'file:///etc/passwd', 'ftp://x/', 'app://preseance/assets/a.js'].map((url) => {
      let answer = null;
      state.beforeRequestHandler({ url }, (a) => (answer = a));
      return [url, answer.cancel];
    }),
  ),
};
// The dev server counts as our page only in an unpackaged app, on this machine, by its exact origin.
process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
const devSender = {
  dev: (await call('app:state', {}, senderFrame('http://localhost:5173/index.html'))).ok,
  lookalike: (await call('app:state', {}, senderFrame('http://localhost:5173.evil.example/'))).ok,
};
state.app.isPackaged = true;
devSender.packaged = (await call('app:state', {}, senderFrame('http://localhost:5173/index.html'))).ok;
state.app.isPackaged = false;
process.env.ELECTRON_RENDERER_URL = 'https://evil.example';
devSender.remoteDev = (await call('app:state', {}, senderFrame('https://evil.example/'))).ok;
delete process.env.ELECTRON_RENDERER_URL;
security.devSender = devSender;

const labels = (items) => items.map((i) => ({ label: i.label, accelerator: i.accelerator, submenu: i.submenu ? labels(i.submenu) : undefined }));
const result = {
  singleInstance: state.singleInstance,
  schemes: state.schemes,
  windows: state.windows.map((w) => ({ url: w.url, title: w.title, webPreferences: w.options.webPreferences })),
  channels: [...state.ipc.keys()],
  appState: await call('app:state', {}),
  badPayload: await call('event:open', { path: 42 }),
  foreignSender: await call('app:state', {}, foreign),
  docLoad: await call('doc:load', {}).then((r) => ({ ok: r.ok, delegations: r.ok ? Object.keys(r.value.document.delegations).length : 0 })),
  served: { status: served.status, csp: served.headers.get('content-security-policy'), type: served.headers.get('content-type'), starts: (await served.text()).slice(0, 15) },
  escapedStatus: escaped.status,
  permission,
  remote,
  local,
  menu: labels(state.menu.template),
  errors: state.errors,
  security,
};
await call('app:setLanguage', { language: 'en' });
result.menuAfterLanguage = labels(state.menu.template).map((m) => m.label);
// A second launch with a file: main hands it to the renderer's open flow and keeps its own file.
const openBefore = (await call('app:state', {})).value.file?.path ?? null;
state.sent.length = 0;
state.appHandlers.get('second-instance')?.({}, ['preseance', '/elsewhere/other.preseance']);
await until(() => state.sent.length > 0, 'hand the second launch\'s file to the window');
result.secondInstance = { sent: state.sent, fileUnchanged: (await call('app:state', {})).value.file?.path === openBefore && openBefore !== null };

// Closing with edits not written: main asks; "close without them" lets the window go.
const unload = (answer) => {
  state.messageBoxAnswer = answer;
  let allowed = false;
  state.contentsHandlers.get('will-prevent-unload')?.({ preventDefault: () => (allowed = true) });
  return allowed;
};
result.unsavedClose = { closeWithout: unload(0), cancel: unload(1), asked: state.messageBoxes.map((b) => [b.message, ...b.buttons]) };

// Every channel main registers, called as the renderer calls it, with a valid payload; what
// each answers is checked by main-smoke.test.ts against the contract and the effect on disk.
// Dialogs answer with paths in a scratch folder; printing is the fake window's.
const scratch = join(state.userData, 'smoke-out');
mkdirSync(scratch, { recursive: true });
const answer = (...paths) => state.dialogAnswers.push(...paths);
const valid = {};
const record = async (channel, payload) => (valid[channel] = await call(channel, payload));
const sample = (await call('app:state', {})).value.file.path;
await record('app:state', {});
await record('app:setLanguage', { language: 'vi' });
const loaded = await record('doc:load', {});
const document = loaded.value.document;
const event = Object.values(document.events)[0];
await record('doc:apply', { changes: { upserts: { events: [{ ...event, nameEn: `${event.nameEn} (smoke)` }] }, deletes: {} } });
answer(join(scratch, 'delegations'));
const sheet = await record('dialog:saveSpreadsheet', { formats: ['csv', 'xlsx'], suggestedName: 'delegations' });
await record('delegations:export', { content: 'delegations', format: 'csv', path: sheet.value.path });
await record('delegations:import', { format: 'csv', data: readFileSync(sheet.value.path, 'utf8') });
// The import above has ended: no progress to report, and Stop has nothing to end.
await record('delegations:importProgress', {});
await record('delegations:importCancel', {});
// The sample is no team replica: no status bar (null).
await record('team:status', {});
await record('menu:history', { undo: { en: 'edit the event', vi: 'sửa sự kiện' }, redo: null });
// The application menu main rebuilt: every item's label, to find Edit › Undo among them.
const menuLabels = (items) => (items ?? []).flatMap((i) => [i.label, ...menuLabels(Array.isArray(i.submenu) ? i.submenu : i.submenu?.template)]).filter(Boolean);
result.menuAfterHistory = menuLabels(state.menu?.template);
const sequence = Object.values(document.sequences).sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))[0];
answer(join(scratch, 'arrivals.csv'));
await record('arrivals:export', { sequenceId: sequence.id, format: 'csv', path: (await call('dialog:saveSpreadsheet', { formats: ['csv'], suggestedName: 'arrivals' })).value.path });
answer(join(scratch, 'list.xlsx'));
await record('print:exportList', { rows: [['Delegation', 'Seat'], ['Viet Nam', 'A1']], format: 'xlsx', path: (await call('dialog:saveSpreadsheet', { formats: ['xlsx'], suggestedName: 'list' })).value.path });
answer(join(scratch, 'chart'));
const pdf = await record('dialog:savePdf', { suggestedName: 'chart' });
const paper = { widthMm: 210, heightMm: 297 };
await record('print:pdf', { paper, landscape: true, path: pdf.value.path });
await record('print:native', { paper, landscape: false });
const png = join(scratch, 'plan.png');
writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
answer(png);
await record('asset:pickImage', {});
answer(join(scratch, 'copy'));
const copy = await record('dialog:saveEvent', { suggestedName: 'copy' });
await record('event:saveAs', { path: copy.value.path });
answer(join(scratch, 'blank.preseance'));
const blank = (await call('dialog:saveEvent', { suggestedName: 'blank' })).value.path;
await record('event:create', { path: blank, sample: false });
// Leaving the sample, edited above, took its automatic backup (on Save As): it can be restored.
await record('event:close', {});
answer(sample);
const opened = await record('dialog:openEvent', {});
await record('event:open', { path: opened.value.path });
const backups = await record('backup:list', {});
await record('backup:restore', { id: backups.value.backups[0]?.id ?? 'none' });
result.valid = valid;
result.validFiles = {
  sample,
  exported: readFileSync(sheet.value.path, 'utf8').split(/\r?\n/)[0],
  arrivals: readFileSync(join(scratch, 'arrivals.csv'), 'utf8').length,
  list: readFileSync(join(scratch, 'list.xlsx')).subarray(0, 2).toString('latin1'),
  pdf: readFileSync(pdf.value.path, 'latin1').slice(0, 8),
  printed: state.printed.map((o) => ({ landscape: o.landscape, pageSize: o.pageSize })),
  blankExists: existsSync(blank),
  eventName: event.nameEn,
};
state.appHandlers.get('will-quit')?.();
process.stdout.write(JSON.stringify(result));
