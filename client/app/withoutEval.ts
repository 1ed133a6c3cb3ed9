import { z } from 'zod';

// The Content-Security-Policy forbids eval (`script-src 'self'`). Zod would probe for it with
// `new Function` on its first parse, which the browser blocks and reports as a violation; jitless
// parsing gives the same results without the probe. Imported first by the entry point.
z.config({ jitless: true });
