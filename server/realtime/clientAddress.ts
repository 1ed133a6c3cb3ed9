import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';
import type { TrustProxy } from '../config';

/**
 * The client's address for a raw request (a websocket handshake never reaches Fastify), worked
 * out as Fastify works out `request.ip` from the same TRUST_PROXY, with the same library: the
 * socket's address, or behind trusted proxies the right-most X-Forwarded-For entry they vouch for.
 */
export function clientAddressOf(trust: TrustProxy): (request: IncomingMessage) => string {
  if (trust === false) return (request) => request.socket.remoteAddress ?? '';
  const trusted = typeof trust === 'function' ? trust : proxyAddr.compile(trust);
  return (request) => {
    const chain = proxyAddr.all(request, trusted);
    return chain[chain.length - 1] ?? request.socket.remoteAddress ?? '';
  };
}
