import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { contentType, rendererFile } from './rendererFiles';

/** Must run before the app is ready: app:// behaves like a secure web origin for our bundle. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://preseance/. Unlike file://, the page can read nothing
 * but its own bundle: a path that escapes the folder is refused.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const file = rendererFile(rendererDir, new URL(request.url).pathname);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
