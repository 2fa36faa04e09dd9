import { resolve } from 'node:path';

const root = import.meta.dirname;
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from './shared/security/csp';

/** The CSP meta tag of index.html is the header's policy (shared/security/csp.ts), written at build time. */
const cspMeta = {
  name: 'preseance-csp-meta',
  transformIndexHtml: (html: string) => html.replace('%PRESEANCE_CSP%', META_CONTENT_SECURITY_POLICY),
};

// Main and the CLI are bundled together (the CLI is a second entry of the main build, so it
// runs the very same services). better-sqlite3 stays external: its N-API binary loads at run time.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          cli: resolve(root, 'electron/cli/main.ts'),
          // The import's worker thread (electron/services/importJobs.ts), loaded beside index.js and cli.js.
          importWorker: resolve(root, 'electron/services/importWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload can only require('electron'): bundle everything else, emit CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
