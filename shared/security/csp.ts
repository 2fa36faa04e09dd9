/**
 * The renderer's Content Security Policy, sent as a header by Electron's app:// protocol and by
 * the test server, and repeated in renderer/index.html. Only our own bundle runs; no remote
 * content, no inline script, no eval, no plugins, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
