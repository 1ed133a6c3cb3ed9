import { isIPv6 } from 'node:net';

/**
 * The key an address is counted under. IPv6 by its /64: one subscriber (or one attacker) gets a
 * whole /64 and could otherwise open each connection from a new address. An IPv4 address written
 * the IPv6 way (`::ffff:192.0.2.1`, a dual-stack socket) counts as itself.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, zero-padded (`::` filled in; an embedded IPv4 tail kept as two groups). */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0]!;
  const [head, tail = null] = withoutZone.split('::') as [string, string?];
  const groups = (part: string | null) => (part ? part.split(':').flatMap(ipv4AsGroups) : []);
  const left = groups(head);
  const right = tail === null ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((group) =>
    group.toLowerCase().padStart(4, '0'),
  );
}

function ipv4AsGroups(group: string): string[] {
  if (!group.includes('.')) return [group];
  const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/**
 * Open connections without a session, counted per client address on this server, so one address
 * cannot hold hundreds of sockets open. Signed-in people (staff, guests) are never counted: their
 * sessions are bounded by their accounts and invitations, and a classroom behind one NAT joins as
 * guests. Each place taken is given back exactly once, however often `release` is called.
 */
export class ConnectionCaps {
  private readonly open = new Map<string, number>();

  constructor(readonly maxPerAddress: number) {}

  /** Takes a place for `address`; null when it already holds `maxPerAddress`. */
  admit(address: string): (() => void) | null {
    const key = addressKey(address);
    const count = this.open.get(key) ?? 0;
    if (count >= this.maxPerAddress) return null;
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }

  /** Open connections counted for `address` (for tests and logs). */
  count(address: string): number {
    return this.open.get(addressKey(address)) ?? 0;
  }
}
