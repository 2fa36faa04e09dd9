import type { WebPreferences } from 'electron';

/**
 * The renderer's sandbox. Kept free of Electron imports so a unit test can assert every flag:
 * the page gets no Node, runs isolated from the preload, and loads nothing it did not bring.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}
