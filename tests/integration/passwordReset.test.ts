import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ApiErrorCode } from '../../shared/api/errors';
import { AuditAction } from '../../shared/api/audit';
import type { MeResponse } from '../../shared/api/auth';
import type { ClientSocket } from '../../client/sync/SyncConnection';
import { hashToken, newToken } from '../../server/auth/tokens';
import {
  api,
  createStaff,
  loginCookie,
  sessionCookieFrom,
  startTestServer,
  type TestServer,
} from '../support/testServer';
import { rawSocket } from '../support/syncClient';
import { startSmtpServer, type TestSmtpServer } from '../support/smtpServer';
import { waitFor } from '../support/waitFor';

const KARI = {
  email: 'kari@asker.kommune.no',
  name: 'Kari Nordmann',
  password: 'gammelt-passord-1',
};
const ADMIN = {
  email: 'admin@asker.kommune.no',
  name: 'Admin',
  password: 'admin-passord-1',
  isAdmin: true,
};
const NEW_PASSWORD = 'nytt-langt-passord-2';

const disposers: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const dispose of disposers.splice(0).reverse()) await dispose();
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ seedDemo: false, env });
  disposers.push(() => server.dispose());
  return server;
}

async function smtp(): Promise<TestSmtpServer> {
  const mail = await startSmtpServer();
  disposers.push(() => mail.close());
  return mail;
}

const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

