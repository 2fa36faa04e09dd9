/**
 * The renderer's Content Security Policy, sent as a header by Electron's app:// protocol and by
 * the test server, and written into renderer/index.html's meta tag by the build (one source). Only our own bundle runs; no remote
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

/**
 * The same policy for a <meta http-equiv> tag, which may not carry frame-ancestors (browsers
 * ignore it there, with a warning): the header still sends it.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ');
