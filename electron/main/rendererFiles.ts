import { extname, join, normalize, sep } from 'node:path';

// How the built renderer is served, by the app's app:// protocol and by the e2e test server
// alike: no Electron imports here, so both use the same rules.

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

/** The file a URL path names inside the bundle, or null when it would escape the folder. */
export function rendererFile(rendererDir: string, pathname: string): string | null {
  const root = normalize(rendererDir + sep);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null; // malformed escape
  }
  const file = normalize(join(root, decoded));
  return file.startsWith(root) ? file : null;
}