async function adminLink(server: TestServer, userId: string): Promise<string> {
  const admin = api(server.url, await loginCookie(server.url, ADMIN.email, ADMIN.password));
  const made = await admin(`/api/users/${userId}/password-reset`, { method: 'POST', body: {} });
  expect(made.status).toBe(201);
  const { url, expiresAt } = (await made.json()) as { url: string; expiresAt: number };
  expect(url).toMatch(new RegExp(`^${server.url}/reset#[A-Za-z0-9_-]{43}$`));
  expect(expiresAt - Date.now()).toBeGreaterThan(59 * 60_000);
  expect(expiresAt - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  return tokenOf(url);
}

const useLink = (server: TestServer, token: string, password = NEW_PASSWORD) =>
  api(server.url, null)('/api/password-reset', { method: 'POST', body: { token, password } });

async function loginStatus(server: TestServer, email: string, password: string): Promise<number> {
  return (
    await api(server.url, null)('/api/auth/login', { method: 'POST', body: { email, password } })
  ).status;
}

async function openSocket(
  server: TestServer,
  cookie: string,
): Promise<{ socket: ClientSocket; closed: () => boolean }> {
  const socket = rawSocket(server.url, cookie);
  disposers.push(() => void socket.disconnect());
  let closed = false;
  socket.on('disconnect', () => {
    closed = true;
  });
  await waitFor(() => socket.connected, 'the socket to connect');
  return { socket, closed: () => closed };
}

describe('a reset link made by an administrator', () => {
  it('sets the new password once, ends the other sessions and their sockets, and logs the person in', async () => {
    const server = await start();
    await createStaff(server, ADMIN);
    const kari = await createStaff(server, KARI);
    const oldCookie = await loginCookie(server.url, KARI.email, KARI.password);
    const oldSocket = await openSocket(server, oldCookie);
    const appended = vi.spyOn(server.medverk.storage.audit, 'append');

    const token = await adminLink(server, kari.id);
    const status = await api(server.url, null)('/api/password-reset/status', {
      method: 'POST',
      body: { token },
    });
    expect(status.status).toBe(200);
    expect(((await status.json()) as { email: string }).email).toBe(KARI.email);

    const reset = await useLink(server, token);
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as MeResponse).me).toMatchObject({ kind: 'user', id: kari.id });
    const newCookie = sessionCookieFrom(reset);

    await waitFor(() => oldSocket.closed(), 'the old session’s socket to close');
    const oldMe = (await (await api(server.url, oldCookie)('/api/auth/me')).json()) as MeResponse;
    expect(oldMe.me).toBeNull();
    const newMe = (await (await api(server.url, newCookie)('/api/auth/me')).json()) as MeResponse;
    expect(newMe.me).toMatchObject({ id: kari.id });
    expect(await loginStatus(server, KARI.email, KARI.password)).toBe(401);
    expect(await loginStatus(server, KARI.email, NEW_PASSWORD)).toBe(200);

    // Used once: a second use and a second look are both refused, and the password stays.
    const again = await useLink(server, token, 'et-tredje-passord-3');
    expect(again.status).toBe(403);
    expect(await errorCode(again)).toBe(ApiErrorCode.ResetLinkInvalid);
    const looked = await api(server.url, null)('/api/password-reset/status', {
      method: 'POST',
      body: { token },
    });
    expect(await errorCode(looked)).toBe(ApiErrorCode.ResetLinkInvalid);
    expect(await loginStatus(server, KARI.email, 'et-tredje-passord-3')).toBe(401);

    // The details name the account by id: no e-mail address, nothing secret.
    const entries = appended.mock.calls.map(([entry]) => entry);
    const made = entries.find((e) => e.action === AuditAction.PasswordResetLinkCreated);
    const done = entries.find((e) => e.action === AuditAction.PasswordReset);
    expect(made?.detail).toMatchObject({ user: kari.id, via: 'admin' });
    expect(done?.detail).toMatchObject({ user: kari.id, endedSessions: 1 });
    for (const entry of [made, done]) {
      expect(JSON.stringify(entry?.detail)).not.toContain(KARI.email);
      expect(JSON.stringify(entry)).not.toContain(token);
      expect(JSON.stringify(entry)).not.toContain(hashToken(token));
    }
  });

  it('is refused to staff who are not administrators (403) and to anonymous callers (401)', async () => {
    const server = await start();
    await createStaff(server, ADMIN);
    const kari = await createStaff(server, KARI);
    const other = await createStaff(server, {
      email: 'ola@asker.kommune.no',
      name: 'Ola',
      password: 'ola-passord-1',
    });
    const staff = api(
      server.url,
      await loginCookie(server.url, 'ola@asker.kommune.no', 'ola-passord-1'),
    );
    const admin = api(server.url, await loginCookie(server.url, ADMIN.email, ADMIN.password));

    expect(
      (await staff(`/api/users/${kari.id}/password-reset`, { method: 'POST', body: {} })).status,
    ).toBe(403);
    expect(
      (await staff(`/api/users/${other.id}/password-reset`, { method: 'POST', body: {} })).status,
    ).toBe(403);
    expect(
      (
        await api(server.url, null)(`/api/users/${kari.id}/password-reset`, {
          method: 'POST',
          body: {},
        })
      ).status,
    ).toBe(401);
    expect(
      (await admin('/api/users/nobody/password-reset', { method: 'POST', body: {} })).status,
    ).toBe(404);
  });

  it('works only as the newest link, and a refused password leaves the link usable', async () => {
    const server = await start();
    await createStaff(server, ADMIN);
    const kari = await createStaff(server, KARI);
    const first = await adminLink(server, kari.id);
    const second = await adminLink(server, kari.id);

    const replaced = await useLink(server, first);
    expect(replaced.status).toBe(403);
    expect(await errorCode(replaced)).toBe(ApiErrorCode.ResetLinkInvalid);
    expect((await useLink(server, second, 'kort')).status).toBe(400);
    expect((await useLink(server, second)).status).toBe(200);
    expect(await loginStatus(server, KARI.email, NEW_PASSWORD)).toBe(200);
  });

  it('is refused once its hour is over, and the password stays', async () => {
    const server = await start();
    const kari = await createStaff(server, KARI);
    const token = newToken();
    const hourAgo = Date.now() - 60 * 60_000;
    await server.medverk.storage.accounts.createPasswordReset({
      tokenHash: hashToken(token),
      userId: kari.id,
      createdAt: hourAgo - 1,
      expiresAt: hourAgo + 60 * 60_000 - 1,
    });

    const status = await api(server.url, null)('/api/password-reset/status', {
      method: 'POST',
      body: { token },
    });
    expect(status.status).toBe(403);
    expect(await errorCode(status)).toBe(ApiErrorCode.ResetLinkExpired);
    const reset = await useLink(server, token);
    expect(reset.status).toBe(403);
    expect(await errorCode(reset)).toBe(ApiErrorCode.ResetLinkExpired);
    expect(await loginStatus(server, KARI.email, KARI.password)).toBe(200);
    expect(await loginStatus(server, KARI.email, NEW_PASSWORD)).toBe(401);
  });
});

