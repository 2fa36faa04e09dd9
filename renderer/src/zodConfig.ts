import { z } from 'zod';

// zod compiles fast object parsers with `new Function` unless told not to; the page's CSP
// (script-src 'self', no 'unsafe-eval') forbids that, and even zod's probe for it shows up as
// a CSP violation. Imported first by main.tsx, before anything is parsed.
z.config({ jitless: true });
