import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A browser someone has logged in from before: a cookie `<userId>.<deviceId>.<hmac>` set at every
 * successful login, signed with a server secret so nobody can make one up. Logins for that account
 * from a browser carrying it have a budget of their own, so an attacker failing from elsewhere
 * never locks the owner out of the devices they use.
 */

/** The storage secret the cookies are signed with (`storage.publicPages.secret`). */
export const KNOWN_DEVICE_SECRET = 'known-device';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function mac(secret: Uint8Array, userId: string, deviceId: string): Buffer {
  // The purpose is signed too, so a MAC made with this secret for anything else never fits.
  return createHmac('sha256', secret).update(`known-device:${userId}:${deviceId}`).digest();
}

export function newDeviceId(): string {
  return randomBytes(16).toString('base64url');
}

export function signKnownDevice(secret: Uint8Array, userId: string, deviceId: string): string {
  if (!ID.test(userId) || !ID.test(deviceId)) throw new Error('a known device needs plain ids');
  return `${userId}.${deviceId}.${mac(secret, userId, deviceId).toString('base64url')}`;
}

/** The device id, when the cookie is genuine and names `userId`; otherwise null. */
export function readKnownDevice(
  secret: Uint8Array,
  cookie: string | undefined,
  userId: string,
): string | null {
  const parts = cookie?.split('.');
  if (parts?.length !== 3) return null;
  const [named, deviceId, given] = parts as [string, string, string];
  if (named !== userId || !ID.test(deviceId)) return null;
  const expected = mac(secret, userId, deviceId);
  const actual = Buffer.from(given, 'base64url');
  // Constant time: how much of a forged MAC matched must not show in how long the answer takes.
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}

/** Signs and reads known-device cookies with the storage's secret, read once. */
export class KnownDevices {
  private secret: Promise<Uint8Array> | null = null;

  constructor(private readonly loadSecret: () => Promise<Uint8Array>) {}

  async deviceFor(cookie: string | undefined, userId: string): Promise<string | null> {
    return cookie ? readKnownDevice(await this.key(), cookie, userId) : null;
  }

  /** The cookie for a login just made: the same device keeps its id, a new one gets one. */
  async cookieFor(userId: string, deviceId: string | null): Promise<string> {
    return signKnownDevice(await this.key(), userId, deviceId ?? newDeviceId());
  }

  private key(): Promise<Uint8Array> {
    this.secret ??= this.loadSecret().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }
}
