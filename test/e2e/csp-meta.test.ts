/**
 * The built renderer's <meta> Content Security Policy is the policy main sends as a header, less
 * frame-ancestors (which a meta tag may not carry): the two once drifted apart (img-src without
 * blob:, so a picked floor plan shown through a blob: URL would have been refused wherever only
 * the meta tag applied).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));

describe('the renderer page', () => {
  it('carries the header policy in its meta tag, directive for directive', () => {
    const html = readFileSync(join(resolve(import.meta.dirname, '../..'), 'out/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'a CSP meta tag in out/renderer/index.html').toBeDefined();
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });
});
