import { addressKey } from './addressKey';
import { FixedWindow } from './FixedWindow';
import { JoinCodeLimits } from './JoinCodeLimits';
import { KnownDevices } from './knownDevice';
import type { LimiterStore } from './limiterStore';
import { LoginLimits } from './LoginLimits';

/** Every limit on what people may try, built once in `server/app.ts` and shared by the routes. */
export interface Limits {
  login: LoginLimits;
  knownDevices: KnownDevices;
  /** Creating the first administrator, per address. */
  setup: FixedWindow;
  joinCodes: JoinCodeLimits;
  /** Redeeming invitation links, per address. */
  redeemPerAddress: FixedWindow;
  /** Per link or code: a leaked one cannot be used to mint guests without end. */
  redeemPerInvite: FixedWindow;
  /** The public page's input form, per address (counted only for forms that got far enough). */
  publicInputs: FixedWindow;
  /** The public page's reads, per address. */
  publicReads: FixedWindow;
  /** For a route's own limit, in the same (shared) store: `name` must be unique. */
  windows: {
    perAddress(name: string, points: number, windowSeconds: number): FixedWindow;
    perKey(name: string, points: number, windowSeconds: number): FixedWindow;
  };
}

export interface LimitsOptions {
  store: LimiterStore;
  /** The clock slow-downs are measured by (injected in tests). */
  now: () => number;
  /** The signing secret of known-device cookies. */
  knownDeviceSecret: () => Promise<Uint8Array>;
  /** INPUT_LIMIT_PER_IP: inputs one address may send per 10 minutes. */
  inputsPerAddress: number;
}

const TEN_MINUTES = 10 * 60;
/**
 * Reads per address and minute: far above what a person (or an office behind one address)
 * clicks, low enough that one client cannot keep the server busy building pages.
 */
const PUBLIC_READS_PER_MINUTE = 600;

export function createLimits(options: LimitsOptions): Limits {
  const { store, now } = options;
  const perAddress = (name: string, points: number, windowSeconds: number) =>
    new FixedWindow(store(name, points, windowSeconds), addressKey);
  const perKey = (name: string, points: number, windowSeconds: number) =>
    new FixedWindow(store(name, points, windowSeconds));
  return {
    login: new LoginLimits(store, now),
    knownDevices: new KnownDevices(options.knownDeviceSecret),
    setup: perAddress('setup', 20, TEN_MINUTES),
    joinCodes: new JoinCodeLimits(store, now),
    // A class of 30 joining through one link behind one address, each maybe twice, fits easily.
    redeemPerAddress: perAddress('redeem-address', 120, TEN_MINUTES),
    redeemPerInvite: perKey('redeem-invite', 120, TEN_MINUTES),
    publicInputs: perAddress('public-inputs', options.inputsPerAddress, TEN_MINUTES),
    publicReads: perAddress('public-reads', PUBLIC_READS_PER_MINUTE, 60),
    windows: { perAddress, perKey },
  };
}
