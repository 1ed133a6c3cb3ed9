import { expect } from 'vitest';
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

/**
 * Saksbehandler Siri, the case officer who owns the plan. Why a helper: most tests run as her,
 * and some read her name back from the page.
 */
export function ownerSiri(
  browser: Browser,
  server: TestServer,
  planId: string,
): Promise<StaffPerson> {
  return staffPerson(browser, server, {
    name: 'Saksbehandler Siri',
    color: '#0b5cad',
    planId,
    role: 'owner',
  });
}

/** Kari and Ola, two editors of the plan (Kari first). Why a helper: the co-editing pair. */
export async function kariAndOla(
  browser: Browser,
  server: TestServer,
  planId: string,
): Promise<{ kari: StaffPerson; ola: StaffPerson }> {
  const kari = await staffPerson(browser, server, { name: 'Kari', color: '#0b5cad', planId });
  const ola = await staffPerson(browser, server, { name: 'Ola', color: '#b3261e', planId });
  return { kari, ola };
}

/**
 * A participant link (24 hours, no use limit, labelled "Fokusgruppe") made through the People
 * API with the owner's session, as the People page does. Why a helper: the way guests get in.
 */
export async function participantInviteUrl(
  owner: Person,
  serverUrl: string,
  planId: string,
): Promise<string> {
  const created = await owner.context.request.post(`${serverUrl}/api/plans/${planId}/invites`, {
    data: { role: 'participant', expiresInHours: 24, maxUses: null, label: 'Fokusgruppe' },
    headers: { origin: serverUrl },
  });
  expect(created.status()).toBe(201);
  const { url } = (await created.json()) as { url: string };
  return url;
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
