import type { FastifyReply, FastifyRequest } from 'fastify';

// Not `medverk_device` (server/http/deviceCookie.ts): that one binds a workshop guest to a browser.
export const KNOWN_DEVICE_COOKIE = 'medverk_login_device';
/** A year: a device someone logs in from now and then stays known. */
const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 3600;
/** Only the login reads it. */
const KNOWN_DEVICE_PATH = '/api/auth';

export function knownDeviceCookie(request: FastifyRequest): string | undefined {
  return request.cookies[KNOWN_DEVICE_COOKIE];
}

/** HttpOnly and SameSite=Lax like the session cookie, and Secure behind TLS as it is. */
export function setKnownDeviceCookie(reply: FastifyReply, value: string): void {
  void reply.setCookie(KNOWN_DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: KNOWN_DEVICE_PATH,
    secure: reply.request.protocol === 'https',
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
  });
}
