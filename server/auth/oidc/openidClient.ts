import type * as OpenidClient from 'openid-client';

let loading: Promise<typeof OpenidClient> | null = null;

/**
 * openid-client, with the JOSE and OAuth code under it, loaded on the first OpenID Connect login
 * rather than at start: most servers never use it, and each one paid for it in idle RSS (issue
 * #16). Later calls get the same module at once.
 */
export function openidClient(): Promise<typeof OpenidClient> {
  loading ??= import('openid-client');
  return loading;
}
