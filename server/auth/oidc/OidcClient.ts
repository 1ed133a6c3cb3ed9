import type * as OpenidClient from 'openid-client';
import type { OidcConfig } from '../../config';
import type { PendingLogin } from './PendingLogins';
import { openidClient } from './openidClient';

/** Who the IdP says logged in: checked claims, not yet matched to an account. */
export interface OidcPerson {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The relying-party side of the authorization code flow with PKCE, on openid-client, which
 * checks state, PKCE, nonce and the ID token's signature, issuer, audience and lifetime. The library
 * loads with the first login (openidClient.ts).
 */
export class OidcClient {
  private discovered: Promise<OpenidClient.Configuration> | null = null;

  constructor(private readonly settings: OidcConfig) {}

  /** Where to send the browser, and what to remember until it comes back. */
  async begin(redirectUri: string, returnTo: string): Promise<{ url: URL; login: PendingLogin }> {
    const client = await openidClient();
    const config = await this.configuration();
    const login: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      redirectUri,
      returnTo,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      state: login.state,
      nonce: login.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, login };
  }

  /** Validates the IdP's answer (`search`: the callback's query string) and redeems the code. */
  async finish(search: string, login: PendingLogin): Promise<OidcPerson> {
    const client = await openidClient();
    const config = await this.configuration();
    // openid-client derives the token request's redirect_uri from this URL, so it must be the
    // one sent in `begin`, whatever Host header the callback arrived with.
    const currentUrl = new URL(login.redirectUri);
    currentUrl.search = search;
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider returned no ID token');
    let profile: Record<string, unknown> = claims;
    // Many providers put e-mail and name only in the UserInfo response, not in the ID token.
    if (typeof claims.email !== 'string') {
      profile = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims };
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof profile.email === 'string' ? profile.email : null,
      // Some providers send the flag as a string.
      emailVerified: profile.email_verified === true || profile.email_verified === 'true',
      name: typeof profile.name === 'string' ? profile.name : null,
    };
  }

  /** Discovery at first use, so the server starts while the IdP is down; a failure is retried. */
  private configuration(): Promise<OpenidClient.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = null;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<OpenidClient.Configuration> {
    const client = await openidClient();
    const issuer = new URL(this.settings.issuer);
    const authentication = this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None();
    // Plain HTTP only to this machine (a local test or development IdP); elsewhere tokens
    // would cross the network readable.
    const insecure = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
    return client.discovery(issuer, this.settings.clientId, undefined, authentication, {
      timeout: 10,
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
    });
  }
}
