// A recording stand-in for the 'electron' module, so the BUILT main process (out/main/index.js)
// can start under plain Node where no Electron binary exists. It records what main asks of
// Electron; the test then drives the recorded handlers as Electron would.
const state = {
  userData: process.env.FAKE_USER_DATA,
  appHandlers: new Map(),
  windows: [],
  ipc: new Map(),
  schemes: null,
  protocols: new Map(),
  menu: null,
  errors: [],
  sent: [],
  permissionHandler: null,
  permissionCheckHandler: null,
  opened: [], // URLs handed to the user's browser (shell.openExternal)
  headersHandler: null,
  beforeRequestHandler: null,
  singleInstance: null,
  quit: false,
  contentsHandlers: new Map(),
  messageBoxes: [],
  messageBoxAnswer: 0,
  dialogAnswers: [], // paths the next open/save dialogs return, in order (none: cancelled)
  printed: [], // the options of each webContents.print
};
globalThis.__fakeElectron = state;

export const app = {
  isPackaged: false,
  on: (event, fn) => state.appHandlers.set(event, fn),
  whenReady: () => Promise.resolve(),
  isReady: () => true,
  requestSingleInstanceLock: () => (state.singleInstance = true),
  getPath: () => state.userData,
  setPath: (_name, path) => (state.userData = path),
  getLocale: () => 'vi-VN',
  getVersion: () => '0.0.0-smoke',
  quit: () => (state.quit = true),
};

state.app = app;

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.title = options.title;
    this.webContents = {
      send: (...args) => state.sent.push(args),
      on: (event, fn) => state.contentsHandlers.set(event, fn),
      // What Chromium's printing gives back: a PDF's bytes, a job sent to the printer.
      printToPDF: async () => Buffer.from('%PDF-1.7\n% smoke\n%%EOF\n'),
      print: (options, done) => (state.printed.push(options), done(true, '')),
    };
    state.windows.push(this);
  }
  static getAllWindows() {
    return state.windows;
  }
  once() {}
  on() {}
  show() {}
  isMinimized() {
    return false;
  }
  focus() {}
  setTitle(title) {
    this.title = title;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => (state.menu = menu),
};
export const ipcMain = { handle: (channel, fn) => state.ipc.set(channel, fn) };
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => (state.schemes = schemes),
  handle: (scheme, fn) => state.protocols.set(scheme, fn),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => (state.permissionHandler = fn),
    setPermissionCheckHandler: (fn) => (state.permissionCheckHandler = fn),
    webRequest: {
      onHeadersReceived: (fn) => (state.headersHandler = fn),
      onBeforeRequest: (fn) => (state.beforeRequestHandler = fn),
    },
  },
};
export const dialog = {
  showErrorBox: (title, message) => state.errors.push({ title, message }),
  showMessageBoxSync: (_window, options) => (state.messageBoxes.push(options), state.messageBoxAnswer),
  showOpenDialog: async () => (state.dialogAnswers.length ? { canceled: false, filePaths: [state.dialogAnswers.shift()] } : { canceled: true, filePaths: [] }),
  showSaveDialog: async () => (state.dialogAnswers.length ? { canceled: false, filePath: state.dialogAnswers.shift() } : { canceled: true }),
};
export const shell = { openExternal: async (url) => void state.opened.push(url) };
export const contextBridge = {};
export const ipcRenderer = {};
export default { app, BrowserWindow, Menu, ipcMain, protocol, session, dialog, shell };
