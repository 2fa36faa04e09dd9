import { contextBridge, ipcRenderer } from 'electron';
import { MENU_COMMANDS, RENDERER_CHANNELS, MENU_EVENT, type MenuCommand } from '../../shared/ipc/channels';

// The whole bridge: one function per channel the renderer calls (RENDERER_CHANNELS; the CLI's
// channels are not there), and a subscription to menu commands. The renderer never sees
// ipcRenderer itself.
const api: Record<string, unknown> = Object.fromEntries(
  RENDERER_CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);
const knownCommands: ReadonlySet<string> = new Set(MENU_COMMANDS);

api.onMenuCommand = (listener: (command: MenuCommand, arg: string | null) => void) => {
  const handler = (_event: unknown, command: unknown, arg: unknown) => {
    if (typeof command === 'string' && knownCommands.has(command)) {
      listener(command as MenuCommand, typeof arg === 'string' ? arg : null);
    }
  };
  ipcRenderer.on(MENU_EVENT, handler);
  return () => {
    ipcRenderer.removeListener(MENU_EVENT, handler);
  };
};

contextBridge.exposeInMainWorld('preseance', api);
