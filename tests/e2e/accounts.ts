import type { Browser } from 'playwright-core';
import type { Role } from '../../shared/auth/roles';
import { hashToken, newToken } from '../../server/auth/tokens';
import { newId } from '../../shared/plan/items';
import { addMember, createStaff, type TestServer } from '../support/testServer';
import { newPerson, type Person, type UiLanguage } from '../support/browser';

/** Shared steps for people with accounts; not a test file (vitest only picks up *.test.ts). */

export const PASSWORD = 'korrekt-hest-batteri';

let counter = 0;

export interface StaffOptions {
  name: string;
  color: string;
  locale?: UiLanguage;
  /** The plan to give the person a role in, with that role (editor when omitted). */
  planId?: string;
  role?: Role;
}

export interface StaffPerson extends Person {
  email: string;
  userId: string;
}

/** A staff account (unique e-mail per call), its role in a plan, and a logged-in browser context. */
export async function staffPerson(
  browser: Browser,
  server: TestServer,
  options: StaffOptions,
): Promise<StaffPerson> {
  const email = `${options.name.toLowerCase().replace(/[^a-z]/g, '')}-${++counter}@asker.kommune.no`;
  const { id: userId } = await createStaff(server, {
    email,
    name: options.name,
    password: PASSWORD,
  });
  if (options.planId) await addMember(server, options.planId, userId, options.role ?? 'editor');
  const person = await newPerson(browser, {
    color: options.color,
    ...(options.locale ? { locale: options.locale } : {}),
    login: { serverUrl: server.url, email, password: PASSWORD },
  });
  return { ...person, email, userId };
}

/** An invitation that expired an hour ago, written straight to storage; returns its link. */
export async function expiredInviteUrl(server: TestServer, planId: string): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await server.medverk.storage.invites.createInvite({
    id: newId(),
    planId,
    tokenHash: hashToken(token),
    role: 'observer',
    label: 'Gammel lenke',
    createdBy: null,
    createdAt: now - 2 * 3_600_000,
    expiresAt: now - 3_600_000,
    maxUses: null,
    uses: 0,
    revokedAt: null,
  });
  return `${server.url}/invite/${token}`;
}