describe('npm run admin -- reset-link', () => {
  const run = promisify(execFile);
  const admin = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'reset-link', ...args], { env });

  it('prints a link at the given address that resets the password, and refuses an unknown e-mail', async () => {
    const first = await start();
    await createStaff(first, KARI);
    await first.stop();
    const env = { ...process.env, DATA_DIR: first.dataDir };
    const { stdout } = await admin(
      env,
      '--email',
      'KARI@asker.kommune.no',
      '--base-url',
      'https://medverk.asker.kommune.no',
    );
    const url = /^https:\/\/medverk\.asker\.kommune\.no\/reset#[A-Za-z0-9_-]{43}$/m.exec(
      stdout,
    )?.[0];
    expect(url).toBeDefined();
    const unknown = await admin(env, '--email', 'ingen@asker.kommune.no').catch(
      (error: { code: number }) => error,
    );
    expect(unknown).toMatchObject({ code: 1 });

    const server = await startTestServer({ dataDir: first.dataDir });
    disposers.push(() => server.dispose());
    expect((await useLink(server, tokenOf(url!))).status).toBe(200);
    expect(await loginStatus(server, KARI.email, NEW_PASSWORD)).toBe(200);
  });
});

describe('"Glemt passordet?": a link by e-mail', () => {
  const ask = (server: TestServer, email: string, language = 'nb') =>
    api(server.url, null)('/api/password-reset/request', {
      method: 'POST',
      body: { email, language },
    });

  it('mails the link to an account’s address, at the public address, and the link resets the password', async () => {
    const mail = await smtp();
    const server = await start({
      SMTP_URL: mail.url,
      PUBLIC_URL: 'https://medverk.asker.kommune.no',
    });
    await createStaff(server, KARI);
    expect(await (await api(server.url, null)('/api/password-reset')).json()).toEqual({
      byEmail: true,
    });

    const asked = await ask(server, 'Kari@Asker.Kommune.no', 'nn');
    expect(asked.status).toBe(202);
    const message = await mail.waitForMessage((m) => m.to.includes(KARI.email));
    expect(message.subject).toBe('Nytt passord i Medverk');
    expect(message.text).toContain('Opne lenkja');
    const url = /https:\/\/medverk\.asker\.kommune\.no\/reset#[A-Za-z0-9_-]{43}/.exec(
      message.text,
    )?.[0];
    expect(url).toBeDefined();

    expect((await useLink(server, tokenOf(url!))).status).toBe(200);
    expect(await loginStatus(server, KARI.email, NEW_PASSWORD)).toBe(200);
  });

  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    const mail = await smtp();
    const server = await start({ SMTP_URL: mail.url });
    await createStaff(server, KARI);

    const unknown = await ask(server, 'ingen@asker.kommune.no');
    const known = await ask(server, KARI.email);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    await mail.waitForMessage((m) => m.to.includes(KARI.email));
    // The unknown address was asked for first; by the time the known one's mail arrived, it had its turn.
    await ask(server, 'ingen-heller@asker.kommune.no');
    await ask(server, KARI.email);
    await waitFor(() => mail.messages.length === 2, 'the second mail to Kari');
    expect(mail.messages.flatMap((m) => m.to)).toEqual([KARI.email, KARI.email]);
  });

  it('is limited per e-mail address and per client address, whether or not the account exists', async () => {
    const mail = await smtp();
    const server = await start({ SMTP_URL: mail.url });
    await createStaff(server, KARI);

    for (let i = 0; i < 3; i++) expect((await ask(server, KARI.email)).status).toBe(202);
    for (let i = 0; i < 3; i++)
      expect((await ask(server, 'ingen@asker.kommune.no')).status).toBe(202);
    const fourth = await ask(server, KARI.email);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await ask(server, 'ingen@asker.kommune.no')).status).toBe(429);

    // One client address asking for many e-mails runs out too (20 an hour).
    let status = 202;
    for (let i = 0; i < 20 && status === 202; i++)
      status = (await ask(server, `person${i}@asker.kommune.no`)).status;
    expect(status).toBe(429);
    await waitFor(() => mail.messages.length === 3, 'the three mails to Kari');
  });

  it('without SMTP, tells the page to send people to an administrator', async () => {
    const server = await start();
    await createStaff(server, KARI);
    expect(await (await api(server.url, null)('/api/password-reset')).json()).toEqual({
      byEmail: false,
    });
    const asked = await ask(server, KARI.email);
    expect(asked.status).toBe(409);
    expect(await errorCode(asked)).toBe(ApiErrorCode.ResetByEmailOff);
  });
});
