import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import fastifyHelmet from '@fastify/helmet';

/**
 * TipTap injects one <style> element with its base editor CSS (white-space, gap cursor…). Its
 * hash allows exactly that text and nothing else; a TipTap upgrade that changes it fails
 * tests/integration/securityHeaders.test.ts, which hashes the installed library's text.
 */
export const TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='";

/** A year, as browsers' preload lists expect; only ever sent over TLS. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** A Host header that can only name a host (a hostile one could otherwise add directives). */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The page's own host for websockets: CSP Level 3 lets `'self'` cover ws/wss, but older Safari
 * (phones in a workshop) does not, and Socket.IO would then be blocked.
 */
function sameHostSockets(request: IncomingMessage): string {
  const host = request.headers.host;
  return host && PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

/**
 * Security headers on every response (pages, the public page, API, static files, errors), by
 * the kept plugin @fastify/helmet. Downloads that set their own Content-Security-Policy
 * (`sandbox`, server/http/sendDownload.ts) keep theirs: a route's header replaces this one.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
        // The built pages load only their own module scripts: no inline script, no eval.
        'script-src': ["'self'"],
        // The stylesheet and TipTap's one <style>. No style attributes in markup: React, ProseMirror
        // and the collaboration carets set styles through the DOM (element.style), which CSP allows.
        'style-src': ["'self'", TIPTAP_STYLE_HASH],
        'style-src-elem': ["'self'", TIPTAP_STYLE_HASH],
        'style-src-attr': ["'none'"],
        // data: for the design system's SVG icons in CSS (check marks, chevrons).
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'", sameHostSockets],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Not upgrade-insecure-requests: on a plain-http install (a LAN address) it would break every asset.
      },
    },
    frameguard: { action: 'deny' },
    // Tokens travel in paths (/invite/<token>, /reset/<token>): never sent to another site. Not
    // no-referrer: browsers then send `Origin: null` on our own POSTs, and the origin check refuses them.
    referrerPolicy: { policy: 'same-origin' },
    // Only over TLS (below): over plain http it would be ignored at best, and misleading.
    strictTransportSecurity: false,
  });
  // request.protocol follows X-Forwarded-Proto only from a proxy TRUST_PROXY trusts.
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS_VALUE);
  });
}
