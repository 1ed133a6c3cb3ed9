import { describe, expect, it } from 'vitest';
import { newDeviceId, readKnownDevice, signKnownDevice } from './knownDevice';

const secret = new Uint8Array(32).fill(7);
const otherSecret = new Uint8Array(32).fill(8);

describe('known-device cookies', () => {
  it('read back the device for the account they name', () => {
    const device = newDeviceId();
    expect(readKnownDevice(secret, signKnownDevice(secret, 'user1', device), 'user1')).toBe(device);
  });

  it('do nothing for another account, another secret, or a changed part', () => {
    const cookie = signKnownDevice(secret, 'user1', 'device1');
    expect(readKnownDevice(secret, cookie, 'user2')).toBeNull();
    expect(readKnownDevice(otherSecret, cookie, 'user1')).toBeNull();
    expect(readKnownDevice(secret, cookie.replace('device1', 'device2'), 'user1')).toBeNull();
    const [user, device] = cookie.split('.');
    expect(readKnownDevice(secret, `${user}.${device}.${'A'.repeat(43)}`, 'user1')).toBeNull();
    expect(readKnownDevice(secret, `${user}.${device}`, 'user1')).toBeNull();
    expect(readKnownDevice(secret, undefined, 'user1')).toBeNull();
  });
});
