import { describe, expect, it } from 'vitest';
import { ConnectionCaps, addressKey } from './connectionCaps';

describe('ConnectionCaps', () => {
  it('admits up to the cap per address, then refuses until a place is given back', () => {
    const caps = new ConnectionCaps(3);
    const releases = [1, 2, 3].map(() => caps.admit('203.0.113.7'));
    expect(releases.every((release) => release !== null)).toBe(true);
    expect(caps.admit('203.0.113.7')).toBeNull();
    releases[0]!();
    expect(caps.count('203.0.113.7')).toBe(2);
    expect(caps.admit('203.0.113.7')).not.toBeNull();
    expect(caps.admit('203.0.113.7')).toBeNull();
  });

  it('counts each address on its own', () => {
    const caps = new ConnectionCaps(1);
    expect(caps.admit('203.0.113.7')).not.toBeNull();
    expect(caps.admit('203.0.113.8')).not.toBeNull();
    expect(caps.admit('203.0.113.7')).toBeNull();
  });

  it('gives a place back once, however often it is released', () => {
    const caps = new ConnectionCaps(2);
    const first = caps.admit('203.0.113.7')!;
    caps.admit('203.0.113.7');
    first();
    first();
    first();
    expect(caps.count('203.0.113.7')).toBe(1);
    expect(caps.admit('203.0.113.7')).not.toBeNull();
    expect(caps.admit('203.0.113.7')).toBeNull();
  });

  it('counts a whole IPv6 /64 as one address, and a mapped IPv4 address as itself', () => {
    const caps = new ConnectionCaps(2);
    expect(caps.admit('2001:db8:1:2::1')).not.toBeNull();
    expect(caps.admit('2001:db8:1:2:ffff:0:0:9')).not.toBeNull();
    expect(caps.admit('2001:0db8:0001:0002:abcd::')).toBeNull();
    expect(caps.admit('2001:db8:1:3::1')).not.toBeNull();
    expect(caps.admit('::ffff:192.0.2.1')).not.toBeNull();
    expect(caps.admit('192.0.2.1')).not.toBeNull();
    expect(caps.admit('::FFFF:192.0.2.1')).toBeNull();
  });
});

describe('addressKey', () => {
  it('writes IPv6 prefixes one way, whatever the spelling', () => {
    expect(addressKey('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
    expect(addressKey('2001:DB8:0:0:1::')).toBe('2001:0db8:0000:0000::/64');
    expect(addressKey('::1')).toBe('0000:0000:0000:0000::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64');
    expect(addressKey('64:ff9b::192.0.2.33')).toBe('0064:ff9b:0000:0000::/64');
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });
});
