import { describe, expect, it } from 'vitest';
import { loadConfig, type TrustProxy } from './config';

const trustProxy = (value?: string): TrustProxy =>
  loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;

/** What a hop-count setting answers for the socket (hop 0) and the X-Forwarded-For entries after it. */
function trustedHops(trust: TrustProxy): number {
  if (typeof trust !== 'function') throw new Error(`not a hop count: ${JSON.stringify(trust)}`);
  let hops = 0;
  while (hops < 100 && trust('203.0.113.1', hops)) hops++;
  return hops;
}

describe('TRUST_PROXY', () => {
  it('is off by default, and with false or 0', () => {
    expect(trustProxy()).toBe(false);
    expect(trustProxy('')).toBe(false);
    expect(trustProxy('false')).toBe(false);
    expect(trustProxy('0')).toBe(false);
  });

  it('takes a hop count, never a bare number Fastify would ignore', () => {
    expect(trustedHops(trustProxy('1'))).toBe(1);
    expect(trustedHops(trustProxy('2'))).toBe(2);
    expect(trustedHops(trustProxy(' 3 '))).toBe(3);
  });

  it('reads true as one hop, never as "trust every entry"', () => {
    expect(trustedHops(trustProxy('true'))).toBe(1);
    expect(trustedHops(trustProxy('TRUE'))).toBe(1);
  });

  it('takes proxy addresses, CIDR ranges and the named ranges', () => {
    expect(trustProxy('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trustProxy('127.0.0.1, 10.0.0.0/8 ,loopback,uniquelocal,linklocal')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'loopback',
      'uniquelocal',
      'linklocal',
    ]);
    expect(trustProxy('::1,fd00::/8,::ffff:127.0.0.1')).toEqual([
      '::1',
      'fd00::/8',
      '::ffff:127.0.0.1',
    ]);
  });

  it('refuses what it does not understand, naming it', () => {
    expect(() => trustProxy('yes')).toThrow(/TRUST_PROXY: .*not understood: "yes"/);
    expect(() => trustProxy('127.0.0.1,proxy.example.no')).toThrow(/"proxy\.example\.no"/);
    expect(() => trustProxy('10.0.0.0/33')).toThrow(/"10\.0\.0\.0\/33"/);
    expect(() => trustProxy('0.0.0.0/0')).toThrow(/"0\.0\.0\.0\/0"/);
    expect(() => trustProxy('10.0.0.0/255.0.0.0')).toThrow(/TRUST_PROXY/);
    expect(() => trustProxy('127.0.0.1,')).toThrow(/not understood: ""/);
    expect(() => trustProxy('-1')).toThrow(/TRUST_PROXY/);
    expect(() => trustProxy('1.5')).toThrow(/TRUST_PROXY/);
    expect(() => trustProxy('11')).toThrow(/at most 10/);
  });
});

describe('socket limits', () => {
  it('cap sockets without a session at 20 per address and close idle ones after 30 s by default', () => {
    const config = loadConfig({});
    expect(config.maxAnonymousSocketsPerAddress).toBe(20);
    expect(config.socketJoinTimeoutMs).toBe(30_000);
  });

  it('take other values from MAX_ANONYMOUS_SOCKETS_PER_ADDRESS and SOCKET_JOIN_TIMEOUT_MS', () => {
    const config = loadConfig({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '5', SOCKET_JOIN_TIMEOUT_MS: '250' });
    expect(config.maxAnonymousSocketsPerAddress).toBe(5);
    expect(config.socketJoinTimeoutMs).toBe(250);
  });

  it('keep the short heartbeat unless HEARTBEAT_INTERVAL_MS / HEARTBEAT_TIMEOUT_MS say otherwise', () => {
    expect(loadConfig({}).heartbeat).toEqual({ intervalMs: 1_500, timeoutMs: 2_500 });
    expect(loadConfig({ HEARTBEAT_INTERVAL_MS: '10000', HEARTBEAT_TIMEOUT_MS: '8000' }).heartbeat).toEqual({
      intervalMs: 10_000,
      timeoutMs: 8_000,
    });
    expect(() => loadConfig({ HEARTBEAT_INTERVAL_MS: '50' })).toThrow(/HEARTBEAT_INTERVAL_MS/);
    expect(() => loadConfig({ HEARTBEAT_TIMEOUT_MS: 'soon' })).toThrow(/HEARTBEAT_TIMEOUT_MS/);
  });

  it('refuse a cap of none and a timeout too short to join in', () => {
    expect(() => loadConfig({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '0' })).toThrow(/MAX_ANONYMOUS_SOCKETS_PER_ADDRESS/);
    expect(() => loadConfig({ MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: 'many' })).toThrow(/MAX_ANONYMOUS_SOCKETS_PER_ADDRESS/);
    expect(() => loadConfig({ SOCKET_JOIN_TIMEOUT_MS: '10' })).toThrow(/SOCKET_JOIN_TIMEOUT_MS/);
  });
});

describe('metrics and logs', () => {
  it('keep /metrics off unless METRICS_TOKEN is set (an empty value too)', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32));
  });

  it('refuse a metrics token short enough to guess', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN: must be at least 32/);
  });

  it('take LOG_FORMAT json, pretty or auto (the default)', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'text' })).toThrow(/LOG_FORMAT/);
  });
});
