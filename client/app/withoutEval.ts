import { config } from 'zod/v4/core';

// The Content-Security-Policy forbids eval (`script-src 'self'`). Zod would probe for it with
// `new Function` on its first parse, which the browser blocks and reports as a violation; jitless
// parsing gives the same results without the probe. Imported first by the entry point.
// The core's config is the one the whole library reads; importing it alone keeps the rest of zod
// out of the entry chunk.
config({ jitless: true });
