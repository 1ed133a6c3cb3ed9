// The Content-Security-Policy forbids eval (`script-src 'self'`). Zod would probe for it with
// `new Function` on its first parse, which the browser blocks and reports as a violation; jitless
// parsing gives the same results without the probe. Imported first by the entry point.
// Zod keeps its configuration on `globalThis.__zod_globalConfig` (zod/v4/core/core.js) and reads
// `jitless` at parse time, so setting it there needs no part of zod in the entry chunk (importing
// zod's `config` brought 4 kB gzipped to every page). withoutEval.test.ts checks zod still
// honours it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

export {};
