import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client address is counted under. An IPv4 address is one key; an IPv6 client counts
 * by its /64, because a single home or phone line is handed a whole /64 and could otherwise take
 * a fresh address (and a fresh budget) for every request. IPv4 written as IPv6 (`::ffff:1.2.3.4`,
 * as Node reports it on a dual-stack socket) is the IPv4 address.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (isIPv4(address) || !isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, each without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  // An embedded IPv4 tail (`64:ff9b::192.0.2.1`) takes two groups.
  const last = right.length > 0 ? right : left;
  const ipv4 = last.at(-1)?.includes('.') ? last.pop()!.split('.').map(Number) : null;
  if (ipv4)
    last.push(((ipv4[0]! << 8) | ipv4[1]!).toString(16), ((ipv4[2]! << 8) | ipv4[3]!).toString(16));
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map(
    (group) => (parseInt(group, 16) || 0).toString(16),
  );
}
