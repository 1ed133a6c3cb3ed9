import type { FastifyReply } from 'fastify';
import { hashToken, newToken } from '../auth/tokens';

export const DEVICE_COOKIE = 'medverk_device';

/** As long as browsers keep a cookie (Chrome caps at 400 days): a device is remembered for a season of workshops. */
const DEVICE_MAX_AGE_SECONDS = 400 * 24 * 3600;

/** A cookie value this server could have made (a `newToken`); anything else is replaced. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The browser's long-lived device id, as its hash: one device, one participant per workshop
 * link. A browser without one (or with a value the server did not make) gets a fresh one on
 * `reply`. The id is random and says nothing about the person; only its hash is stored, with the
 * guest. HttpOnly, SameSite=Lax and Secure behind TLS, like the session cookie.
 */
export function deviceHashOf(reply: FastifyReply): string {
  const sent = reply.request.cookies[DEVICE_COOKIE];
  if (sent !== undefined && TOKEN_PATTERN.test(sent)) return hashToken(sent);
  const token = newToken();
  void reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: reply.request.protocol === 'https',
    maxAge: DEVICE_MAX_AGE_SECONDS,
  });
  return hashToken(token);
}
