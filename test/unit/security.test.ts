import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../electron/main/webPreferences';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { rendererFile } from '../../electron/main/rendererFiles';

describe('renderer sandbox settings', () => {
  it('isolates the page from Node and from the preload', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    // Each guard by what it keeps out, not a copy of the settings object.
    for (const on of ['contextIsolation', 'sandbox', 'webSecurity'] as const) expect(prefs[on], on).toBe(true);
    for (const off of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'webviewTag'] as const) {
      expect(prefs[off], off).toBe(false);
    }
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has a strict content security policy: own scripts only, nothing remote, no eval or inline code', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Framing, <base> and form posts locked; every source our own bundle or inline data, never a host.
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
    }
    // data: and blob: only for images (the flags and floor plans the user picked), never for code.
    for (const name of ['script-src', 'style-src', 'connect-src', 'font-src', 'default-src']) {
      expect(directives.get(name), name).not.toContain('data:');
      expect(directives.get(name), name).not.toContain('blob:');
    }
  });
});

describe('serving the renderer bundle', () => {
  const root = '/app/out/renderer';
  it('maps the root to index.html and serves files inside the bundle', () => {
    expect(rendererFile(root, '/')).toBe('/app/out/renderer/index.html');
    expect(rendererFile(root, '/assets/index-abc.js')).toBe('/app/out/renderer/assets/index-abc.js');
  });
  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2f..%2fmain/index.js', '/%E0%A4%A'])(
    'refuses %s, which would leave the bundle',
    (path) => expect(rendererFile(root, path)).toBeNull(),
  );
});
