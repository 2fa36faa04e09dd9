// Starts the built main process against fake-electron.mjs, plays what Electron would do, and
// prints what main did as JSON. Run by main-smoke.test.ts; argv[2] is the repo root.
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.argv[2];
const fake = pathToFileURL(join(root, 'test/e2e/main-smoke/fake-electron.mjs')).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'electron' ? { url: fake, shortCircuit: true } : next(specifier, context)),
});

await import(pathToFileURL(join(root, 'out/main/index.js')).href);
await new Promise((done) => setTimeout(done, 50)); // let whenReady's continuation run
const state = globalThis.__fakeElectron;

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
};
await call('app:setLanguage', { language: 'en' });
result.menuAfterLanguage = labels(state.menu.template).map((m) => m.label);
// A second launch with a file: main hands it to the renderer's open flow and keeps its own file.
const openBefore = (await call('app:state', {})).value.file?.path ?? null;
state.sent.length = 0;
state.appHandlers.get('second-instance')?.({}, ['preseance', '/elsewhere/other.preseance']);
await new Promise((done) => setTimeout(done, 10));
result.secondInstance = { sent: state.sent, fileUnchanged: (await call('app:state', {})).value.file?.path === openBefore && openBefore !== null };

// Closing with edits not written: main asks; "close without them" lets the window go.
const unload = (answer) => {
  state.messageBoxAnswer = answer;
  let allowed = false;
  state.contentsHandlers.get('will-prevent-unload')?.({ preventDefault: () => (allowed = true) });
  return allowed;
};
result.unsavedClose = { closeWithout: unload(0), cancel: unload(1), asked: state.messageBoxes.map((b) => [b.message, ...b.buttons]) };
state.appHandlers.get('will-quit')?.();
process.stdout.write(JSON.stringify(result));
